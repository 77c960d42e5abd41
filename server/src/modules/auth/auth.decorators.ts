import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest } from '../../common/request-context';

export const IS_PUBLIC = 'luodi:isPublic';

/** Marks the few operations that run without a token (login, health check). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const PASSWORD_CHANGE_ALLOWED = 'luodi:passwordChangeAllowed';

/**
 * Marks what a user who must change the password may still do (me, changePassword, logout):
 * everything else is refused until the one-time or expired password is replaced.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_ALLOWED, true);

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The client address as Express sees it (X-Forwarded-For only from TRUSTED_PROXIES). */
export const clientAddress = (request: { ip?: string }) => (request.ip ?? 'unknown').slice(0, 64);

/** The authenticated user; the guard has already refused requests without one. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user,
);
