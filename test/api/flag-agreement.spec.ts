import {
  computeFlags,
  DEFAULT_THRESHOLDS,
  type Flag,
  FLAG_KINDS,
  type FlagLevel,
  STAGES,
  todayIso,
} from '@luodi/domain';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { insertCases } from '../support/bulk-projects';
import { duplicatesOfCases, factsOfCase, type FlagCase, flagCases } from '../support/flag-cases';
import { startTestApp, type TestApp } from '../support/test-app';

const PROJECTS = 1200;
const PAGE = 200;

const FLAGGED = `query ($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {
  flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const PROJECTS_WITH_FLAGS = `query ($first: Int, $after: String) {
  projects(filter: { includeTerminated: true }, first: $first, after: $after) {
    edges { node { id flags { kind level reason } } } pageInfo { hasNextPage endCursor } } }`;
const BOARD_COLUMN = `query ($stage: Stage!, $first: Int, $after: String) {
  boardColumn(stage: $stage) { projects(first: $first, after: $after) {
    edges { node { id flags { kind level } } } pageInfo { hasNextPage endCursor } } } }`;

/** "KIND:LEVEL" per lit flag, sorted, so two sources compare as plain string lists. */
const keysOf = (flags: Pick<Flag, 'kind' | 'level'>[]) =>
  flags.map((flag) => `${flag.kind}:${flag.level}`).sort();

/**
 * The stored flag schedules (read by SQL in flaggedProjects), the live flags of each project
 * (board, project.flags) and computeFlags on the facts as the test wrote them must agree, for
 * every project, on every kind and level — and the edge cases must land where domain.md says.
 */
describe('flag agreement: flaggedProjects (SQL) = project.flags = computeFlags', () => {
  let t: TestApp;
  const today = todayIso();
  const cases: FlagCase[] = flagCases(today, PROJECTS);
  let ids: number[] = [];
  let expected = new Map<string, Flag[]>();

  /** Every page of a connection, as the admin (who sees both counties). */
  async function allPages<T>(
    query: string,
    variables: Record<string, unknown>,
    connectionOf: (data: any) => any,
  ): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    do {
      const response = await t.gql(query, { ...variables, first: PAGE, after }, 'admin');
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      const connection = connectionOf(response.data);
      nodes.push(...connection.edges.map((edge: { node: T }) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const inserted = await insertCases(t.dataSource, t.accounts, cases, today);
    ids = inserted.ids;
    // The server writes the schedules, as it does after every change of facts.
    const flags = t.app.get(FlagsService);
    for (let offset = 0; offset < ids.length; offset += PAGE) {
      await t.dataSource.transaction((manager) =>
        flags.refresh(manager, ids.slice(offset, offset + PAGE)),
      );
    }
    const duplicates = duplicatesOfCases(cases, inserted.codes);
    expected = new Map(
      cases.map((c, i) => [
        String(ids[i]),
        computeFlags(factsOfCase(c, duplicates.get(i) ?? null), DEFAULT_THRESHOLDS, today),
      ]),
    );
  });
  afterAll(() => t.close());

  it('generates over a thousand projects, every kind and level lit somewhere', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const lit = new Set([...expected.values()].flatMap((flags) => keysOf(flags)));
    for (const key of [
      'FAKE_PROJECT:RED',
      'STALLED:YELLOW',
      'STALLED:RED',
      'IDLE_LAND:RED',
      'LOW_CAPITAL:YELLOW',
      'NO_FOLLOW_UP:YELLOW',
      'NO_FOLLOW_UP:RED',
      'LOW_LAND_YIELD:YELLOW',
      'DUPLICATE:RED',
    ]) {
      expect(lit).toContain(key);
    }
  });

  it('puts every edge case on the side of its threshold that domain.md names', () => {
    const misplaced = cases.flatMap((c, i) => {
      if (!c.expect) return [];
      const level =
        expected.get(String(ids[i]))!.find((flag) => flag.kind === c.expect!.kind)?.level ?? null;
      return level === c.expect.level
        ? []
        : [`${c.label}: ${c.expect.kind} expected ${c.expect.level}, computed ${level}`];
    });
    expect(cases.filter((c) => c.expect).length).toBeGreaterThan(150);
    expect(misplaced).toEqual([]);
  });

  it('flaggedProjects lists exactly the projects with a flag, in its order', async () => {
    const listed = await allPages<{ id: string }>(FLAGGED, {}, (data) => data.flaggedProjects);
    const since = (flags: Flag[]) => flags.map((flag) => flag.since).sort()[0];
    const order = [...expected.entries()]
      .filter(([, flags]) => flags.length > 0)
      .sort(
        ([idA, a], [idB, b]) =>
          Number(b.some((f) => f.level === 'RED')) - Number(a.some((f) => f.level === 'RED')) ||
          since(a).localeCompare(since(b)) ||
          Number(idA) - Number(idB),
      )
      .map(([id]) => id);
    expect(listed.map((node) => node.id)).toEqual(order);
  });

  it('flaggedProjects by level and kind agrees with computeFlags for every project', async () => {
    const fromSql = new Map<string, string[]>(ids.map((id) => [String(id), []]));
    for (const kind of FLAG_KINDS.filter((k) => k !== 'BLOCKER_OVERDUE')) {
      for (const level of ['RED', 'YELLOW'] as FlagLevel[]) {
        const nodes = await allPages<{ id: string }>(
          FLAGGED,
          { level, filter: { flag: kind } },
          (data) => data.flaggedProjects,
        );
        for (const node of nodes) fromSql.get(node.id)!.push(`${kind}:${level}`);
      }
    }
    const disagreements = cases.flatMap((c, i) => {
      const id = String(ids[i]);
      const sql = fromSql.get(id)!.sort();
      const computed = keysOf(expected.get(id)!);
      return JSON.stringify(sql) === JSON.stringify(computed)
        ? []
        : [`${c.label} (#${id}): SQL ${sql.join(',')} ≠ computed ${computed.join(',')}`];
    });
    expect(disagreements).toEqual([]);
  });

  it('flagCounts agrees with computeFlags, from the flag calendar and through a filter', async () => {
    const computed = Object.fromEntries(
      FLAG_KINDS.map((kind) => {
        const lit = [...expected.values()].flat().filter((flag) => flag.kind === kind);
        return [
          kind,
          {
            red: lit.filter((f) => f.level === 'RED').length,
            yellow: lit.filter((f) => f.level === 'YELLOW').length,
          },
        ];
      }),
    );
    const counts = (filter: Record<string, unknown> | null) =>
      t
        .gql(
          `query ($filter: ProjectFilter) { flagCounts(filter: $filter) { kind red yellow } }`,
          { filter },
          'admin',
        )
        .then((response) =>
          Object.fromEntries(
            response.data.flagCounts.map((c: { kind: string; red: number; yellow: number }) => [
              c.kind,
              { red: c.red, yellow: c.yellow },
            ]),
          ),
        );
    expect(await counts(null)).toEqual(computed);
    // Through the projects the filter selects (every case is on one chain).
    const [{ chainId }] = await t.dataSource.query('SELECT MIN(chainId) AS chainId FROM project');
    expect(await counts({ chainId: String(chainId) })).toEqual(computed);
  });

  it('project.flags agrees with computeFlags, reasons included', async () => {
    const nodes = await allPages<{ id: string; flags: Flag[] }>(
      PROJECTS_WITH_FLAGS,
      {},
      (data) => data.projects,
    );
    expect(nodes).toHaveLength(cases.length);
    const disagreements = nodes.flatMap((node) => {
      const computed = expected
        .get(node.id)!
        .map(({ kind, level, reason }) => ({ kind, level, reason }));
      return JSON.stringify(node.flags) === JSON.stringify(computed)
        ? []
        : [`#${node.id}: ${JSON.stringify(node.flags)} ≠ ${JSON.stringify(computed)}`];
    });
    expect(disagreements).toEqual([]);
  });

  it('the board shows every active project with the same flags', async () => {
    const shown: { id: string; flags: Flag[] }[] = [];
    for (const stage of STAGES) {
      shown.push(
        ...(await allPages<{ id: string; flags: Flag[] }>(
          BOARD_COLUMN,
          { stage },
          (data) => data.boardColumn.projects,
        )),
      );
    }
    const active = cases.flatMap((c, i) => (c.terminated ? [] : [String(ids[i])]));
    expect(shown.map((node) => node.id).sort()).toEqual(active.sort());
    const disagreements = shown.filter(
      (node) =>
        JSON.stringify(keysOf(node.flags)) !== JSON.stringify(keysOf(expected.get(node.id)!)),
    );
    expect(disagreements).toEqual([]);
  });
});
