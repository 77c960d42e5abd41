import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrgUnitKind } from '@luodi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export { ORG_UNIT_KINDS, type OrgUnitKind } from '@luodi/domain';

@ObjectType({ description: '市 / 县市区 / 园区 / 乡镇街道: the tree that owns projects' })
@Entity('org_unit')
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: 'CITY, COUNTY, PARK or TOWNSHIP (乡镇/街道)' })
  @Column({ type: 'varchar', length: 16 })
  kind: OrgUnitKind;

  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  /** Materialised ancestry ("/1/4/") so a subtree is one indexed prefix match. */
  @Index('idx_org_unit_path')
  @Column({ type: 'varchar', length: 255 })
  path: string;

  /** A deactivated unit keeps its history but takes no new projects, users or sub-units. */
  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
