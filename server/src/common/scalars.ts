import { dateRangeError, isIsoDate, todayIso } from '@luodi/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) {
    // 1949-10-01 … today + 30 years for every date; fields narrow it further (no future stage dates).
    const reason = dateRangeError(value, todayIso());
    if (!reason) return value;
    throw new GraphQLError(`Date out of range: ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', reason },
    });
  }
  throw new GraphQLError(
    `Date must be a real calendar date as YYYY-MM-DD (got ${JSON.stringify(value)?.slice(0, 40)})`,
    {
      extensions: { code: 'BAD_USER_INPUT', reason: '日期格式应为 YYYY-MM-DD 的有效日期' },
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
