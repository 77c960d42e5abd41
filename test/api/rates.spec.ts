import { insertProject } from '../support/project-rows';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const RATES = `query ($from: Date!, $to: Date!, $groupBy: RateGroup!) {
  rates(signedFrom: $from, signedTo: $to, groupBy: $groupBy) {
    key label signedCount contractedInvestment arrivedInvestment
    landingRate startRate operatingRate capitalArrivalRate fulfillmentRate
  }
}`;

describe('rates of a signing cohort', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const signed = {
      stage: 'SIGNED' as const,
      leader: 'chen.leader',
      plannedStartOn: '2099-01-01',
      plannedOperatingOn: '2099-06-01',
    };
    // 泸溪县, 白酒: four signed in 2025; one landed, one started late, one operating on time, one terminated.
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      signedOn: '2025-01-10',
      contractedInvestment: 1000,
      arrivedInvestment: 250.5,
    });
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      stage: 'LANDED',
      signedOn: '2025-03-01',
      landedOn: '2025-04-01',
      contractedInvestment: 2000.25,
      arrivedInvestment: 1000,
      plannedStartOn: '2025-06-01',
    });
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      stage: 'STARTED',
      signedOn: '2025-05-01',
      landedOn: '2025-05-10',
      startedOn: '2025-09-01',
      contractedInvestment: 3000,
      plannedStartOn: '2025-08-01',
    });
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      stage: 'OPERATING',
      signedOn: '2025-12-31',
      landedOn: '2026-01-05',
      startedOn: '2026-01-20',
      operatingOn: '2026-03-01',
      contractedInvestment: 4000,
      arrivedInvestment: 4000,
      plannedStartOn: '2026-02-01',
      plannedOperatingOn: '2026-03-01',
    });
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      status: 'TERMINATED',
      signedOn: '2025-07-01',
      contractedInvestment: 500,
      terminatedOn: '2025-10-01',
      terminationReason: '投资方撤资',
    });
    // 花垣县, 锰锌钒新材料: one signed in 2025 and one outside the period.
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      orgUnit: 'huayuan',
      chain: '锰锌钒新材料',
      owner: 'li.staff',
      leader: 'liu.leader',
      signedOn: '2025-06-15',
      contractedInvestment: 10000,
    });
    await insertProject(t.dataSource, t.accounts, {
      ...signed,
      orgUnit: 'huayuan',
      owner: 'li.staff',
      leader: 'liu.leader',
      signedOn: '2026-01-01',
      contractedInvestment: 99,
    });
    // Never signed: not in any cohort.
    await insertProject(t.dataSource, t.accounts, { contractedInvestment: null });
  });
  afterAll(() => t.close());

  const rates = (groupBy: string, as = 'wang.leader', from = '2025-01-01', to = '2025-12-31') =>
    t.gql(RATES, { from, to, groupBy }, as);

  it('computes every rate per org unit and in total, terminated projects included', async () => {
    const result = await rates('ORG_UNIT');
    const luxi = String(t.accounts.orgUnits.get('luxi')!.id);
    const huayuan = String(t.accounts.orgUnits.get('huayuan')!.id);
    expect(result.data?.rates).toEqual([
      {
        key: luxi,
        label: '泸溪县',
        signedCount: 5,
        contractedInvestment: 10500.25,
        arrivedInvestment: 5250.5,
        landingRate: 3 / 5,
        startRate: 2 / 5,
        operatingRate: 1 / 5,
        capitalArrivalRate: 5250.5 / 10500.25,
        // due: the LANDED one (start 2025-06-01, not started: missed), the STARTED one (late), the OPERATING one (on time).
        fulfillmentRate: 1 / 3,
      },
      {
        key: huayuan,
        label: '花垣县',
        signedCount: 1,
        contractedInvestment: 10000,
        arrivedInvestment: 0,
        landingRate: 0,
        startRate: 0,
        operatingRate: 0,
        capitalArrivalRate: 0,
        fulfillmentRate: null,
      },
      {
        key: 'TOTAL',
        label: '合计',
        signedCount: 6,
        contractedInvestment: 20500.25,
        arrivedInvestment: 5250.5,
        landingRate: 3 / 6,
        startRate: 2 / 6,
        operatingRate: 1 / 6,
        capitalArrivalRate: 5250.5 / 20500.25,
        fulfillmentRate: 1 / 3,
      },
    ]);
  });

  it('includes both edges of the period', async () => {
    const result = await rates('CHAIN', 'wang.leader', '2025-01-10', '2025-12-31');
    expect(
      result.data?.rates.find((row: { label: string }) => row.label === '白酒').signedCount,
    ).toBe(5);
    const narrower = await rates('CHAIN', 'wang.leader', '2025-01-11', '2025-12-30');
    expect(
      narrower.data?.rates.find((row: { label: string }) => row.label === '白酒').signedCount,
    ).toBe(3);
  });

  it('groups by source method by name and keeps to the caller’s scope', async () => {
    const result = await rates('SOURCE_METHOD', 'li.staff');
    expect(
      result.data?.rates.map((row: { key: string; signedCount: number }) => [
        row.key,
        row.signedCount,
      ]),
    ).toEqual([
      ['以商招商', 1],
      ['TOTAL', 1],
    ]);
  });

  it('reports an empty period with null rates, not zero', async () => {
    const result = await rates('LEADER', 'wang.leader', '2030-01-01', '2030-12-31');
    expect(result.data?.rates).toEqual([
      {
        key: 'TOTAL',
        label: '合计',
        signedCount: 0,
        contractedInvestment: 0,
        arrivedInvestment: 0,
        landingRate: null,
        startRate: null,
        operatingRate: null,
        capitalArrivalRate: null,
        fulfillmentRate: null,
      },
    ]);
  });

  it('refuses a reversed period naming the field', async () => {
    const result = await rates('CHAIN', 'wang.leader', '2025-12-31', '2025-01-01');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields).toEqual({ signedTo: '结束日期不能早于开始日期' });
  });
});
