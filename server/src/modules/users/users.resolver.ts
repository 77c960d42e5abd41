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
import { clientAddress, CurrentUser } from '../auth/auth.decorators';
import { AuthService } from '../auth/auth.service';
import { OrgUnit } from '../org-units/org-unit.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { RoleEnum, User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly orgUnitsService: OrgUnitsService,
    private readonly auth: AuthService,
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
  createUser(
    @CurrentUser() actor: User,
    @Args('input') input: CreateUserInput,
    @Context() context: GraphQLContext,
  ): Promise<User> {
    return this.usersService.create(actor, input, { address: clientAddress(context.req) });
  }

  @Mutation(() => User, { description: 'ADMIN only: name, role and org unit' })
  updateUser(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
    @Context() context: GraphQLContext,
  ): Promise<User> {
    return this.usersService.update(actor, Number(id), input, {
      address: clientAddress(context.req),
    });
  }

  @Mutation(() => String, {
    description:
      'ADMIN only: a one-time password, shown once; the user must change it at the next login. Ends every session of the user.',
  })
  resetUserPassword(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return this.usersService.resetPassword(actor, Number(id), {
      address: clientAddress(context.req),
    });
  }

  @Mutation(() => User, {
    description: 'ADMIN only; deactivated users cannot log in and their sessions end at once',
  })
  setUserActive(
    @CurrentUser() actor: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
    @Context() context: GraphQLContext,
  ): Promise<User> {
    return this.usersService.setActive(actor, Number(id), active, {
      address: clientAddress(context.req),
    });
  }

  @ResolveField(() => Boolean, {
    description:
      'A reset or expired password: only changePassword, me and logout work until it is changed',
  })
  mustChangePassword(@Parent() user: User): boolean {
    return this.auth.passwordChangeRequired(user);
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
