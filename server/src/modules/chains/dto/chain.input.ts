import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: '产业链: its name, 链长, 牵头单位 and 重点园区' })
export class ChainInput {
  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true, description: '链长: an active LEADER' })
  chainLeaderId?: string | null;

  @Field(() => ID, { nullable: true, description: '牵头单位: an active 责任部门' })
  leadDepartmentId?: string | null;

  @Field(() => [ID], { nullable: true, description: '重点园区: active units of kind PARK' })
  keyParkIds?: string[] | null;
}
