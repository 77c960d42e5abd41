import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';

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
]);
const logger = new Logger('GraphQL');

/**
 * Variable coercion errors ("Variable "$input" got invalid value … at "input.signedOn"") name the
 * field only in prose; clients need it in extensions.fields like every other bad input.
 */
function fieldsFromCoercionMessage(message: string): Record<string, string> | undefined {
  const at = /at "([^"]+)"/.exec(message);
  const variable = /Variable "\$([^"]+)"/.exec(message);
  const path = at?.[1] ?? variable?.[1];
  if (!path) return undefined;
  const field = path
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  return { [field]: coercionMessageInChinese(message) };
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
    if (code === 'BAD_USER_INPUT' && !extensions.fields) {
      extensions.fields = fieldsFromCoercionMessage(formatted.message) ?? {};
    }
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  }
  if (GRAPHQL_REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: '服务器内部错误，请稍后重试',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
