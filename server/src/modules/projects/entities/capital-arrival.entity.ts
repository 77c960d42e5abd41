import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn, moneyColumn } from '../../../common/columns';
import { LocalDate } from '../../../common/scalars';

@ObjectType({ description: '到位资金: money that actually arrived, with its voucher' })
@Entity('capital_arrival')
@Index('idx_arrival_project', ['projectId', 'arrivedOn'])
@Index('idx_arrival_on', ['arrivedOn', 'projectId', 'amount', 'verified'])
export class CapitalArrival {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  projectId: number;

  @Field(() => Float, { description: '万元' })
  @Column(moneyColumn())
  amount: number;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  arrivedOn: string;

  @Field(() => String, { description: '凭证号' })
  @Column({ type: 'varchar', length: 64 })
  voucherNo: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ type: 'integer', nullable: true })
  verifiedById: number | null;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn({ nullable: true }))
  verifiedAt: Date | null;

  @Field(() => Boolean, {
    description: 'Found by a supervisor not to have arrived; no longer counted in 到位资金',
  })
  @Column({ type: 'boolean', default: false })
  rejected: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'integer', nullable: true })
  rejectedById: number | null;

  @Field(() => Date, { nullable: true })
  @Column(instantColumn({ nullable: true }))
  rejectedAt: Date | null;

  @Column({ type: 'integer' })
  recordedById: number;

  @Field(() => Date)
  @Column(instantColumn())
  recordedAt: Date;
}
