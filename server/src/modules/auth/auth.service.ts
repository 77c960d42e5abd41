import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { appError, badInput, unauthenticated } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { Clock } from './clock';
import { LoginThrottle } from './login-attempts';
import { checkPassword, hashPassword, passwordError } from './passwords';
import { type SessionProblem, SessionsService } from './sessions.service';

interface TokenClaims {
  sub: string;
  /** The server-side session this token stands for. */
  sid: string;
}

/** HS256 only, on signing and verifying: a token naming another algorithm is refused. */
export const JWT_ALGORITHM = 'HS256' as const;

const WRONG_CREDENTIALS = '用户名或密码错误';
/** How long a one-time password from resetUserPassword can be used to sign in. */
export const ONE_TIME_PASSWORD_HOURS = 24;
const SESSION_MESSAGES: Record<SessionProblem, string> = {
  REVOKED: '登录已失效，请重新登录',
  EXPIRED: '登录已过期，请重新登录',
  IDLE: '长时间未操作，已自动退出，请重新登录',
  INACTIVE: '账号已停用',
};

export interface Authenticated {
  user: User;
  sessionId: string;
}

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(config.loginLimits);
  }

  async login(
    rawUsername: string,
    password: string,
    address: string,
  ): Promise<{ token: string; user: User }> {
    const username = rawUsername.trim().toLowerCase().slice(0, 64);
    const user = await this.dataSource.getRepository(User).findOneBy({ username });
    const usual = user ? await this.sessions.isUsualAddress(user.id, address) : false;
    const now = this.clock.now().getTime();
    const wait = this.throttle.waitSeconds(username, address, usual, now);
    if (wait > 0) {
      throw appError('UNAUTHENTICATED', `登录失败次数过多，请 ${wait} 秒后再试`, {
        retryAfterSeconds: wait,
      });
    }

    const check = await checkPassword(password, user?.passwordHash);
    if (!user || !check.matches || !user.active) {
      this.throttle.fail(username, address, usual, now);
      await this.transactions.run((manager) =>
        this.audit.record(manager, {
          actorId: user?.id ?? null,
          action: 'LOGIN_FAILED',
          entity: 'Login',
          entityId: user?.id ?? 0,
          address,
          changes: {
            username: { before: null, after: username },
            reason: {
              before: null,
              after: !user ? 'UNKNOWN_USER' : !check.matches ? 'WRONG_PASSWORD' : 'INACTIVE',
            },
          },
        }),
      );
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    this.throttle.succeed(username, address);
    if (this.oneTimePasswordExpired(user)) {
      throw unauthenticated('临时密码已过期，请联系管理员重新重置密码');
    }
    const newHash = check.needsRehash ? await hashPassword(password) : null;
    const session = await this.transactions.run(async (manager) => {
      if (newHash) {
        await manager.getRepository(User).update({ id: user.id }, { passwordHash: newHash });
        user.passwordHash = newHash;
      }
      const opened = await this.sessions.open(manager, user, address);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'LOGIN',
        entity: 'Login',
        entityId: user.id,
        address,
        changes: newHash ? { passwordHash: { before: 'bcrypt', after: 'argon2id' } } : {},
      });
      return opened;
    });
    return {
      token: await this.jwt.signAsync(
        {
          sub: String(user.id),
          sid: session.id,
          // Issued by the same clock that checks it, so expiry and idle time agree.
          iat: Math.floor(session.createdAt.getTime() / 1000),
        } satisfies TokenClaims & { iat: number },
        {
          algorithm: JWT_ALGORITHM,
          expiresIn: this.config.jwtTtlSeconds,
        },
      ),
      user,
    };
  }

  /** The user and session a bearer token stands for, or why it no longer works. */
  async authenticate(token: string): Promise<Authenticated | { problem: string }> {
    let claims: Partial<TokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        algorithms: [JWT_ALGORITHM],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch {
      return { problem: SESSION_MESSAGES.EXPIRED };
    }
    const userId =
      typeof claims.sub === 'string' && /^\d{1,9}$/.test(claims.sub) ? Number(claims.sub) : 0;
    if (!userId || typeof claims.sid !== 'string') return { problem: SESSION_MESSAGES.REVOKED };
    const resumed = await this.sessions.resume(claims.sid, userId);
    if ('problem' in resumed) return { problem: SESSION_MESSAGES[resumed.problem] };
    return { user: resumed.user, sessionId: resumed.session.id };
  }

  /** The active user a bearer token stands for, or null. */
  async userFromToken(token: string): Promise<User | null> {
    const result = await this.authenticate(token);
    return 'user' in result ? result.user : null;
  }

  /** A one-time password from a reset works for ONE_TIME_PASSWORD_HOURS, then only a new reset helps. */
  private oneTimePasswordExpired(user: User): boolean {
    if (!user.mustChangePassword || !user.passwordChangedAt) return false;
    const age = this.clock.now().getTime() - user.passwordChangedAt.getTime();
    return age > ONE_TIME_PASSWORD_HOURS * 3600_000;
  }

  /** A reset one-time password, or a password older than PASSWORD_MAX_AGE_DAYS. */
  passwordChangeRequired(user: User): boolean {
    if (user.mustChangePassword) return true;
    const maxDays = this.config.passwordMaxAgeDays;
    if (!maxDays) return false;
    const since = (user.passwordChangedAt ?? user.createdAt).getTime();
    return this.clock.now().getTime() - since >= maxDays * 86400_000;
  }

  async logout(user: User, sessionId: string, address: string): Promise<boolean> {
    await this.transactions.run(async (manager) => {
      await this.sessions.revoke(manager, sessionId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'LOGOUT',
        entity: 'Login',
        entityId: user.id,
        address,
        changes: {},
      });
    });
    return true;
  }

  /** Self-service change: the current password, a new one that passes the rules. */
  async changePassword(
    user: User,
    sessionId: string,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<boolean> {
    const now = this.clock.now().getTime();
    const wait = this.throttle.waitSeconds(user.username, address, true, now);
    if (wait > 0) throw badInput({ currentPassword: `尝试次数过多，请 ${wait} 秒后再试` });
    const problem = passwordError(newPassword, user.username);
    if (problem) throw badInput({ newPassword: problem });
    const stored = await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    const check = await checkPassword(currentPassword, stored.passwordHash);
    if (!check.matches) {
      this.throttle.fail(user.username, address, true, now);
      throw badInput({ currentPassword: '当前密码不正确' });
    }
    if (currentPassword === newPassword)
      throw badInput({ newPassword: '新密码不能与当前密码相同' });
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (manager) => {
      await manager
        .getRepository(User)
        .update(
          { id: user.id },
          { passwordHash, mustChangePassword: false, passwordChangedAt: this.clock.now() },
        );
      const ended = await this.sessions.revokeAllOf(manager, user.id, sessionId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'CHANGE_PASSWORD',
        entity: 'User',
        entityId: user.id,
        address,
        changes: {
          ...(stored.mustChangePassword
            ? { mustChangePassword: { before: true, after: false } }
            : {}),
          ...(ended ? { otherSessionsEnded: { before: null, after: ended } } : {}),
        },
      });
    });
    user.mustChangePassword = false;
    return true;
  }
}
