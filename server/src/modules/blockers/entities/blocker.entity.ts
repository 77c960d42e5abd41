import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  BLOCKER_STATUSES,
  blockerAgeDays,
  blockerOverdueDays,
  type BlockerStatus,
  todayIso,
} from '@luodi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../../../common/columns';
import { LocalDate } from '../../../common/scalars';

export const BlockerStatusEnum = Object.fromEntries(BLOCKER_STATUSES.map((s) => [s, s])) as {
  [S in BlockerStatus]: S;
};
registerEnumType(BlockerStatusEnum, {
  name: 'BlockerStatus',
  description: 'OPEN 办理中, ESCALATED 提请领导协调, RESOLVED 已销号',
});

@ObjectType({
  description:
    '交办问题: a factor problem of a project handed to a department until it is closed (销号)',
})
@Entity('blocker')
@Index('idx_blocker_project', ['projectId', 'status'])
@Index('idx_blocker_status_due', ['status', 'dueOn', 'id'])
@Index('idx_blocker_department', ['departmentId', 'raisedOn'])
@Index('idx_blocker_raised_on', ['raisedOn'])
@Index('idx_blocker_escalated_to', ['escalatedToId'])
export class Blocker {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  projectId: number;

  @Field(() => String, { description: '土地, 资金, 审批, 安征迁, 水电气, 用工, 其他' })
  @Column({ type: 'varchar', length: 16 })
  category: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'integer' })
  departmentId: number;

  @Column({ type: 'integer' })
  raisedById: number;

  @Field(() => LocalDate, { description: '交办日期' })
  @Column({ type: 'date' })
  raisedOn: string;

  @Field(() => LocalDate, { description: '办结时限: overdue from the day after' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => BlockerStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status: BlockerStatus;

  @Field(() => String, { nullable: true, description: '销号说明' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'integer', nullable: true })
  resolvedById: number | null;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn({ nullable: true }))
  resolvedAt: Date | null;

  /** The China date of resolvedAt, so the age of a closed blocker stops on its 销号 day. */
  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  resolvedOn: string | null;

  @Field(() => String, { nullable: true, description: '提请协调说明' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  escalationNote: string | null;

  @Column({ type: 'integer', nullable: true })
  escalatedToId: number | null;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn({ nullable: true }))
  escalatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why a 销号 was taken back' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reopenReason: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column(instantColumn())
  createdAt: Date;

  // Computed on read as plain getters: a field resolver per row costs more than the sums do.
  @Field(() => Boolean, { description: 'Open and past its due date today (BLOCKER_OVERDUE)' })
  get overdue(): boolean {
    return this.overdueDays > 0;
  }

  @Field(() => Int, { description: 'Days past the due date while open; 0 otherwise' })
  get overdueDays(): number {
    return blockerOverdueDays(this.status, this.dueOn, todayIso());
  }

  @Field(() => Int, { description: 'Days since it was raised, to today or to its 销号 day' })
  get ageDays(): number {
    return blockerAgeDays(
      this.raisedOn,
      this.status === 'RESOLVED' ? this.resolvedOn : null,
      todayIso(),
    );
  }

  @Field(() => Date)
  @Column(instantColumn())
  updatedAt: Date;
}
