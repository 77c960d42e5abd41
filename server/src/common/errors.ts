import { GraphQLError } from 'graphql';

/** The codes the public contract promises; anything else reaching a client is a bug. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
export type FieldErrors = Record<string, string>;

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  BAD_USER_INPUT: '输入有误，请检查标出的字段',
  NOT_FOUND: '记录不存在或无权查看',
  CONFLICT: '该记录已被他人更新，请刷新后重试',
};

export function appError(
  code: ErrorCode,
  message?: string,
  extensions: Record<string, unknown> = {},
) {
  return new GraphQLError(message ?? DEFAULT_MESSAGES[code], {
    extensions: { code, ...extensions },
  });
}

export function badInput(fields: FieldErrors, message?: string) {
  return appError(
    'BAD_USER_INPUT',
    message ?? Object.values(fields)[0] ?? DEFAULT_MESSAGES.BAD_USER_INPUT,
    {
      fields,
    },
  );
}

export const unauthenticated = (message?: string) => appError('UNAUTHENTICATED', message);
export const forbidden = (message?: string) => appError('FORBIDDEN', message);
export const notFound = (message?: string) => appError('NOT_FOUND', message);
export const conflict = (message?: string, extensions?: Record<string, unknown>) =>
  appError('CONFLICT', message, extensions);

/** Collects field errors so a handler can report every bad field at once. */
export class FieldErrorCollector {
  private readonly errors: FieldErrors = {};

  add(field: string, message: string | null | undefined): void {
    if (message && !this.errors[field]) this.errors[field] = message;
  }

  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw badInput(this.errors);
  }
}
