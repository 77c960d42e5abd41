import { Injectable } from '@nestjs/common';
import { STAGES, type Stage, todayIso } from '@luodi/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors';
import { OrgUnitsService, type Scope } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import type { User } from '../users/user.entity';
import type { ProjectFilter } from './dto/project.inputs';
import { Project } from './entities/project.entity';
import { ProjectTally } from './entities/project-tally.entity';
import { applyCohortFilter } from './project-cohort-filter';
import { connectionOf, decodeCursor, encodeCursor, pageSize } from './project-paging';
import type { BoardColumn, ProjectConnection } from './models/connection.model';

/** The filters the tally answers: units, chain and whether terminated projects count. */
const TALLY_FILTER_FIELDS = new Set([
  'orgUnitId',
  'directOrgUnitOnly',
  'chainId',
  'includeTerminated',
]);
export const isTallyFilter = (filter: ProjectFilter) =>
  Object.entries(filter).every(
    ([field, value]) =>
      TALLY_FILTER_FIELDS.has(field) || value === null || value === undefined || value === '',
  );

interface ColumnTotals {
  totalCount: number;
  totalContracted: number;
  totalPlanned: number;
}
interface RawTotals {
  stage: Stage;
  projects: string | number;
  contracted: string | number | null;
  planned: string | number | null;
}
const roundCents = (value: string | number | null | undefined) =>
  Math.round(Number(value ?? 0) * 100) / 100;

/** Up to this many matches, a search is an id list read once per request. */
const SEARCH_MATCHES = 2000;

