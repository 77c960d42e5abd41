import { buildSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { GRAPHQL_LIMITS, limitError, measureOperation } from './graphql-limits';
import {
  hardenInputScalars,
  MAX_ID,
  NamedLiteralsRule,
  parseFloatValue,
  parseIdValue,
} from './input-scalars';
import { RequestCounter } from './request-limits';

const SCHEMA = hardenInputScalars(
  buildSchema(`
    type Item { id: ID! tags: [String!]! parent: Item children(first: Int): [Item!]! }
    type ItemConnection { edges: [ItemEdge!]! }
    type ItemEdge { node: Item! }
    type Query {
      item(id: ID!): Item
      items(first: Int, after: String): ItemConnection!
      me: Item
    }
    type Mutation { login(username: String!): Item set(id: ID!, amount: Float!): Item }
  `),
);

const measure = (query: string, variables = {}) => {
  const document = parse(query);
  return measureOperation(SCHEMA, document, getOperationAST(document)!, variables);
};

describe('ids and floats', () => {
  it.each([
    ['1', '1'],
    ['007', '7'],
    [42, '42'],
    [String(MAX_ID), String(MAX_ID)],
  ])('accepts %p as id %p', (value, id) => {
    expect(parseIdValue(value)).toBe(id);
  });

  it.each([
    '0',
    '-1',
    '1.5',
    '1e3',
    ' 1',
    '',
    'abc',
    '9'.repeat(310),
    String(MAX_ID + 1),
    0,
    1.5,
    1e308,
    null,
    true,
    {},
  ])('refuses %p as an id with BAD_USER_INPUT', (value) => {
    expect(() => parseIdValue(value)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('takes finite numbers that fit the narrowest decimal column', () => {
    expect(parseFloatValue(9_999_999_999.99)).toBe(9_999_999_999.99);
    expect(parseFloatValue(-12.5)).toBe(-12.5);
    for (const value of [1e15, -1e11, Infinity, NaN, '12', null])
      expect(() => parseFloatValue(value)).toThrow();
  });

  it('names the argument of a bad literal', () => {
    const errors = validate(SCHEMA, parse('mutation { set(id: "abc", amount: 1e15) { id } }'), [
      ...specifiedRules,
      NamedLiteralsRule,
    ]);
    const named = errors.map((error) => error.extensions.fields).filter(Boolean);
    expect(named).toEqual(
      expect.arrayContaining([
        { id: expect.stringMatching(/编号/) },
        { amount: expect.stringMatching(/数值超出/) },
      ]),
    );
  });
});

describe('GraphQL limits', () => {
  it('measures depth through fragments, aliases, root fields and logins', () => {
    expect(measure('{ item(id: 1) { parent { parent { id } } } }').depth).toBe(4);
    expect(
      measure('{ a: me { id } b: me { ...F } } fragment F on Item { parent { id } }'),
    ).toMatchObject({ depth: 3, aliases: 2, rootFields: 2 });
    expect(
      measure('mutation { a: login(username: "x") { id } b: login(username: "y") { id } }').logins,
    ).toBe(2);
  });

  it('prices a page by its first, a connection once and other lists at ten items', () => {
    const page = measure('{ items(first: 30) { edges { node { id tags } } } }').cost;
    expect(page).toBe(1 + 30 * (1 + (1 + 1 + 10 * 0 + 1)));
    expect(measure('{ items { edges { node { id } } } }').cost).toBe(1 + 50 * (1 + 1 + 1));
    expect(measure('{ me { children(first: 5) { id } } }').cost).toBe(1 + 1 + 5 * 1);
  });

  it('refuses what is over a limit with QUERY_TOO_COMPLEX, login first', () => {
    const over = (changes: object) =>
      limitError({ depth: 1, aliases: 0, rootFields: 1, logins: 0, cost: 1, ...changes })
        ?.extensions.code;
    expect(over({})).toBeUndefined();
    expect(over({ depth: GRAPHQL_LIMITS.maxDepth + 1 })).toBe('QUERY_TOO_COMPLEX');
    expect(over({ aliases: GRAPHQL_LIMITS.maxAliases + 1 })).toBe('QUERY_TOO_COMPLEX');
    expect(over({ rootFields: GRAPHQL_LIMITS.maxRootFields + 1 })).toBe('QUERY_TOO_COMPLEX');
    expect(over({ cost: GRAPHQL_LIMITS.maxCost + 1 })).toBe('QUERY_TOO_COMPLEX');
    expect(
      limitError({ depth: 99, aliases: 99, rootFields: 99, logins: 2, cost: 1 })?.message,
    ).toBe('一次请求只能登录一次');
  });
});

describe('RequestCounter', () => {
  it('counts per key in fixed windows and says how long to wait', () => {
    let now = 0;
    const counter = new RequestCounter(60_000, () => now);
    expect([1, 2, 3].map(() => counter.hit('a', 2))).toEqual([0, 0, 60]);
    expect(counter.hit('b', 2)).toBe(0);
    now = 59_001;
    expect(counter.hit('a', 2)).toBe(1);
    now = 60_000;
    expect(counter.hit('a', 2)).toBe(0);
  });
});
