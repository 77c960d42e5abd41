import { startTestApp, type TestApp } from '../support/test-app';
import {
  VERIFY_ARRIVAL,
  advance,
  auditEventsOf,
  badFields,
  createChains,
  createProject,
  daysAgo,
  fingerprint,
  flagOf,
  getProject,
  ok,
  recordArrival,
  refused,
  setProjectColumns,
} from '../support/pipeline-fixtures';

const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectCapitalArrival(id: $id, reason: $reason) { id verified rejected rejectionReason rejectedAt } }`;
const MONEY = `query ($id: ID!) { project(id: $id) { arrivedInvestment arrivedVerified arrivedUnverified
  capitalArrivals { id amount verified rejected rejectionReason } } }`;

describe('capital verification 资金核实', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  const withArrivals = async (...amounts: number[]) => {
    const project = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    const ids: string[] = [];
    for (const [i, amount] of amounts.entries()) {
      ids.push(
        ok(
          await recordArrival(t, project.id, {
            amount,
            arrivedOn: daysAgo(10),
            voucherNo: `PZ-${project.id}-${i}`,
          }),
        ).recordCapitalArrival.id,
      );
    }
    return { project, ids };
  };
  const money = async (id: string) => ok(await t.gql(MONEY, { id }, 'zhao.supervisor')).project;

  it('shows verified and unverified money apart, and a rejected arrival no longer counts', async () => {
    const { project, ids } = await withArrivals(1000, 250.5, 99.99);
    ok(await t.gql(VERIFY_ARRIVAL, { id: ids[0] }, 'zhao.supervisor'));
    const rejected = ok(
      await t.gql(REJECT, { id: ids[1], reason: '凭证与银行流水不符' }, 'zhao.supervisor'),
    ).rejectCapitalArrival;
    expect(rejected).toMatchObject({
      verified: false,
      rejected: true,
      rejectionReason: '凭证与银行流水不符',
    });
    expect(await money(project.id)).toMatchObject({
      arrivedInvestment: 1099.99,
      arrivedVerified: 1000,
      arrivedUnverified: 99.99,
    });
    const audit = await auditEventsOf(t, 'CapitalArrival', ids[1]);
    expect(audit.map((event) => event.action)).toEqual(['RECORD_ARRIVAL', 'REJECT_ARRIVAL']);
    expect(audit[1].changes).toEqual({
      rejected: { before: false, after: true },
      rejectionReason: { before: null, after: '凭证与银行流水不符' },
    });
  });

  it('lights FAKE_PROJECT again when the only money turns out not to have arrived', async () => {
    const { project, ids } = await withArrivals(500);
    await setProjectColumns(t, project.id, { signedOn: daysAgo(120) });
    expect(flagOf(await getProject(t, project.id), 'FAKE_PROJECT')).toBeUndefined();
    ok(await t.gql(REJECT, { id: ids[0], reason: '资金到账后即转出' }, 'zhao.supervisor'));
    expect(flagOf(await getProject(t, project.id), 'FAKE_PROJECT')).toMatchObject({
      level: 'RED',
      reason: '签约后 120 天未见到位资金',
    });
    const flagged = ok(
      await t.gql(
        `{ flaggedProjects(filter: { flag: FAKE_PROJECT }) { edges { node { id } } } }`,
        {},
        'zhao.supervisor',
      ),
    );
    expect(
      flagged.flaggedProjects.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toContain(project.id);
  });

  it('decides each arrival once: verified cannot be rejected, rejected cannot be verified', async () => {
    const { project, ids } = await withArrivals(100, 200);
    ok(await t.gql(VERIFY_ARRIVAL, { id: ids[0] }, 'zhao.supervisor'));
    ok(await t.gql(REJECT, { id: ids[1], reason: '虚假凭证' }, 'zhao.supervisor'));
    const before = await fingerprint(t, [project.id]);
    expect(
      badFields(await t.gql(REJECT, { id: ids[0], reason: '再查' }, 'zhao.supervisor')),
    ).toEqual(['id']);
    expect(badFields(await t.gql(VERIFY_ARRIVAL, { id: ids[1] }, 'zhao.supervisor'))).toEqual([
      'id',
    ]);
    expect(
      badFields(await t.gql(REJECT, { id: ids[1], reason: '再查' }, 'zhao.supervisor')),
    ).toEqual(['id']);
    expect(await fingerprint(t, [project.id])).toEqual(before);
  });

  it('is the supervisor’s alone, needs a reason, and stays in scope', async () => {
    const { project, ids } = await withArrivals(300);
    const before = await fingerprint(t, [project.id]);
    for (const as of ['zhang.staff', 'chen.leader', 'admin'])
      refused(await t.gql(REJECT, { id: ids[0], reason: '不符' }, as), 'FORBIDDEN');
    expect(badFields(await t.gql(REJECT, { id: ids[0], reason: '  ' }, 'zhao.supervisor'))).toEqual(
      ['reason'],
    );
    refused(await t.gql(REJECT, { id: '999999', reason: '不符' }, 'zhao.supervisor'), 'NOT_FOUND');
    expect(await fingerprint(t, [project.id])).toEqual(before);
  });
});
