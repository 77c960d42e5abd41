import { Injectable } from '@nestjs/common';
import { FLAG_KINDS, type FlagKind, type FlagLevel, todayIso } from '@luodi/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { Transactions } from '../../common/transactions';
import { OrgUnitsService, type Scope } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import type { User } from '../users/user.entity';
import type { ProjectFilter } from './dto/project.inputs';
import type { Project } from './entities/project.entity';
import { FlagsService } from './flags.service';
import type { ProjectConnection } from './models/connection.model';
import type { FlagCount } from './models/flag.model';
import { connectionOf, decodeCursor, encodeCursor, pageSize } from './project-paging';
import { isTallyFilter, ProjectQueries } from './project-queries.service';

/** The colours a flagged list shows, worst first. */
const colours = (level: FlagLevel | null | undefined): FlagLevel[] =>
  level ? [level] : ['RED', 'YELLOW'];

/** The 督查 list and its tiles: projects flagged today, and how many show each flag. */
@Injectable()
export class FlaggedQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
    private readonly projects: ProjectQueries,
    private readonly flags: FlagsService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Projects flagged today, worst first: any RED before only YELLOW, then the longest lit. Each
   * colour is one index walk along the day it began (the project's redSince / yellowSince, or the
   * asked kind's own redOn / yellowOn), so a page reads its own rows, not every flagged project.
   * Paged by offset because the order changes from day to day anyway.
   */
  async list(
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
    return connectionOf(rows, limit, total, (p) => encodeCursor([offset + rows.indexOf(p) + 1]));
  }

  /** Every project flagged today in flaggedProjects' order: the spreadsheet of the whole list. */
  async all(
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
    const qb = await this.projects.filtered(user, filter);
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
  async counts(user: User, filter: ProjectFilter | null | undefined): Promise<FlagCount[]> {
    const today = todayIso();
    const counts =
      !filter || (isTallyFilter(filter) && !filter.chainId)
        ? await this.fromCalendar(await this.orgUnits.unitsFor(user, filter), today)
        : await this.throughFilter(user, filter, today);
    return FLAG_KINDS.map((kind) => ({
      kind,
      red: counts.get(kind)?.red ?? 0,
      yellow: counts.get(kind)?.yellow ?? 0,
    }));
  }

  private async fromCalendar(
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

  private async throughFilter(
    user: User,
    filter: ProjectFilter,
    today: string,
  ): Promise<Map<string, { red: number; yellow: number }>> {
    const rows: { kind: FlagKind; red: string | number; yellow: string | number }[] = await (
      await this.projects.filtered(user, filter)
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
}
