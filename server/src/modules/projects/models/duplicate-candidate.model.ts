import { Field, ObjectType } from '@nestjs/graphql';
import type { Stage } from '@luodi/domain';
import { LocalDate } from '../../../common/scalars';
import { StageEnum } from '../entities/project.entity';

/**
 * A live project that may be the same investment. Shown even outside the caller's scope — a
 * second county signing the same money is exactly what must be caught — so only what identifies
 * it is given, not its facts.
 */
@ObjectType({ description: '疑似重复: another live project of the same investor' })
export class DuplicateCandidate {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String) investorName: string;
  @Field(() => String, { description: 'The unit that runs it' }) orgUnitName: string;
  @Field(() => StageEnum) stage: Stage;
  @Field(() => LocalDate, { nullable: true }) signedOn: string | null;
  @Field(() => String, { description: 'Why it matched: 同一信用代码 or 同一投资方和项目名称' })
  matchedBy: string;
}
