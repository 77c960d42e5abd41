import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays, todayIso } from '@luodi/domain';
import { type DocumentNode, print } from 'graphql';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import {
  BoardColumnPageDocument,
  BoardPageDocument,
  BoardTotalsDocument,
  CockpitDocument,
  DispatchSummaryDocument,
  FlagCountsDocument,
  FlaggedListDocument,
  MoveProjectDocument,
  NoticesDocument,
  ProjectDrawerDocument,
  RecordCapitalArrivalDocument,
} from '../../client/src/gql/graphql';
import { alone, type AloneResult, type LoadResult, ms, underLoad } from './load';
import { growProvince, type ProvinceCounts } from './province';

/**
 * The province benchmark. Builds a province by bulk SQL (100,000 projects on MySQL with
 * DATABASE_URL, 20,000 on SQLite; BENCH_PROJECTS overrides), rebuilds the derived data with the
 * server's own `recompute`, starts the built server as its own process and times the client's
 * own documents against `{ __typename }` on the same server: alone (median and p95 of
 * BENCH_RUNS) and under 8 connections; then `moveProject` and `recordCapitalArrival` with 16
 * writers over distinct cards. Prints a table and writes it to test/results/scale-<engine>.md.
 *
 * BENCH_SERVER_DIST points at another build of the server (to compare versions on the same
 * data); BENCH_DATABASE names a MySQL database to keep: built on the first run, measured as it is on later ones.
 */
const REPO = resolve(__dirname, '..', '..');
const MYSQL_URL = process.env.DATABASE_URL?.trim();
const ENGINE = MYSQL_URL ? 'mysql' : 'sqlite';
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? (MYSQL_URL ? 100_000 : 20_000));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 4);
const SERVER_DIST = resolve(process.env.BENCH_SERVER_DIST ?? join(REPO, 'server', 'dist'));
const PORT = 3900 + Math.floor(Math.random() * 90);
const BASE = `http://127.0.0.1:${PORT}`;
const WRITERS = 16;
const MOVES_PER_WRITER = Number(process.env.BENCH_MOVES_PER_WRITER ?? 25);

interface Row {
  label: string;
  alone?: AloneResult;
  load?: LoadResult;
  note?: string;
}

function serverEnv(databaseUrl: string | undefined, dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(PORT),
    DATA_DIR: dataDir,
    CLIENT_DIR: join(dataDir, 'no-client'),
    DEMO_DATA: 'true',
    JWT_SECRET: 'scale-bench-secret-scale-bench-secret',
    LOGIN_LIMIT_PER_ADDRESS: '100000',
    // The benchmark measures the server's work, not its request limiter.
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_ADDRESS: '10000000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(SERVER_DIST, 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const up = await fetch(`${BASE}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function post(body: unknown, token?: string): Promise<any> {
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (!response.ok || json.errors?.length)
    throw new Error(`${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.data;
}

const operation =
  (document: DocumentNode, variables: Record<string, unknown>, token: string) => () =>
    post({ query: print(document), variables }, token);

async function login(username: string): Promise<string> {
  const data = await post({
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: 'luodi2026' },
  });
  return data.login.token;
}

async function mysqlDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(MYSQL_URL!);
  const reuse = process.env.BENCH_DATABASE;
  url.pathname = `/${reuse ?? `luodi_scale_${randomBytes(3).toString('hex')}`}`;
  const admin = () =>
    createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    });
  return {
    url: url.toString(),
    drop: async () => {
      if (reuse) return;
      const connection = await admin();
      await connection.query(`DROP DATABASE IF EXISTS \`${url.pathname.slice(1)}\``);
      await connection.end();
    },
  };
}

function rawDataSource(databaseUrl: string | undefined, dataDir: string): DataSource {
  return databaseUrl
    ? new DataSource({ type: 'mysql', url: databaseUrl, timezone: 'Z' })
    : new DataSource({ type: 'better-sqlite3', database: join(dataDir, 'luodi.sqlite') });
}

/** A kept database (BENCH_DATABASE) that holds the province already is measured as it is. */
async function alreadyBuilt(databaseUrl: string | undefined, dataDir: string): Promise<boolean> {
  if (!process.env.BENCH_DATABASE) return false;
  const dataSource = await rawDataSource(databaseUrl, dataDir).initialize();
  const [{ n }] = await dataSource.query('SELECT COUNT(*) AS n FROM project');
  await dataSource.destroy();
  return Number(n) >= PROJECTS;
}

