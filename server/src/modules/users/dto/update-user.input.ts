import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@luodi/domain';
import { RoleEnum } from '../user.entity';

@InputType({ description: 'Only the fields given change' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;
}
