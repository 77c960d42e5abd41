import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { catchError, from, type Observable, switchMap, throwError } from 'rxjs';
import { Transactions } from '../../common/transactions';
import type { AuthenticatedRequest } from '../../common/request-context';
import { clientAddress } from '../auth/auth.decorators';
import { AuditService, type FieldChanges } from './audit.service';

const FILE_ROUTE = /^\/(export|import)\/([A-Za-z0-9._-]{1,80})$/;
/** Query values are filters (ids, dates, a search word); long ones are cut in the log. */
const queryOf = (request: Request): Record<string, string> =>
  Object.fromEntries(
    Object.entries(request.query)
      .slice(0, 20)
      .map(([key, value]) => [key.slice(0, 40), String(value).slice(0, 100)]),
  );

/**
 * Every download (/export/…) and upload (/import/…) is an audit event: who, when, from which
 * address, which file with which filters, and for an import what it created or why it was
 * refused. Written after the handler, so a refused request (no rights, bad filter) is not an
 * export; a refused import is recorded as IMPORT_REFUSED.
 */
@Injectable()
export class FileTransferAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = FILE_ROUTE.exec(request.path);
    if (!route || !request.user) return next.handle();
    const isImport = route[1] === 'import';
    const record = (action: string, changes: FieldChanges) =>
      this.transactions.run((manager) =>
        this.audit.record(manager, {
          actorId: request.user!.id,
          action,
          entity: isImport ? 'Import' : 'Export',
          entityId: 0,
          address: clientAddress(request),
          changes: {
            file: { before: null, after: route[2] },
            ...(Object.keys(request.query).length
              ? { query: { before: null, after: queryOf(request) } }
              : {}),
            ...changes,
          },
        }),
      );
    return next.handle().pipe(
      switchMap((result: unknown) => {
        const created = (result as { created?: unknown } | null)?.created;
        return from(
          record(
            isImport ? 'IMPORT' : 'EXPORT',
            typeof created === 'number' ? { created: { before: null, after: created } } : {},
          ).then(() => result),
        );
      }),
      catchError((error: unknown) => {
        if (!isImport) return throwError(() => error);
        const rows = (error as { extensions?: { rows?: unknown[] } }).extensions?.rows;
        return from(
          record('IMPORT_REFUSED', {
            reason: {
              before: null,
              after: Array.isArray(rows)
                ? `${rows.length} 处错误`
                : String((error as Error).message).slice(0, 200),
            },
          }),
        ).pipe(switchMap(() => throwError(() => error)));
      }),
    );
  }
}