function table(title: string, counts: ProvinceCounts | null, rows: Row[]): string {
  const lines = [
    `### ${title}`,
    '',
    counts
      ? `${counts.projects.toLocaleString('en')} projects added to the demo city, ${counts.investors.toLocaleString('en')} investors, ${counts.arrivals.toLocaleString('en')} arrivals, ${counts.activities.toLocaleString('en')} activities, ${counts.transitions.toLocaleString('en')} stage transitions, ${counts.auditEvents.toLocaleString('en')} audit events`
      : 'the province kept from an earlier run (BENCH_DATABASE)',
    '',
    '| request | alone median | alone p95 | 8 conn. req/s | 8 conn. p95 | note |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.alone ? ms(row.alone.median) : ''} | ${row.alone ? ms(row.alone.p95) : ''} | ${row.load ? row.load.perSecond.toFixed(0) : ''} | ${row.load ? ms(row.load.p95) : ''} | ${row.note ?? ''} |`,
    ),
  ];
  return lines.join('\n');
}

describe(`province benchmark (${ENGINE})`, () => {
  it(`times every main screen at ${PROJECTS.toLocaleString('en')} projects`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'luodi-scale-'));
    const database = MYSQL_URL ? await mysqlDatabase() : null;
    const env = serverEnv(database?.url, dataDir);
    const log = (line: string) => process.stdout.write(`${line}\n`);
    const today = todayIso();
    let counts: ProvinceCounts | null = null;
    let server: ChildProcess | null = null;
    try {
      // The server migrates and seeds the demo city; the province is then written around it.
      server = await startServer(env);
      await stopServer(server);
      if (!(await alreadyBuilt(database?.url, dataDir))) {
        const dataSource = await rawDataSource(database?.url, dataDir).initialize();
        const started = Date.now();
        counts = await growProvince(dataSource, PROJECTS, today, log);
        await dataSource.destroy();
        log(`province built in ${Math.round((Date.now() - started) / 1000)} s`);
        const rebuild = Date.now();
        const recompute = spawnSync(process.execPath, [join(SERVER_DIST, 'recompute.js')], {
          env,
          stdio: 'inherit',
        });
        if (recompute.status !== 0) throw new Error('recompute failed');
        log(`recompute took ${Math.round((Date.now() - rebuild) / 1000)} s`);
      }
      server = await startServer(env);

      const [leader, staff, supervisor] = await Promise.all(
        ['wang.leader', 'zhang.staff', 'zhao.supervisor'].map(login),
      );
      const year = Number(today.slice(0, 4));
      const yearStart = `${year}-01-01`;
      const board = (filter: Record<string, unknown> | null, token = leader) =>
        operation(BoardPageDocument, { filter, first: 30 }, token);
      const firstSigned = await post(
        { query: print(BoardColumnPageDocument), variables: { stage: 'SIGNED', first: 30 } },
        leader,
      );
      const options = await post(
        { query: `{ chains { id } users(role: LEADER) { id username } }` },
        await login('admin'),
      );
      const chainId = options.chains[0].id;
      const leaderId = idOf(options.users, 'chen.leader');
      const busyId = firstSigned.boardColumn.projects.edges[0].node.id;

      const requests: [string, () => Promise<unknown>][] = [
        ['BoardPage, city leader, 30 cards a column', board(null)],
        ['BoardPage, county staff', board(null, staff)],
        ['BoardPage with search (investor name)', board({ search: '华锰新材料' })],
        ['BoardPage with search (project code)', board({ search: 'XM-P-00123' })],
        ['BoardPage with flag FAKE_PROJECT', board({ flag: 'FAKE_PROJECT' })],
        ['BoardPage with a chain', board({ chainId })],
        ['BoardPage with a leader', board({ leaderId })],
        ['BoardTotals', operation(BoardTotalsDocument, { filter: null }, leader)],
        [
          'BoardColumnPage, page 2',
          operation(
            BoardColumnPageDocument,
            {
              stage: 'SIGNED',
              first: 30,
              after: firstSigned.boardColumn.projects.pageInfo.endCursor,
            },
            leader,
          ),
        ],
        ['ProjectDrawer', operation(ProjectDrawerDocument, { id: busyId }, leader)],
        [
          'FlaggedList, 50 rows, supervisor',
          operation(FlaggedListDocument, { first: 50 }, supervisor),
        ],
        ['FlagCounts, supervisor', operation(FlagCountsDocument, { filter: null }, supervisor)],
        [
          'Cockpit (4 × rates, trend, targets)',
          operation(CockpitDocument, { from: yearStart, to: today, year }, leader),
        ],
        ...(['ORG_UNIT', 'CHAIN', 'LEADER', 'SOURCE_METHOD'] as const).map(
          (group) =>
            [
              `rates by ${group}`,
              () =>
                post(
                  {
                    query: `query ($from: Date!, $to: Date!, $g: RateGroup!) { rates(signedFrom: $from, signedTo: $to, groupBy: $g) { key signedCount contractedInvestment landingRate fulfillmentRate } }`,
                    variables: { from: yearStart, to: today, g: group },
                  },
                  leader,
                ),
            ] as [string, () => Promise<unknown>],
        ),
        [
          'dispatchSummary, this year',
          operation(DispatchSummaryDocument, { from: yearStart, to: today }, leader),
        ],
        ['supervisions (Notices)', operation(NoticesDocument, {}, supervisor)],
      ];

      const rows: Row[] = [];
      const floor = () => post({ query: '{ __typename }' });
      rows.push({
        label: '`{ __typename }` (the floor)',
        alone: await alone(RUNS * 3, floor),
        load: await underLoad(8, LOAD_SECONDS, floor),
      });
      for (const [label, run] of requests) {
        const row: Row = { label, alone: await alone(RUNS, run) };
        row.load = await underLoad(8, LOAD_SECONDS, run);
        if (row.load.failed) row.note = `${row.load.failed} failed`;
        rows.push(row);
        log(`${label}: median ${ms(row.alone!.median)} ms, ${row.load.perSecond.toFixed(0)} req/s`);
      }

      const exportRun = async () => {
        const response = await fetch(`${BASE}/export/projects.xlsx`, {
          headers: { authorization: `Bearer ${staff}` },
        });
        if (!response.ok) throw new Error(`export ${response.status}`);
        return response.arrayBuffer();
      };
      const bytes = (await exportRun()).byteLength;
      rows.push({
        label: 'ledger export, county staff',
        alone: await alone(3, exportRun),
        note: `${Math.round(bytes / 1024)} KB`,
      });

      rows.push(...(await writers(staff, today)));
      const title = `${ENGINE === 'mysql' ? 'MySQL' : 'SQLite'}, ${PROJECTS.toLocaleString('en')} projects (${SERVER_DIST.replace(REPO, '.')})`;
      const report = table(title, counts, rows);
      log(`\n${report}\n`);
      mkdirSync(join(REPO, 'test', 'results'), { recursive: true });
      writeFileSync(join(REPO, 'test', 'results', `scale-${ENGINE}.md`), `${report}\n`);
    } finally {
      if (server) await stopServer(server);
      await database?.drop();
    }
  });
});

