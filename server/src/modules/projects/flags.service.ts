import { Injectable } from '@nestjs/common';
import { computeFlags, flagSchedules, type Flag, type FlagFacts, type FlagThresholds } from '@luodi/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Blocker } from '../blockers/entities/blocker.entity';
import { Department } from '../blockers/entities/department.entity';
import { SettingsService } from '../settings/settings.service';
import { Investor } from './entities/investor.entity';
import { ProjectFlag } from './entities/project-flag.entity';
import { Project } from './entities/project.entity';

type DuplicateOf = NonNullable<FlagFacts['duplicateOf']>;
export type OpenBlockerFact = NonNullable<FlagFacts['openBlockers']>[number];

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

  flagsOf(
    project: Project,
    duplicateOf: DuplicateOf | null,
    thresholds: FlagThresholds,
    today: string,
    openBlockers: OpenBlockerFact[] = [],
  ): Flag[] {
    return computeFlags(this.factsOf(project, duplicateOf, openBlockers), thresholds, today);
  }

  factsOf(project: Project, duplicateOf: DuplicateOf | null, openBlockers: OpenBlockerFact[] = []): FlagFacts {
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
      openBlockers,
    };
  }

  /** The open 交办问题 (not yet 销号) of each project, with their departments: one query for all. */
  async openBlockersOf(projectIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, OpenBlockerFact[]>> {
    const result = new Map<number, OpenBlockerFact[]>(projectIds.map((id) => [id, []]));
    if (projectIds.length === 0) return result;
    const rows: { projectId: number | string; dueOn: string; departmentName: string }[] = await manager
      .createQueryBuilder(Blocker, 'b')
      .innerJoin(Department, 'd', 'd.id = b.departmentId')
      .select('b.projectId', 'projectId')
      .addSelect('b.dueOn', 'dueOn')
      .addSelect('d.name', 'departmentName')
      .where('b.projectId IN (:...projectIds)', { projectIds: [...projectIds] })
      .andWhere('b.status IN (:...openStatuses)', { openStatuses: ['OPEN', 'ESCALATED'] })
      .orderBy('b.dueOn', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getRawMany();
    for (const row of rows) result.get(Number(row.projectId))?.push({ dueOn: String(row.dueOn).slice(0, 10), departmentName: row.departmentName });
    return result;
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
    const [duplicates, thresholds, openBlockers] = await Promise.all([
      this.duplicatesOf(projects, manager),
      this.thresholds(manager),
      this.openBlockersOf(projects.map((project) => project.id), manager),
    ]);
    const rows = projects.flatMap((project) =>
      flagSchedules(this.factsOf(project, duplicates.get(project.id) ?? null, openBlockers.get(project.id)), thresholds).map((schedule) => ({
        projectId: project.id,
        ...schedule,
      })),
    );
    await manager.getRepository(ProjectFlag).delete({ projectId: In(projects.map((project) => project.id)) });
    if (rows.length) await manager.getRepository(ProjectFlag).insert(rows);
  }
}
