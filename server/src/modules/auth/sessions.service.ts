import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, LessThan, MoreThan, Not } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { User } from '../users/user.entity';
import { Clock } from './clock';
import { Session } from './session.entity';

/** How often lastSeenAt is written: the idle timeout is exact to this. */
const TOUCH_EVERY_MS = 60_000;
/** An address a user logged in from within this time is "usual" for the login limits. */
const USUAL_ADDRESS_DAYS = 30;
const SESSION_ID = /^[0-9a-f]{32}$/;

export type SessionProblem = 'REVOKED' | 'EXPIRED' | 'IDLE' | 'INACTIVE';

/** Sessions on the server: one row per login, read by primary key on every request. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(manager: EntityManager, user: User, address: string): Promise<Session> {
    const now = this.clock.now();
    // Rows past any use (expired longer than the usual-address memory) go as the user returns.
    await manager.getRepository(Session).delete({
      userId: user.id,
      expiresAt: LessThan(new Date(now.getTime() - USUAL_ADDRESS_DAYS * 86400_000)),
    });
    return manager.getRepository(Session).save({
      id: randomBytes(16).toString('hex'),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.jwtTtlSeconds * 1000),
      revokedAt: null,
      address: address.slice(0, 64),
    });
  }

  /**
   * The user of a live session — one primary-key read joined to its user row — and the
   * sliding idle timeout moved on (written at most once a minute).
   */
  async resume(
    sessionId: string,
    userId: number,
  ): Promise<{ user: User; session: Session } | { problem: SessionProblem }> {
    if (!SESSION_ID.test(sessionId)) return { problem: 'REVOKED' };
    const session = (await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('session')
      .innerJoinAndMapOne('session.user', User, 'user', 'user.id = session.userId')
      .where('session.id = :sessionId', { sessionId })
      .getOne()) as (Session & { user: User }) | null;
    if (!session || session.userId !== userId || session.revokedAt) return { problem: 'REVOKED' };
    if (!session.user.active) return { problem: 'INACTIVE' };
    const now = this.clock.now().getTime();
    if (now >= session.expiresAt.getTime()) return { problem: 'EXPIRED' };
    const idleFor = now - session.lastSeenAt.getTime();
    if (idleFor >= this.config.sessionIdleSeconds * 1000) return { problem: 'IDLE' };
    if (idleFor >= TOUCH_EVERY_MS) {
      session.lastSeenAt = new Date(now);
      await this.dataSource
        .getRepository(Session)
        .update({ id: session.id }, { lastSeenAt: session.lastSeenAt });
    }
    const { user, ...row } = session;
    return { user, session: row as Session };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager
      .getRepository(Session)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends every session of a user (deactivation, password reset), or all but one (a change). */
  async revokeAllOf(manager: EntityManager, userId: number, except?: string): Promise<number> {
    const result = await manager.getRepository(Session).update(
      {
        userId,
        revokedAt: IsNull(),
        ...(except ? { id: Not(except) } : {}),
      },
      { revokedAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }

  /** Whether the user logged in from this address recently: that address is never locked out. */
  async isUsualAddress(userId: number, address: string): Promise<boolean> {
    const since = new Date(this.clock.now().getTime() - USUAL_ADDRESS_DAYS * 86400_000);
    return this.dataSource.getRepository(Session).exists({
      where: { userId, address: address.slice(0, 64), createdAt: MoreThan(since) },
    });
  }
}
