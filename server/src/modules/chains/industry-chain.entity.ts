import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
}
