import { Field, InputType } from '@nestjs/graphql';
import { LocalDate } from '../../../common/scalars';

@InputType()
export class IssueSupervisionInput {
  @Field(() => String, { description: '督办事项' })
  demand: string;

  @Field(() => LocalDate, { description: '办结时限: today or later' })
  dueOn: string;
}

@InputType()
export class ReturnSupervisionInput {
  @Field(() => String)
  reason: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'A new deadline; the old one stays when left out',
  })
  dueOn?: string | null;
}
