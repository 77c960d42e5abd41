import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({
  description: '责任部门: the office a blocker is handed to (自然资源局, 发改委, 供电公司 …)',
})
@Entity('department')
export class Department {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 50, unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: '联系人' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  /** Inactive departments keep their blockers and statistics but take no new ones. */
  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}
