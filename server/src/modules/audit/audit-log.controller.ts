import { Controller, Get, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { auditActionLabel, auditEntityLabel, isIsoDate, todayIso } from '@luodi/domain';
import { DataSource, In } from 'typeorm';
import { badInput } from '../../common/errors';
import { CurrentUser } from '../auth/auth.decorators';
import { xlsxFile } from '../exports/exports.controller';
import { HttpAppErrorFilter } from '../exports/http-errors.filter';
import { addTableSheet, newWorkbook, toBuffer } from '../exports/workbook';
import { User } from '../users/user.entity';
import type { AuditEvent } from './audit-event.entity';
import { AUDIT_EXPORT_MAX, type AuditLogFilter, AuditLogService } from './audit-log.service';

type AuditExportQuery = Partial<Record<keyof AuditLogFilter, string>>;

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** 操作日志导出: the filtered log as .xlsx, newest first, changes as readable JSON. */
@Controller('export')
@UseFilters(HttpAppErrorFilter)
export class AuditLogController {
  constructor(
    private readonly auditLog: AuditLogService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('audit-log.xlsx')
  async export(
    @CurrentUser() viewer: User,
    @Query() query: AuditExportQuery,
  ): Promise<StreamableFile> {
    for (const key of ['from', 'to'] as const) {
      const day = text(query[key]);
      if (day && !isIsoDate(day)) throw badInput({ [key]: '日期格式应为 YYYY-MM-DD 的有效日期' });
    }
    const events = await this.auditLog.all(viewer, {
      entity: text(query.entity),
      entityId: text(query.entityId),
      actorId: text(query.actorId),
      action: text(query.action),
      from: text(query.from),
      to: text(query.to),
    });
    const actorIds = [...new Set(events.map((event) => event.actorId).filter((id) => id !== null))];
    const actors = new Map(
      (actorIds.length
        ? await this.dataSource.getRepository(User).findBy({ id: In(actorIds as number[]) })
        : []
      ).map((user) => [user.id, user]),
    );
    const workbook = newWorkbook();
    addTableSheet<AuditEvent>(
      workbook,
      '操作日志',
      [
        { header: '编号', width: 10, value: (event) => event.id },
        { header: '时间', width: 22, value: (event) => chinaTime(event.at) },
        {
          header: '操作人',
          width: 14,
          value: (event) =>
            event.actorId === null ? '（未知用户名）' : (actors.get(event.actorId)?.name ?? ''),
        },
        {
          header: '用户名',
          width: 16,
          value: (event) =>
            event.actorId === null ? '' : (actors.get(event.actorId)?.username ?? ''),
        },
        { header: '操作', width: 14, value: (event) => auditActionLabel(event.action) },
        { header: '对象', width: 12, value: (event) => auditEntityLabel(event.entity) },
        { header: '对象编号', width: 10, value: (event) => event.entityId },
        { header: '来源地址', width: 18, value: (event) => event.address ?? '' },
        { header: '变更内容', width: 80, value: (event) => event.changes, wrap: true },
      ],
      events,
    );
    if (events.length === AUDIT_EXPORT_MAX) {
      workbook
        .addWorksheet('说明')
        .addRow([`只导出了最新的 ${AUDIT_EXPORT_MAX} 条，请缩小期间或筛选条件导出更早的记录。`]);
    }
    return xlsxFile(await toBuffer(workbook), 'audit-log.xlsx', `操作日志-${todayIso()}.xlsx`);
  }
}

/** 2026-12-01 17:05:09 in China time, as the page shows it. */
function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}
