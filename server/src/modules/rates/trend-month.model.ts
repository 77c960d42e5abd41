import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'One month of the cockpit’s trend: signings, landings and capital arrivals by their own dates',
})
export class TrendMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Projects signed in the month (terminated ones included)' })
  signedCount: number;

  @Field(() => Float, { description: 'Σ contractedInvestment of those (万元)' })
  contractedInvestment: number;

  @Field(() => Int, { description: 'Projects whose landedOn is in the month' })
  landedCount: number;

  @Field(() => Float, { description: 'Σ capital arrived in the month (万元), verified or not' })
  arrivedInvestment: number;

  @Field(() => Float, { description: 'The verified part of arrivedInvestment' })
  arrivedVerified: number;
}
