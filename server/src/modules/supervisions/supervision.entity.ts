import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SUPERVISION_STATUSES, type SupervisionStatus } from '@luodi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../../common/columns';
import { LocalDate } from '../../common/scalars';

export const SupervisionStatusEnum = Object.fromEntries(
  SUPERVISION_STATUSES.map((status) => [status, status]),
) as {
  [S in SupervisionStatus]: S;
};
registerEnumType(SupervisionStatusEnum, {
  name: 'SupervisionStatus',
  description:
    'ISSUED 待回复 → REPLIED 已回复 → CLOSED 已办结, or REPLIED → RETURNED 退回重办 → REPLIED …',
});

@ObjectType({
  description: '督办: a supervisor’s formal notice on a project, answered by its 包抓领导',
})
@Entity('supervision')
@Index('idx_supervision_project', ['projectId', 'status'])
@Index('idx_supervision_status_due', ['status', 'dueOn'])
export class Supervision {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  projectId: number;

  @Field(() => String, { description: '督办事项: what is demanded' })
  @Column({ type: 'varchar', length: 500 })
  demand: string;

  @Field(() => LocalDate, { description: '办结时限' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => SupervisionStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status: SupervisionStatus;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'integer' })
  issuedById: number;

  @Field(() => Date)
  @Column(instantColumn())
  issuedAt: Date;

  @Field(() => String, { nullable: true, description: 'The leader’s latest answer' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reply: string | null;

  @Column({ type: 'integer', nullable: true })
  repliedById: number | null;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn({ nullable: true }))
  repliedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the supervisor sent the latest answer back',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  returnReason: string | null;

  @Field(() => Int, { description: 'How many times an answer was sent back' })
  @Column({ type: 'integer', default: 0 })
  returnCount: number;

  @Field(() => String, { nullable: true, description: '办结意见' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  closingNote: string | null;

  @Column({ type: 'integer', nullable: true })
  closedById: number | null;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn({ nullable: true }))
  closedAt: Date | null;
}
