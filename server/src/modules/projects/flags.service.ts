import { Injectable } from '@nestjs/common';
import { computeFlags, flagSchedules, type Flag, type FlagFacts, type FlagThresholds } from '@luodi/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { SettingsService } from '../settings/settings.service';
import { Investor } from './entities/investor.entity';
import { ProjectFlag } from './entities/project-flag.entity';
import { Project } from './entities/project.entity';

type DuplicateOf = NonNullable<FlagFacts['duplicateOf']>;

/** Turns a project's stored facts into flags, and keeps the flag schedule table in step. */
@Injectable()
export class FlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  thresholds(manager?: EntityManager): Promise<FlagThresholds> {
    return this.settings.thresholds(manager);
  }

  flagsOf(project: Project, duplicateOf: DuplicateOf | null, thresholds: FlagThresholds, today: string): Flag[] {
    return computeFlags(this.factsOf(project, duplicateOf), thresholds, today);
  }

  factsOf(project: Project, duplicateOf: DuplicateOf | null): FlagFacts {
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
      duplicateOf,
    };
  }

  /**
   * DUPLICATE (domain.md): an active project of the same investor signed earlier — any project
   * when the investor has a credit code, one of the same name when it has none.
   */
  async duplicatesOf(projects: Project[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, DuplicateOf>> {
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
    const hasCreditCode = new Set(investors.filter((investor) => investor.creditCode).map((investor) => investor.id));
    for (const project of signed) {
      const earlier = candidates
        .filter(
          (other) =>
            other.id !== project.id &&
            other.signedOn &&
            other.investorId === project.investorId &&
            (hasCreditCode.has(project.investorId) || other.name === project.name) &&
            (other.signedOn < project.signedOn! || (other.signedOn === project.signedOn && other.id < project.id)),
        )
        .sort((a, b) => a.signedOn!.localeCompare(b.signedOn!) || a.id - b.id)[0];
      if (earlier) result.set(project.id, { code: earlier.code, signedOn: project.signedOn! });
    }
    return result;
  }

  /** Rewrites the stored schedules of these projects and of every project sharing their investors. */
  async refresh(manager: EntityManager, projectIds: number[]): Promise<void> {
    if (projectIds.length === 0) return;
    const touched = await manager.getRepository(Project).find({ select: { investorId: true }, where: { id: In(projectIds) } });
    const projects = await manager.getRepository(Project).findBy({ investorId: In([...new Set(touched.map((p) => p.investorId))]) });
    const [duplicates, thresholds] = await Promise.all([this.duplicatesOf(projects, manager), this.thresholds(manager)]);
    const rows = projects.flatMap((project) =>
      flagSchedules(this.factsOf(project, duplicates.get(project.id) ?? null), thresholds).map((schedule) => ({
        projectId: project.id,
        ...schedule,
      })),
    );
    await manager.getRepository(ProjectFlag).delete({ projectId: In(projects.map((project) => project.id)) });
    if (rows.length) await manager.getRepository(ProjectFlag).insert(rows);
  }
}
