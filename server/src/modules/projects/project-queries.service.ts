import { Injectable } from '@nestjs/common';
import {
  FLAG_KINDS,
  type FlagKind,
  type FlagLevel,
  STAGES,
  type Stage,
  todayIso,
} from '@luodi/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { MAX_ID } from '../../common/input-scalars';
import { OrgUnitsService, type Scope } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import type { User } from '../users/user.entity';
import type { ProjectFilter } from './dto/project.inputs';
import { Project } from './entities/project.entity';
import { FlagsService } from './flags.service';
import { ProjectTally } from './entities/project-tally.entity';
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

/** A filter's id (from GraphQL or an export's query string): a key, or a refusal naming the field. */
function idArgument(value: string, field: string): number {
  const id = /^\d{1,10}$/.test(value) ? Number(value) : 0;
  if (id < 1 || id > MAX_ID) throw badInput({ [field]: '编号无效' });
  return id;
}

/** The filters the tally answers: units, chain and whether terminated projects count. */
const TALLY_FILTER_FIELDS = new Set([
  'orgUnitId',
  'directOrgUnitOnly',
  'chainId',
  'includeTerminated',
]);
const isTallyFilter = (filter: ProjectFilter) =>
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

/** The colours a flagged list shows, worst first. */
const colours = (level: FlagLevel | null | undefined): FlagLevel[] =>
  level ? [level] : ['RED', 'YELLOW'];

