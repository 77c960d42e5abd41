import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/request-context';
import { User } from '../users/user.entity';
import { AllowedBeforePasswordChange, clientAddress, CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';

@ObjectType()
class AuthPayload {
  @Field(() => String)
  token: string;

  @Field(() => User)
  user: User;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'A wrong password and an unknown user give the same error; repeated failures are slowed down per username and address',
  })
  login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.auth.login(username, password, clientAddress(context.req));
  }

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Ends this session on the server' })
  logout(@CurrentUser() user: User, @Context() context: GraphQLContext): Promise<boolean> {
    return this.auth.logout(user, context.req.sessionId!, clientAddress(context.req));
  }

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, {
    description:
      'Changes the caller’s own password (≥ 10 characters, not common, not the username); ends the caller’s other sessions',
  })
  changePassword(
    @CurrentUser() user: User,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.auth.changePassword(
      user,
      context.req.sessionId!,
      currentPassword,
      newPassword,
      clientAddress(context.req),
    );
  }

  @AllowedBeforePasswordChange()
  @Query(() => User)
  me(@CurrentUser() user: User): User {
    return user;
  }
}
