import fc from 'fast-check';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-accounts';
import type { GraphQLResponse, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  ADD_ACTIVITY,
  advance,
  CREATE_PROJECT,
  CREATE_USER,
  createChains,
  createProject,
  creditCode,
  daysAgo,
  daysAhead,
  fingerprint,
  invalidCreditCode,
  MOVE_PROJECT,
  ok,
  orgUnitId,
  type ProjectView,
  RECORD_ARRIVAL,
  sqlNumber,
  stageEvidence,
  TERMINATE_PROJECT,
  today,
  UPDATE_PROJECT,
  userId,
  VALID_CREDIT_CODE,
  VERIFY_ARRIVAL,
} from '../support/pipeline-fixtures';

/** The codes the public contract allows; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
const ALLOWED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
]);
const RUNS = 40;

// ---------------------------------------------------------------------------------------------
// Hostile values

const NASTY_STRINGS = [
  "'; DROP TABLE project; --",
  '" OR 1=1 --',
  '1); DELETE FROM audit_event; --',
  "Robert'); UPDATE project SET version = 0; --",
  '%',
  '_',
  '!',
  '\\',
  '\u0000',
  'a\u0007b',
  '\uD800',
  '\uDFFF孤',
  '😀🚀🏭',
  '👨‍👩‍👧‍👦'.repeat(30),
  '项目'.repeat(60),
  'x'.repeat(10_000),
  '中'.repeat(10_000),
  '',
  '   ',
  '\n\t\r\n',
  '<script>alert(1)</script>',
  '${7*7}',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '１２３',
  'null',
  'undefined',
  '0x10',
  ' 1 ',
  'ＤＲＯＰ',
  '\u202Eevil',
];

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** Short hostile strings for ids and enum values (a request of many 10 000-character ids would exceed the body limit). */
const shortNasty = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS.filter((value) => value.length < 200)),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '0',
    '-1',
    '999999',
    '1.5',
    '1e3',
    'abc',
    '1 OR 1=1',
    '99999999999999999999',
    '9007199254740993',
    '',
    ' ',
    '0x1',
    '٣',
  ),
);

const nastyNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.001,
    0.1 + 0.2,
    1e8,
    1e8 + 0.01,
    99999999.99,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 31,
    -(2 ** 31) - 1,
    5e-324,
    123.456,
    1e-7,
  ),
  fc.double(),
  fc.integer(),
  // Wrong JSON types for a Float: the schema must refuse them as input errors.
  fc.constantFrom<unknown>('NaN', '12', '1e3', null, true, {}, [], [1]),
);

const nastyDate = fc.oneof(
  fc.constantFrom<unknown>(
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '0000-01-01',
    '0001-01-01',
    '1000-01-01',
    '1969-12-31',
    '9999-12-31',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
    '20260101',
    ' 2026-01-01',
    '２０２６-０１-０１',
    '',
    null,
    20260101,
    'yesterday',
    "2026-01-01'; --",
  ),
  fc.integer({ min: -800, max: 400 }).map((days) => daysAhead(days)),
);

const nastyInt = fc.oneof(
  fc.integer(),
  fc.constantFrom<unknown>(2 ** 31, -(2 ** 31) - 1, 1.5, '1', null, 'abc', 1e20),
);

/** A whole record mostly; sometimes with keys left out, so that required input fields go missing too. */
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record(model) },
    { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
  );

/**
 * domain.md + the API contract: random and hostile input at every mutation gets data or a
 * contract error, never an internal error, and a refused call leaves the database as it was.
 */