@Injectable()
export class ProjectQueries {
  /** The guard loads a fresh user object per request, so this caches for one request only. */
  private readonly searches = new WeakMap<User, Map<string, Promise<number[] | null>>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
    private readonly flags: FlagsService,
    private readonly transactions: Transactions,
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
      if (value) qb.andWhere(`p.${field} = :${field}`, { [field]: idArgument(value, field) });
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
    if (filter?.chainId)
      qb.andWhere('t.chainId = :chainId', { chainId: idArgument(filter.chainId, 'chainId') });
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
    return this.connection(rows, limit, totalCount, (p) => encodeCursor([p.id]));
  }

  /**
   * Projects flagged today, worst first: any RED before only YELLOW, then the longest lit. Each
   * colour is one index walk along the day it began (the project's redSince / yellowSince, or the
   * asked kind's own redOn / yellowOn), so a page reads its own rows, not every flagged project.
   * Paged by offset because the order changes from day to day anyway.
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
    const segments = await Promise.all(
      colours(level).map((colour) => this.flaggedIn(user, colour, level, filter)),
    );
    const counts = await Promise.all(segments.map((segment) => segment.clone().getCount()));
    const rows: Project[] = [];
    let skip = offset;
    for (const [i, segment] of segments.entries()) {
      if (rows.length > limit) break;
      if (skip >= counts[i]) {
        skip -= counts[i];
        continue;
      }
      rows.push(
        ...(await segment
          .offset(skip)
          .limit(limit + 1 - rows.length)
          .getMany()),
      );
      skip = 0;
    }
    const total = counts.reduce((sum, count) => sum + count, 0);
    return this.connection(rows, limit, total, (p) => encodeCursor([offset + rows.indexOf(p) + 1]));
  }

  /** Every project flagged today in flaggedProjects' order: the spreadsheet of the whole list. */
  async flaggedAll(
    user: User,
    level: FlagLevel | null | undefined,
    filter: ProjectFilter | null | undefined,
  ): Promise<Project[]> {
    const parts = await Promise.all(
      colours(level).map(async (colour) =>
        (await this.flaggedIn(user, colour, level, filter)).getMany(),
      ),
    );
    return parts.flat();
  }

  /**
   * The caller's projects flagged `colour` today, in the order the list shows them: along the
   * asked kind's own dates; along the project's stored standing when no level is asked (renewed
   * first for flags that changed colour); along redSince for RED; for YELLOW alone, the projects
   * with any yellow flag, ordered by the earliest of them.
   */
  private async flaggedIn(
    user: User,
    colour: FlagLevel,
    level: FlagLevel | null | undefined,
    filter: ProjectFilter | null | undefined,
  ): Promise<SelectQueryBuilder<Project>> {
    const qb = await this.filtered(user, filter);
    const today = todayIso();
    if (filter?.flag) {
      qb.innerJoin('project_flag', 'f', 'f.projectId = p.id AND f.kind = :flagKind', {
        flagKind: filter.flag,
      });
      if (colour === 'RED') qb.andWhere('f.redOn <= :today').orderBy('f.redOn', 'ASC');
      else
        qb.andWhere('f.yellowOn <= :today AND (f.redOn IS NULL OR f.redOn > :today)').orderBy(
          'f.yellowOn',
          'ASC',
        );
    } else if (!level) {
      await this.transactions.run((manager) => this.flags.renewStandings(manager, today));
      qb.andWhere('p.flagRank = :rank', { rank: colour === 'RED' ? 1 : 2 }).orderBy(
        'p.flagSince',
        'ASC',
      );
    } else if (colour === 'RED') {
      qb.andWhere('p.redSince <= :today').orderBy('p.redSince', 'ASC');
    } else {
      qb.innerJoin(
        (sub) =>
          sub
            .select('y.projectId', 'yellowId')
            .addSelect('MIN(y.yellowOn)', 'yellowSince')
            .from('project_flag', 'y')
            .where('y.yellowOn <= :today AND (y.redOn IS NULL OR y.redOn > :today)')
            .groupBy('y.projectId'),
        'yl',
        'yl.yellowId = p.id',
      ).orderBy('yl.yellowSince', 'ASC');
    }
    return qb.addOrderBy('p.id', 'ASC').setParameter('today', today);
  }

  /**
   * How many projects in the filter show each flag today, red and yellow apart: the 督查 tiles.
   * A filter of units alone is summed from the flag calendar (the months before this one) and
   * this month's flag rows, each read along an index; anything narrower joins the projects the
   * filter selects.
   */
  async flagCounts(user: User, filter: ProjectFilter | null | undefined): Promise<FlagCount[]> {
    const today = todayIso();
    const counts =
      !filter || (isTallyFilter(filter) && !filter.chainId)
        ? await this.calendarFlagCounts(await this.orgUnits.unitsFor(user, filter), today)
        : await this.joinedFlagCounts(user, filter, today);
    return FLAG_KINDS.map((kind) => ({
      kind,
      red: counts.get(kind)?.red ?? 0,
      yellow: counts.get(kind)?.yellow ?? 0,
    }));
  }

  private async calendarFlagCounts(
    units: Scope,
    today: string,
  ): Promise<Map<string, { red: number; yellow: number }>> {
    const monthStart = `${today.slice(0, 7)}-01`;
    const earlier = this.dataSource
      .createQueryBuilder()
      .from('flag_calendar', 'c')
      .select('c.kind', 'kind')
      .addSelect('SUM(c.yellowStarts)', 'yellow')
      .addSelect('SUM(c.redStarts)', 'red')
      .addSelect('SUM(c.bothStarts)', 'both')
      .where('c.month < :month', { month: today.slice(0, 7) })
      .groupBy('c.kind');
    whereUnitIn(earlier, 'c.orgUnitId', units);
    // This month's rows, along each date's index: those turning yellow (and, with an earlier
    // red, passing both dates now), and those turning red (with yellow already passed).
    const thisMonth = (date: 'yellowOn' | 'redOn', other: 'yellowOn' | 'redOn', before: string) => {
      const qb = this.dataSource
        .createQueryBuilder()
        .from('project_flag', 'f')
        .select('f.kind', 'kind')
        .addSelect('COUNT(*)', 'starts')
        .addSelect(
          `SUM(CASE WHEN f.${other} IS NOT NULL AND f.${other} ${before} f.${date} THEN 1 ELSE 0 END)`,
          'both',
        )
        .where(`f.kind IN (:...kinds) AND f.${date} >= :monthStart AND f.${date} <= :today`, {
          kinds: FLAG_KINDS,
          monthStart,
          today,
        })
        .groupBy('f.kind');
      whereUnitIn(qb, 'f.orgUnitId', units);
      return qb.getRawMany();
    };
    const [past, yellowNow, redNow] = await Promise.all([
      earlier.getRawMany(),
      thisMonth('yellowOn', 'redOn', '<'),
      thisMonth('redOn', 'yellowOn', '<='),
    ]);
    const totals = new Map<string, { yellow: number; red: number; both: number }>();
    const add = (kind: string, yellow: unknown, red: unknown, both: unknown) => {
      const sum = totals.get(kind) ?? { yellow: 0, red: 0, both: 0 };
      sum.yellow += Number(yellow ?? 0);
      sum.red += Number(red ?? 0);
      sum.both += Number(both ?? 0);
      totals.set(kind, sum);
    };
    for (const row of past) add(row.kind, row.yellow, row.red, row.both);
    for (const row of yellowNow) add(row.kind, row.starts, 0, row.both);
    for (const row of redNow) add(row.kind, 0, row.starts, row.both);
    return new Map(
      [...totals].map(([kind, sum]) => [kind, { red: sum.red, yellow: sum.yellow - sum.both }]),
    );
  }

  private async joinedFlagCounts(
    user: User,
    filter: ProjectFilter,
    today: string,
  ): Promise<Map<string, { red: number; yellow: number }>> {
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
      .andWhere('(f.yellowOn <= :today OR f.redOn <= :today)')
      .setParameter('today', today)
      .groupBy('f.kind')
      .getRawMany();
    return new Map(
      rows.map((row) => [row.kind, { red: Number(row.red), yellow: Number(row.yellow) }]),
    );
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
