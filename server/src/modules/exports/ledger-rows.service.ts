import { Injectable } from '@nestjs/common';
import { type Flag, type FlagLevel, todayIso } from '@luodi/domain';
import { DataSource, In, type ObjectLiteral } from 'typeorm';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import type { ProjectFilter } from '../projects/dto/project.inputs';
import { Investor } from '../projects/entities/investor.entity';
import type { Project } from '../projects/entities/project.entity';
import { FlagsService, type RelatedFacts } from '../projects/flags.service';
import { FlaggedQueries } from '../projects/flagged-queries.service';
import { ProjectQueries } from '../projects/project-queries.service';
import { User } from '../users/user.entity';

/** A project with the names a spreadsheet shows instead of ids, and its flags today. */
export interface LedgerRow {
  project: Project;
  investor: Investor;
  orgUnit: OrgUnit;
  chain: IndustryChain;
  leader: User | null;
  owner: User;
  flags: Flag[];
}

const BATCH = 500;

/** Reads the projects an export lists, through the same scoped queries the API answers from. */
@Injectable()
export class LedgerRowsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ProjectQueries,
    private readonly flaggedQueries: FlaggedQueries,
    private readonly flags: FlagsService,
  ) {}

  /** Every project in the caller's scope that matches the filter, by project number. */
  async projects(user: User, filter: ProjectFilter): Promise<LedgerRow[]> {
    const projects = await (
      await this.queries.filtered(user, filter)
    )
      .orderBy('p.code', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return this.rowsOf(projects);
  }

  /** The flagged projects in flaggedProjects' order (RED first, longest overdue first). */
  async flagged(user: User, level: FlagLevel | null, filter: ProjectFilter): Promise<LedgerRow[]> {
    return this.rowsOf(await this.flaggedQueries.all(user, level, filter));
  }

  private async rowsOf(projects: Project[]): Promise<LedgerRow[]> {
    const [investors, orgUnits, chains, users, thresholds] = await Promise.all([
      this.byId(
        Investor,
        projects.map((p) => p.investorId),
      ),
      this.byId(
        OrgUnit,
        projects.map((p) => p.orgUnitId),
      ),
      this.byId(
        IndustryChain,
        projects.map((p) => p.chainId),
      ),
      this.byId(
        User,
        projects.flatMap((p) => (p.leaderId === null ? [p.ownerId] : [p.ownerId, p.leaderId])),
      ),
      this.flags.thresholds(),
    ]);
    const related = new Map<number, RelatedFacts>();
    for (let offset = 0; offset < projects.length; offset += BATCH) {
      for (const [id, facts] of await this.flags.relatedFacts(
        projects.slice(offset, offset + BATCH),
      )) {
        related.set(id, facts);
      }
    }
    const today = todayIso();
    return projects.map((project) => ({
      project,
      investor: investors.get(project.investorId)!,
      orgUnit: orgUnits.get(project.orgUnitId)!,
      chain: chains.get(project.chainId)!,
      leader: project.leaderId === null ? null : users.get(project.leaderId)!,
      owner: users.get(project.ownerId)!,
      flags: this.flags.flagsOf(project, related.get(project.id)!, thresholds, today),
    }));
  }

  private async byId<T extends ObjectLiteral & { id: number }>(
    entity: new () => T,
    ids: number[],
  ): Promise<Map<number, T>> {
    const unique = [...new Set(ids)];
    const found = new Map<number, T>();
    for (let offset = 0; offset < unique.length; offset += BATCH) {
      const rows = await this.dataSource
        .getRepository(entity)
        .findBy({ id: In(unique.slice(offset, offset + BATCH)) } as never);
      for (const row of rows) found.set(row.id, row);
    }
    return found;
  }
}
