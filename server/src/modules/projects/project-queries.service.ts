import { Injectable } from '@nestjs/common';
import {
  FLAG_KINDS,
  type FlagKind,
  type FlagLevel,
  STAGES,
  type Stage,
  todayIso,
} from '@luodi/domain';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput, forbidden } from '../../common/errors';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { User } from '../users/user.entity';
import type { ProjectFilter } from './dto/project.inputs';
import { Project } from './entities/project.entity';
import { applyCohortFilter } from './project-cohort-filter';
import type { BoardColumn, ProjectConnection } from './models/connection.model';
import type { FlagCount } from './models/flag.model';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 200;

const encodeCursor = (values: (number | string)[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string, length: number): number[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'number')
    )
      return values;
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: '分页游标无效' });
}

function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE)
    throw badInput({ first: `每页条数应为 0 到 ${MAX_PAGE} 的整数` });
  return first;
}

/** Escapes LIKE wildcards with '!', the one escape character both engines accept the same way. */
const likePattern = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** Any RED before only YELLOW, then the longest overdue, then by id. */
const inFlaggedOrder = (qb: SelectQueryBuilder<Project>) =>
  qb.orderBy('fl.isRed', 'DESC').addOrderBy('fl.flaggedSince', 'ASC').addOrderBy('p.id', 'ASC');

