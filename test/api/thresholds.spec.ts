import { DEFAULT_THRESHOLDS } from '@luodi/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import {
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
  refused,
  setProjectColumns,
} from '../support/pipeline-fixtures';

const FIELDS = `fakeProjectDays stalledDays { SIGNED LANDED STARTED } stalledYellowFraction idleLandDays lowCapitalDays
  lowCapitalRatioAfterSigning lowCapitalRatioAfterStart noFollowUpYellowDays noFollowUpRedDays minInvestmentPerMu`;
const READ = `{ flagThresholds { ${FIELDS} } }`;
const UPDATE = `mutation ($input: FlagThresholdsInput!) { updateFlagThresholds(input: $input) { ${FIELDS} } }`;
const FAKE_LIST = `{ flaggedProjects(filter: { flag: FAKE_PROJECT }, first: 100) { totalCount edges { node { id } } } }`;

describe('flag thresholds 预警阈值', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  const defaults = () => JSON.parse(JSON.stringify(DEFAULT_THRESHOLDS));

  it('starts from domain.md’s defaults, readable by everyone', async () => {
    for (const as of ['zhang.staff', 'wang.leader', 'zhao.supervisor', 'admin']) {
      expect(ok(await t.gql(READ, {}, as)).flagThresholds).toEqual(defaults());
    }
  });

  it('applies a change to every project at once: the cards and the SQL list agree', async () => {
    const signed = [];
    for (const age of [50, 70, 100]) {
      const project = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      await setProjectColumns(t, project.id, { signedOn: daysAgo(age) });
      signed.push(project);
    }
    // Rewrite the stored schedules from the aged rows first, as a threshold change does.
    ok(await t.gql(UPDATE, { input: defaults() }, 'admin'));
    const listed = async () =>
      ok(await t.gql(FAKE_LIST, {}, 'zhao.supervisor'))
        .flaggedProjects.edges.map((e: { node: { id: string } }) => e.node.id)
        .sort();
    expect(await listed()).toEqual([signed[2].id]);

    const updated = ok(
      await t.gql(UPDATE, { input: { ...defaults(), fakeProjectDays: 60 } }, 'admin'),
    ).updateFlagThresholds;
    expect(updated.fakeProjectDays).toBe(60);
    expect(await listed()).toEqual([signed[1].id, signed[2].id].sort());
    expect(flagOf(await getProject(t, signed[1].id), 'FAKE_PROJECT')?.reason).toBe(
      '签约后 70 天未见到位资金',
    );
    expect(flagOf(await getProject(t, signed[0].id), 'FAKE_PROJECT')).toBeUndefined();

    const [latest] = (await auditEventsOf(t, 'Setting', 1)).slice(-1);
    expect(latest).toMatchObject({
      action: 'UPDATE_THRESHOLDS',
      changes: { fakeProjectDays: { before: 90, after: 60 } },
    });
    ok(await t.gql(UPDATE, { input: defaults() }, 'admin'));
    expect(await listed()).toEqual([signed[2].id]);
  });

  it('refuses anyone but an admin, and bad values field by field, changing nothing', async () => {
    const before = await fingerprint(t);
    for (const as of ['zhang.staff', 'wang.leader', 'zhao.supervisor']) {
      refused(
        await t.gql(UPDATE, { input: { ...defaults(), fakeProjectDays: 30 } }, as),
        'FORBIDDEN',
      );
    }
    const bad = {
      ...defaults(),
      fakeProjectDays: 0,
      stalledDays: { SIGNED: 180, LANDED: -1, STARTED: 540 },
      stalledYellowFraction: 1,
      noFollowUpYellowDays: 90,
      noFollowUpRedDays: 60,
    };
    expect(badFields(await t.gql(UPDATE, { input: bad }, 'admin'))).toEqual([
      'fakeProjectDays',
      'noFollowUpRedDays',
      'stalledDays.LANDED',
      'stalledYellowFraction',
    ]);
    expect(await fingerprint(t)).toEqual(before);
    expect(ok(await t.gql(READ, {}, 'admin')).flagThresholds).toEqual(defaults());
  });
});
