import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest } from '../../common/request-context';

export const IS_PUBLIC = 'luodi:isPublic';

/** Marks the few operations that run without a token (login, health check). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The authenticated user; the guard has already refused requests without one. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user,
);
