import { Column, Entity, PrimaryColumn } from 'typeorm';
import { moneyColumn } from '../../../common/columns';

/**
 * Projects, Σ合同引资额 and Σ计划投资 per unit × chain × stage × status. Database triggers keep it
 * in the same transaction as every write of a project row (migration 1768100000000), so the
 * board's totals are a sum over a few hundred rows; `npm run recompute` rebuilds it from projects.
 */
@Entity('project_tally')
export class ProjectTally {
  @PrimaryColumn({ type: 'integer' })
  orgUnitId: number;

  @PrimaryColumn({ type: 'integer' })
  chainId: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  stage: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer', default: 0 })
  projects: number;

  @Column(moneyColumn({ default: 0, precision: 18 }))
  contracted: number;

  @Column(moneyColumn({ default: 0, precision: 18 }))
  planned: number;
}
