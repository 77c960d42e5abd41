import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_JSON_BODY } from '../../server/src/common/http-hardening';
import { createChains, createProject } from '../support/pipeline-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every query and mutation of the schema, called with huge and malformed ids, bad numbers,
 * impossible dates, invisible and hostile text, as every kind of caller, and the endpoint fed
 * malformed and oversized bodies: no answer is an internal error, a 5xx, or shows SQL or a
 * stack, and a refused request leaves every table's row count as it was.
 */

const SEED = 20261201;
/** Requests per root field; with ~55 fields, the file endpoints and the raw bodies, over 10,000. */
const PER_FIELD = 185;
const PARALLEL = 10;

const ALLOWED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
/** Text no answer may contain: driver errors, SQL the server wrote, stack frames. */
const LEAKS =
  /SQLITE_|\bER_[A-Z_]{3,}|QueryFailedError|EntityNotFound|TypeORM|\bSELECT\b[\s\S]{0,200}\bFROM\b|INSERT INTO|\bWHERE\b.{0,40}= \?|\.(ts|js):\d+:\d+|node_modules|\n\s+at /;

// Values ----------------------------------------------------------------------------------------

const HOSTILE_IDS: unknown[] = [
  '9'.repeat(310),
  '1'.repeat(20),
  '99999999999999999999',
  '9007199254740993',
  '2147483648',
  '2147483647',
  '999999',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  ' 1',
  '1 ',
  '',
  'abc',
  'NaN',
  'Infinity',
  '-Infinity',
  '１',
  '٣',
  "1' OR '1'='1",
  '1; DROP TABLE project',
  1e308,
  -1,
  0,
  1.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  true,
  null,
  {},
  [],
  [1],
];
const HOSTILE_NUMBERS: unknown[] = [
  1e308,
  -1e308,
  1e15,
  -1e15,
  99_999_999_999.99,
  1e12,
  5e-324,
  -1,
  -0.01,
  0,
  0.001,
  1.005,
  123.456,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  'NaN',
  'Infinity',
  '1e3',
  '12',
  '',
  null,
  true,
  {},
  [1],
];
const HOSTILE_DATES: unknown[] = [
  '0001-01-01',
  '0000-01-01',
  '1000-01-01',
  '1949-09-30',
  '1949-10-01',
  '9999-12-31',
  '2100-01-01',
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-1-1',
  '20260101',
  '2026-01-01T00:00:00Z',
  ' 2026-01-01',
  '２０２６-０１-０１',
  '',
  'yesterday',
  "2026-01-01'; --",
  20260101,
  null,
  '2026-06-15',
];
const HOSTILE_TEXT: unknown[] = [
  '',
  '   ',
  '\u200B\u200B\u200B',
  '\u200C\u200D\uFEFF\u2060',
  '\u0000',
  '\u0000\u0000\u0000',
  'a\u0007b',
  '\u001b[31mred',
  '\uD800',
  '\uDFFF孤',
  '\u202Eevil',
  '😀🚀🏭',
  '👨‍👩‍👧‍👦'.repeat(30),
  'x'.repeat(10_000),
  '中'.repeat(5_000),
  "'; DROP TABLE project; --",
  '" OR 1=1 --',
  '1); DELETE FROM audit_event; --',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '${7*7}',
  'NaN',
  'null',
  '锰锌新材料精深加工',
  12,
  null,
  true,
  {},
];
const HOSTILE_BOOLEANS: unknown[] = [true, false, 'true', 1, 0, null, 'yes', []];

const oneOf = (values: unknown[]) => fc.constantFrom(...values);