describe('pipeline mutations under hostile input', () => {
  let t: TestApp;
  let chainId: string;
  let watched: string[] = [];
  let baseline: Record<string, unknown>;
  const stats = new Map<string, Record<string, number>>();

  const negotiating: ProjectView[] = [];
  const signed: ProjectView[] = [];
  const toTerminate: ProjectView[] = [];
  const movable: ProjectView[] = [];
  let arrivalIds: string[] = [];
  let voucher = 0;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
    for (const username of ['zhang.staff', 'li.staff', 'chen.leader', 'zhao.supervisor', 'admin'])
      await t.tokenFor(username);
    for (let i = 0; i < 2; i++) negotiating.push(await createProject(t, { chainId }));
    for (let i = 0; i < 2; i++)
      signed.push(await advance(t, await createProject(t, { chainId }), i ? 'LANDED' : 'SIGNED'));
    for (let i = 0; i < 3; i++) toTerminate.push(await createProject(t, { chainId }));
    for (let i = 0; i < 3; i++) movable.push(await createProject(t, { chainId }));
    for (let i = 0; i < 4; i++) {
      const arrival = ok(
        await t.gql(
          RECORD_ARRIVAL,
          {
            projectId: signed[0].id,
            input: { amount: 10 + i, arrivedOn: daysAgo(1), voucherNo: `SEED-${i}` },
          },
          'zhang.staff',
        ),
      );
      arrivalIds.push(arrival.recordCapitalArrival.id);
    }
    watched = [...negotiating, ...signed, ...toTerminate, ...movable].map((project) => project.id);
    baseline = await fingerprint(t, watched);
  });
  afterAll(async () => {
    // A property that never gets through is not exercising much; say so in the output.
    console.info(`hostile input outcomes: ${JSON.stringify(Object.fromEntries(stats))}`);
    await t.close();
  });

  const currentVersion = async (id: string) =>
    sqlNumber(t, 'SELECT version FROM project WHERE id = ?', [Number(id)]);

  /**
   * Sends one call and checks the answer: data, or only contract errors and an unchanged
   * database. After a success the new state becomes the baseline.
   */
  async function check(
    label: string,
    variables: Record<string, unknown>,
    call: () => Promise<GraphQLResponse>,
    onSuccess?: (data: any) => Promise<void>,
  ) {
    const response = await call();
    const explain = () =>
      `${label} ${JSON.stringify(variables).slice(0, 600)} → HTTP ${response.status} ${JSON.stringify(response.errors ?? response.data).slice(0, 600)}`;
    const tally = stats.get(label) ?? {};
    stats.set(label, tally);
    const outcome = response.errors?.length ? String(response.errors[0].extensions?.code) : 'OK';
    tally[outcome] = (tally[outcome] ?? 0) + 1;
    if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${explain()}`);
    if (response.errors?.length) {
      if (![200, 400].includes(response.status))
        throw new Error(`unexpected HTTP status: ${explain()}`);
      for (const error of response.errors) {
        if (!ALLOWED_CODES.has(String(error.extensions?.code)))
          throw new Error(`error code outside the contract: ${explain()}`);
        if (
          error.extensions?.code === 'BAD_USER_INPUT' &&
          typeof error.extensions.fields !== 'object'
        )
          throw new Error(`BAD_USER_INPUT without fields: ${explain()}`);
      }
      const after = await fingerprint(t, watched);
      if (JSON.stringify(after) !== JSON.stringify(baseline)) {
        throw new Error(
          `a refused call changed the database: ${explain()}\nbefore ${JSON.stringify(baseline)}\nafter  ${JSON.stringify(after)}`,
        );
      }
      return;
    }
    if (response.status !== 200 || !response.data)
      throw new Error(`neither data nor errors: ${explain()}`);
    await onSuccess?.(response.data);
    baseline = await fingerprint(t, watched);
  }

  const actor = (usual: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(usual) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'zhang.staff',
          'li.staff',
          'chen.leader',
          'zhao.supervisor',
          'admin',
          '',
        ),
      },
    );
  /**
   * A valid value mostly, so that calls get far into the server; sometimes a well-typed but wrong
   * one (a staff member as leader, another county); sometimes a hostile one.
   */
  const field = (valid: unknown[], wrong: unknown[], nasty: fc.Arbitrary<unknown> = nastyString) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...valid) },
      ...(wrong.length ? [{ weight: 1, arbitrary: fc.constantFrom(...wrong) }] : []),
      { weight: 1, arbitrary: nasty },
    );
  /** Mostly a valid value, so that calls get far into the server; sometimes a hostile one. */
  const orNasty = <T>(valid: fc.Arbitrary<T>, nasty: fc.Arbitrary<unknown> = nastyString) =>
    fc.oneof(
      { weight: 6, arbitrary: valid as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: nasty },
    );
  const projectIdOf = (projects: () => ProjectView[]) =>
    orNasty(
      fc.nat({ max: 20 }).map((i) => projects()[i % projects().length].id),
      shortNasty,
    );

  it('createProject', async () => {
    const input = partial({
      name: field(['锰锌新材料精深加工', '  白酒包装  ', '5G 基站配套 😀'], ['   ']),
      investorName: field(['湘西投资有限公司', '某某集团'], ['']),
      investorCreditCode: field(
        [VALID_CREDIT_CODE, creditCode(31), null, ' ９１３５０１００m０００１００y４３ '],
        [invalidCreditCode()],
      ),
      orgUnitId: field(
        [orgUnitId(t, 'luxi'), orgUnitId(t, 'luxi-park')],
        [orgUnitId(t, 'huayuan'), '999999'],
        shortNasty,
      ),
      chainId: field([chainId], ['999999'], shortNasty),
      chainRole: field(['BUILD', 'EXTEND', 'FILL', 'STRENGTHEN', null], [], shortNasty),
      sourceMethod: field(['以商招商', '敲门招商', '其他'], ['电话招商']),
      ownerId: field(
        [userId(t, 'zhang.staff'), null],
        [userId(t, 'chen.leader'), userId(t, 'li.staff')],
        shortNasty,
      ),
      plannedInvestment: field([5000, 0, 1234.56, null], [-1, 0.001], nastyNumber),
    });
    await fc.assert(
      fc.asyncProperty(input, actor('zhang.staff'), async (variables, as) => {
        await check(
          'createProject',
          { variables, as },
          () => t.gql(CREATE_PROJECT, { input: variables }, as),
          async (data) => {
            const created = data.createProject as ProjectView;
            const [row] = await t.dataSource.query(
              'SELECT name, code, orgUnitId FROM project WHERE id = ?',
              [Number(created.id)],
            );
            expect(row.name).toBe(created.name);
            expect(created.code).toMatch(/^XM-\d{4}-\d{5}$/);
          },
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('updateProject', async () => {
    const targets = () => [...negotiating, ...signed];
    const input = fc.oneof(
      partial({
        name: field(['新名称', '  另一个名称  '], ['']),
        chainRole: field(['BUILD', 'FILL', null], [], shortNasty),
        plannedInvestment: field([100, 2500.5, null], [-5], nastyNumber),
      }),
      partial({
        leaderId: field(
          [userId(t, 'chen.leader'), userId(t, 'wang.leader')],
          [userId(t, 'zhang.staff'), userId(t, 'liu.leader'), null],
          shortNasty,
        ),
        ownerId: field([userId(t, 'zhang.staff')], [userId(t, 'li.staff'), null], shortNasty),
        teamIds: field(
          [[], [userId(t, 'zhang.staff')]],
          [[userId(t, 'zhou.staff')], null],
          fc.oneof(fc.array(shortNasty, { maxLength: 25 }), fc.constantFrom<unknown>('x', [null])),
        ),
      }),
      partial({
        plannedStartOn: field([daysAhead(10), daysAhead(100)], [null], nastyDate),
        plannedOperatingOn: field(
          [daysAhead(200), daysAhead(400)],
          [daysAhead(5), null],
          nastyDate,
        ),
        landArea: field([10, 55.5, 0, null], [-1], nastyNumber),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        projectIdOf(targets),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant<unknown>('current') },
          { weight: 1, arbitrary: nastyInt },
        ),
        input,
        actor('zhang.staff'),
        async (id, versionChoice, values, as) => {
          const version =
            versionChoice === 'current' && typeof id === 'string' && watched.includes(id)
              ? await currentVersion(id)
              : versionChoice;
          const variables = { id, version, input: values };
          await check('updateProject', { variables, as }, () =>
            t.gql(UPDATE_PROJECT, variables, as),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('moveProject', async () => {
    const targets = () => movable;
    const evidence = partial({
      signedOn: orNasty(fc.constantFrom(daysAgo(40), today()), nastyDate),
      contractNo: orNasty(fc.constant('HT-001')),
      contractedInvestment: orNasty(fc.constantFrom(12000, 0.01), nastyNumber),
      leaderId: orNasty(
        fc.constantFrom(userId(t, 'chen.leader'), userId(t, 'zhang.staff')),
        shortNasty,
      ),
      plannedStartOn: orNasty(fc.constant(daysAhead(30)), nastyDate),
      plannedOperatingOn: orNasty(fc.constant(daysAhead(300)), nastyDate),
      landedOn: orNasty(fc.constantFrom(daysAgo(30), today()), nastyDate),
      companyCreditCode: orNasty(fc.constantFrom(VALID_CREDIT_CODE, invalidCreditCode())),
      landArea: orNasty(fc.constantFrom(50, 0), nastyNumber),
      leasedFloorArea: orNasty(fc.constantFrom(3000, null), nastyNumber),
      startedOn: orNasty(fc.constantFrom(daysAgo(20), today()), nastyDate),
      permitNo: orNasty(fc.constant('SG-1')),
      operatingOn: orNasty(fc.constantFrom(daysAgo(5), today()), nastyDate),
      note: orNasty(fc.constant('试产')),
    });
    const fullEvidence = fc.constantFrom(
      {
        ...stageEvidence(t, 'SIGNED'),
        ...stageEvidence(t, 'LANDED'),
        ...stageEvidence(t, 'STARTED'),
        ...stageEvidence(t, 'OPERATING'),
      },
      stageEvidence(t, 'SIGNED'),
    );
    await fc.assert(
      fc.asyncProperty(
        projectIdOf(targets),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant<unknown>('current') },
          { weight: 1, arbitrary: nastyInt },
        ),
        orNasty(
          fc.constantFrom('NEGOTIATING', 'SIGNED', 'LANDED', 'STARTED', 'OPERATING'),
          shortNasty,
        ),
        fc.oneof(
          { weight: 3, arbitrary: fullEvidence },
          { weight: 2, arbitrary: evidence },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'evidence', []) },
        ),
        fc.option(field(['录入错误，更正阶段'], ['  '])),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom(...movable.map((project) => project.id)) },
          { weight: 1, arbitrary: shortNasty },
        ),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant('zhang.staff') },
          { weight: 2, arbitrary: fc.constant('zhao.supervisor') },
          { weight: 1, arbitrary: fc.constantFrom('li.staff', 'admin', 'chen.leader', '') },
        ),
        async (id, versionChoice, toStage, evidenceValue, reason, afterId, as) => {
          const version =
            versionChoice === 'current' && typeof id === 'string' && watched.includes(id)
              ? await currentVersion(id)
              : versionChoice;
          const variables = { id, version, toStage, evidence: evidenceValue, reason, afterId };
          await check('moveProject', { variables, as }, () => t.gql(MOVE_PROJECT, variables, as));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('terminateProject', async () => {
    await fc.assert(
      fc.asyncProperty(
        projectIdOf(() => toTerminate),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant<unknown>('current') },
          { weight: 1, arbitrary: nastyInt },
        ),
        orNasty(
          fc.constantFrom('投资方撤资', '  项目终止  '),
          fc.oneof(nastyString, fc.constant(null)),
        ),
        actor('zhang.staff'),
        async (id, versionChoice, reason, as) => {
          const version =
            versionChoice === 'current' && typeof id === 'string' && watched.includes(id)
              ? await currentVersion(id)
              : versionChoice;
          const variables = { id, version, reason };
          await check('terminateProject', { variables, as }, () =>
            t.gql(TERMINATE_PROJECT, variables, as),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('recordCapitalArrival', async () => {
    const input = partial({
      amount: orNasty(fc.constantFrom(100, 0.01, 99999999.99, 1234.5), nastyNumber),
      arrivedOn: orNasty(fc.constantFrom(daysAgo(1), today()), nastyDate),
      voucherNo: orNasty(fc.constant('unique'), nastyString),
    });
    await fc.assert(
      fc.asyncProperty(
        projectIdOf(() => [...signed, negotiating[0]]),
        input,
        actor('zhang.staff'),
        async (projectId, values, as) => {
          const variables = {
            projectId,
            input:
              values.voucherNo === 'unique' ? { ...values, voucherNo: `PB-${++voucher}` } : values,
          };
          await check(
            'recordCapitalArrival',
            { variables, as },
            () => t.gql(RECORD_ARRIVAL, variables, as),
            async (data) => {
              arrivalIds = [...arrivalIds, data.recordCapitalArrival.id];
              for (const project of signed) {
                const [sum, stored] = [
                  await sqlNumber(
                    t,
                    'SELECT SUM(amount) FROM capital_arrival WHERE projectId = ?',
                    [Number(project.id)],
                  ),
                  await sqlNumber(t, 'SELECT arrivedInvestment FROM project WHERE id = ?', [
                    Number(project.id),
                  ]),
                ];
                expect(stored.toFixed(2)).toBe(sum.toFixed(2));
              }
            },
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('verifyCapitalArrival', async () => {
    await fc.assert(
      fc.asyncProperty(
        orNasty(
          fc.nat({ max: 50 }).map((i) => arrivalIds[i % arrivalIds.length]),
          shortNasty,
        ),
        actor('zhao.supervisor'),
        async (id, as) => {
          await check(
            'verifyCapitalArrival',
            { id, as },
            () => t.gql(VERIFY_ARRIVAL, { id }, as),
            async () => {
              for (const project of signed) {
                const [sum, stored] = [
                  await sqlNumber(
                    t,
                    'SELECT SUM(amount) FROM capital_arrival WHERE projectId = ? AND verified = ?',
                    [Number(project.id), true],
                  ),
                  await sqlNumber(t, 'SELECT arrivedVerified FROM project WHERE id = ?', [
                    Number(project.id),
                  ]),
                ];
                expect(stored.toFixed(2)).toBe(sum.toFixed(2));
              }
            },
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('addActivity', async () => {
    const input = partial({
      kind: orNasty(
        fc.constantFrom('VISIT', 'CALL', 'MEETING', 'SITE_INSPECTION', 'SIGNING', 'OTHER'),
        shortNasty,
      ),
      summary: orNasty(fc.constantFrom('上门拜访，对接用地需求', '电话跟进')),
      happenedOn: orNasty(fc.constantFrom(today(), daysAgo(3)), nastyDate),
    });
    await fc.assert(
      fc.asyncProperty(
        projectIdOf(() => [...negotiating, ...signed]),
        input,
        actor('zhang.staff'),
        async (projectId, values, as) => {
          const variables = { projectId, input: values };
          await check('addActivity', { variables, as }, () => t.gql(ADD_ACTIVITY, variables, as));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('createUser', async () => {
    let n = 0;
    const input = partial({
      username: orNasty(fc.constant('fresh'), shortNasty),
      name: orNasty(fc.constantFrom('钱进', '  孙悟空  ')),
      password: orNasty(fc.constant(DEMO_PASSWORD)),
      role: orNasty(fc.constantFrom('STAFF', 'LEADER', 'SUPERVISOR', 'ADMIN'), shortNasty),
      orgUnitId: orNasty(
        fc.constantFrom(orgUnitId(t, 'baojing'), orgUnitId(t, 'luxi-park')),
        shortNasty,
      ),
    });
    await fc.assert(
      fc.asyncProperty(input, actor('admin'), async (values, as) => {
        const variables = {
          input: values.username === 'fresh' ? { ...values, username: `fuzz.user${++n}` } : values,
        };
        await check('createUser', { variables, as }, () => t.gql(CREATE_USER, variables, as));
      }),
      { numRuns: RUNS },
    );
  });

  it('reorderProject', async () => {
    const ids = () => [...negotiating, ...signed].map((project) => project.id);
    await fc.assert(
      fc.asyncProperty(
        orNasty(
          fc.nat({ max: 10 }).map((i) => ids()[i % ids().length]),
          shortNasty,
        ),
        fc.option(
          orNasty(
            fc.nat({ max: 10 }).map((i) => ids()[i % ids().length]),
            shortNasty,
          ),
        ),
        actor('zhang.staff'),
        async (id, afterId, as) => {
          const variables = { id, afterId };
          await check('reorderProject', { variables, as }, () =>
            t.gql(
              'mutation ($id: ID!, $afterId: ID) { reorderProject(id: $id, afterId: $afterId) { id } }',
              variables,
              as,
            ),
          );
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it('left every stored total equal to the sum of its rows', async () => {
    const mismatches = await t.dataSource.query(
      `SELECT p.id FROM project p
        WHERE ROUND(p.arrivedInvestment, 2) <> ROUND((SELECT COALESCE(SUM(a.amount), 0) FROM capital_arrival a WHERE a.projectId = p.id), 2)
           OR ROUND(p.arrivedVerified, 2) <> ROUND((SELECT COALESCE(SUM(a.amount), 0) FROM capital_arrival a WHERE a.projectId = p.id AND a.verified = ?), 2)`,
      [true],
    );
    expect(mismatches).toEqual([]);
    expect(await sqlNumber(t, 'SELECT COUNT(*) FROM project')).toBeGreaterThan(0);
  });
});
