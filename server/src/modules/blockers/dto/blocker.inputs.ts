import { Field, ID, InputType } from '@nestjs/graphql';
import type { BlockerStatus } from '@luodi/domain';
import { LocalDate } from '../../../common/scalars';
import { BlockerStatusEnum } from '../entities/blocker.entity';

@InputType()
export class DepartmentInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: '联系人' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Inactive departments take no new blockers; true when left out',
  })
  active?: boolean | null;
}

@InputType()
export class RaiseBlockerInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => String, { description: '土地, 资金, 审批, 安征迁, 水电气, 用工, 其他' })
  category: string;

  @Field(() => String)
  description: string;

  @Field(() => ID, { description: '责任部门' })
  departmentId: string;

  @Field(() => LocalDate, { description: '办结时限; not before the day it is raised' })
  dueOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: '交办日期; today when left out, never in the future',
  })
  raisedOn?: string | null;
}

@InputType()
export class BlockerFilter {
  @Field(() => BlockerStatusEnum, { nullable: true })
  status?: BlockerStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: not yet 销号 (OPEN or ESCALATED); false: 销号',
  })
  open?: boolean | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The responsible leader: the one it was escalated to, else the project’s 包抓领导',
  })
  leaderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit and everything under it' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open and past the due date today; false: the others',
  })
  overdue?: boolean | null;
}
