import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../../common/columns';

/**
 * One login. The token carries only the session id; every request reads this row by primary
 * key, so logging out, deactivating a user or resetting a password ends it at once.
 */
@Entity('session')
@Index('idx_session_user', ['userId', 'address'])
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'integer' })
  userId: number;

  @Column(instantColumn())
  createdAt: Date;

  /** Written at most once a minute; the idle timeout counts from here. */
  @Column(instantColumn())
  lastSeenAt: Date;

  /** The absolute end of the session, whatever the activity. */
  @Column(instantColumn())
  expiresAt: Date;

  @Column(instantColumn({ nullable: true }))
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;
}
