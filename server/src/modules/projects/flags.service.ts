import { Injectable } from '@nestjs/common';
import {
  computeFlags,
  flagSchedules,
  type Flag,
  type FlagFacts,
  type FlagThresholds,
} from '@luodi/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { SettingsService } from '../settings/settings.service';
import { Investor } from './entities/investor.entity';
import { ProjectFlag } from './entities/project-flag.entity';
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
    for (let afterId = 0; ;) {
      const page = await manager
        .getRepository(Project)
        .createQueryBuilder('p')
        .where('p.id > :afterId', { afterId })
        .orderBy('p.id', 'ASC')
        .limit(REWRITE_PAGE)
        .getMany();
      if (page.length === 0) return;
      await this.rewrite(manager, page, thresholds);
      afterId = page[page.length - 1].id;
    }
  }

  private async rewrite(
    manager: EntityManager,
    projects: Project[],
    thresholds: FlagThresholds,
  ): Promise<void> {
    const related = await this.relatedFacts(projects, manager);
    const rows = projects.flatMap((project) =>
      flagSchedules(this.factsOf(project, related.get(project.id)!), thresholds).map(
        (schedule) => ({
          projectId: project.id,
          ...schedule,
        }),
      ),
    );
    await manager
      .getRepository(ProjectFlag)
      .delete({ projectId: In(projects.map((project) => project.id)) });
    // Bounded batches: SQLite limits the parameters of one statement.
    for (let start = 0; start < rows.length; start += REWRITE_PAGE) {
      await manager.getRepository(ProjectFlag).insert(rows.slice(start, start + REWRITE_PAGE));
    }
  }
}
