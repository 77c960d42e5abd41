import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: '客商 / 投资方' })
@Entity('investor')
export class Investor {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_investor_name')
  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('idx_investor_credit_code', { unique: true })
  @Field(() => String, { nullable: true, description: '统一社会信用代码 (domestic investors)' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Field(() => [String], { description: '三类500强, 上市公司, 链主企业, 专精特新 …' })
  @Column({ type: 'simple-json' })
  tags: string[];
}
