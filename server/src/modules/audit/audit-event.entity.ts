import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../../common/columns';

@ObjectType({ description: '操作日志: who changed what, when, before → after' })
@Entity('audit_event')
@Index('idx_audit_entity', ['entity', 'entityId', 'id'])
@Index('idx_audit_entity_id', ['entity', 'id'])
@Index('idx_audit_actor', ['actorId', 'id'])
@Index('idx_audit_action', ['action', 'id'])
@Index('idx_audit_at', ['at'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Date)
  @Column(instantColumn())
  at: Date;

  /** Null only for a failed login with a username nobody has. */
  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Field(() => ID)
  @Column({ type: 'integer' })
  entityId: number;

  /** The project an event belongs to, so a project's trail includes its arrivals and blockers. */
  @Index('idx_audit_project')
  @Column({ type: 'integer', nullable: true })
  projectId: number | null;

  @Field(() => String, { description: 'JSON: { field: { before, after } }' })
  @Column({ type: 'text' })
  changes: string;

  @Field(() => String, {
    nullable: true,
    description: 'The client address of logins, logouts, exports and account changes',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  address?: string | null;
}
