import { CapitalArrival } from '../../server/src/modules/projects/entities/capital-arrival.entity';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import type { Project } from '../../server/src/modules/projects/entities/project.entity';
import { insertProject } from '../support/project-rows';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const RATES = `query ($from: Date!, $to: Date!, $groupBy: RateGroup!) {
  rates(signedFrom: $from, signedTo: $to, groupBy: $groupBy) {
    key signedCount contractedInvestment arrivedInvestment arrivedVerified
    landingRate startRate operatingRate capitalArrivalRate fulfillmentRate
  }
}`;
const TARGETS = `query ($year: Int!) {
  targets(year: $year) { scope orgUnit { name } chain { name } metric target minInvestment actual percentage }
}`;
const SET_TARGET = `mutation ($input: SetTargetInput!) {
  setTarget(input: $input) { id metric target minInvestment actual percentage }
}`;
const TREND = `query ($from: Date!, $to: Date!) {
  cockpitTrend(from: $from, to: $to) { month signedCount contractedInvestment landedCount arrivedInvestment arrivedVerified }
}`;
const BOARD_IDS = `query ($filter: ProjectFilter) { projects(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

/**
 * A small city in 2025, every figure below worked out by hand:
 *   P1 泸溪县 白酒      signed 2025-01-01 (edge) 5000    landed 2025-02-10 started 2025-03-01 (planned 2025-04-01: met)
 *                       arrivals 100 on 2025-01-31 (verified), 200 on 2025-02-01
 *   P2 泸溪高新区 白酒  signed 2025-12-31 (edge) 2999.99 landed 2025-12-31 (under the 3000 threshold)
 *   P3 泸溪县 白酒      signed 2025-03-15 3000, landed 2025-04-01, TERMINATED; planned start 2025-05-01 missed
 *                       arrival 50 on 2025-04-02 (verified)
 *   P4 花垣县 锰锌钒    signed 2024-12-31 8000, landed 2025-01-15; arrivals 1000 on 2025-12-31, 999 on 2026-01-01
 *   P5 花垣县 锰锌钒    signed 2026-01-01 700
 *   P6 泸溪县           never signed
 *   保靖县: nothing at all.
 */
describe('leaders’ cockpit: rates, targets and trend on a hand-computed city', () => {
  let t: TestApp;
  let projects: Record<string, Project>;
  const unitId = (key: string) => String(t.accounts.orgUnits.get(key)!.id);
  let chainId: (name: string) => Promise<string>;

  const arrival = (project: Project, amount: number, arrivedOn: string, verified: boolean) =>
    t.dataSource.getRepository(CapitalArrival).save({
      projectId: project.id,
      amount,
      arrivedOn,
      voucherNo: `V-${project.id}-${arrivedOn}`,
      verified,
      verifiedById: verified ? t.accounts.users.get('zhao.supervisor')!.id : null,
      verifiedAt: verified ? new Date() : null,
      recordedById: t.accounts.users.get('zhang.staff')!.id,
      recordedAt: new Date(),
    });

  beforeAll(async () => {
    t = await startTestApp();
    chainId = async (name) =>
      String((await t.dataSource.getRepository(IndustryChain).findOneByOrFail({ name })).id);
    const signed = {
      leader: 'chen.leader',
      plannedStartOn: '2099-01-01',
      plannedOperatingOn: '2099-06-01',
    };
    const mzv = {
      orgUnit: 'huayuan',
      chain: '锰锌钒新材料',
      owner: 'li.staff',
      leader: 'liu.leader',
    };
    projects = {
      P1: await insertProject(t.dataSource, t.accounts, {
        ...signed,
        stage: 'STARTED',
        signedOn: '2025-01-01',
        landedOn: '2025-02-10',
        startedOn: '2025-03-01',
        plannedStartOn: '2025-04-01',
        contractedInvestment: 5000,
        arrivedInvestment: 300,
        arrivedVerified: 100,
      }),
      P2: await insertProject(t.dataSource, t.accounts, {
        ...signed,
        orgUnit: 'luxi-park',
        owner: 'zhou.staff',
        stage: 'LANDED',
        signedOn: '2025-12-31',
        landedOn: '2025-12-31',
        contractedInvestment: 2999.99,
        plannedStartOn: null,
        plannedOperatingOn: null,
      }),
      P3: await insertProject(t.dataSource, t.accounts, {
        ...signed,
        stage: 'LANDED',
        status: 'TERMINATED',
        signedOn: '2025-03-15',
        landedOn: '2025-04-01',
        plannedStartOn: '2025-05-01',
        contractedInvestment: 3000,
        arrivedInvestment: 50,
        arrivedVerified: 50,
        terminatedOn: '2025-06-01',
        terminationReason: '投资方撤资',
      }),
      P4: await insertProject(t.dataSource, t.accounts, {
        ...signed,
        ...mzv,
        stage: 'LANDED',
        signedOn: '2024-12-31',
        landedOn: '2025-01-15',
        contractedInvestment: 8000,
        arrivedInvestment: 1999,
      }),
      P5: await insertProject(t.dataSource, t.accounts, {
        ...signed,
        ...mzv,
        stage: 'SIGNED',
        signedOn: '2026-01-01',
        contractedInvestment: 700,
      }),
      P6: await insertProject(t.dataSource, t.accounts, { contractedInvestment: null }),
    };
    await arrival(projects.P1, 100, '2025-01-31', true);
    await arrival(projects.P1, 200, '2025-02-01', false);
    await arrival(projects.P3, 50, '2025-04-02', true);
    await arrival(projects.P4, 1000, '2025-12-31', false);
    await arrival(projects.P4, 999, '2026-01-01', false);
  });
  afterAll(() => t.close());

  describe('rates per group', () => {
    it('groups the 2025 cohort by org unit exactly as worked out; empty units have no row', async () => {
      const result = await t.gql(
        RATES,
        { from: '2025-01-01', to: '2025-12-31', groupBy: 'ORG_UNIT' },
        'wang.leader',
      );
      expect(result.data?.rates).toEqual([
        {
          key: unitId('luxi'),
          signedCount: 2,
          contractedInvestment: 8000,
          arrivedInvestment: 350,
          arrivedVerified: 150,
          landingRate: 1,
          startRate: 0.5,
          operatingRate: 0,
          capitalArrivalRate: 350 / 8000,
          fulfillmentRate: 0.5,
        },
        {
          key: unitId('luxi-park'),
          signedCount: 1,
          contractedInvestment: 2999.99,
          arrivedInvestment: 0,
          arrivedVerified: 0,
          landingRate: 1,
          startRate: 0,
          operatingRate: 0,
          capitalArrivalRate: 0,
          fulfillmentRate: null,
        },
        {
          key: 'TOTAL',
          signedCount: 3,
          contractedInvestment: 10999.99,
          arrivedInvestment: 350,
          arrivedVerified: 150,
          landingRate: 1,
          startRate: 1 / 3,
          operatingRate: 0,
          capitalArrivalRate: 350 / 10999.99,
          fulfillmentRate: 0.5,
        },
      ]);
    });

    it('groups by chain and keeps a county staff member to the county', async () => {
      const result = await t.gql(
        RATES,
        { from: '2024-12-31', to: '2026-01-01', groupBy: 'CHAIN' },
        'li.staff',
      );
      expect(result.data?.rates).toEqual([
        {
          key: await chainId('锰锌钒新材料'),
          signedCount: 2,
          contractedInvestment: 8700,
          arrivedInvestment: 1999,
          arrivedVerified: 0,
          landingRate: 0.5,
          startRate: 0,
          operatingRate: 0,
          capitalArrivalRate: 1999 / 8700,
          fulfillmentRate: null,
        },
        {
          key: 'TOTAL',
          signedCount: 2,
          contractedInvestment: 8700,
          arrivedInvestment: 1999,
          arrivedVerified: 0,
          landingRate: 0.5,
          startRate: 0,
          operatingRate: 0,
          capitalArrivalRate: 1999 / 8700,
          fulfillmentRate: null,
        },
      ]);
    });
  });

  describe('the board shows the cohort behind a figure', () => {
    const ids = async (filter: Record<string, unknown>, as = 'wang.leader') => {
      const result = await t.gql(BOARD_IDS, { filter: { includeTerminated: true, ...filter } }, as);
      expect(result.errors).toBeUndefined();
      return result.data.projects.edges
        .map((edge: { node: { id: string } }) => Number(edge.node.id))
        .sort((a: number, b: number) => a - b);
    };

    it('filters by signing period, edges included, and by the stage reached', async () => {
      const cohort = { signedFrom: '2025-01-01', signedTo: '2025-12-31' };
      expect(await ids(cohort)).toEqual([projects.P1.id, projects.P2.id, projects.P3.id]);
      expect(await ids({ ...cohort, orgUnitId: unitId('luxi'), directOrgUnitOnly: true })).toEqual([
        projects.P1.id,
        projects.P3.id,
      ]);
      expect(await ids({ ...cohort, orgUnitId: unitId('luxi') })).toEqual([
        projects.P1.id,
        projects.P2.id,
        projects.P3.id,
      ]);
      expect(await ids({ ...cohort, reachedStage: 'STARTED' })).toEqual([projects.P1.id]);
      expect(
        await ids({
          landedFrom: '2025-01-01',
          landedTo: '2025-12-31',
          minContractedInvestment: 3000,
        }),
      ).toEqual([projects.P1.id, projects.P3.id, projects.P4.id]);
      expect(await ids({ ...cohort, sourceMethod: '领导招商' })).toEqual([]);
    });

    it('refuses a reversed period naming the field', async () => {
      const result = await t.gql(
        BOARD_IDS,
        { filter: { signedFrom: '2025-12-31', signedTo: '2025-01-01' } },
        'wang.leader',
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].extensions?.fields).toEqual({
        signedTo: '结束日期不能早于开始日期',
      });
    });
  });

  describe('targets', () => {
    const set = (input: Record<string, unknown>, as = 'admin') =>
      t.gql(SET_TARGET, { input: { year: 2025, ...input } }, as);

    beforeAll(async () => {
      const city = unitId('city');
      for (const input of [
        { orgUnitId: city, metric: 'SIGNED_COUNT', value: 10 },
        { orgUnitId: city, metric: 'CONTRACTED_INVESTMENT', value: 20000 },
        { orgUnitId: city, metric: 'LANDED_COUNT', value: 4, minInvestment: 3000 },
        { orgUnitId: city, metric: 'ARRIVED_INVESTMENT', value: 0 },
        { orgUnitId: unitId('luxi'), metric: 'SIGNED_COUNT', value: 2 },
        { orgUnitId: unitId('baojing'), metric: 'SIGNED_COUNT', value: 5 },
        { chainId: await chainId('白酒'), metric: 'ARRIVED_INVESTMENT', value: 1000 },
        {
          chainId: await chainId('锰锌钒新材料'),
          metric: 'LANDED_COUNT',
          value: 1,
          minInvestment: 5000,
        },
      ]) {
        const result = await set(input);
        expect(result.errors).toBeUndefined();
      }
    });

    it('compares each target with the year’s actual in SQL, null percentage for a zero target', async () => {
      const result = await t.gql(TARGETS, { year: 2025 }, 'wang.leader');
      expect(result.data?.targets).toEqual([
        {
          scope: 'CHAIN',
          orgUnit: null,
          chain: { name: '白酒' },
          metric: 'ARRIVED_INVESTMENT',
          target: 1000,
          minInvestment: null,
          actual: 350,
          percentage: 35,
        },
        {
          scope: 'CHAIN',
          orgUnit: null,
          chain: { name: '锰锌钒新材料' },
          metric: 'LANDED_COUNT',
          target: 1,
          minInvestment: 5000,
          actual: 1,
          percentage: 100,
        },
        {
          scope: 'ORG_UNIT',
          orgUnit: { name: '湘西市' },
          chain: null,
          metric: 'SIGNED_COUNT',
          target: 10,
          minInvestment: null,
          actual: 3,
          percentage: 30,
        },
        {
          scope: 'ORG_UNIT',
          orgUnit: { name: '湘西市' },
          chain: null,
          metric: 'CONTRACTED_INVESTMENT',
          target: 20000,
          minInvestment: null,
          actual: 10999.99,
          percentage: (10999.99 / 20000) * 100,
        },
        // P1 (5000), P3 (3000, terminated but landed), P4 (signed 2024, landed 2025); not P2 (2999.99).
        {
          scope: 'ORG_UNIT',
          orgUnit: { name: '湘西市' },
          chain: null,
          metric: 'LANDED_COUNT',
          target: 4,
          minInvestment: 3000,
          actual: 3,
          percentage: 75,
        },
        // 100 + 200 + 50 + 1000; the 999 arrived in 2026.
        {
          scope: 'ORG_UNIT',
          orgUnit: { name: '湘西市' },
          chain: null,
          metric: 'ARRIVED_INVESTMENT',
          target: 0,
          minInvestment: null,
          actual: 1350,
          percentage: null,
        },
        {
          scope: 'ORG_UNIT',
          orgUnit: { name: '泸溪县' },
          chain: null,
          metric: 'SIGNED_COUNT',
          target: 2,
          minInvestment: null,
          actual: 3,
          percentage: 150,
        },
        {
          scope: 'ORG_UNIT',
          orgUnit: { name: '保靖县' },
          chain: null,
          metric: 'SIGNED_COUNT',
          target: 5,
          minInvestment: null,
          actual: 0,
          percentage: 0,
        },
      ]);
    });

    it('shows a county only its own units’ targets and chain actuals within the county', async () => {
      const result = await t.gql(TARGETS, { year: 2025 }, 'li.staff');
      expect(
        result.data?.targets.map(
          (row: { chain: { name: string } | null; metric: string; actual: number }) => [
            row.chain?.name,
            row.metric,
            row.actual,
          ],
        ),
      ).toEqual([
        ['白酒', 'ARRIVED_INVESTMENT', 0],
        ['锰锌钒新材料', 'LANDED_COUNT', 1],
      ]);
      expect((await t.gql(TARGETS, { year: 2026 }, 'wang.leader')).data?.targets).toEqual([]);
    });

    it('replaces the target of the same year, scope and metric, audited in the same write', async () => {
      const before = await t.dataSource.getRepository(AuditEvent).countBy({ entity: 'Target' });
      const result = await set({ orgUnitId: unitId('luxi'), metric: 'SIGNED_COUNT', value: 6 });
      expect(result.data?.setTarget).toMatchObject({ target: 6, actual: 3, percentage: 50 });
      const events = await t.dataSource
        .getRepository(AuditEvent)
        .find({ where: { entity: 'Target' }, order: { id: 'DESC' } });
      expect(events.length).toBe(before + 1);
      expect(events[0]).toMatchObject({
        action: 'UPDATE',
        actorId: t.accounts.users.get('admin')!.id,
        entityId: Number(result.data.setTarget.id),
      });
      expect(JSON.parse(events[0].changes)).toEqual({ value: { before: 2, after: 6 } });
      const luxi = (await t.gql(TARGETS, { year: 2025 }, 'chen.leader')).data.targets.filter(
        (row: { orgUnit: unknown }) => row.orgUnit,
      );
      expect(luxi).toEqual([expect.objectContaining({ metric: 'SIGNED_COUNT', target: 6 })]);
    });

    it('refuses non-admins with FORBIDDEN and writes nothing', async () => {
      const before = await t.dataSource.getRepository(AuditEvent).countBy({ entity: 'Target' });
      const result = await set(
        { orgUnitId: unitId('luxi'), metric: 'SIGNED_COUNT', value: 1 },
        'wang.leader',
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(await t.dataSource.getRepository(AuditEvent).countBy({ entity: 'Target' })).toBe(
        before,
      );
    });

    it('names every bad field in Chinese', async () => {
      const both = await set({
        orgUnitId: unitId('luxi'),
        chainId: await chainId('白酒'),
        metric: 'LANDED_COUNT',
        value: 1.5,
        year: 1990,
      });
      expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
      expect(both.errors?.[0].extensions?.fields).toEqual({
        year: '年度应为 2000–2100 的整数',
        value: '目标项目数应为不小于 0 的整数',
        minInvestment: '请填写计入落地项目的最低合同引资额',
        orgUnitId: '请选择一个单位或一条产业链（二选一）',
      });
      const missing = await set({
        chainId: '99999',
        metric: 'ARRIVED_INVESTMENT',
        value: 10,
        minInvestment: 5,
      });
      expect(missing.errors?.[0].extensions?.fields).toEqual({
        minInvestment: '只有落地项目数目标可以设置最低合同引资额',
        chainId: '产业链不存在',
      });
    });
  });

  describe('monthly trend', () => {
    it('counts signings, landings and arrivals by their own months, empty months included', async () => {
      const result = await t.gql(TREND, { from: '2025-01-01', to: '2025-04-30' }, 'wang.leader');
      expect(result.data?.cockpitTrend).toEqual([
        {
          month: '2025-01',
          signedCount: 1,
          contractedInvestment: 5000,
          landedCount: 1,
          arrivedInvestment: 100,
          arrivedVerified: 100,
        },
        {
          month: '2025-02',
          signedCount: 0,
          contractedInvestment: 0,
          landedCount: 1,
          arrivedInvestment: 200,
          arrivedVerified: 0,
        },
        {
          month: '2025-03',
          signedCount: 1,
          contractedInvestment: 3000,
          landedCount: 0,
          arrivedInvestment: 0,
          arrivedVerified: 0,
        },
        {
          month: '2025-04',
          signedCount: 0,
          contractedInvestment: 0,
          landedCount: 1,
          arrivedInvestment: 50,
          arrivedVerified: 50,
        },
      ]);
    });

    it('keeps to the caller’s scope and to the period’s edges across a year end', async () => {
      const result = await t.gql(TREND, { from: '2025-12-31', to: '2026-01-01' }, 'li.staff');
      expect(result.data?.cockpitTrend).toEqual([
        {
          month: '2025-12',
          signedCount: 0,
          contractedInvestment: 0,
          landedCount: 0,
          arrivedInvestment: 1000,
          arrivedVerified: 0,
        },
        {
          month: '2026-01',
          signedCount: 1,
          contractedInvestment: 700,
          landedCount: 0,
          arrivedInvestment: 999,
          arrivedVerified: 0,
        },
      ]);
    });

    it('refuses a reversed period', async () => {
      const result = await t.gql(TREND, { from: '2025-12-31', to: '2025-01-01' }, 'wang.leader');
      expect(result.errors?.[0].extensions?.fields).toEqual({ to: '结束日期不能早于开始日期' });
    });
  });
});
