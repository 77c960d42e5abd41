import { addDays, SOURCE_METHODS } from '@luodi/domain';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { startTestApp, type TestApp } from '../support/test-app';
import { measure } from './percentiles';
import { generator, insertRows } from './province';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 100_000);
const GROUPS = ['ORG_UNIT', 'CHAIN', 'LEADER', 'SOURCE_METHOD'] as const;
const RATES = `query ($from: Date!, $to: Date!, $groupBy: RateGroup!) {
  rates(signedFrom: $from, signedTo: $to, groupBy: $groupBy) { key signedCount contractedInvestment landingRate fulfillmentRate } }`;
const TREND = `query ($from: Date!, $to: Date!) { cockpitTrend(from: $from, to: $to) { month signedCount landedCount arrivedInvestment } }`;
const TARGETS = `query ($year: Int!) { targets(year: $year) { actual percentage } }`;

/**
 * 100,000 projects signed over four years in bulk INSERTs, then p50/p95 of `rates` for each grouping
 * over one year's cohort, plus the trend and the targets. MySQL with DATABASE_URL, else SQLite.
 */
describe('rates benchmark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const random = generator(20_260_101);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const chains = await t.dataSource
      .getRepository(IndustryChain)
      .save(
        [
          '白酒',
          '锰锌钒新材料',
          '电子信息及5G应用',
          '绿色食品',
          '新能源',
          '生物医药',
          '先进装备制造',
        ].map((name) => ({ name, chainLeaderId: null })),
      );
    const units = [...t.accounts.orgUnits.values()]
      .filter((unit) => unit.kind !== 'CITY')
      .map((unit) => unit.id);
    const staff = [...t.accounts.users.values()]
      .filter((user) => user.role === 'STAFF')
      .map((user) => user.id);
    const leaders = [...t.accounts.users.values()]
      .filter((user) => user.role === 'LEADER')
      .map((user) => user.id);
    const now = '2026-01-01 00:00:00.000';
    await insertRows(
      t.dataSource.manager,
      'investor',
      ['name', 'creditCode', 'tags'],
      Array.from({ length: 500 }, (_, i) => [`基准投资方${i}`, null, '[]']),
    );
    const [{ firstInvestor }] = await t.dataSource.query(
      'SELECT MIN(id) AS firstInvestor FROM investor',
    );

    const started = Date.now();
    const projects: unknown[][] = [];
    for (let i = 0; i < PROJECTS; i++) {
      const signedOn = addDays('2023-01-01', Math.floor(random() * 1400));
      const reached = random();
      const landedOn = reached > 0.35 ? addDays(signedOn, 20 + Math.floor(random() * 120)) : null;
      const startedOn =
        landedOn && reached > 0.6 ? addDays(landedOn, 30 + Math.floor(random() * 200)) : null;
      const operatingOn =
        startedOn && reached > 0.85 ? addDays(startedOn, 90 + Math.floor(random() * 300)) : null;
      const stage = operatingOn
        ? 'OPERATING'
        : startedOn
          ? 'STARTED'
          : landedOn
            ? 'LANDED'
            : 'SIGNED';
      const contracted = Math.round(500 + random() * 50_000);
      const arrived = Math.round(contracted * random() * 0.8);
      projects.push([
        `XM-B-${i}`,
        `基准项目${i}`,
        1,
        stage,
        random() < 0.05 ? 'TERMINATED' : 'ACTIVE',
        Number(firstInvestor) + (i % 500),
        pick(units),
        pick(chains).id,
        pick(SOURCE_METHODS),
        pick(staff),
        random() < 0.03 ? null : pick(leaders),
        contracted,
        arrived,
        Math.round(arrived * random()),
        signedOn,
        landedOn,
        startedOn,
        operatingOn,
        addDays(signedOn, 180),
        addDays(signedOn, 540),
        signedOn,
        signedOn,
        i,
        now,
        now,
      ]);
    }
    await insertRows(
      t.dataSource.manager,
      'project',
      [
        'code',
        'name',
        'version',
        'stage',
        'status',
        'investorId',
        'orgUnitId',
        'chainId',
        'sourceMethod',
        'ownerId',
        'leaderId',
        'contractedInvestment',
        'arrivedInvestment',
        'arrivedVerified',
        'signedOn',
        'landedOn',
        'startedOn',
        'operatingOn',
        'plannedStartOn',
        'plannedOperatingOn',
        'stageEnteredOn',
        'lastProgressOn',
        'position',
        'createdAt',
        'updatedAt',
      ],
      projects,
    );
    const [{ firstProject }] = await t.dataSource.query(
      'SELECT MIN(id) AS firstProject FROM project',
    );
    const arrivals = Array.from({ length: PROJECTS }, (_, i) => [
      Number(firstProject) + i,
      Math.round(random() * 5000),
      addDays('2023-02-01', Math.floor(random() * 1400)),
      `V-${i}`,
      random() < 0.6 ? 1 : 0,
      staff[0],
      now,
    ]);
    await insertRows(
      t.dataSource.manager,
      'capital_arrival',
      ['projectId', 'amount', 'arrivedOn', 'voucherNo', 'verified', 'recordedById', 'recordedAt'],
      arrivals,
    );
    process.stdout.write(
      `\nengine: ${t.engine}; ${PROJECTS} projects and ${PROJECTS} arrivals inserted in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    if (t.engine === 'mysql') await t.dataSource.query('ANALYZE TABLE project, capital_arrival');

    const city = String(t.accounts.orgUnits.get('city')!.id);
    for (const [metric, extra] of [
      ['SIGNED_COUNT', {}],
      ['CONTRACTED_INVESTMENT', {}],
      ['LANDED_COUNT', { minInvestment: 3000 }],
      ['ARRIVED_INVESTMENT', {}],
    ] as const) {
      await t.gql(
        `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id } }`,
        { input: { year: 2025, orgUnitId: city, metric, value: 1000, ...extra } },
        'admin',
      );
    }
  });
  afterAll(() => t.close());

  it('measures rates per grouping, the trend and the targets', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    for (const groupBy of GROUPS) {
      await t.gql(RATES, { ...year, groupBy }, 'wang.leader');
      await measure(`rates ${groupBy} (2025 cohort, city leader)`, 40, () =>
        t.gql(RATES, { ...year, groupBy }, 'wang.leader'),
      );
    }
    await measure('rates ORG_UNIT (all four years, admin)', 20, () =>
      t.gql(RATES, { from: '2023-01-01', to: '2026-12-31', groupBy: 'ORG_UNIT' }, 'admin'),
    );
    await measure('cockpitTrend (12 months)', 40, () => t.gql(TREND, year, 'wang.leader'));
    await measure('targets (4 city targets)', 40, () =>
      t.gql(TARGETS, { year: 2025 }, 'wang.leader'),
    );
  });
});
