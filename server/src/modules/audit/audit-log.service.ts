import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput, FieldErrorCollector } from '../../common/errors';
import type { User } from '../users/user.entity';
import { AuditEvent } from './audit-event.entity';

export interface AuditLogFilter {
  entity?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
  /** Calendar days in China time (UTC+8), both inclusive. */
  from?: string | null;
  to?: string | null;
}

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
/** The most rows one Excel export carries (newest first); narrow the filter for older ones. */
export const AUDIT_EXPORT_MAX = 20_000;

const CURSOR = /^[0-9]{1,10}$/;
const NAME = /^[A-Za-z_]{1,40}$/;

const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The full 操作日志, newest first. Every filter is an indexed equality followed by the id
 * order (idx_audit_entity_id, idx_audit_actor, idx_audit_action, idx_audit_entity), and the
 * cursor is the last id seen, so a page costs the same on a million rows as on a thousand.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    viewer: User,
    filter: AuditLogFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<{ rows: AuditEvent[]; hasNextPage: boolean }> {
    requireRole(viewer, 'SUPERVISOR', 'ADMIN');
    const size = first ?? AUDIT_PAGE_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > AUDIT_PAGE_MAX)
      throw badInput({ first: `每页 1 至 ${AUDIT_PAGE_MAX} 条` });
    if (after !== null && after !== undefined && !CURSOR.test(after))
      throw badInput({ after: '分页游标无效' });
    const query = this.filtered(filter);
    if (after) query.andWhere('event.id < :after', { after: Number(after) });
    const rows = await query
      .orderBy('event.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
  }

  /** For the Excel export: the newest AUDIT_EXPORT_MAX events of the filter. */
  async all(viewer: User, filter: AuditLogFilter): Promise<AuditEvent[]> {
    requireRole(viewer, 'SUPERVISOR', 'ADMIN');
    return this.filtered(filter).orderBy('event.id', 'DESC').limit(AUDIT_EXPORT_MAX).getMany();
  }

  /** The statement a page runs, for the index test (EXPLAIN). */
  sqlOf(filter: AuditLogFilter): [string, unknown[]] {
    return this.filtered(filter).orderBy('event.id', 'DESC').limit(51).getQueryAndParameters();
  }

  private filtered(filter: AuditLogFilter): SelectQueryBuilder<AuditEvent> {
    const errors = new FieldErrorCollector();
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('event');
    if (filter.entity) {
      if (!NAME.test(filter.entity)) errors.add('entity', '对象类型无效');
      else query.andWhere('event.entity = :entity', { entity: filter.entity });
    }
    if (filter.entityId) {
      if (!filter.entity) errors.add('entityId', '按对象编号筛选时须同时选择对象类型');
      else if (!CURSOR.test(filter.entityId)) errors.add('entityId', '对象编号无效');
      else query.andWhere('event.entityId = :entityId', { entityId: Number(filter.entityId) });
    }
    if (filter.actorId) {
      if (!CURSOR.test(filter.actorId)) errors.add('actorId', '操作人无效');
      else query.andWhere('event.actorId = :actorId', { actorId: Number(filter.actorId) });
    }
    if (filter.action) {
      if (!NAME.test(filter.action)) errors.add('action', '操作类型无效');
      else query.andWhere('event.action = :action', { action: filter.action });
    }
    if (filter.from && filter.to && filter.from > filter.to)
      errors.add('to', '结束日期不能早于开始日期');
    errors.throwIfAny();
    if (filter.from) query.andWhere('event.at >= :from', { from: dayStart(filter.from) });
    if (filter.to) {
      const end = dayStart(filter.to);
      end.setUTCDate(end.getUTCDate() + 1);
      query.andWhere('event.at < :to', { to: end });
    }
    return query;
  }
}
