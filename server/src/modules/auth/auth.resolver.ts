import { Args, Context, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/request-context';
import { User } from '../users/user.entity';
import { Public, CurrentUser } from './auth.decorators';
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
    description: 'A wrong password and an unknown user give the same error',
  })
  login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.auth.login(username, password, context.req.ip ?? 'unknown');
  }

  @Query(() => User)
  me(@CurrentUser() user: User): User {
    return user;
  }
}