@Injectable()
export class ProjectQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /** Every project the caller may see that matches the filter, as one SQL query builder. */
  async filtered(
    user: User,
    filter: ProjectFilter | null | undefined,
  ): Promise<SelectQueryBuilder<Project>> {
    const qb = this.dataSource.getRepository(Project).createQueryBuilder('p');
    const scope = await this.orgUnits.scopeOf(user);
    if (!scope.all) qb.andWhere('p.orgUnitId IN (:...scopeIds)', { scopeIds: scope.orgUnitIds });
    if (!filter?.includeTerminated) qb.andWhere('p.status = :active', { active: 'ACTIVE' });
    if (filter?.orgUnitId) {
      const unit = /^\d+$/.test(filter.orgUnitId)
        ? await this.orgUnits.findById(Number(filter.orgUnitId))
        : null;
      if (!unit) throw badInput({ orgUnitId: '单位不存在' });
      if (!this.orgUnits.inScope(scope, unit.id)) throw forbidden('该单位不在您的管辖范围内');
      if (filter.directOrgUnitOnly) qb.andWhere('p.orgUnitId = :unitId', { unitId: unit.id });
      else
        qb.andWhere('p.orgUnitId IN (SELECT u.id FROM org_unit u WHERE u.path LIKE :unitPath)', {
          unitPath: `${unit.path}%`,
        });
    }
    for (const field of ['chainId', 'leaderId', 'ownerId'] as const) {
      const value = filter?.[field];
      if (!value) continue;
      if (!/^\d+$/.test(value)) throw badInput({ [field]: '编号无效' });
      qb.andWhere(`p.${field} = :${field}`, { [field]: Number(value) });
    }
    if (filter?.flag) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM project_flag f WHERE f.projectId = p.id AND f.kind = :flagKind
           AND (f.yellowOn <= :today OR f.redOn <= :today))`,
        { flagKind: filter.flag, today: todayIso() },
      );
    }
    applyCohortFilter(qb, filter);
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > 100) throw badInput({ search: '搜索内容不能超过 100 个字' });
      qb.andWhere(
        new Brackets((or) =>
          or
            .where(`p.name LIKE :search ESCAPE '!'`)
            .orWhere(`p.code LIKE :search ESCAPE '!'`)
            .orWhere(
              `p.investorId IN (SELECT i.id FROM investor i WHERE i.name LIKE :search ESCAPE '!')`,
            ),
        ),
        { search: likePattern(search) },
      );
    }
    return qb;
  }

  async board(user: User, filter: ProjectFilter | null | undefined): Promise<BoardColumn[]> {
    const totals: { stage: Stage; count: string | number; total: string | number | null }[] =
      await (
        await this.filtered(user, filter)
      )
        .select('p.stage', 'stage')
        .addSelect('COUNT(*)', 'count')
        .addSelect('ROUND(SUM(p.contractedInvestment), 2)', 'total')
        .groupBy('p.stage')
        .getRawMany();
    const byStage = new Map(totals.map((row) => [row.stage, row]));
    return STAGES.map((stage) => ({
      stage,
      totalCount: Number(byStage.get(stage)?.count ?? 0),
      totalContracted: Number(byStage.get(stage)?.total ?? 0),
      filter: filter ?? null,
    }));
  }

  /** One stage's column on its own: what "load more" asks for, without re-reading the others. */
  async boardColumn(
    user: User,
    stage: Stage,
    filter: ProjectFilter | null | undefined,
  ): Promise<BoardColumn> {
    const totals: { count: string | number; total: string | number | null } | undefined = await (
      await this.filtered(user, filter)
    )
      .andWhere('p.stage = :stage', { stage })
      .select('COUNT(*)', 'count')
      .addSelect('ROUND(SUM(p.contractedInvestment), 2)', 'total')
      .getRawOne();
    return {
      stage,
      totalCount: Number(totals?.count ?? 0),
      totalContracted: Number(totals?.total ?? 0),
      filter: filter ?? null,
    };
  }

  /** One column's cards in board order, paged by (position, id). */
  async column(
    user: User,
    column: BoardColumn,
    first?: number | null,
    after?: string | null,
  ): Promise<ProjectConnection> {
    const limit = pageSize(first);
    const qb = (await this.filtered(user, column.filter)).andWhere('p.stage = :stage', {
      stage: column.stage,
    });
    if (after) {
      const [position, id] = decodeCursor(after, 2);
      qb.andWhere(
        '(p.position > :afterPosition OR (p.position = :afterPosition AND p.id > :afterId))',
        {
          afterPosition: position,
          afterId: id,
        },
      );
    }
    const rows = await qb
      .orderBy('p.position', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return this.connection(rows, limit, column.totalCount, (p) => encodeCursor([p.position, p.id]));
  }

  /** A plain list, newest first, paged by id. */
  async list(
    user: User,
    filter: ProjectFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<ProjectConnection> {
    const limit = pageSize(first);
    const base = await this.filtered(user, filter);
    const totalCount = await base.clone().getCount();
    if (after) base.andWhere('p.id < :afterId', { afterId: decodeCursor(after, 1)[0] });
    const rows = await base
      .orderBy('p.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return this.connection(rows, limit, totalCount, (p) => encodeCursor([p.id]));
  }

  /**
   * Projects flagged today, worst first: any RED before only YELLOW, then the longest overdue.
   * Evaluated in SQL against the stored flag schedules; paged by offset because the order
   * changes from day to day anyway.
   */
  async flagged(
    user: User,
    level: FlagLevel | null | undefined,
    filter: ProjectFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<ProjectConnection> {
    const limit = pageSize(first);
    const offset = after ? decodeCursor(after, 1)[0] : 0;
    const base = await this.flaggedBase(user, level, filter);
    const totalCount = await base.clone().getCount();
    const rows = await inFlaggedOrder(base)
      .offset(offset)
      .limit(limit + 1)
      .getMany();
    return this.connection(rows, limit, totalCount, (p) =>
      encodeCursor([offset + rows.indexOf(p) + 1]),
    );
  }

  /** Every project flagged today in flaggedProjects' order: the spreadsheet of the whole list. */
  async flaggedAll(
    user: User,
    level: FlagLevel | null | undefined,
    filter: ProjectFilter | null | undefined,
  ): Promise<Project[]> {
    return inFlaggedOrder(await this.flaggedBase(user, level, filter)).getMany();
  }

  /** The caller's projects joined to their flags lit today (of the level and kind asked for). */
  private async flaggedBase(
    user: User,
    level: FlagLevel | null | undefined,
    filter: ProjectFilter | null | undefined,
  ): Promise<SelectQueryBuilder<Project>> {
    const today = todayIso();
    const levelCondition =
      level === 'RED'
        ? 'f.redOn <= :today'
        : level === 'YELLOW'
          ? '(f.yellowOn <= :today AND (f.redOn IS NULL OR f.redOn > :today))'
          : '(f.yellowOn <= :today OR f.redOn <= :today)';
    const base = (await this.filtered(user, filter)).innerJoin(
      (sub) =>
        sub
          .select('f.projectId', 'flaggedId')
          .addSelect('MAX(CASE WHEN f.redOn <= :today THEN 1 ELSE 0 END)', 'isRed')
          .addSelect(
            'MIN(CASE WHEN f.redOn <= :today THEN f.redOn ELSE f.yellowOn END)',
            'flaggedSince',
          )
          .from('project_flag', 'f')
          .where(levelCondition)
          // With a kind asked for, the level and the order are that flag's own.
          .andWhere(filter?.flag ? 'f.kind = :flagKind' : '1 = 1', { flagKind: filter?.flag })
          .groupBy('f.projectId'),
      'fl',
      'fl.flaggedId = p.id',
    );
    return base.setParameter('today', today);
  }

  /** How many projects in the filter show each flag today, red and yellow apart: the 督查 tiles. */
  async flagCounts(user: User, filter: ProjectFilter | null | undefined): Promise<FlagCount[]> {
    const rows: { kind: FlagKind; red: string | number; yellow: string | number }[] = await (
      await this.filtered(user, filter)
    )
      .innerJoin('project_flag', 'f', 'f.projectId = p.id')
      .select('f.kind', 'kind')
      .addSelect('SUM(CASE WHEN f.redOn <= :today THEN 1 ELSE 0 END)', 'red')
      .addSelect(
        'SUM(CASE WHEN f.yellowOn <= :today AND (f.redOn IS NULL OR f.redOn > :today) THEN 1 ELSE 0 END)',
        'yellow',
      )
      .setParameter('today', todayIso())
      .groupBy('f.kind')
      .getRawMany();
    const byKind = new Map(rows.map((row) => [row.kind, row]));
    return FLAG_KINDS.map((kind) => ({
      kind,
      red: Number(byKind.get(kind)?.red ?? 0),
      yellow: Number(byKind.get(kind)?.yellow ?? 0),
    }));
  }

  private connection(
    rows: Project[],
    limit: number,
    totalCount: number,
    cursorOf: (p: Project) => string,
  ): ProjectConnection {
    const page = rows.slice(0, limit);
    const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
