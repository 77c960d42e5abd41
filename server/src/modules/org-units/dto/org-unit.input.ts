import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: '一个单位: its name, kind and the unit above it' })
export class OrgUnitInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'CITY, COUNTY, PARK or TOWNSHIP' })
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The unit above; none only for the root 市' })
  parentId?: string | null;
}
