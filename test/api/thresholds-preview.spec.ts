import { DEFAULT_THRESHOLDS } from '@luodi/domain';
import {
  advance,
  createChains,
  createProject,
  daysAgo,
  getProject,
  ok,
  refused,
} from '../support/pipeline-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const PREVIEW = `query ($input: FlagThresholdsInput!) {
  flagThresholdsPreview(input: $input) { kind gained lost } }`;
const READ = `{ flagThresholds { fakeProjectDays } }`;

/** Settings → 预警阈值: what a change would do, counted before anything is saved. */
describe('previewing new flag thresholds', () => {
  let t: TestApp;
  let chainId: string;
  const defaults = () => JSON.parse(JSON.stringify(DEFAULT_THRESHOLDS));

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  it('counts the projects that gain or lose each flag, and changes nothing', async () => {
    // Signed 100 days ago with no money: 疑似假项目 under the default 90 days, not under 120.
    const fake = await advance(t, await createProject(t, { chainId }), 'SIGNED', 'zhang.staff', {
      SIGNED: { signedOn: daysAgo(100) },
    });
    expect(fake.flags.map((flag) => flag.kind)).toContain('FAKE_PROJECT');

    const later = ok(
      await t.gql(PREVIEW, { input: { ...defaults(), fakeProjectDays: 120 } }, 'admin'),
    ).flagThresholdsPreview as { kind: string; gained: number; lost: number }[];
    expect(later.find((row) => row.kind === 'FAKE_PROJECT')).toEqual({
      kind: 'FAKE_PROJECT',
      gained: 0,
      lost: 1,
    });
    const sooner = ok(
      await t.gql(PREVIEW, { input: { ...defaults(), fakeProjectDays: 90 } }, 'admin'),
    ).flagThresholdsPreview as { kind: string; gained: number; lost: number }[];
    expect(sooner.every((row) => row.gained === 0 && row.lost === 0)).toBe(true);

    // Nothing was saved: the thresholds and the project's flags are as before.
    expect(ok(await t.gql(READ, {}, 'admin')).flagThresholds.fakeProjectDays).toBe(
      DEFAULT_THRESHOLDS.fakeProjectDays,
    );
    expect((await getProject(t, fake.id)).flags.map((flag) => flag.kind)).toContain('FAKE_PROJECT');
  });

  it('is for admins only, and checks the limits like saving does', async () => {
    refused(await t.gql(PREVIEW, { input: defaults() }, 'zhao.supervisor'), 'FORBIDDEN');
    refused(
      await t.gql(PREVIEW, { input: { ...defaults(), fakeProjectDays: -1 } }, 'admin'),
      'BAD_USER_INPUT',
    );
  });
});
