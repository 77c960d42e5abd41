import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Stage } from '@luodi/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../../../common/columns';
import { StageEnum } from './project.entity';

@ObjectType({ description: 'One stage change of a project, forward or a backward correction' })
@Entity('stage_transition')
@Index('idx_transition_project', ['projectId', 'id'])
export class StageTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  projectId: number;

  @Field(() => StageEnum, { nullable: true, description: 'null when the project was created' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStage: Stage | null;

  @Field(() => StageEnum)
  @Column({ type: 'varchar', length: 16 })
  toStage: Stage;

  @Field(() => Date)
  @Column(instantColumn())
  at: Date;

  @Column({ type: 'integer' })
  byId: number;

  @Field(() => String, {
    nullable: true,
    description: 'The reason of a correction, or the evidence note',
  })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;
}
