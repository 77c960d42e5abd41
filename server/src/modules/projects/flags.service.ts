import { Injectable } from '@nestjs/common';
import {
  computeFlags,
  type FlagSchedule,
  flagSchedules,
  flagStanding,
  todayIso,
  type Flag,
  type FlagFacts,
  type FlagThresholds,
} from '@luodi/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { SettingsService } from '../settings/settings.service';
import { Investor } from './entities/investor.entity';
import { ProjectFlag } from './entities/project-flag.entity';
import { shiftFlagCalendar } from './flag-calendar';
import { Project } from './entities/project.entity';

type DuplicateOf = NonNullable<FlagFacts['duplicateOf']>;

/** Projects per statement when schedules are rewritten in bulk. */
const REWRITE_PAGE = 500;

/** Facts a flag needs that live outside the project row: duplicates, open blockers, awaited 督办. */
export type RelatedFacts = Pick<FlagFacts, 'duplicateOf' | 'openBlockers' | 'awaitedSupervisions'>;

/**
 * A feature that holds facts about projects (blockers, 督办 notices) registers one of these, so
 * that flags see its rows without the projects module depending on the feature.
 */
export interface FlagFactSource {
  factsFor(
    projectIds: number[],
    manager: EntityManager,
  ): Promise<Map<number, Partial<RelatedFacts>>>;
}

