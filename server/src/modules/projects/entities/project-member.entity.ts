import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 专班: staff who work on a project besides its owner, with the same rights to record on it. */
@Entity('project_member')
@Index('idx_member_user', ['userId'])
export class ProjectMember {
  @PrimaryColumn({ type: 'integer' })
  projectId: number;

  @PrimaryColumn({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
