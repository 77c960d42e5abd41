import type { EntityManager } from 'typeorm';
import type { FlagFactSource, RelatedFacts } from '../projects/flags.service';
import { Blocker } from './entities/blocker.entity';
import { Department } from './entities/department.entity';

/** For the flag rules: the open 交办问题 (not yet 销号) of each project, with their departments. */
export const OPEN_BLOCKERS: FlagFactSource = {
  async factsFor(
    projectIds: number[],
    manager: EntityManager,
  ): Promise<Map<number, Partial<RelatedFacts>>> {
    const rows: { projectId: number | string; dueOn: string; departmentName: string }[] =
      await manager
        .createQueryBuilder(Blocker, 'b')
        .innerJoin(Department, 'd', 'd.id = b.departmentId')
        .select('b.projectId', 'projectId')
        .addSelect('b.dueOn', 'dueOn')
        .addSelect('d.name', 'departmentName')
        .where('b.projectId IN (:...projectIds)', { projectIds })
        .andWhere('b.status IN (:...openStatuses)', { openStatuses: ['OPEN', 'ESCALATED'] })
        .orderBy('b.dueOn', 'ASC')
        .addOrderBy('b.id', 'ASC')
        .getRawMany();
    const result = new Map<number, Partial<RelatedFacts>>();
    for (const row of rows) {
      const id = Number(row.projectId);
      const facts = result.get(id) ?? { openBlockers: [] };
      facts.openBlockers!.push({
        dueOn: String(row.dueOn).slice(0, 10),
        departmentName: row.departmentName,
      });
      result.set(id, facts);
    }
    return result;
  },
};
