import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { Workbook } from 'exceljs';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import * as clientDocuments from '../../client/src/gql/graphql';
import { GRAPHQL_LIMITS, measureOperation } from '../../server/src/common/graphql-limits';
import { MAX_JSON_BODY } from '../../server/src/common/http-hardening';
import { IMPORT_LIMITS } from '../../server/src/modules/exports/project-import.service';
import { createChains, createProject, ok, orgUnitId, rowCount } from '../support/pipeline-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { rowBomb, zipBomb } from '../support/xlsx-bombs';

const post = (t: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

/** A value of the type for each variable, as a page would send: its costs are then the real ones. */
function sampleVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  first: number,
): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [sample(nullable.ofType, name)];
    if (isEnumType(nullable)) return nullable.getValues()[0].value;
    if (isInputObjectType(nullable)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields()))
        if (isNonNullType(field.type)) value[field.name] = sample(field.type, field.name);
      return value;
    }
    const scalar = getNamedType(nullable).name;
    if (name === 'first') return first;
    if (scalar === 'Int') return 2026;
    if (scalar === 'Float') return 1;
    if (scalar === 'Boolean') return true;
    if (scalar === 'Date') return '2026-01-01';
    if (scalar === 'ID') return '1';
    return 'x';
  };
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
    variables[definition.variable.name.value] = sample(type, definition.variable.name.value);
  }
  return variables;
}

const codeOf = (body: any) => body?.errors?.[0]?.extensions?.code;

/** The page sizes the client asks for (see the client's hooks); others use the default page. */
const CLIENT_PAGE: Record<string, number> = {
  BoardPage: 30,
  BoardColumnPage: 30,
  FlaggedList: 50,
  DispatchBlockers: 500,
};

