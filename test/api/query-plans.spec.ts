import { addDays, todayIso } from '@luodi/domain';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { recomputeDerived } from '../../server/src/modules/projects/recompute';
import { growProvince } from '../bench/province';
import { startTestApp, type TestApp } from '../support/test-app';

/** The tables that grow with the province; the small ones (units, people, settings) may be scanned. */
const LARGE_TABLES = [
  'project',
  'project_flag',
  'capital_arrival',
  'activity',
  'audit_event',
  'stage_transition',
  'investor',
];

interface Issued {
  sql: string;
  parameters: unknown[];
}

/**
 * The query-plan guard: every statement the server issues for a hot request, on a few thousand
 * projects, is explained by the engine, and a full scan of a large table or a sort of a whole
 * scope fails the test. Plans, not timings: the same on every machine.
 */
describe('query plans of the hot requests', () => {
  let t: TestApp;
  let issued: Issued[] | null = null;
  const today = todayIso();

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource
      .getRepository(IndustryChain)
      .save(['白酒', '锰锌钒新材料', '绿色食品'].map((name) => ({ name, chainLeaderId: null })));
    await growProvince(t.dataSource, 12_000, today);
    await recomputeDerived(t.dataSource, t.app.get(FlagsService));
    const year = Number(today.slice(0, 4));
    for (const metric of [
      'SIGNED_COUNT',
      'CONTRACTED_INVESTMENT',
      'LANDED_COUNT',
      'ARRIVED_INVESTMENT',
    ]) {
      const set = await t.gql(
        `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }`,
        {
          input: {
            year,
            orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id),
            metric,
            value: 100,
            minInvestment: metric === 'LANDED_COUNT' ? 3000 : null,
          },
        },
        'admin',
      );
      expect(set.errors).toBeUndefined();
    }
    if (t.engine === 'mysql')
      await t.dataSource.query('ANALYZE TABLE project, project_flag, capital_arrival');
    else await t.dataSource.query('ANALYZE');
    // Every statement any query runner sends while a request is being watched.
    const runner = t.dataSource.createQueryRunner();
    const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => unknown };
    await runner.release();
    const query = prototype.query;
    prototype.query = function (this: unknown, ...args: unknown[]) {
      if (issued) issued.push({ sql: String(args[0]), parameters: (args[1] as unknown[]) ?? [] });
      return query.apply(this, args);
    };
  });
  afterAll(() => t.close());

  async function watched(run: () => Promise<{ errors?: unknown }>): Promise<Issued[]> {
    issued = [];
    const response = await run();
    const statements = issued;
    issued = null;
    expect(response.errors).toBeUndefined();
    return statements.filter(({ sql }) => /^\s*SELECT/i.test(sql));
  }

  /** What is wrong with a statement's plan: full scans of large tables, sorts of many rows. */
  async function planProblems({ sql, parameters }: Issued): Promise<string[]> {
    // Both engines name a table by its alias in the plan: map them back from the statement.
    const tables = new Map<string, string>();
    for (const [, table, alias] of sql.matchAll(
      /(?:FROM|JOIN)\s+["`]?(\w+)["`]?(?:\s+(?:AS\s+)?["`]?(\w+)["`]?)?/gi,
    ))
      tables.set(alias ?? table, table).set(table, table);
    const grouped = /\bGROUP BY\b/i.test(sql);
    if (t.engine === 'mysql') {
      const rows: { table: string | null; type: string; rows: number; Extra: string | null }[] =
        await t.dataSource.query(`EXPLAIN ${sql}`, parameters);
      return rows.flatMap((row) => {
        if (process.env.PLAN_DEBUG) process.stdout.write(`${JSON.stringify(row)}\n`);
        const table = tables.get(String(row.table)) ?? String(row.table);
        const large = LARGE_TABLES.includes(table);
        const problems: string[] = [];
        if (large && row.type === 'ALL') problems.push(`full scan of ${table}`);
        // A grouped statement sorts its groups, not the rows it reads; a plain one sorting many
        // rows is a page cut from a sort of the whole scope.
        if (large && !grouped && /filesort/.test(row.Extra ?? '') && Number(row.rows) > 1000)
          problems.push(`sort of ${row.rows} rows of ${table}`);
        return problems;
      });
    }
    const rows: { detail: string }[] = await t.dataSource.query(
      `EXPLAIN QUERY PLAN ${sql}`,
      parameters,
    );
    return rows.flatMap(({ detail }) => {
      const scan = /^SCAN (\w+)$/.exec(detail);
      const table = scan ? (tables.get(scan[1]) ?? scan[1]) : null;
      if (process.env.PLAN_DEBUG) process.stdout.write(`${detail} [${table}]\n`);
      return table && LARGE_TABLES.includes(table) ? [`full scan of ${table}`] : [];
    });
  }

  const yearStart = `${today.slice(0, 4)}-01-01`;
  const requests: [string, string, Record<string, unknown>, string][] = [
    [
      'board',
      `query ($filter: ProjectFilter) { board(filter: $filter) { columns { stage totalCount totalContracted
         projects(first: 30) { edges { node { id name flags { kind level } leader { id } owner { id } investor { name } } } } } } }`,
      { filter: null },
      'wang.leader',
    ],
    [
      'board of a county',
      `query { board { columns { totalCount projects(first: 30) { edges { node { id } } } } } }`,
      {},
      'zhang.staff',
    ],
    [
      'board of a leader',
      `query ($filter: ProjectFilter) { board(filter: $filter) { columns { totalCount projects(first: 30) { edges { node { id } } } } } }`,
      { filter: { leaderId: 'LEADER' } },
      'wang.leader',
    ],
    [
      'board with a search',
      `query ($filter: ProjectFilter) { board(filter: $filter) { columns { totalCount projects(first: 30) { edges { node { id } } } } } }`,
      { filter: { search: '锰' } },
      'wang.leader',
    ],
    [
      'column page',
      `query { boardColumn(stage: SIGNED) { totalCount projects(first: 30) { edges { node { id } } } } }`,
      {},
      'wang.leader',
    ],
    [
      'flag list',
      `query { flaggedProjects(first: 50) { totalCount edges { node { id } } } }`,
      {},
      'zhao.supervisor',
    ],
    [
      'red flag list',
      `query { flaggedProjects(first: 50, level: RED) { totalCount edges { node { id } } } }`,
      {},
      'zhao.supervisor',
    ],
    ['flag counts', `query { flagCounts { kind red yellow } }`, {}, 'zhao.supervisor'],
    ...(['ORG_UNIT', 'CHAIN', 'LEADER', 'SOURCE_METHOD'] as const).map(
      (group) =>
        [
          `rates by ${group}`,
          `query ($from: Date!, $to: Date!) { rates(signedFrom: $from, signedTo: $to, groupBy: ${group}) { key signedCount } }`,
          { from: yearStart, to: today },
          'wang.leader',
        ] as [string, string, Record<string, unknown>, string],
    ),
    [
      'trend',
      `query ($from: Date!, $to: Date!) { cockpitTrend(from: $from, to: $to) { month signedCount arrivedInvestment } }`,
      { from: yearStart, to: today },
      'wang.leader',
    ],
    [
      'targets',
      `query ($year: Int!) { targets(year: $year) { actual percentage } }`,
      { year: Number(today.slice(0, 4)) },
      'wang.leader',
    ],
  ];

  it('catches a statement that reads a whole large table', async () => {
    const sql =
      t.engine === 'mysql'
        ? 'SELECT `p`.`id` FROM `project` `p` WHERE `p`.`name` LIKE ? ORDER BY `p`.`name`'
        : `SELECT "p"."id" FROM "project" "p" WHERE "p"."name" LIKE ? ORDER BY "p"."name"`;
    expect(await planProblems({ sql, parameters: ['%锰%'] })).toContain('full scan of project');
  });

  it.each(requests)('%s reads along indexes', async (_, query, variables, as) => {
    const leaderId = String(t.accounts.users.get('chen.leader')!.id);
    const filled = JSON.parse(JSON.stringify(variables).replace('"LEADER"', `"${leaderId}"`));
    const statements = await watched(() => t.gql(query, filled, as));
    expect(statements.length).toBeGreaterThan(0);
    const problems = (
      await Promise.all(
        statements.map(async (s) =>
          (await planProblems(s)).map((p) => `${p} in: ${s.sql.slice(0, 200)}`),
        ),
      )
    ).flat();
    expect(problems).toEqual([]);
  });

  it.each([
    ['a move to the top of a column', 'top'],
    ['a move below another card', 'below'],
  ])('%s reads two neighbours, never the column', async (_, where) => {
    const zhang = t.accounts.users.get('zhang.staff')!.id;
    const column = await t.gql(
      `query ($owner: ID!) { boardColumn(stage: NEGOTIATING, filter: { ownerId: $owner }) { projects(first: 2) { edges { node { id version } } } } }`,
      { owner: String(zhang) },
      'zhang.staff',
    );
    const [card] = column.data.boardColumn.projects.edges.map((e: { node: unknown }) => e.node);
    const signed = await t.gql(
      `query { boardColumn(stage: SIGNED) { projects(first: 1) { edges { node { id } } } } }`,
      {},
      'wang.leader',
    );
    const afterId = where === 'below' ? signed.data.boardColumn.projects.edges[0].node.id : null;
    const statements = await watched(() =>
      t.gql(
        `mutation ($id: ID!, $version: Int!, $evidence: StageEvidenceInput, $afterId: ID) {
          moveProject(id: $id, version: $version, toStage: SIGNED, evidence: $evidence, afterId: $afterId) { id } }`,
        {
          id: card.id,
          version: card.version,
          afterId,
          evidence: {
            signedOn: today,
            contractNo: `HT-PLAN-${card.id}`,
            contractedInvestment: 5000,
            leaderId: String(t.accounts.users.get('chen.leader')!.id),
            plannedStartOn: addDays(today, 90),
            plannedOperatingOn: addDays(today, 400),
          },
        },
        'zhang.staff',
      ),
    );
    const problems = (await Promise.all(statements.map(planProblems))).flat();
    expect(problems).toEqual([]);
  });
});
