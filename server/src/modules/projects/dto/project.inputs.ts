import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { ChainRole, FlagKind, Stage } from '@luodi/domain';
import { LocalDate } from '../../../common/scalars';
import { FlagKindEnum } from '../models/flag.model';
import { ChainRoleEnum, StageEnum } from '../entities/project.entity';

@InputType()
export class ProjectFilter {
  @Field(() => ID, { nullable: true, description: 'The unit and everything under it' })
  orgUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  chainId?: string | null;

  @Field(() => ID, { nullable: true })
  leaderId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => FlagKindEnum, { nullable: true, description: 'Projects showing this flag today' })
  flag?: FlagKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the project name, code or investor name',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  includeTerminated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With orgUnitId: the unit’s own projects only, as the rates group them',
  })
  directOrgUnitOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: '招商方式, by its name' })
  sourceMethod?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Signed on or after (a rates cohort, with signedTo)',
  })
  signedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Signed on or before' })
  signedTo?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Landed on or after' })
  landedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Landed on or before' })
  landedTo?: string | null;

  @Field(() => StageEnum, {
    nullable: true,
    description: 'Got to this stage, by its date, as the rates count it',
  })
  reachedStage?: Stage | null;

  @Field(() => Float, { nullable: true, description: 'contractedInvestment ≥ this many 万元' })
  minContractedInvestment?: number | null;
}

@InputType()
export class CreateProjectInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  investorName: string;

  @Field(() => String, { nullable: true })
  investorCreditCode?: string | null;

  @Field(() => ID)
  orgUnitId: string;

  @Field(() => ID)
  chainId: string;

  @Field(() => ChainRoleEnum, { nullable: true })
  chainRole?: ChainRole | null;

  @Field(() => String, { description: '招商方式: 领导招商, 以商招商, …' })
  sourceMethod: string;

  @Field(() => ID, { nullable: true, description: '一对一挂钩专员; the creator when left out' })
  ownerId?: string | null;

  @Field(() => Float, { nullable: true, description: '计划投资额 (万元)' })
  plannedInvestment?: number | null;

  @Field(() => [String], {
    nullable: true,
    description:
      '投资方标签 (世界500强, 中国500强, 民营500强, 上市公司, 链主企业, 专精特新); replaces the investor’s tags when given',
  })
  investorTags?: string[] | null;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ChainRoleEnum, { nullable: true })
  chainRole?: ChainRole | null;

  @Field(() => ID, { nullable: true })
  leaderId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedStartOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedOperatingOn?: string | null;

  @Field(() => Float, { nullable: true })
  landArea?: number | null;

  @Field(() => Float, { nullable: true, description: '计划投资额 (万元)' })
  plannedInvestment?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: '专班: the staff on the project besides its owner',
  })
  teamIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: '投资方标签: replaces the tags of the project’s investor (shared by its projects)',
  })
  investorTags?: string[] | null;
}

@InputType()
export class StageEvidenceInput {
  @Field(() => LocalDate, { nullable: true })
  signedOn?: string | null;

  @Field(() => String, { nullable: true })
  contractNo?: string | null;

  @Field(() => Float, { nullable: true })
  contractedInvestment?: number | null;

  @Field(() => ID, { nullable: true })
  leaderId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedStartOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedOperatingOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  landedOn?: string | null;

  @Field(() => String, { nullable: true })
  companyCreditCode?: string | null;

  @Field(() => Float, { nullable: true })
  landArea?: number | null;

  @Field(() => Float, { nullable: true })
  leasedFloorArea?: number | null;

  @Field(() => LocalDate, { nullable: true })
  startedOn?: string | null;

  @Field(() => String, { nullable: true })
  permitNo?: string | null;

  @Field(() => LocalDate, { nullable: true })
  operatingOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CapitalArrivalInput {
  @Field(() => Float, { description: '万元, > 0, two decimals at most' })
  amount: number;

  @Field(() => LocalDate)
  arrivedOn: string;

  @Field(() => String)
  voucherNo: string;
}

@InputType()
export class ActivityInput {
  @Field(() => String, { description: 'VISIT, CALL, MEETING, SITE_INSPECTION, SIGNING, OTHER' })
  kind: string;

  @Field(() => String)
  summary: string;

  @Field(() => LocalDate)
  happenedOn: string;
}
