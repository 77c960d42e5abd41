import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: '产业链, led by its 链长' })
@Entity('industry_chain')
export class IndustryChain {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 50, unique: true })
  name: string;

  @Column({ type: 'integer', nullable: true })
  chainLeaderId: number | null;

  /** 牵头单位: the department that leads the chain's work. */
  @Column({ type: 'integer', nullable: true })
  leadDepartmentId: number | null;

  /** A retired chain keeps its projects and figures but takes no new projects. */
  @Field(() => Boolean, { description: 'False once retired (撤销): gone from new-project pickers' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** 重点园区: the parks a chain concentrates on. */
@Entity('chain_key_park')
@Index('idx_chain_key_park_unit', ['orgUnitId'])
export class ChainKeyPark {
  @PrimaryColumn({ type: 'integer' })
  chainId: number;

  @PrimaryColumn({ type: 'integer' })
  orgUnitId: number;
}
