import { Injectable } from '@nestjs/common';
import { isIsoDate, ratio, todayIso } from '@luodi/domain';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors';
import { OrgUnitsService } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import { Project } from '../projects/entities/project.entity';
import type { User } from '../users/user.entity';
import type { BlockerFilter } from './dto/blocker.inputs';
import { Blocker } from './entities/blocker.entity';
import { Department } from './entities/department.entity';
import type {
  BlockerConnection,
  DispatchRow,
  DispatchSummary,
} from './models/blocker-connection.model';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
const OPEN_STATUSES = ['OPEN', 'ESCALATED'];
/** The leader who answers for a blocker: the one it was escalated to, else the project's 包抓领导. */
export const RESPONSIBLE_LEADER_SQL = 'COALESCE(b.escalatedToId, p.leaderId)';

const encodeCursor = (blocker: Blocker) =>
  Buffer.from(JSON.stringify([blocker.dueOn, blocker.id])).toString('base64url');

function decodeCursor(cursor: string): [string, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      isIsoDate(value[0]) &&
      Number.isSafeInteger(value[1])
    )
      return [value[0], value[1]];
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: '分页游标无效' });
}

function idOf(value: string, field: string): number {
  if (!/^\d+$/.test(value)) throw badInput({ [field]: '编号无效' });
  return Number(value);
}

/** 交办问题 reads: always within the caller's org-unit subtree, counted in SQL. */
@Injectable()
export class BlockerQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /** The blockers the caller may see (those of projects in scope) matching the filter. */
  async filtered(
    user: User,
    filter: BlockerFilter | null | undefined,
  ): Promise<SelectQueryBuilder<Blocker>> {
    const qb = this.dataSource
      .getRepository(Blocker)
      .createQueryBuilder('b')
      .innerJoin(Project, 'p', 'p.id = b.projectId');
    await this.restrictToScope(qb, user, filter?.orgUnitId);
    const today = todayIso();
    if (filter?.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (filter?.open === true)
      qb.andWhere('b.status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES });
    if (filter?.open === false)
      qb.andWhere('b.status NOT IN (:...openStatuses)', { openStatuses: OPEN_STATUSES });
    if (filter?.departmentId)
      qb.andWhere('b.departmentId = :departmentId', {
        departmentId: idOf(filter.departmentId, 'departmentId'),
      });
    if (filter?.projectId)
      qb.andWhere('b.projectId = :projectId', { projectId: idOf(filter.projectId, 'projectId') });
    if (filter?.leaderId)
      qb.andWhere(`${RESPONSIBLE_LEADER_SQL} = :leaderId`, {
        leaderId: idOf(filter.leaderId, 'leaderId'),
      });
    const overdueSql = 'b.status IN (:...overdueStatuses) AND b.dueOn < :today';
    if (filter?.overdue === true)
      qb.andWhere(overdueSql, { overdueStatuses: OPEN_STATUSES, today });
    if (filter?.overdue === false)
      qb.andWhere(`NOT (${overdueSql})`, { overdueStatuses: OPEN_STATUSES, today });
    return qb;
  }

  /** Earliest due first (so the overdue lead), paged by (dueOn, id). */
  async list(
    user: User,
    filter: BlockerFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<BlockerConnection> {
    if (
      first !== null &&
      first !== undefined &&
      (!Number.isInteger(first) || first < 0 || first > MAX_PAGE)
    ) {
      throw badInput({ first: `每页条数应为 0 到 ${MAX_PAGE} 的整数` });
    }
    const limit = first ?? DEFAULT_PAGE;
    const base = await this.filtered(user, filter);
    const totalCount = await base.clone().getCount();
    if (after) {
      const [dueOn, id] = decodeCursor(after);
      base.andWhere('(b.dueOn > :afterDueOn OR (b.dueOn = :afterDueOn AND b.id > :afterId))', {
        afterDueOn: dueOn,
        afterId: id,
      });
    }
    const rows = await base
      .orderBy('b.dueOn', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const edges = rows.slice(0, limit).map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Open blockers per project, for the cards: one grouped query for a whole page. */
  async openCounts(projectIds: readonly number[]): Promise<Map<number, number>> {
    const rows: { projectId: number | string; count: number | string }[] = await this.dataSource
      .getRepository(Blocker)
      .createQueryBuilder('b')
      .select('b.projectId', 'projectId')
      .addSelect('COUNT(*)', 'count')
      .where({ projectId: In([...projectIds]), status: In(OPEN_STATUSES) })
      .groupBy('b.projectId')
      .getRawMany();
    return new Map(rows.map((row) => [Number(row.projectId), Number(row.count)]));
  }

  /**
   * The 调度 sheet's statistics: per department, the blockers raised in [from, to] (交办日期),
   * how many of them are 销号 now, the 销号率 (null when none was raised), and how many are open.
   */
  async dispatch(
    user: User,
    from: string,
    to: string,
    orgUnitId?: string | null,
  ): Promise<DispatchSummary> {
    if (from > to) throw badInput({ to: '结束日期不能早于开始日期' });
    const qb = this.dataSource
      .getRepository(Blocker)
      .createQueryBuilder('b')
      .innerJoin(Project, 'p', 'p.id = b.projectId');
    await this.restrictToScope(qb, user, orgUnitId);
    const counts: {
      departmentId: number | string;
      raised: string | number;
      resolved: string | number;
      overdue: string | number;
    }[] = await qb
      .select('b.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'raised')
      .addSelect(`SUM(CASE WHEN b.status = 'RESOLVED' THEN 1 ELSE 0 END)`, 'resolved')
      .addSelect(
        `SUM(CASE WHEN b.status <> 'RESOLVED' AND b.dueOn < :today THEN 1 ELSE 0 END)`,
        'overdue',
      )
      .andWhere('b.raisedOn BETWEEN :from AND :to', { from, to, today: todayIso() })
      .groupBy('b.departmentId')
      .getRawMany();
    const byDepartment = new Map(counts.map((row) => [Number(row.departmentId), row]));
    const departments = await this.dataSource
      .getRepository(Department)
      .find({ order: { id: 'ASC' } });
    const rows = departments
      .filter((department) => department.active || byDepartment.has(department.id))
      .map((department) => {
        const row = byDepartment.get(department.id);
        return dispatchRow(
          String(department.id),
          department.name,
          department,
          Number(row?.raised ?? 0),
          Number(row?.resolved ?? 0),
          Number(row?.overdue ?? 0),
        );
      });
    const sum = (pick: (row: DispatchRow) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    const total = dispatchRow(
      'TOTAL',
      '合计',
      null,
      sum((r) => r.raised),
      sum((r) => r.resolved),
      sum((r) => r.overdue),
    );
    return { from, to, rows, total };
  }

  private async restrictToScope(
    qb: SelectQueryBuilder<Blocker>,
    user: User,
    orgUnitId: string | null | undefined,
  ): Promise<void> {
    whereUnitIn(qb, 'p.orgUnitId', await this.orgUnits.unitsFor(user, { orgUnitId }));
  }
}

function dispatchRow(
  key: string,
  label: string,
  department: Department | null,
  raised: number,
  resolved: number,
  overdue: number,
): DispatchRow {
  return {
    key,
    label,
    department,
    raised,
    resolved,
    resolutionRate: ratio(resolved, raised),
    stillOpen: raised - resolved,
    overdue,
  };
}
