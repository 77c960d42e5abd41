import type { FlagKind } from '@luodi/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The dates on which each flag of a project turns YELLOW and RED, given its facts as they are.
 * Rewritten with every change of those facts, so "flagged today" is an indexed date comparison.
 */
@Entity('project_flag')
@Index('idx_flag_red', ['kind', 'redOn'])
@Index('idx_flag_yellow', ['kind', 'yellowOn'])
export class ProjectFlag {
  @PrimaryColumn({ type: 'integer' })
  projectId: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: FlagKind;

  @Column({ type: 'date', nullable: true })
  yellowOn: string | null;

  @Column({ type: 'date', nullable: true })
  redOn: string | null;
}
