import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TARGET_METRICS } from '@luodi/domain';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { TARGET_SCOPES } from './target.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const TargetMetricEnum = asEnum(TARGET_METRICS);
export const TargetScopeEnum = asEnum(TARGET_SCOPES);
registerEnumType(TargetMetricEnum, {
  name: 'TargetMetric',
  description: '签约数, 合同引资额 (万元), 落地项目数 of ≥ minInvestment 万元, 到位资金 (万元)',
});
registerEnumType(TargetScopeEnum, { name: 'TargetScope' });

@ObjectType({ description: '年度目标 with what was reached so far in the caller’s scope' })
export class TargetProgress {
  @Field(() => ID)
  id: number;

  @Field(() => Int)
  year: number;

  @Field(() => TargetScopeEnum)
  scope: keyof typeof TargetScopeEnum;

  @Field(() => OrgUnit, {
    nullable: true,
    description: 'Set when scope is ORG_UNIT: the unit and its subtree',
  })
  orgUnit: OrgUnit | null;

  @Field(() => IndustryChain, { nullable: true, description: 'Set when scope is CHAIN' })
  chain: IndustryChain | null;

  @Field(() => TargetMetricEnum)
  metric: keyof typeof TargetMetricEnum;

  @Field(() => Float, { description: 'A count, or 万元' })
  target: number;

  @Field(() => Float, {
    nullable: true,
    description: 'LANDED_COUNT: counts projects contracted at ≥ this many 万元',
  })
  minInvestment: number | null;

  @Field(() => Float, { description: 'Reached in the calendar year, in the caller’s scope' })
  actual: number;

  @Field(() => Float, {
    nullable: true,
    description: '100 × actual / target; null when the target is 0',
  })
  percentage: number | null;
}

@InputType()
export class SetTargetInput {
  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true, description: 'Exactly one of orgUnitId and chainId' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  chainId?: string | null;

  @Field(() => TargetMetricEnum)
  metric: keyof typeof TargetMetricEnum;

  @Field(() => Float)
  value: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Required for LANDED_COUNT, refused otherwise',
  })
  minInvestment?: number | null;
}
