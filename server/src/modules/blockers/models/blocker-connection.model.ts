import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '../../../common/scalars';
import { PageInfo } from '../../projects/models/connection.model';
import { Blocker } from '../entities/blocker.entity';
import { Department } from '../entities/department.entity';

@ObjectType()
export class BlockerEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Blocker)
  node: Blocker;
}

@ObjectType()
export class BlockerConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [BlockerEdge])
  edges: BlockerEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({
  description:
    'One department of the 调度 sheet: the blockers raised in the period and what became of them',
})
export class DispatchRow {
  @Field(() => String, { description: 'The department’s id, or TOTAL' })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => Department, { nullable: true, description: 'null on the TOTAL row' })
  department: Department | null;

  @Field(() => Int, { description: '交办数: raised in the period' })
  raised: number;

  @Field(() => Int, { description: '已销号: of those, resolved now' })
  resolved: number;

  @Field(() => Float, {
    nullable: true,
    description: '销号率 = resolved / raised, 0 to 1; null when nothing was raised',
  })
  resolutionRate: number | null;

  @Field(() => Int, { description: '未销号: of those, still open now' })
  stillOpen: number;

  @Field(() => Int, { description: 'Of the still open, past their due date today' })
  overdue: number;
}

@ObjectType({ description: '调度 summary of a period: one row per department, then the TOTAL row' })
export class DispatchSummary {
  @Field(() => LocalDate)
  from: string;

  @Field(() => LocalDate)
  to: string;

  @Field(() => [DispatchRow])
  rows: DispatchRow[];

  @Field(() => DispatchRow)
  total: DispatchRow;
}
