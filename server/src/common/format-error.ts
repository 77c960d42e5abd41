import { Logger } from '@nestjs/common';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';

const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
]);
const GRAPHQL_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
]);
const logger = new Logger('GraphQL');

/**
 * Variable coercion errors ("Variable "$input" got invalid value … at "input.signedOn"") name the
 * field only in prose; clients need it in extensions.fields like every other bad input.
 */
function fieldsFromCoercionMessage(
  message: string,
  reason?: string,
): Record<string, string> | undefined {
  const at = /at "([^"]+)"/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  const path = at?.[1] ?? variable?.[1];
  if (!path) return undefined;
  const field = path
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  return { [field]: reason ?? coercionMessageInChinese(message) };
}

/** The Chinese reason an input scalar (ID, Float, Date) gave, however deep Apollo wrapped it. */
function scalarReason(error: unknown): string | undefined {
  for (
    let e = error as { originalError?: unknown; extensions?: Record<string, unknown> } | undefined;
    e;
    e = e.originalError as typeof e
  ) {
    if (typeof e.extensions?.reason === 'string') return e.extensions.reason;
  }
  return undefined;
}

/**
 * A bad literal in the document (`setUserActive(id: "abc")`) fails validation; the argument it
 * was written for is the name before the colon in front of it.
 */
function argumentBefore(error: unknown): string | undefined {
  const original = (error as { originalError?: GraphQLError })?.originalError;
  const source = original?.source?.body;
  const position = original?.positions?.[0];
  if (!source || position === undefined) return undefined;
  return /([_A-Za-z][_0-9A-Za-z]*)\s*:\s*$/.exec(
    source.slice(Math.max(0, position - 200), position),
  )?.[1];
}

/**
 * What a failure is, for the log, without its text: a failed query's message can hold the
 * values it was given (MySQL's "Duplicate entry 'x'"), and its parameters the password hash.
 */
export function loggable(original: unknown): string {
  if (!(original instanceof Error)) return String(original).slice(0, 200);
  const driver = (original as { driverError?: { code?: string; errno?: number } }).driverError;
  if (driver || 'query' in original || 'parameters' in original) {
    const frames = (original.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return [`${original.name} (${driver?.code ?? 'database error'})`, ...frames.slice(0, 8)].join(
      '\n',
    );
  }
  return original.stack ?? original.message;
}

function coercionMessageInChinese(message: string): string {
  if (/Date/.test(message)) return '日期格式应为 YYYY-MM-DD 的有效日期';
  if (/non-null|required|was not provided/i.test(message)) return '必填';
  if (/Float|Int|number/i.test(message)) return '应为数字';
  if (/Enum|enum/.test(message)) return '取值无效';
  return '格式不正确';
}

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const { reason: _reason, ...rest } = extensions;
    if (code === 'BAD_USER_INPUT' && !rest.fields) {
      rest.fields = fieldsFromCoercionMessage(formatted.message, scalarReason(error)) ?? {};
    }
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: rest,
    };
  }
  const reason = code === 'GRAPHQL_VALIDATION_FAILED' ? scalarReason(error) : undefined;
  if (reason) {
    const named = formatted.extensions?.fields as Record<string, string> | undefined;
    const argument = named ? undefined : argumentBefore(error);
    return {
      message: reason,
      locations: formatted.locations,
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: named ?? (argument ? { [argument]: reason } : {}),
      },
    };
  }
  // graphql-js stops coercing variables after 50 bad values, with an error of no code.
  if (formatted.message.startsWith('Too many errors processing variables')) {
    return {
      message: '输入有误的值过多，请检查后重试',
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', fields: {} },
    };
  }
  if (GRAPHQL_REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  logger.error(loggable(original));
  return {
    message: '服务器内部错误，请稍后重试',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