/** A hostile value for an input type; objects and lists recurse, sometimes not even the right shape. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const item = valueFor(nullable.ofType as GraphQLInputType, depth + 1);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 300, maxLength: 300 }) },
      { weight: 1, arbitrary: item },
      { weight: 1, arbitrary: oneOf([null, 'x', {}]) },
    );
  }
  if (isInputObjectType(nullable)) {
    if (depth > 3) return oneOf([null, {}]);
    const fields = Object.values(nullable.getFields());
    const model = Object.fromEntries(
      fields.map((field) => [field.name, valueFor(field.type, depth + 1)]),
    );
    const required = fields.filter((field) => isNonNullType(field.type)).map((f) => f.name);
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(model, { requiredKeys: required }) },
      { weight: 2, arbitrary: fc.record(model, { requiredKeys: [] }) },
      {
        weight: 1,
        arbitrary: fc
          .record(model, { requiredKeys: required })
          .map((value) => ({ ...value, unknownField: 1 })),
      },
      { weight: 1, arbitrary: oneOf(['x', 1, [], null]) },
    );
  }
  if (isEnumType(nullable)) {
    const values = nullable.getValues().map((value) => value.value);
    return fc.oneof(
      { weight: 4, arbitrary: oneOf(values) },
      { weight: 1, arbitrary: oneOf(['', 'X', 'drop', 1, null, values[0].toLowerCase()]) },
    );
  }
  switch (getNamedType(nullable).name) {
    case 'ID':
      return oneOf(HOSTILE_IDS);
    case 'Int':
    case 'Float':
      return fc.oneof(
        { weight: 3, arbitrary: oneOf(HOSTILE_NUMBERS) },
        { weight: 1, arbitrary: fc.double() },
        { weight: 1, arbitrary: fc.integer() },
      );
    case 'Date':
      return oneOf(HOSTILE_DATES);
    case 'Boolean':
      return oneOf(HOSTILE_BOOLEANS);
    default:
      return fc.oneof(
        { weight: 4, arbitrary: oneOf(HOSTILE_TEXT) },
        { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      );
  }
}

/** `__typename` for objects, nothing for scalars: the resolver runs either way. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

interface Call {
  field: string;
  body: string;
  as: string | null;
  mutation: boolean;
}

/** One request for a root field: arguments as variables, a few written into the document. */
function callsFor(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  count: number,
  seed: number,
): Call[] {
  const args = field.args as readonly GraphQLArgument[];
  const argValues = fc.record(
    Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type)])),
    { requiredKeys: [] },
  );
  const callers = fc.constantFrom<string | null>(
    'admin',
    'admin',
    'zhang.staff',
    'zhao.supervisor',
    'wang.leader',
    null,
  );
  const samples = fc.sample(fc.tuple(argValues, callers, fc.boolean()), { numRuns: count, seed });
  return samples.map(([values, as, literal]) => {
    const present = args.filter((arg) => arg.name in values);
    // Scalars and enums sometimes go into the document itself, to test literal parsing too.
    const inline = (arg: GraphQLArgument) =>
      literal && isLeafType(getNullableType(arg.type)) && !isEnumType(getNullableType(arg.type));
    const literalOf = (value: unknown) =>
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? JSON.stringify(value)
        : 'null';
    const definitions = present
      .filter((arg) => !inline(arg))
      .map((arg) => `$${arg.name}: ${String(arg.type)}`);
    const argumentText = present
      .map((arg) => `${arg.name}: ${inline(arg) ? literalOf(values[arg.name]) : `$${arg.name}`}`)
      .join(', ');
    const variables = Object.fromEntries(
      present.filter((arg) => !inline(arg)).map((arg) => [arg.name, values[arg.name]]),
    );
    const query =
      `${operation}${definitions.length ? ` (${definitions.join(', ')})` : ''} ` +
      `{ ${field.name}${argumentText ? `(${argumentText})` : ''}${selectionOf(field)} }`;
    return {
      field: field.name,
      body: JSON.stringify({ query, variables }),
      as,
      mutation: operation === 'mutation',
    };
  });
}

/** Bodies that are not GraphQL requests at all, or are too big. */
function rawBodies(): { label: string; body: string | Buffer; type?: string }[] {
  const bodies: { label: string; body: string | Buffer; type?: string }[] = [];
  const malformed = [
    '{"query": ',
    '{query: "{ me { id } }"}',
    "{'query': '{ me { id } }'}",
    '[1,2',
    'null x',
    '\u0000\u0001\u0002',
    '{"query": "{ me { id } }",}',
    '{"query": "\\uD800"}',
    '"just a string"',
    '12',
    '[]',
    '[{"query": "{ me { id } }"}, {"query": "{ me { id } }"}]',
    '{"query": 12}',
    '{"query": null}',
    '{"query": "{ me { id } }", "variables": "x"}',
    '{"query": "{ me { id } }", "variables": [1]}',
    '{"query": "{ me { id } }", "operationName": 12}',
    '{"query": "query A { me { id } }", "operationName": "B"}',
    '{"query": "query A { me { id } } query B { me { id } }"}',
    '{"query": "{ me { id } } { me { id } }"}',
    '{"query": "{ me { ...F } } fragment F on User { ...F }"}',
    '{"query": "{ __schema { types { name } } }"}',
    '{"query": "{ ' + 'a'.repeat(50_000) + ' }"}',
    '{"query": "{' + '{'.repeat(5_000) + '"}',
    '{"query": "' + '{ me { id } }'.repeat(3_000) + '"}',
    '{"query": "{ me(id: 1) { id } }"}',
    '{"query": "mutation { login(username: \\"a\\", password: \\"b\\") { token } login(username: \\"a\\", password: \\"c\\") { token } }"}',
    '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
    '{}',
    '',
  ];
  for (let round = 0; round < 10; round++)
    for (const body of malformed) bodies.push({ label: 'malformed', body });
  for (let i = 0; i < 30; i++) {
    bodies.push({
      label: 'oversize',
      body: JSON.stringify({
        query: '{ me { id } }',
        variables: { x: 'x'.repeat(MAX_JSON_BODY + i * 1000) },
      }),
    });
    bodies.push({ label: 'oversize-binary', body: Buffer.alloc(MAX_JSON_BODY * 2 + i, 0xff) });
  }
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'application/json; charset=latin1',
    'application/graphql',
  ])
    for (let i = 0; i < 10; i++)
      bodies.push({ label: `type ${type}`, body: '{"query": "{ me { id } }"}', type });
  return bodies;
}

