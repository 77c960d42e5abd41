import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  /** NETWORK: no GraphQL answer at all; UNKNOWN: an answer with a code outside the contract. */
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  /** The server's own words (Chinese), empty when it said nothing usable. */
  message: string;
  /** BAD_USER_INPUT only: { fieldName: message }. */
  fields: Record<string, string>;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return API_ERROR_CODES.includes(value as ApiErrorCode);
}

// A throttled or rejected HTTP request may still carry a GraphQL error body worth showing.
function graphQLErrorsInBody(error: ServerError): readonly GraphQLFormattedError[] {
  try {
    const body: unknown = JSON.parse(error.bodyText);
    const errors = (body as { errors?: unknown }).errors;
    return Array.isArray(errors) ? errors : [];
  } catch {
    return [];
  }
}

function stringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

function fromGraphQLError(error: GraphQLFormattedError): ApiError {
  const code = error.extensions?.['code'];
  return {
    code: isApiErrorCode(code) ? code : 'UNKNOWN',
    message: error.message,
    fields: stringMap(error.extensions?.['fields']),
  };
}

export function readApiError(error: unknown): ApiError {
  const graphQLErrors = CombinedGraphQLErrors.is(error)
    ? error.errors
    : ServerError.is(error)
      ? graphQLErrorsInBody(error)
      : [];
  const [first] = graphQLErrors;
  if (first) return fromGraphQLError(first);
  if (ServerError.is(error) && error.statusCode === 401)
    return { code: 'UNAUTHENTICATED', message: '', fields: {} };
  return { code: 'NETWORK', message: '', fields: {} };
}
