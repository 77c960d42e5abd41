import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { appError, unauthenticated } from '../../common/errors';
import { AuthService } from './auth.service';
import { IS_PUBLIC, PASSWORD_CHANGE_ALLOWED, requestOf } from './auth.decorators';

/** Installed globally: every operation needs a valid token unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = requestOf(context);
    if (!request.user) {
      const header = request.headers.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (!token) throw unauthenticated('请先登录');
      const result = await this.auth.authenticate(token);
      if ('problem' in result) throw unauthenticated(result.problem);
      request.user = result.user;
      request.sessionId = result.sessionId;
    }
    if (
      this.auth.passwordChangeRequired(request.user) &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ALLOWED, targets)
    ) {
      throw appError('FORBIDDEN', '请先修改密码', { passwordChangeRequired: true });
    }
    return true;
  }
}
