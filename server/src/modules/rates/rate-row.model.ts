import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RateGroupEnum = {
  ORG_UNIT: 'ORG_UNIT',
  CHAIN: 'CHAIN',
  LEADER: 'LEADER',
  SOURCE_METHOD: 'SOURCE_METHOD',
} as const;
export type RateGroup = keyof typeof RateGroupEnum;
registerEnumType(RateGroupEnum, { name: 'RateGroup' });

@ObjectType({
  description:
    'The rates of one group of a signing cohort; fractions 0–1, null when nothing to divide by',
})
export class RateRow {
  @Field(() => String, { description: 'The group’s id, the method’s name, or TOTAL' })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  signedCount: number;

  @Field(() => Float)
  contractedInvestment: number;

  @Field(() => Float)
  arrivedInvestment: number;

  @Field(() => Float, { description: 'The verified part of arrivedInvestment' })
  arrivedVerified: number;

  @Field(() => Float, { nullable: true })
  landingRate: number | null;

  @Field(() => Float, { nullable: true })
  startRate: number | null;

  @Field(() => Float, { nullable: true })
  operatingRate: number | null;

  @Field(() => Float, { nullable: true })
  capitalArrivalRate: number | null;

  @Field(() => Float, { nullable: true })
  fulfillmentRate: number | null;
}
