import { Args, Query, Resolver } from '@nestjs/graphql';
import { LocalDate } from '../../common/scalars';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { RateGroupEnum, type RateGroup, RateRow } from './rate-row.model';
import { RatesService } from './rates.service';
import { TrendMonth } from './trend-month.model';
import { TrendService } from './trend.service';

@Resolver(() => RateRow)
export class RatesResolver {
  constructor(
    private readonly ratesService: RatesService,
    private readonly trendService: TrendService,
  ) {}

  @Query(() => [RateRow], {
    description:
      'One row per group (key = its id, or the method’s name), plus a row with key TOTAL',
  })
  rates(
    @CurrentUser() user: User,
    @Args('signedFrom', { type: () => LocalDate }) signedFrom: string,
    @Args('signedTo', { type: () => LocalDate }) signedTo: string,
    @Args('groupBy', { type: () => RateGroupEnum }) groupBy: RateGroup,
  ): Promise<RateRow[]> {
    return this.ratesService.rates(user, signedFrom, signedTo, groupBy);
  }

  @Query(() => [TrendMonth], {
    description: 'The cockpit’s monthly trend over the period, in the caller’s scope',
  })
  cockpitTrend(
    @CurrentUser() user: User,
    @Args('from', { type: () => LocalDate }) from: string,
    @Args('to', { type: () => LocalDate }) to: string,
  ): Promise<TrendMonth[]> {
    return this.trendService.trend(user, from, to);
  }
}
