import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ORG_UNIT_KINDS = ['CITY', 'COUNTY', 'PARK'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

@ObjectType({ description: '县市区 / 园区: the tree that owns projects' })
@Entity('org_unit')
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: 'CITY, COUNTY or PARK' })
  @Column({ type: 'varchar', length: 16 })
  kind: OrgUnitKind;

  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  /** Materialised ancestry ("/1/4/") so a subtree is one indexed prefix match. */
  @Index('idx_org_unit_path')
  @Column({ type: 'varchar', length: 255 })
  path: string;
}
