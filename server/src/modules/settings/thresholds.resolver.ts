import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FlagThresholds } from '@luodi/domain';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { FlagThresholdsModel } from './thresholds.model';
import { ThresholdsService } from './thresholds.service';

@Resolver(() => FlagThresholdsModel)
export class ThresholdsResolver {
  constructor(private readonly thresholds: ThresholdsService) {}

  @Query(() => FlagThresholdsModel, {
    description: 'The limits behind the flags, for everyone to read',
  })
  flagThresholds(): Promise<FlagThresholds> {
    return this.thresholds.read();
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
