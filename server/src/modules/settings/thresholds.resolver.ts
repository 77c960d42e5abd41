import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FlagThresholds } from '@luodi/domain';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { FlagChangeModel, FlagThresholdsModel } from './thresholds.model';
import { type FlagChange, ThresholdsService } from './thresholds.service';

@Resolver(() => FlagThresholdsModel)
export class ThresholdsResolver {
  constructor(private readonly thresholds: ThresholdsService) {}

  @Query(() => FlagThresholdsModel, {
    description: 'The limits behind the flags, for everyone to read',
  })
  flagThresholds(): Promise<FlagThresholds> {
    return this.thresholds.read();
  }

  @Query(() => [FlagChangeModel], {
    description: 'ADMIN: how many projects would gain or lose each flag under these thresholds',
  })
  flagThresholdsPreview(
    @CurrentUser() user: User,
    @Args('input', { type: () => FlagThresholdsModel }) input: FlagThresholdsModel,
  ): Promise<FlagChange[]> {
    return this.thresholds.preview(user, input);
  }

  @Mutation(() => FlagThresholdsModel, {
    description: 'ADMIN: change the limits; every project’s flags follow at once',
  })
  updateFlagThresholds(
    @CurrentUser() user: User,
    @Args('input', { type: () => FlagThresholdsModel }) input: FlagThresholdsModel,
  ): Promise<FlagThresholds> {
    return this.thresholds.update(user, input);
  }
}
