import type { TargetMetric } from '@luodi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '../../common/columns';

export const TARGET_SCOPES = ['ORG_UNIT', 'CHAIN'] as const;
export type TargetScopeKind = (typeof TARGET_SCOPES)[number];

/** 年度目标: one figure an org unit or a chain is to reach in a calendar year. */
@Entity('target')
@Index('uq_target_scope_metric', ['year', 'scopeKind', 'scopeId', 'metric'], { unique: true })
export class Target {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  scopeKind: TargetScopeKind;

  /** The org unit's or the chain's id, as scopeKind says. */
  @Column({ type: 'integer' })
  scopeId: number;

  @Column({ type: 'varchar', length: 32 })
  metric: TargetMetric;

  /** A count, or 万元 for the investment metrics. */
  @Column(moneyColumn())
  value: number;

  /** LANDED_COUNT only: the landed projects counted are those contracted at ≥ this many 万元. */
  @Column(moneyColumn({ nullable: true }))
  minInvestment: number | null;

  @Column({ type: 'integer' })
  updatedById: number;

  @Column(instantColumn())
  updatedAt: Date;
}
