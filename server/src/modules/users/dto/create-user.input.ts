import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@luodi/domain';
import { RoleEnum } from '../user.entity';

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: '3–32 characters: a-z 0-9 . _ -' })
  username: string;

  @Field(() => String)
  name: string;

  @Field(() => String, {
    description: 'At least 10 characters; not a common password, not containing the username',
  })
  password: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID)
  orgUnitId: string;
}