/** Turns a project's stored facts into flags, and keeps the flag schedule table in step. */
@Injectable()
export class FlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  private readonly factSources: FlagFactSource[] = [];

  registerFactSource(source: FlagFactSource): void {
    this.factSources.push(source);
  }

  thresholds(manager?: EntityManager): Promise<FlagThresholds> {
    return this.settings.thresholds(manager);
  }

  flagsOf(
    project: Project,
    related: RelatedFacts,
    thresholds: FlagThresholds,
    today: string,
  ): Flag[] {
    return computeFlags(this.factsOf(project, related), thresholds, today);
  }

  /** The related facts of many projects at once: one query per source, whatever the count. */
  async relatedFacts(
    projects: Project[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, RelatedFacts>> {
    const ids = projects.map((project) => project.id);
    const [duplicates, ...fromSources] = await Promise.all([
      this.duplicatesOf(projects, manager),
      ...this.factSources.map((source) =>
        ids.length ? source.factsFor(ids, manager) : new Map<number, Partial<RelatedFacts>>(),
      ),
    ]);
    return new Map(
      projects.map((project) => [
        project.id,
        Object.assign(
          { duplicateOf: duplicates.get(project.id) ?? null },
          ...fromSources.map((facts) => facts.get(project.id) ?? {}),
        ) as RelatedFacts,
      ]),
    );
  }

  factsOf(project: Project, related: RelatedFacts): FlagFacts {
    return {
      status: project.status,
      stage: project.stage,
      stageEnteredOn: project.stageEnteredOn,
      lastProgressOn: project.lastProgressOn,
      // After negotiating, lastProgressOn only moves with facts (stage changes, arrivals).
      lastFactOn: project.stage === 'NEGOTIATING' ? null : project.lastProgressOn,
      signedOn: project.signedOn,
      landedOn: project.landedOn,
      startedOn: project.startedOn,
      contractedInvestment: project.contractedInvestment,
      arrivedInvestment: project.arrivedInvestment,
      landArea: project.landArea,
      ...related,
    };
  }

  /**
   * DUPLICATE (domain.md): an active project of the same investor signed earlier — any project
   * when the investor has a credit code, one of the same name when it has none.
   */
  async duplicatesOf(
    projects: Project[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, DuplicateOf>> {
    const signed = projects.filter((project) => project.signedOn && project.status === 'ACTIVE');
    const result = new Map<number, DuplicateOf>();
    if (signed.length === 0) return result;
    const investorIds = [...new Set(signed.map((project) => project.investorId))];
    const [candidates, investors] = await Promise.all([
      manager.getRepository(Project).find({
        select: { id: true, code: true, name: true, signedOn: true, investorId: true },
        where: { investorId: In(investorIds), status: 'ACTIVE' },
      }),
      manager.getRepository(Investor).findBy({ id: In(investorIds) }),
    ]);
    const hasCreditCode = new Set(
      investors.filter((investor) => investor.creditCode).map((investor) => investor.id),
    );
    for (const project of signed) {
      const earlier = candidates
        .filter(
          (other) =>
            other.id !== project.id &&
            other.signedOn &&
            other.investorId === project.investorId &&
            (hasCreditCode.has(project.investorId) || other.name === project.name) &&
            (other.signedOn < project.signedOn! ||
              (other.signedOn === project.signedOn && other.id < project.id)),
        )
        .sort((a, b) => a.signedOn!.localeCompare(b.signedOn!) || a.id - b.id)[0];
      if (earlier) result.set(project.id, { code: earlier.code, signedOn: project.signedOn! });
    }
    return result;
  }

  /** Rewrites the stored schedules of these projects and of every project sharing their investors. */
  async refresh(manager: EntityManager, projectIds: number[]): Promise<void> {
    if (projectIds.length === 0) return;
    const touched = await manager
      .getRepository(Project)
      .find({ select: { investorId: true }, where: { id: In(projectIds) } });
    const projects = await manager
      .getRepository(Project)
      .findBy({ investorId: In([...new Set(touched.map((p) => p.investorId))]) });
    await this.rewrite(manager, projects, await this.thresholds(manager));
  }

  /** Rewrites every project's schedules under new thresholds, a page of projects at a time. */
  async refreshAll(manager: EntityManager, thresholds: FlagThresholds): Promise<void> {
    for (let page = await this.refreshPage(manager, 0, thresholds); page;)
      page = await this.refreshPage(manager, page.lastId, thresholds);
  }

  /**
   * Rewrites the schedules of the next page of projects after `afterId`; returns the last id
   * written and how many, or null past the end. The unit `npm run recompute` commits one at a time.
   */
  async refreshPage(
    manager: EntityManager,
    afterId: number,
    thresholds: FlagThresholds,
  ): Promise<{ lastId: number; count: number } | null> {
    const page = await manager
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.id > :afterId', { afterId })
      .orderBy('p.id', 'ASC')
      .limit(REWRITE_PAGE)
      .getMany();
    if (page.length === 0) return null;
    await this.rewrite(manager, page, thresholds);
    return { lastId: page[page.length - 1].id, count: page.length };
  }

  /**
   * Replaces the projects' flag schedules (each row carrying the project's unit for the scope's
   * counts) and writes where each project stands in the 督查 list today.
   */
  private async rewrite(
    manager: EntityManager,
    projects: Project[],
    thresholds: FlagThresholds,
  ): Promise<void> {
    const related = await this.relatedFacts(projects, manager);
    const today = todayIso();
    const standings = new Map<number, FlagSchedule[]>();
    const rows = projects.flatMap((project) => {
      const schedules = flagSchedules(this.factsOf(project, related.get(project.id)!), thresholds);
      standings.set(project.id, schedules);
      return schedules.map((schedule) => ({
        projectId: project.id,
        orgUnitId: project.orgUnitId,
        ...schedule,
      }));
    });
    // Only the rows that change are rewritten, so writers of unchanged flags take no locks.
    const ids = projects.map((project) => project.id).sort((a, b) => a - b);
    const stored = await manager
      .getRepository(ProjectFlag)
      .find({ where: { projectId: In(ids) }, order: { projectId: 'ASC', kind: 'ASC' } });
    const sameAs = (a: ProjectFlag, b: ProjectFlag) =>
      a.yellowOn === b.yellowOn && a.redOn === b.redOn && a.orgUnitId === b.orgUnitId;
    const keyOf = (row: Pick<ProjectFlag, 'projectId' | 'kind'>) => `${row.projectId}/${row.kind}`;
    const storedByKey = new Map(stored.map((row) => [keyOf(row), row]));
    const wantedByKey = new Map(rows.map((row) => [keyOf(row), row as ProjectFlag]));
    const gone = stored.filter(
      (row) => !wantedByKey.has(keyOf(row)) || !sameAs(row, wantedByKey.get(keyOf(row))!),
    );
    const added = rows.filter(
      (row) =>
        !storedByKey.has(keyOf(row)) || !sameAs(storedByKey.get(keyOf(row))!, row as ProjectFlag),
    );
    for (const row of gone)
      await manager.getRepository(ProjectFlag).delete({ projectId: row.projectId, kind: row.kind });
    // Bounded batches: SQLite limits the parameters of one statement.
    for (let start = 0; start < added.length; start += REWRITE_PAGE) {
      await manager.getRepository(ProjectFlag).insert(added.slice(start, start + REWRITE_PAGE));
    }
    await shiftFlagCalendar(manager, gone, added);
    await this.writeStandings(manager, projects, standings, today);
  }

  /**
   * Renews the list standing of every project whose flags changed colour since it was written
   * (`flagUntil` has come): a few rows a day, read along an index before the 督查 list is read.
   */
  async renewStandings(manager: EntityManager, today: string = todayIso()): Promise<void> {
    const repository = manager.getRepository(Project);
    for (;;) {
      const due = await repository
        .createQueryBuilder('p')
        .select(['p.id', 'p.redSince', 'p.flagRank', 'p.flagSince', 'p.flagUntil'])
        .where('p.flagUntil <= :today', { today })
        .orderBy('p.flagUntil', 'ASC')
        .limit(REWRITE_PAGE)
        .getMany();
      if (due.length === 0) return;
      const rows = await manager
        .getRepository(ProjectFlag)
        .findBy({ projectId: In(due.map((project) => project.id)) });
      const schedules = new Map<number, FlagSchedule[]>(due.map((project) => [project.id, []]));
      for (const row of rows) schedules.get(row.projectId)!.push(row);
      await this.writeStandings(manager, due, schedules, today);
    }
  }

  /** Writes the standings that changed, grouped so that equal standings share one UPDATE. */
  private async writeStandings(
    manager: EntityManager,
    projects: Pick<Project, 'id' | 'redSince' | 'flagRank' | 'flagSince' | 'flagUntil'>[],
    schedules: Map<number, FlagSchedule[]>,
    today: string,
  ): Promise<void> {
    const changed = new Map<string, number[]>();
    for (const project of projects) {
      const standing = flagStanding(schedules.get(project.id) ?? [], today);
      const next = {
        redSince: standing.redSince,
        flagRank: standing.level === 'RED' ? 1 : standing.level === 'YELLOW' ? 2 : null,
        flagSince: standing.since,
        flagUntil: standing.until,
      };
      if (
        Object.entries(next).every(
          ([field, value]) => project[field as keyof typeof next] === value,
        )
      )
        continue;
      const key = JSON.stringify(next);
      changed.set(key, [...(changed.get(key) ?? []), project.id]);
    }
    for (const [key, ids] of changed)
      await manager.getRepository(Project).update({ id: In(ids) }, JSON.parse(key));
  }
}
