import { isIsoDate } from '@luodi/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError(
    `Date must be a real calendar date as YYYY-MM-DD (got ${JSON.stringify(value)})`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/** A calendar date without time or zone: stage dates and due dates are days, not instants. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return parseLocalDate(ast.value);
  },
});
