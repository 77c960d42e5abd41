import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { FlagKind } from '@luodi/domain';
import { FlagKindEnum } from '../projects/models/flag.model';

@ObjectType('StalledDays', { description: '推进滞后: days a project may stay in each stage' })
@InputType('StalledDaysInput')
export class StalledDaysModel {
  @Field(() => Int) SIGNED: number;
  @Field(() => Int) LANDED: number;
  @Field(() => Int) STARTED: number;
}

@ObjectType('FlagThresholds', {
  description: '预警阈值: the limits behind every flag; days are whole days, ratios fractions of 1',
})
@InputType('FlagThresholdsInput')
export class FlagThresholdsModel {
  @Field(() => Int, { description: '疑似假项目: days after signing without capital' })
  fakeProjectDays: number;

  @Field(() => StalledDaysModel)
  stalledDays: StalledDaysModel;

  @Field(() => Float, {
    description: 'STALLED turns yellow once this fraction of the limit has passed',
  })
  stalledYellowFraction: number;

  @Field(() => Int, { description: '圈地不开发: days after landing with land and no start' })
  idleLandDays: number;

  @Field(() => Int, { description: '资金到位率低: days after signing before the ratio is judged' })
  lowCapitalDays: number;

  @Field(() => Float)
  lowCapitalRatioAfterSigning: number;

  @Field(() => Float)
  lowCapitalRatioAfterStart: number;

  @Field(() => Int, { description: '跟进停滞 yellow' })
  noFollowUpYellowDays: number;

  @Field(() => Int, { description: '跟进停滞 red' })
  noFollowUpRedDays: number;

  @Field(() => Float, { description: '亩均投资标准 (万元/亩)' })
  minInvestmentPerMu: number;
}

@ObjectType('FlagChange', {
  description:
    'What new thresholds would do to one flag: projects that light it, or stop showing it',
})
export class FlagChangeModel {
  @Field(() => FlagKindEnum) kind: FlagKind;
  @Field(() => Int) gained: number;
  @Field(() => Int) lost: number;
}
