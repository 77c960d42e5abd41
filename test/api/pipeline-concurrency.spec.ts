import { startTestApp, type TestApp } from '../support/test-app';
import {
  ADD_ACTIVITY,
  advance,
  CREATE_PROJECT,
  createChains,
  createProject,
  daysAgo,
  getProject,
  moveProject,
  ok,
  projectInput,
  type ProjectView,
  RECORD_ARRIVAL,
  rowCount,
  sqlNumber,
  stageEvidence,
  TERMINATE_PROJECT,
  UPDATE_PROJECT,
  VERIFY_ARRIVAL,
} from '../support/pipeline-fixtures';

/**
 * domain.md: "Concurrent edits never overwrite each other silently". Many simultaneous HTTP
 * requests on one card: on SQLite they queue, on MySQL they really run side by side.
 */
describe('pipeline concurrency', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
    // Log everyone in first: 200 simultaneous first requests would all hash the password.
    for (const username of ['zhang.staff', 'zhou.staff', 'chen.leader', 'zhao.supervisor'])
      await t.tokenFor(username);
  });
  afterAll(() => t.close());

  const codesOf = (responses: Awaited<ReturnType<TestApp['gql']>>[]) =>
    responses.map((response) =>
      response.errors ? String(response.errors[0].extensions?.code) : 'OK',
    );
  const tally = (codes: string[]) =>
    codes.reduce<Record<string, number>>(
      (acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }),
      {},
    );

  it('lets exactly one of 20 simultaneous moves of one card with the same version through', async () => {
    const project = await createProject(t, { chainId });
    const [transitions, moves] = [
      await rowCount(t, 'stage_transition', 'projectId = ?', [Number(project.id)]),
      await rowCount(t, 'audit_event', "action = 'MOVE'"),
    ];
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        moveProject(t, project, 'SIGNED', stageEvidence(t, 'SIGNED')),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(tally(codesOf(responses))).toEqual({ OK: 1, CONFLICT: 19 });
    expect(await rowCount(t, 'stage_transition', 'projectId = ?', [Number(project.id)])).toBe(
      transitions + 1,
    );
    expect(await rowCount(t, 'audit_event', "action = 'MOVE'")).toBe(moves + 1);
    expect(await getProject(t, project.id)).toMatchObject({
      stage: 'SIGNED',
      version: project.version + 1,
    });
  });

  it('lets exactly one of simultaneous moves to different stages, edits and a termination win', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    const calls = [
      ...Array.from({ length: 5 }, () =>
        moveProject(t, signed, 'LANDED', stageEvidence(t, 'LANDED')),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        t.gql(
          UPDATE_PROJECT,
          { id: signed.id, version: signed.version, input: { name: `并发改名${i}` } },
          'zhang.staff',
        ),
      ),
      t.gql(
        TERMINATE_PROJECT,
        { id: signed.id, version: signed.version, reason: '并发终止' },
        'zhang.staff',
      ),
      moveProject(t, signed, 'NEGOTIATING', null, 'zhao.supervisor', { reason: '并发回退' }),
    ];
    const codes = codesOf(await Promise.all(calls));
    expect(tally(codes)).toEqual({ OK: 1, CONFLICT: 11 });
    expect((await getProject(t, signed.id)).version).toBe(signed.version + 1);
    expect(
      await rowCount(t, 'audit_event', 'projectId = ? AND entity = ?', [
        Number(signed.id),
        'Project',
      ]),
    ).toBe(3);
  });

  it('adds up 200 simultaneous capital arrivals exactly', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED', 'zhang.staff', {
      SIGNED: { signedOn: daysAgo(60) },
    });
    // Amounts with cents that floats would drift on (0.1, 0.2, …), dates spread over 50 days.
    const inputs = Array.from({ length: 200 }, (_, i) => ({
      amount: Number(((i % 17) * 10.1 + (i % 10) / 10 + 0.01).toFixed(2)),
      arrivedOn: daysAgo(i % 50),
      voucherNo: `DZ-2026-${String(i).padStart(4, '0')}`,
    }));
    const responses = await Promise.all(
      inputs.map((input, i) =>
        t.gql(
          RECORD_ARRIVAL,
          { projectId: signed.id, input },
          i % 2 ? 'zhang.staff' : 'chen.leader',
        ),
      ),
    );
    expect(tally(codesOf(responses))).toEqual({ OK: 200 });
    const expectedCents = inputs.reduce((sum, input) => sum + Math.round(input.amount * 100), 0);

    expect(await rowCount(t, 'capital_arrival', 'projectId = ?', [Number(signed.id)])).toBe(200);
    const sum = await sqlNumber(
      t,
      'SELECT SUM(amount) AS s FROM capital_arrival WHERE projectId = ?',
      [Number(signed.id)],
    );
    const stored = await sqlNumber(t, 'SELECT arrivedInvestment AS a FROM project WHERE id = ?', [
      Number(signed.id),
    ]);
    expect(Math.round(sum * 100)).toBe(expectedCents);
    expect(Math.round(stored * 100)).toBe(expectedCents);
    expect(stored.toFixed(2)).toBe(sum.toFixed(2));
    const project = await getProject(t, signed.id);
    expect(project.arrivedInvestment).toBe(expectedCents / 100);
    expect(
      await rowCount(t, 'audit_event', "action = 'RECORD_ARRIVAL' AND projectId = ?", [
        Number(signed.id),
      ]),
    ).toBe(200);
    // The latest arrival date is the stall clock, whatever order the writes landed in.
    const [row] = await t.dataSource.query('SELECT lastProgressOn FROM project WHERE id = ?', [
      Number(signed.id),
    ]);
    expect(String(row.lastProgressOn).slice(0, 10)).toBe(daysAgo(0));
    expect(project.flags.map((flag) => flag.kind)).not.toContain('FAKE_PROJECT');
  });

  it('adds 0.1 three times up to exactly 0.3, recorded and verified', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    const responses = await Promise.all(
      [0, 1, 2].map((i) =>
        t.gql(
          RECORD_ARRIVAL,
          {
            projectId: signed.id,
            input: { amount: 0.1, arrivedOn: daysAgo(1), voucherNo: `DIME-${i}` },
          },
          'zhang.staff',
        ),
      ),
    );
    for (const response of responses)
      await t.gql(VERIFY_ARRIVAL, { id: ok(response).recordCapitalArrival.id }, 'zhao.supervisor');
    expect(await getProject(t, signed.id)).toMatchObject({
      arrivedInvestment: 0.3,
      arrivedVerified: 0.3,
    });
    const board = ok(
      await t.gql(
        '{ board { columns { stage projects(first: 200) { edges { node { id arrivedInvestment } } } } } }',
        {},
        'admin',
      ),
    ).board;
    const card = board.columns[1].projects.edges.find(
      (edge: { node: { id: string } }) => edge.node.id === signed.id,
    );
    expect(card.node.arrivedInvestment).toBe(0.3);
  });

  it('keeps the latest date as the stall clock when arrivals with older dates land last', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED', 'zhang.staff', {
      SIGNED: { signedOn: daysAgo(60) },
    });
    const dates = [daysAgo(3), ...Array.from({ length: 29 }, (_, i) => daysAgo(30 + (i % 20)))];
    const responses = await Promise.all(
      dates.map((arrivedOn, i) =>
        t.gql(
          RECORD_ARRIVAL,
          { projectId: signed.id, input: { amount: 1, arrivedOn, voucherNo: `CLK-${i}` } },
          'zhang.staff',
        ),
      ),
    );
    expect(tally(codesOf(responses))).toEqual({ OK: 30 });
    const [row] = await t.dataSource.query('SELECT lastProgressOn FROM project WHERE id = ?', [
      Number(signed.id),
    ]);
    expect(String(row.lastProgressOn).slice(0, 10)).toBe(daysAgo(3));
  });

  it('records a voucher number once even when it is sent many times at once', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.gql(
          RECORD_ARRIVAL,
          {
            projectId: signed.id,
            input: { amount: 500, arrivedOn: daysAgo(1), voucherNo: 'SAME-VOUCHER-1' },
          },
          'zhang.staff',
        ),
      ),
    );
    expect(tally(codesOf(responses))).toEqual({ OK: 1, BAD_USER_INPUT: 9 });
    expect(await getProject(t, signed.id)).toMatchObject({ arrivedInvestment: 500 });
    expect(await rowCount(t, 'capital_arrival', 'projectId = ?', [Number(signed.id)])).toBe(1);
  });

  it('verifies an arrival once when several supervisors press the button together', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    const arrival = ok(
      await t.gql(
        RECORD_ARRIVAL,
        {
          projectId: signed.id,
          input: { amount: 888.88, arrivedOn: daysAgo(1), voucherNo: 'HX-888' },
        },
        'zhang.staff',
      ),
    ).recordCapitalArrival;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.gql(VERIFY_ARRIVAL, { id: arrival.id }, 'zhao.supervisor'),
      ),
    );
    expect(tally(codesOf(responses))).toEqual({ OK: 1, BAD_USER_INPUT: 9 });
    expect(await getProject(t, signed.id)).toMatchObject({
      arrivedInvestment: 888.88,
      arrivedVerified: 888.88,
    });
    expect(
      await rowCount(t, 'audit_event', "action = 'VERIFY_ARRIVAL' AND entityId = ?", [
        Number(arrival.id),
      ]),
    ).toBe(1);
  });

  it('keeps the latest follow-up as the negotiating clock under simultaneous activities', async () => {
    const project = await createProject(t, { chainId });
    await t.dataSource.query(
      'UPDATE project SET stageEnteredOn = ?, lastProgressOn = ? WHERE id = ?',
      [daysAgo(100), daysAgo(100), Number(project.id)],
    );
    const dates = [daysAgo(2), ...Array.from({ length: 19 }, (_, i) => daysAgo(50 + i))];
    const responses = await Promise.all(
      dates.map((happenedOn, i) =>
        t.gql(
          ADD_ACTIVITY,
          { projectId: project.id, input: { kind: 'CALL', summary: `电话${i}`, happenedOn } },
          'zhang.staff',
        ),
      ),
    );
    expect(tally(codesOf(responses))).toEqual({ OK: 20 });
    const [row] = await t.dataSource.query('SELECT lastProgressOn FROM project WHERE id = ?', [
      Number(project.id),
    ]);
    expect(String(row.lastProgressOn).slice(0, 10)).toBe(daysAgo(2));
    expect((await getProject(t, project.id)).flags).toEqual([]);
  });

  it('gives 20 simultaneously created projects distinct codes', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(
          CREATE_PROJECT,
          { input: projectInput(t, { chainId, name: `并发新建${i}` }) },
          i % 2 ? 'zhang.staff' : 'zhou.staff',
        ),
      ),
    );
    // zhou.staff works in the park and may not create in the county: half are refused.
    expect(tally(codesOf(responses))).toEqual({ OK: 10, BAD_USER_INPUT: 10 });
    const created = responses
      .filter((response) => !response.errors)
      .map((response) => response.data!.createProject as ProjectView);
    expect(new Set(created.map((project) => project.code)).size).toBe(10);
    expect(created.every((project) => /^XM-\d{4}-\d{5}$/.test(project.code))).toBe(true);
    const parkResponses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.gql(
          CREATE_PROJECT,
          { input: projectInput(t, { chainId, orgUnit: 'luxi-park', name: `园区并发${i}` }) },
          'zhou.staff',
        ),
      ),
    );
    expect(tally(codesOf(parkResponses))).toEqual({ OK: 10 });
    expect(await rowCount(t, 'project', "code LIKE 'TMP-%'")).toBe(0);
  });
});
