import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../../../common/columns';
import { LocalDate } from '../../../common/scalars';

@ObjectType({ description: '跟进记录: a visit, call, meeting, site inspection …' })
@Entity('activity')
@Index('idx_activity_project', ['projectId', 'happenedOn'])
export class Activity {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  projectId: number;

  @Field(() => String, { description: 'VISIT, CALL, MEETING, SITE_INSPECTION, SIGNING, OTHER' })
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 2000 })
  summary: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  happenedOn: string;

  @Column({ type: 'integer' })
  byId: number;

  @Column(instantColumn())
  createdAt: Date;
}