/** 16 writers, each moving its own cards 在谈 → 签约 to the top of the column, then recording arrivals. */
async function writers(token: string, today: string): Promise<Row[]> {
  const negotiating = await post(
    {
      query: print(BoardColumnPageDocument),
      variables: { stage: 'NEGOTIATING', first: 200, filter: { ownerId: await myId(token) } },
    },
    token,
  );
  const cards: { id: string; version: number }[] = negotiating.boardColumn.projects.edges.map(
    (edge: { node: { id: string; version: number } }) => edge.node,
  );
  const people = await post({ query: `{ users(role: LEADER) { id username } }` }, token);
  const leader = idOf(people.users, 'chen.leader');
  const moves = Math.min(cards.length, WRITERS * MOVES_PER_WRITER);
  const succeeded = new Set<number>();
  const move = (i: number) =>
    post(
      {
        query: print(MoveProjectDocument),
        variables: {
          id: cards[i].id,
          version: cards[i].version,
          toStage: 'SIGNED',
          evidence: {
            signedOn: today,
            contractNo: `HT-BENCH-${cards[i].id}`,
            contractedInvestment: 12_000,
            leaderId: leader,
            plannedStartOn: addDays(today, 90),
            plannedOperatingOn: addDays(today, 400),
          },
        },
      },
      token,
    ).then(() => succeeded.add(i));
  const moved = await underLoad(WRITERS, 120, move, moves);
  const after = await Promise.all(
    cards.slice(0, moves).map((card) =>
      post(
        {
          query: `query ($id: ID!) { project(id: $id) { stage version } }`,
          variables: { id: card.id },
        },
        token,
      ),
    ),
  );
  // A move that was answered as done is there: the card is signed, its version up by exactly one.
  const lost = after.filter(
    (p, i) =>
      succeeded.has(i) &&
      (p.project.stage !== 'SIGNED' || p.project.version !== cards[i].version + 1),
  ).length;
  const arrive = (i: number) =>
    post(
      {
        query: print(RecordCapitalArrivalDocument),
        variables: {
          projectId: cards[i % moves].id,
          input: { amount: 10, arrivedOn: today, voucherNo: `PZ-BENCH-${i}` },
        },
      },
      token,
    );
  const arrived = await underLoad(WRITERS, 120, arrive, moves);
  return [
    {
      label: `moveProject 在谈→签约, ${WRITERS} writers, distinct cards`,
      load: moved,
      note: `${moves} moves, ${moved.failed} failed, ${lost} lost`,
    },
    {
      label: `recordCapitalArrival, ${WRITERS} writers`,
      load: arrived,
      note: `${moves} arrivals, ${arrived.failed} failed`,
    },
  ];
}

const idOf = (users: { id: string; username: string }[], username: string) =>
  users.find((user) => user.username === username)?.id;

async function myId(token: string): Promise<string> {
  return (await post({ query: '{ me { id } }' }, token)).me.id;
}