describe('hostile input at every query and mutation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let tables: string[];
  const tokens = new Map<string, string>();
  const tally = new Map<string, Record<string, number>>();
  let sent = 0;

  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_PER_ADDRESS: '10000000',
      RATE_LIMIT_PER_USER: '1000000',
    });
    schema = t.app.get(GraphQLSchemaHost).schema;
    for (const username of ['admin', 'zhang.staff', 'zhao.supervisor', 'wang.leader'])
      tokens.set(username, await t.tokenFor(username));
    // Some rows in every main table, so that a request that gets far has something to touch.
    const [chain] = await createChains(t);
    await createProject(t, { chainId: chain.id });
    tables = (
      t.engine === 'mysql'
        ? await t.dataSource.query(
            'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
          )
        : await t.dataSource.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
    ).map((row: { name?: string; NAME?: string; TABLE_NAME?: string }) =>
      String(row.name ?? row.NAME ?? row.TABLE_NAME),
    );
  });
  afterAll(async () => {
    console.info(
      `hostile input: ${sent} requests; outcomes per field ${JSON.stringify(Object.fromEntries(tally))}`,
    );
    await t.close();
  });

  async function rowCounts(): Promise<Record<string, number>> {
    const quote = (name: string) => (t.engine === 'mysql' ? `\`${name}\`` : `"${name}"`);
    const [row] = await t.dataSource.query(
      `SELECT ${tables.map((name, i) => `(SELECT COUNT(*) FROM ${quote(name)}) AS c${i}`).join(', ')}`,
    );
    return Object.fromEntries(tables.map((name, i) => [name, Number(row[`c${i}`])]));
  }

  /** Sends one request and checks its answer; true when it was refused. */
  async function send(
    label: string,
    body: string | Buffer,
    headers: Record<string, string>,
  ): Promise<boolean> {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    sent++;
    const explain = () =>
      `${label}: ${String(body).slice(0, 400)} → HTTP ${response.status} ${text.slice(0, 600)}`;
    if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${explain()}`);
    if (LEAKS.test(text)) throw new Error(`SQL or stack text in the answer: ${explain()}`);
    let json: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`not JSON: ${explain()}`);
    }
    const codes = (json.errors ?? []).map((error) => String(error.extensions?.code));
    const counts = tally.get(label) ?? {};
    tally.set(label, counts);
    const outcome = codes[0] ?? 'OK';
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    for (const code of codes)
      if (!ALLOWED_CODES.has(code))
        throw new Error(
          `code ${code} outside the contract: ${JSON.stringify(
            json.errors?.find((error) => error.extensions?.code === code),
          )}\n${explain()}`,
        );
    return codes.length > 0;
  }

  /**
   * Sends the calls PARALLEL at a time over keep-alive connections; when every call of a
   * batch was refused, every table has the rows it had before the batch. Without
   * countEachBatch (queries, raw bodies) the counts are compared once, over all the calls.
   */
  async function run(
    calls: {
      label: string;
      body: string | Buffer;
      headers: Record<string, string>;
      login?: boolean;
    }[],
    { countEachBatch = true } = {},
  ) {
    const first = countEachBatch ? null : await rowCounts();
    for (let start = 0; start < calls.length; start += PARALLEL) {
      const batch = calls.slice(start, start + PARALLEL);
      if (!countEachBatch) {
        await Promise.all(batch.map((call) => send(call.label, call.body, call.headers)));
        continue;
      }
      const before = await rowCounts();
      const refused = await Promise.all(
        batch.map((call) => send(call.label, call.body, call.headers)),
      );
      if (refused.every(Boolean)) {
        const after = await rowCounts();
        // A failed login is itself an audit event (and may end in a session row when it succeeds).
        const ignore = batch.some((call) => call.login) ? /audit|session/ : /^$/;
        for (const table of tables) {
          if (ignore.test(table)) continue;
          if (after[table] !== before[table])
            throw new Error(
              `refused requests changed ${table} (${before[table]} → ${after[table]}): ${batch
                .map((call) => String(call.body).slice(0, 300))
                .join('\n')}`,
            );
        }
      }
    }
    // Queries and unparsable bodies write nothing at all, refused or not.
    if (first) expect(await rowCounts()).toEqual(first);
  }

  const headersFor = (as: string | null): Record<string, string> => ({
    'content-type': 'application/json',
    ...(as ? { authorization: `Bearer ${tokens.get(as)}` } : {}),
  });

  it('covers every root field of server/schema.gql', () => {
    const published = buildSchema(readFileSync(join(__dirname, '../../server/schema.gql'), 'utf8'));
    const live = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    const contract = [published.getQueryType()!, published.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    expect(contract.filter((name) => !live.includes(name))).toEqual([]);
  });

  it('answers every query with data or a contract error', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    const calls = fields.flatMap((field, i) =>
      callsFor('query', field, PER_FIELD, SEED + i).map((call) => ({
        label: call.field,
        body: call.body,
        headers: headersFor(call.as),
      })),
    );
    await run(calls, { countEachBatch: false });
  });

  it('answers the file endpoints with hostile query strings by 200 or a coded 4xx', async () => {
    const paths = ['/export/projects.xlsx', '/export/flagged.xlsx', '/export/dispatch.xlsx'];
    const params = [
      'orgUnitId',
      'chainId',
      'leaderId',
      'ownerId',
      'flag',
      'level',
      'search',
      'from',
      'to',
      'includeTerminated',
    ];
    const values = [...HOSTILE_IDS, ...HOSTILE_DATES, ...HOSTILE_TEXT].filter(
      (value): value is string | number => typeof value === 'string' || typeof value === 'number',
    );
    const samples = fc.sample(
      fc.tuple(oneOf(paths), fc.array(fc.tuple(oneOf(params), oneOf(values)), { maxLength: 4 })),
      { numRuns: 300, seed: SEED },
    );
    const before = await rowCounts();
    for (let start = 0; start < samples.length; start += PARALLEL) {
      await Promise.all(
        samples.slice(start, start + PARALLEL).map(async ([path, pairs]) => {
          const query = new URLSearchParams(
            pairs.map(([name, value]): [string, string] => [
              String(name),
              String(value).slice(0, 2000),
            ]),
          );
          const response = await fetch(`${t.url}${path}?${query}`, {
            headers: { authorization: `Bearer ${tokens.get('admin')}` },
          });
          sent++;
          const body = Buffer.from(await response.arrayBuffer());
          const text = response.headers.get('content-type')?.includes('json')
            ? body.toString()
            : '';
          const explain = `${path}?${query} → HTTP ${response.status} ${text.slice(0, 400)}`;
          if (response.status >= 500) throw new Error(explain);
          if (LEAKS.test(text)) throw new Error(`SQL or stack text in the answer: ${explain}`);
          // Node itself answers an address past its header limit with 431 and no body.
          if (response.status === 431 || response.status === 414) return;
          if (
            response.status !== 200 &&
            !['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(
              text ? JSON.parse(text).code : '',
            )
          )
            throw new Error(`uncoded refusal: ${explain}`);
        }),
      );
    }
    // Exports are audited (who downloaded what); nothing else may change.
    const after = await rowCounts();
    for (const table of tables)
      if (!/audit/.test(table)) expect([table, after[table]]).toEqual([table, before[table]]);
  });

  it('answers every mutation with data or a contract error, and changes nothing when it refuses', async () => {
    // Those that end the caller's session go last, so that every other one is called signed in.
    const last = ['logout', 'changePassword'];
    const fields = Object.values(schema.getMutationType()!.getFields()).sort(
      (a, b) => Number(last.includes(a.name)) - Number(last.includes(b.name)),
    );
    const calls = fields.flatMap((field, i) =>
      callsFor('mutation', field, PER_FIELD, SEED + 1000 + i).map((call) => ({
        label: call.field,
        body: call.body,
        headers: headersFor(call.as),
        login: call.field === 'login',
      })),
    );
    await run(calls);
  });

  it('answers malformed, oversized and mistyped bodies with 4xx and a GraphQL-shaped error', async () => {
    await run(
      rawBodies().map(({ label, body, type }) => ({
        label,
        body,
        headers: {
          'content-type': type ?? 'application/json',
          authorization: `Bearer ${tokens.get('zhang.staff')}`,
        },
      })),
      { countEachBatch: false },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
  });
});
