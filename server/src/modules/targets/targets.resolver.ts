import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/auth.decorators';
import type { User } from '../users/user.entity';
import { SetTargetInput, TargetProgress } from './target.models';
import { TargetsService } from './targets.service';

@Resolver(() => TargetProgress)
export class TargetsResolver {
  constructor(private readonly targetsService: TargetsService) {}

  @Query(() => [TargetProgress], {
    description: '年度目标 of the calendar year, each with its actual in the caller’s scope',
  })
  targets(
    @CurrentUser() user: User,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<TargetProgress[]> {
    return this.targetsService.list(user, year);
  }

  @Mutation(() => TargetProgress, {
    description: 'ADMIN only; replaces the target of the same year, scope and metric',
  })
  setTarget(
    @CurrentUser() actor: User,
    @Args('input') input: SetTargetInput,
  ): Promise<TargetProgress> {
    return this.targetsService.set(actor, input);
  }
}
