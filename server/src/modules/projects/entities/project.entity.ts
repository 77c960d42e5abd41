import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CHAIN_ROLES, STAGES, type ChainRole, type Stage } from '@luodi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '../../../common/columns';
import { LocalDate } from '../../../common/scalars';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const StageEnum = asEnum(STAGES);
export const ProjectStatusEnum = asEnum(['ACTIVE', 'TERMINATED'] as const);
export const ChainRoleEnum = asEnum(CHAIN_ROLES);
registerEnumType(StageEnum, { name: 'Stage' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });
registerEnumType(ChainRoleEnum, { name: 'ChainRole' });
export type ProjectStatus = keyof typeof ProjectStatusEnum;

const areaColumn = {
  type: 'decimal',
  precision: 12,
  scale: 2,
  nullable: true,
  transformer: moneyColumn().transformer,
} as const;

@ObjectType({ description: '项目: one investment project, one card on the board' })
@Entity('project')
@Index('idx_project_board', ['status', 'stage', 'position', 'id', 'orgUnitId'])
@Index('idx_project_red_since', ['status', 'redSince', 'id', 'orgUnitId'])
@Index('idx_project_flag_standing', ['status', 'flagRank', 'flagSince', 'id', 'orgUnitId'])
@Index('idx_project_flag_until', ['flagUntil'])
@Index('idx_project_search', ['status', 'searchText', 'orgUnitId'])
@Index('idx_project_leader_totals', ['leaderId', 'status', 'stage', 'contractedInvestment'])
@Index('idx_project_owner_totals', ['ownerId', 'status', 'stage', 'contractedInvestment'])
@Index('idx_project_chain_board', ['chainId', 'status', 'stage', 'position', 'id'])
@Index('idx_project_landed_on', ['landedOn', 'orgUnitId', 'chainId', 'contractedInvestment'])
@Index('idx_project_cohort', [
  'signedOn',
  'orgUnitId',
  'chainId',
  'leaderId',
  'sourceMethod',
  'contractedInvestment',
  'arrivedInvestment',
  'arrivedVerified',
  'landedOn',
  'startedOn',
  'operatingOn',
  'plannedStartOn',
  'plannedOperatingOn',
])
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Human-readable number, e.g. XM-2026-00012' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Optimistic lock: every write states the version it read and bumps it. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => StageEnum)
  @Column({ type: 'varchar', length: 16 })
  stage: Stage;

  @Field(() => ProjectStatusEnum)
  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: ProjectStatus;

  @Index('idx_project_investor')
  @Column({ type: 'integer' })
  investorId: number;

  @Index('idx_project_org_unit')
  @Column({ type: 'integer' })
  orgUnitId: number;

  @Index('idx_project_chain')
  @Column({ type: 'integer' })
  chainId: number;

  @Field(() => ChainRoleEnum, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  chainRole: ChainRole | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 16 })
  sourceMethod: string;

  @Index('idx_project_owner')
  @Column({ type: 'integer' })
  ownerId: number;

  @Index('idx_project_leader')
  @Column({ type: 'integer', nullable: true })
  leaderId: number | null;

  @Field(() => Float, { nullable: true, description: '计划投资额 (万元) while negotiating' })
  @Column(moneyColumn({ nullable: true }))
  plannedInvestment: number | null;

  @Field(() => Float, { nullable: true, description: '合同引资额 (万元)' })
  @Column(moneyColumn({ nullable: true }))
  contractedInvestment: number | null;

  @Field(() => Float, { description: '到位资金 (万元), verified and unverified' })
  @Column(moneyColumn({ default: 0 }))
  arrivedInvestment: number;

  @Field(() => Float, { description: '已核实到位资金 (万元)' })
  @Column(moneyColumn({ default: 0 }))
  arrivedVerified: number;

  @Field(() => Float, { nullable: true, description: '用地面积 (亩)' })
  @Column(areaColumn)
  landArea: number | null;

  @Field(() => Float, { nullable: true, description: '租赁厂房面积 (m²)' })
  @Column(areaColumn)
  leasedFloorArea: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  contractNo: string | null;

  @Field(() => String, { nullable: true, description: '项目公司统一社会信用代码' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  companyCreditCode: string | null;

  @Field(() => String, { nullable: true, description: '施工许可证号' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  permitNo: string | null;

  @Index('idx_project_signed_on')
  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  landedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  operatingOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  plannedStartOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  plannedOperatingOn: string | null;

  /** When the current stage was entered: only facts move this clock (domain.md, Flags). */
  @Field(() => LocalDate)
  @Column({ type: 'date' })
  stageEnteredOn: string;

  /** The last fact or follow-up: what NO_FOLLOW_UP measures while negotiating. */
  @Column({ type: 'date' })
  lastProgressOn: string;

  /** Order within the board column; fractional so a move rewrites one row. */
  @Column({ type: 'double' })
  position: number;

  /** The earliest day any flag turns red by the stored schedules: red today when <= today. */
  @Column({ type: 'date', nullable: true })
  redSince: string | null;

  /**
   * The project's place in the 督查 list (domain flagStanding): 1 red, 2 yellow, null unflagged;
   * since when; and the day it must be renewed because a flag changes colour.
   */
  @Column({ type: 'integer', nullable: true })
  flagRank: number | null;

  @Column({ type: 'date', nullable: true })
  flagSince: string | null;

  @Column({ type: 'date', nullable: true })
  flagUntil: string | null;

  /** Name, code and investor's name, kept by triggers: what `search` reads (never loaded). */
  @Column({ type: 'varchar', length: 250, default: '', select: false })
  searchText?: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  terminatedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  terminationReason: string | null;

  @Column(instantColumn())
  createdAt: Date;

  @Field(() => Date)
  @Column(instantColumn())
  updatedAt: Date;
}
