import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@luodi/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../../common/columns';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType()
@Entity('user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 32, unique: true })
  username: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'integer' })
  orgUnitId: number;

  @Column({ type: 'varchar', length: 100 })
  passwordHash: string;

  @Field(() => Boolean, { description: 'Deactivated users cannot log in and keep their history' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column(instantColumn())
  createdAt: Date;

  /** Set by an administrator's reset: the one-time password must be replaced at next login. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** When the password was last set; with PASSWORD_MAX_AGE_DAYS it expires from here. */
  @Column(instantColumn({ nullable: true }))
  passwordChangedAt: Date | null;
}
