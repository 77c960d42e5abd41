import { addDays, todayIso } from '@luodi/domain';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { insertProject } from '../support/project-rows';
import { type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';

const FLAGGED = `query ($level: FlagLevel, $filter: ProjectFilter, $first: Int, $after: String) {
  flaggedProjects(level: $level, filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { name flags { kind level reason } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('flaggedProjects', () => {
  let t: TestApp;
  const today = todayIso();
  beforeAll(async () => {
    t = await startTestApp();
    const signed = (daysAgo: number) => ({
      stage: 'SIGNED' as const,
      leader: 'chen.leader',
      signedOn: addDays(today, -daysAgo),
      stageEnteredOn: addDays(today, -daysAgo),
      lastProgressOn: addDays(today, -daysAgo),
      contractedInvestment: 5000,
      plannedStartOn: addDays(today, 100),
      plannedOperatingOn: addDays(today, 400),
    });
    const rows = [
      await insertProject(t.dataSource, t.accounts, { ...signed(200), name: '签约200天无资金' }),
      await insertProject(t.dataSource, t.accounts, { ...signed(95), name: '签约95天无资金' }),
      await insertProject(t.dataSource, t.accounts, {
        ...signed(130),
        name: '签约130天仅到位一成',
        arrivedInvestment: 500,
      }),
      await insertProject(t.dataSource, t.accounts, { ...signed(10), name: '新签约项目' }),
      await insertProject(t.dataSource, t.accounts, {
        ...signed(300),
        name: '花垣老项目',
        orgUnit: 'huayuan',
        owner: 'li.staff',
        leader: 'liu.leader',
      }),
    ];
    await t.app.get(FlagsService).refresh(
      t.dataSource.manager,
      rows.map((row) => row.id),
    );
  });
  afterAll(() => t.close());

  const names = (response: GraphQLResponse) =>
    response.data?.flaggedProjects.edges.map((edge: { node: { name: string } }) => edge.node.name);

  it('lists RED before YELLOW and the longest overdue first, in the caller’s scope', async () => {
    const all = await t.gql(FLAGGED, {}, 'zhang.staff');
    expect(names(all)).toEqual(['签约200天无资金', '签约95天无资金', '签约130天仅到位一成']);
    expect(all.data?.flaggedProjects.edges[0].node.flags).toEqual(
      expect.arrayContaining([
        { kind: 'FAKE_PROJECT', level: 'RED', reason: '签约后 200 天未见到位资金' },
      ]),
    );
    const city = await t.gql(FLAGGED, {}, 'zhao.supervisor');
    expect(names(city)).toEqual([
      '花垣老项目',
      '签约200天无资金',
      '签约95天无资金',
      '签约130天仅到位一成',
    ]);
  });

  it('filters by level and by flag kind', async () => {
    // LOW_CAPITAL turned yellow 110, 40 and 5 days ago.
    expect(names(await t.gql(FLAGGED, { level: 'YELLOW' }, 'zhang.staff'))).toEqual([
      '签约200天无资金',
      '签约130天仅到位一成',
      '签约95天无资金',
    ]);
    expect(
      names(await t.gql(FLAGGED, { level: 'RED', filter: { flag: 'LOW_CAPITAL' } }, 'zhang.staff')),
    ).toEqual([]);
    expect(
      names(await t.gql(FLAGGED, { filter: { flag: 'FAKE_PROJECT' } }, 'zhang.staff')),
    ).toEqual(['签约200天无资金', '签约95天无资金']);
  });

  it('pages with a cursor', async () => {
    const first = await t.gql(FLAGGED, { first: 2 }, 'zhao.supervisor');
    expect(first.data?.flaggedProjects.totalCount).toBe(4);
    expect(first.data?.flaggedProjects.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(
      FLAGGED,
      { first: 2, after: first.data?.flaggedProjects.pageInfo.endCursor },
      'zhao.supervisor',
    );
    expect(names(second)).toEqual(['签约95天无资金', '签约130天仅到位一成']);
    expect(second.data?.flaggedProjects.pageInfo.hasNextPage).toBe(false);
  });

  it('counts each flag, red and yellow apart, for the 督查 tiles', async () => {
    const COUNTS = `query ($filter: ProjectFilter) { flagCounts(filter: $filter) { kind red yellow } }`;
    const lit = (response: GraphQLResponse) =>
      response.data?.flagCounts.filter(
        (row: { red: number; yellow: number }) => row.red + row.yellow > 0,
      );
    expect(lit(await t.gql(COUNTS, {}, 'zhang.staff'))).toEqual([
      { kind: 'FAKE_PROJECT', red: 2, yellow: 0 },
      { kind: 'STALLED', red: 1, yellow: 1 },
      { kind: 'LOW_CAPITAL', red: 0, yellow: 3 },
    ]);
    const huayuan = t.accounts.orgUnits.get('huayuan')!.id;
    expect(
      lit(await t.gql(COUNTS, { filter: { orgUnitId: String(huayuan) } }, 'zhao.supervisor')),
    ).toEqual([
      { kind: 'FAKE_PROJECT', red: 1, yellow: 0 },
      { kind: 'STALLED', red: 1, yellow: 0 },
      { kind: 'LOW_CAPITAL', red: 0, yellow: 1 },
    ]);
    const all = await t.gql(COUNTS, {}, 'zhao.supervisor');
    expect(all.data?.flagCounts).toHaveLength(9);
  });
});