describe('request limits and HTTP hardening', () => {
  let t: TestApp;
  let staff: string;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_USER: '100000' });
    [{ id: chainId }] = await createChains(t);
    staff = await t.tokenFor('zhang.staff');
    await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  describe('GraphQL cost, depth, aliases and root fields', () => {
    it('prices every document of the client at a tenth of the budget or less', () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const costs: Record<string, number> = {};
      for (const [name, value] of Object.entries(clientDocuments)) {
        if (!name.endsWith('Document') || !value || (value as DocumentNode).kind !== 'Document')
          continue;
        const document = value as DocumentNode;
        const operation = getOperationAST(document)!;
        const operationName = operation.name?.value ?? name;
        const measure = measureOperation(
          schema,
          document,
          operation,
          sampleVariables(schema, operation, CLIENT_PAGE[operationName] ?? 50),
        );
        expect([operationName, measure.cost > 0]).toEqual([operationName, true]);
        costs[operationName] = measure.cost;
        expect(measure.depth).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxDepth);
        expect(measure.aliases).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxAliases);
        expect(measure.rootFields).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxRootFields);
      }
      const sorted = Object.entries(costs).sort((a, b) => b[1] - a[1]);
      console.info(
        `client document costs (budget ${GRAPHQL_LIMITS.maxCost}):\n` +
          sorted.map(([name, cost]) => `  ${name.padEnd(28)} ${cost}`).join('\n'),
      );
      expect(sorted.length).toBeGreaterThan(20);
      expect(sorted[0][1] * 10).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    });

    it('refuses ten aliases of a 200-project page with its nested lists before running it', async () => {
      const page = `projects(first: 200) { edges { node { id name flags { kind reason }
        capitalArrivals { id amount } activities { id summary } team { id name }
        auditEvents { id action } transitions { id } blockers { id } supervisions { id } } } }`;
      const query = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
      const started = Date.now();
      const response = await t.gql(query, {}, 'zhang.staff');
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(response.errors?.[0].message).toMatch(/查询/);
      expect(response.data ?? null).toBeNull();
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('refuses more than the allowed aliases, root fields and depth', async () => {
      const aliases = await t.gql(
        `{ ${Array.from({ length: 1000 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
        {},
        'zhang.staff',
      );
      expect(aliases.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(aliases.errors?.[0].message).toMatch(/别名过多/);

      const roots = await t.gql(
        `{ ${Array.from({ length: 21 }, () => 'me { id }').join(' ')} __typename }`,
        {},
        'zhang.staff',
      );
      expect(roots.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(roots.errors?.[0].message).toMatch(/查询项过多/);

      const fragments = Array.from(
        { length: 14 },
        (_, i) => `fragment F${i} on OrgUnit { parent { ...F${i + 1} } }`,
      ).join('\n');
      const deep = await t.gql(
        `{ me { orgUnit { ...F0 } } }\n${fragments}\nfragment F14 on OrgUnit { id }`,
        {},
        'zhang.staff',
      );
      expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(deep.errors?.[0].message).toMatch(/嵌套过深/);
    });

    it('allows one login per request', async () => {
      const login = (alias: string) =>
        `${alias}: login(username: "zhang.staff", password: "wrong-password") { token }`;
      const started = Date.now();
      const response = await t.gql(
        `mutation { ${Array.from({ length: 100 }, (_, i) => login(`l${i}`)).join(' ')} }`,
      );
      expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(response.errors?.[0].message).toBe('一次请求只能登录一次');
      expect(Date.now() - started).toBeLessThan(1000);
      const two = await t.gql(`mutation { ${login('a')} ${login('b')} }`);
      expect(two.errors?.[0].message).toBe('一次请求只能登录一次');
    });

    it('answers an operationName missing from the document with BAD_REQUEST', async () => {
      const response = await post(
        t,
        JSON.stringify({ query: 'query A { me { id } }', operationName: 'Missing' }),
        { authorization: `Bearer ${staff}` },
      );
      expect(response.status).toBe(400);
      expect(codeOf(await response.json())).toBe('BAD_REQUEST');
    });
  });

  describe('ids, numbers, dates and text', () => {
    it('refuses a bad id as BAD_USER_INPUT naming the argument, in variables and in the document', async () => {
      for (const id of ['abc', '9'.repeat(310), '0', '-1', '1.5', '2147483648', ' 1']) {
        const literal = await t.gql(
          `mutation { setUserActive(id: ${JSON.stringify(id)}, active: false) { id } }`,
          {},
          'admin',
        );
        expect(literal.errors?.[0].extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: { id: expect.stringMatching(/编号/) },
        });
        const variable = await t.gql(
          'query ($id: ID!) { project(id: $id) { id } }',
          { id },
          'zhang.staff',
        );
        expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(variable.errors?.[0].extensions?.fields).toEqual({
          id: expect.stringMatching(/编号/),
        });
      }
      const numeric = await t.gql(
        'query ($id: ID!) { project(id: $id) { id } }',
        { id: 1e308 },
        'zhang.staff',
      );
      expect(numeric.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses numbers past their columns and dates outside 1949-10-01 … today + 30 years', async () => {
      const chain = { id: chainId };
      const setTarget = await t.gql(
        `mutation ($input: SetTargetInput!) { setTarget(input: $input) { year } }`,
        {
          input: {
            year: 2026,
            orgUnitId: orgUnitId(t, 'luxi'),
            metric: 'CONTRACTED_INVESTMENT',
            value: 1e15,
          },
        },
        'admin',
      );
      expect(setTarget.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      for (const date of ['0001-01-01', '1949-09-30', '9999-12-31']) {
        const rates = await t.gql(
          'query ($from: Date!, $to: Date!) { cockpitTrend(from: $from, to: $to) { month } }',
          { from: date, to: '2026-01-31' },
          'admin',
        );
        expect(rates.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(rates.errors?.[0].extensions?.fields).toEqual({
          from: expect.stringMatching(/日期/),
        });
      }
      const before = await rowCount(t, 'project');
      const invisible = await t.gql(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        {
          input: {
            name: '\u200B\u200C\u200D\uFEFF\u2060',
            investorName: '湘西投资有限公司',
            orgUnitId: orgUnitId(t, 'luxi'),
            chainId: chain.id,
            sourceMethod: '以商招商',
          },
        },
        'zhang.staff',
      );
      expect(invisible.errors?.[0].extensions?.fields).toEqual({ name: '项目名称不能为空' });
      expect(await rowCount(t, 'project')).toBe(before);
    });

    it('treats a token whose subject is not a number as not signed in', async () => {
      const jwt = t.app.get(JwtService);
      for (const sub of ['abc', '1e400', '-1', '9'.repeat(310)]) {
        const token = jwt.sign({ sub });
        const response = await post(t, JSON.stringify({ query: '{ me { id } }' }), {
          authorization: `Bearer ${token}`,
        });
        expect(response.status).toBeLessThan(500);
        expect(codeOf(await response.json())).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('HTTP', () => {
    it('sends the security headers and no X-Powered-By', async () => {
      const response = await post(t, JSON.stringify({ query: '{ __typename }' }));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });

    it('answers malformed JSON with 400 and an oversized body with 413, both GraphQL-shaped', async () => {
      for (const body of [
        '{"query": ',
        '{query: "{ me { id } }"}',
        '\u0000\u0001',
        '[1,2',
        'null x',
      ]) {
        const response = await post(t, body);
        expect(response.status).toBe(400);
        const json: any = await response.json();
        expect(json).toEqual({
          errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      const big = await post(
        t,
        JSON.stringify({ query: '{ me { id } }', variables: { x: 'x'.repeat(MAX_JSON_BODY) } }),
      );
      expect(big.status).toBe(413);
      expect(await big.json()).toEqual({
        errors: [
          {
            message: expect.stringMatching(/请求体过大/),
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
    });

    it('answers /healthz with ok and nothing else', async () => {
      const response = await fetch(`${t.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('exports with Cache-Control: no-store and every formula-like text neutralised', async () => {
      const chain = { id: chainId };
      const names = ['=HYPERLINK("http://evil.example","点击")', '+1+1', '-2+3', '@SUM(A1)'];
      for (const name of names)
        await createProject(t, {
          chainId: chain.id,
          name,
          investorName: '=cmd|" /C calc"!A0',
        } as never);
      for (const path of [
        '/export/projects.xlsx',
        '/export/flagged.xlsx',
        '/export/projects-template.xlsx',
        '/export/dispatch.xlsx?from=2026-01-01&to=2026-12-31',
      ]) {
        const response = await fetch(`${t.url}${path}`, {
          headers: { authorization: `Bearer ${staff}` },
        });
        expect([path, response.status]).toEqual([path, 200]);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const workbook = new Workbook();
        await workbook.xlsx.load(await response.arrayBuffer());
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              expect(cell.formula).toBeUndefined();
              if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
            }),
          ),
        );
      }
      const ledger = new Workbook();
      await ledger.xlsx.load(
        await (
          await fetch(`${t.url}/export/projects.xlsx`, {
            headers: { authorization: `Bearer ${staff}` },
          })
        ).arrayBuffer(),
      );
      const cells: string[] = [];
      ledger.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
      for (const name of names) expect(cells).toContain(`'${name}`);
    });
  });

  describe('import bombs', () => {
    const upload = (file: Buffer) =>
      fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${staff}`,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: file,
      });

    it('refuses a zip bomb by its decompressed size, fast, in Chinese', async () => {
      const bomb = await zipBomb(100);
      expect(bomb.length).toBeLessThan(IMPORT_LIMITS.maxFileBytes);
      const before = await rowCount(t, 'project');
      const response = await upload(bomb);
      expect(response.status).toBe(400);
      const body: any = await response.json();
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.fields.file).toMatch(/解压后过大/);
      // Headers that claim a small size do not help: the inflate stops at the cap.
      const lying: any = await (await upload(await zipBomb(100, true))).json();
      expect(lying.fields.file).toMatch(/解压后过大/);
      expect(await rowCount(t, 'project')).toBe(before);
    });

    it('refuses a sheet of 1,000,000 rows', async () => {
      const bomb = await rowBomb(1_000_000);
      expect(bomb.length).toBeLessThan(IMPORT_LIMITS.maxFileBytes);
      const response = await upload(bomb);
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).fields.file).toMatch(/解压后过大|最多导入/);
      const small = await rowBomb(5000);
      const rows: any = await (await upload(small)).json();
      expect(rows.fields.file).toBe('一次最多导入 2000 行');
    });

    it('refuses a file over the size limit before reading it', async () => {
      const response = await upload(Buffer.alloc(IMPORT_LIMITS.maxFileBytes + 1));
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).fields.file).toMatch(/不能超过 5 MB/);
    });
  });
});

describe('request rates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      RATE_LIMIT_PER_USER: '5',
      RATE_LIMIT_PER_ADDRESS: '8',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the per-user and per-address limits', async () => {
    const token = await t.tokenFor('zhang.staff'); // one request of the address's eight
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await post(t, JSON.stringify({ query: '{ me { id } }' }), {
        authorization: `Bearer ${token}`,
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/请求过于频繁/),
          extensions: { code: 'TOO_MANY_REQUESTS' },
        },
      ],
    });
    // The address has two more; then anonymous requests from it are refused too, exports included.
    const anonymous = [];
    for (let i = 0; i < 3; i++)
      anonymous.push((await post(t, JSON.stringify({ query: '{ __typename }' }))).status);
    expect(anonymous).toEqual([200, 429, 429]);
    const exported = await fetch(`${t.url}/export/projects.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(exported.status).toBe(429);
    expect(exported.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('has no introspection and no GraphiQL', async () => {
    const response = await post(t, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    const body: any = await response.json();
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect(ok(await t.gql('{ __typename }'))).toEqual({ __typename: 'Query' });
  });
});
