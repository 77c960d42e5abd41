import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { appError, unauthenticated } from '../../common/errors';
import { User } from '../users/user.entity';
import { LoginAttempts } from './login-attempts';
import { verifyPassword } from './passwords';

interface TokenClaims {
  sub: string;
}

const WRONG_CREDENTIALS = '用户名或密码错误';

@Injectable()
export class AuthService {
  private readonly attempts: LoginAttempts;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.attempts = new LoginAttempts(config.loginLimits.windowSeconds * 1000);
  }

  async login(
    username: string,
    password: string,
    address: string,
  ): Promise<{ token: string; user: User }> {
    const userKey = `user:${username.trim().toLowerCase()}`;
    const addressKey = `address:${address}`;
    this.refuseWhenLimited(userKey, this.config.loginLimits.perUsername);
    this.refuseWhenLimited(addressKey, this.config.loginLimits.perAddress);

    const user = await this.dataSource
      .getRepository(User)
      .findOneBy({ username: username.trim().toLowerCase() });
    const matches = await verifyPassword(password, user?.passwordHash);
    if (!user || !matches || !user.active) {
      this.attempts.fail(userKey);
      this.attempts.fail(addressKey);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    this.attempts.clear(userKey);
    return {
      token: await this.jwt.signAsync({ sub: String(user.id) } satisfies TokenClaims),
      user,
    };
  }

  /** The active user a bearer token stands for, or null when the token is bad or the user gone. */
  async userFromToken(token: string): Promise<User | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ id: Number(claims.sub) });
    return user?.active ? user : null;
  }

  private refuseWhenLimited(key: string, limit: number): void {
    if (this.attempts.count(key) < limit) return;
    const minutes = Math.ceil(this.attempts.retryAfterMs(key) / 60000);
    throw appError('UNAUTHENTICATED', `登录失败次数过多，请 ${minutes} 分钟后再试`, {
      retryAfterMinutes: minutes,
    });
  }
}
