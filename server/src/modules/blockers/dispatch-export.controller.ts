import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  addDays,
  blockerAgeDays,
  blockerOverdueDays,
  dateRangeError,
  todayIso,
} from '@luodi/domain';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource, In } from 'typeorm';
import { FieldErrorCollector } from '../../common/errors';
import { idParam } from '../../common/input-scalars';
import { CurrentUser } from '../auth/auth.decorators';
import { OrgUnit } from '../org-units/org-unit.entity';
import { Project } from '../projects/entities/project.entity';
import { User } from '../users/user.entity';
import { BlockerQueries } from './blocker-queries.service';
import { Department } from './entities/department.entity';
import { type DispatchLine, dispatchWorkbook } from './dispatch-sheet';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Outside GraphQL the coded errors (also the auth guard's) become plain HTTP answers. */
@Catch(GraphQLError)
class HttpCodedErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): void {
    const code = String(error.extensions.code ?? '');
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 500)
      .json({
        message: error.message,
        code,
        ...(error.extensions.fields ? { fields: error.extensions.fields } : {}),
      });
  }
}

@Controller('export')
@UseFilters(HttpCodedErrorFilter)
export class DispatchExportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: BlockerQueries,
  ) {}

  /**
   * The 调度 sheet as Excel, for the caller's scope: GET /export/dispatch.xlsx?from=&to=&orgUnitId=
   * with the usual Bearer token. The period defaults to the last 30 days.
   */
  @Get('dispatch.xlsx')
  async dispatch(
    @CurrentUser() user: User,
    @Res() response: Response,
    @Query('from') fromParam?: string,
    @Query('to') toParam?: string,
    @Query('orgUnitId') orgUnitIdParam?: string,
  ): Promise<void> {
    const today = todayIso();
    // Each date as the Date scalar takes it: a real day within 1949-10-01 … today + 30 years.
    const errors = new FieldErrorCollector();
    const dateOf = (field: string, value: unknown) => {
      const problem =
        typeof value === 'string' ? dateRangeError(value, today) : '日期格式应为 YYYY-MM-DD';
      errors.add(field, problem);
      return problem ? null : (value as string);
    };
    const to = dateOf('to', toParam ?? today);
    const from = to && dateOf('from', fromParam ?? addDays(to, -29));
    const unitId = idParam(orgUnitIdParam, 'orgUnitId', errors) ?? undefined;
    errors.throwIfAny();
    const orgUnitId = unitId;
    const summary = await this.queries.dispatch(user, from!, to!, orgUnitId);
    const open = await (
      await this.queries.filtered(user, { open: true, orgUnitId })
    )
      .orderBy('b.dueOn', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    const projects = await this.byId(
      Project,
      open.map((b) => b.projectId),
    );
    const departments = await this.byId(
      Department,
      open.map((b) => b.departmentId),
    );
    const units = await this.byId(
      OrgUnit,
      [...projects.values()].map((p) => p.orgUnitId),
    );
    const leaderIdOf = (b: (typeof open)[number]) =>
      b.escalatedToId ?? projects.get(b.projectId)!.leaderId;
    const leaders = await this.byId(
      User,
      open.map(leaderIdOf).filter((id): id is number => id !== null),
    );
    const lines: DispatchLine[] = open.map((blocker) => {
      const project = projects.get(blocker.projectId)!;
      const leaderId = leaderIdOf(blocker);
      return {
        projectCode: project.code,
        projectName: project.name,
        orgUnit: units.get(project.orgUnitId)?.name ?? '',
        leader: leaderId === null ? '未定' : (leaders.get(leaderId)?.name ?? ''),
        department: departments.get(blocker.departmentId)?.name ?? '',
        category: blocker.category,
        description: blocker.description,
        raisedOn: blocker.raisedOn,
        dueOn: blocker.dueOn,
        ageDays: blockerAgeDays(blocker.raisedOn, null, today),
        overdueDays: blockerOverdueDays(blocker.status, blocker.dueOn, today),
        status: blocker.status,
      };
    });
    const workbook = await dispatchWorkbook(lines, summary);
    const filename = encodeURIComponent(`交办问题调度表-${today}.xlsx`);
    response
      .status(200)
      .setHeader(
        'content-type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .setHeader(
        'content-disposition',
        `attachment; filename="dispatch-${today}.xlsx"; filename*=UTF-8''${filename}`,
      )
      .setHeader('cache-control', 'no-store')
      .send(workbook);
  }

  private async byId<T extends { id: number }>(
    entity: new () => T,
    ids: number[],
  ): Promise<Map<number, T>> {
    const unique = [...new Set(ids)];
    const rows = unique.length
      ? await this.dataSource.getRepository<T>(entity).findBy({ id: In(unique) } as never)
      : [];
    return new Map(rows.map((row) => [row.id, row]));
  }
}
