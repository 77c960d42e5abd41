import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Role } from '@luodi/domain';
import { type GraphQLContext, requestLoader } from '../../common/request-context';
import { CurrentUser } from '../auth/auth.decorators';
import { OrgUnit } from '../org-units/org-unit.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import { CreateUserInput } from './dto/create-user.input';
import { RoleEnum, User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly orgUnitsService: OrgUnitsService,
  ) {}

  @Query(() => [User], { description: 'Users in the caller’s org-unit subtree' })
  users(
    @CurrentUser() viewer: User,
    @Args('role', { type: () => RoleEnum, nullable: true }) role?: Role,
    @Args('includeInactive', { nullable: true, defaultValue: false }) includeInactive?: boolean,
  ): Promise<User[]> {
    return this.usersService.list(viewer, role, includeInactive);
  }

  @Mutation(() => User, { description: 'ADMIN only' })
  createUser(@CurrentUser() actor: User, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(actor, input);
  }

  @Mutation(() => User, { description: 'ADMIN only; deactivated users cannot log in' })
  setUserActive(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
  ): Promise<User> {
    return this.usersService.setActive(actor, Number(id), active);
  }

  @ResolveField(() => OrgUnit)
  orgUnit(@Parent() user: User, @Context() context: GraphQLContext): Promise<OrgUnit | null> {
    return requestLoader(
      context,
      'orgUnit',
      (ids: readonly number[]) => this.orgUnitsService.findByIds(ids),
      (unit) => unit.id,
    ).load(user.orgUnitId);
  }
}