/** Escapes LIKE wildcards with '!', the one escape character both engines accept the same way. */
const likePattern = (text: string) => `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

@Injectable()
export class ProjectQueries {
  /** The guard loads a fresh user object per request, so this caches for one request only. */
  private readonly searches = new WeakMap<User, Map<string, Promise<number[] | null>>>();

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
    whereUnitIn(qb, 'p.orgUnitId', await this.orgUnits.unitsFor(user, filter));
    if (!filter?.includeTerminated) qb.andWhere('p.status = :active', { active: 'ACTIVE' });
    for (const field of ['chainId', 'leaderId', 'ownerId'] as const) {
      const value = filter?.[field];
      // Ids arrive parsed: by the ID scalar, or by idParam on the file endpoints.
      if (value) qb.andWhere(`p.${field} = :${field}`, { [field]: Number(value) });
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
      const ids = await this.searchMatches(user, search, Boolean(filter?.includeTerminated));
      if (ids) qb.andWhere(ids.length ? 'p.id IN (:...searchIds)' : '1 = 0', { searchIds: ids });
      else qb.andWhere(`p.searchText LIKE :search ESCAPE '!'`, { search: likePattern(search) });
    }
    return qb;
  }

  /**
   * The ids of the caller's projects whose name, code or investor contains `search`, read once per
   * request along the narrow search index; null when more than SEARCH_MATCHES match, where the
   * pages find their cards quickly by scanning in board order instead.
   */
  private searchMatches(
    user: User,
    search: string,
    includeTerminated: boolean,
  ): Promise<number[] | null> {
    const cache = this.searches.get(user) ?? new Map<string, Promise<number[] | null>>();
    this.searches.set(user, cache);
    const key = `${includeTerminated}/${search}`;
    if (!cache.has(key))
      cache.set(
        key,
        (async () => {
          const qb = this.dataSource
            .getRepository(Project)
            .createQueryBuilder('p')
            .useIndex('idx_project_search')
            .select('p.id', 'id')
            .where(`p.searchText LIKE :search ESCAPE '!'`, { search: likePattern(search) });
          if (!includeTerminated) qb.andWhere('p.status = :active', { active: 'ACTIVE' });
          whereUnitIn(qb, 'p.orgUnitId', await this.orgUnits.scopeOf(user));
          const rows: { id: number }[] = await qb.limit(SEARCH_MATCHES + 1).getRawMany();
          return rows.length > SEARCH_MATCHES ? null : rows.map((row) => Number(row.id));
        })(),
      );
    return cache.get(key)!;
  }

  async board(user: User, filter: ProjectFilter | null | undefined): Promise<BoardColumn[]> {
    const byStage = await this.columnTotals(user, filter);
    return STAGES.map((stage) => ({ stage, ...byStage.get(stage)!, filter: filter ?? null }));
  }

  /** One stage's column on its own: what "load more" asks for, without re-reading the others. */
  async boardColumn(
    user: User,
    stage: Stage,
    filter: ProjectFilter | null | undefined,
  ): Promise<BoardColumn> {
    const byStage = await this.columnTotals(user, filter, stage);
    return { stage, ...byStage.get(stage)!, filter: filter ?? null };
  }

  /**
   * Count, Σ合同引资额 and Σ计划投资 per stage. A filter of units, chain and status only is read
   * from the tally the triggers keep (a few hundred rows whatever the size of the scope); any
   * other filter narrows the projects first and sums them over the indexes that serve it.
   */
  private async columnTotals(
    user: User,
    filter: ProjectFilter | null | undefined,
    stage?: Stage,
  ): Promise<Map<Stage, ColumnTotals>> {
    const tallied = !filter || isTallyFilter(filter);
    const qb = tallied
      ? this.tallyTotals(await this.orgUnits.unitsFor(user, filter), filter)
      : (await this.filtered(user, filter))
          .select('p.stage', 'stage')
          .addSelect('COUNT(*)', 'projects')
          .addSelect('SUM(p.contractedInvestment)', 'contracted')
          .addSelect('SUM(p.plannedInvestment)', 'planned');
    const alias = tallied ? 't' : 'p';
    if (stage) qb.andWhere(`${alias}.stage = :totalsStage`, { totalsStage: stage });
    const rows: RawTotals[] = await qb.groupBy(`${alias}.stage`).getRawMany();
    const found = new Map(rows.map((row) => [row.stage, row]));
    return new Map(
      STAGES.map((s) => {
        const row = found.get(s);
        return [
          s,
          {
            totalCount: Number(row?.projects ?? 0),
            totalContracted: roundCents(row?.contracted),
            totalPlanned: roundCents(row?.planned),
          },
        ];
      }),
    );
  }

  private tallyTotals(units: Scope, filter: ProjectFilter | null | undefined) {
    const qb = this.dataSource
      .getRepository(ProjectTally)
      .createQueryBuilder('t')
      .select('t.stage', 'stage')
      .addSelect('SUM(t.projects)', 'projects')
      .addSelect('SUM(t.contracted)', 'contracted')
      .addSelect('SUM(t.planned)', 'planned');
    whereUnitIn(qb, 't.orgUnitId', units);
    if (!filter?.includeTerminated) qb.andWhere('t.status = :active', { active: 'ACTIVE' });
    if (filter?.chainId) qb.andWhere('t.chainId = :chainId', { chainId: Number(filter.chainId) });
    return qb;
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
    // Walking the column in board order and skipping other units' cards reads a page's worth of
    // rows; MySQL would rather collect the scope's units and sort the whole column.
    if (!column.filter || (isTallyFilter(column.filter) && !column.filter.chainId))
      qb.useIndex('idx_project_board');
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
    return connectionOf(rows, limit, column.totalCount, (p) => encodeCursor([p.position, p.id]));
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
    // The count of a units-and-chain filter is the board tally's; only a narrower one counts rows.
    const totalCount =
      !filter || isTallyFilter(filter)
        ? [...(await this.columnTotals(user, filter)).values()].reduce(
            (sum, column) => sum + column.totalCount,
            0,
          )
        : await base.clone().getCount();
    if (after) base.andWhere('p.id < :afterId', { afterId: decodeCursor(after, 1)[0] });
    const rows = await base
      .orderBy('p.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return connectionOf(rows, limit, totalCount, (p) => encodeCursor([p.id]));
  }
}
