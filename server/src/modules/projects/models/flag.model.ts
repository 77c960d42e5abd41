import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FLAG_KINDS, type FlagKind, type FlagLevel } from '@luodi/domain';
import { LocalDate } from '../../../common/scalars';

export const FlagKindEnum = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, kind])) as {
  [K in FlagKind]: K;
};
export const FlagLevelEnum = { RED: 'RED', YELLOW: 'YELLOW' } as const;
registerEnumType(FlagKindEnum, { name: 'FlagKind' });
registerEnumType(FlagLevelEnum, { name: 'FlagLevel' });

@ObjectType({ description: '预警: computed from the project’s facts, the thresholds and today' })
export class Flag {
  @Field(() => FlagKindEnum)
  kind: FlagKind;

  @Field(() => FlagLevelEnum)
  level: FlagLevel;

  @Field(() => String, { description: 'e.g. 签约后 132 天未见到位资金' })
  reason: string;

  @Field(() => LocalDate, { description: 'The day the flag reached this level' })
  since: string;
}

@ObjectType({ description: 'Projects showing one flag today, red and yellow apart' })
export class FlagCount {
  @Field(() => FlagKindEnum)
  kind: FlagKind;

  @Field(() => Int)
  red: number;

  @Field(() => Int, { description: 'Yellow and not (yet) red' })
  yellow: number;
}
