import type { FlagKind } from '@luodi/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The dates on which each flag of a project turns YELLOW and RED, given its facts as they are.
 * Rewritten with every change of those facts, so "flagged today" is an indexed date comparison.
 */
@Entity('project_flag')
@Index('idx_flag_kind_red', ['kind', 'redOn', 'projectId', 'yellowOn', 'orgUnitId'])
@Index('idx_flag_kind_yellow', ['kind', 'yellowOn', 'projectId', 'redOn', 'orgUnitId'])
@Index('idx_flag_scope', ['orgUnitId', 'kind', 'yellowOn', 'redOn'])
export class ProjectFlag {
  @PrimaryColumn({ type: 'integer' })
  projectId: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: FlagKind;

  @Column({ type: 'date', nullable: true })
  yellowOn: string | null;

  @Column({ type: 'date', nullable: true })
  redOn: string | null;

  /** The project's unit, copied with every rewrite, so a scope's counts need no join. */
  @Column({ type: 'integer', nullable: true })
  orgUnitId: number | null;
}
