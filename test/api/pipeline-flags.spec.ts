import { startTestApp, type TestApp } from '../support/test-app';
import {
  addActivity,
  advance,
  createChains,
  createProject,
  creditCode,
  daysAgo,
  flagOf,
  getProject,
  moveProject,
  ok,
  type NewProject,
  type ProjectView,
  recordArrival,
  setProjectColumns,
  stageEvidence,
  TERMINATE_PROJECT,
  today,
  updateProject,
} from '../support/pipeline-fixtures';

const FLAG_KINDS = [
  'FAKE_PROJECT',
  'STALLED',
  'IDLE_LAND',
  'LOW_CAPITAL',
  'NO_FOLLOW_UP',
  'LOW_LAND_YIELD',
  'DUPLICATE',
] as const;

/**
 * domain.md "Flags". Each project is built through the API, then its dates are put in the past
 * with SQL: Project.flags is computed live from the row, so the flags read back are those of a
 * project that really got that old.
 */
describe('pipeline flags', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  const newProject = async (options: Partial<NewProject> = {}) => {
    return createProject(t, { chainId, ...options });
  };

  /** Moves the project's stage clock and dates back, as if `days` had passed since each. */
  const age = (project: ProjectView, columns: Record<string, unknown>) =>
    setProjectColumns(t, project.id, columns);
  const flagsOf = async (project: ProjectView) => (await getProject(t, project.id)).flags;

  describe('FAKE_PROJECT 疑似假项目', () => {
    it('lights red 90 days after signing without capital, naming the days', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      await age(signed, {
        signedOn: daysAgo(89),
        stageEnteredOn: daysAgo(89),
        lastProgressOn: daysAgo(89),
        plannedStartOn: daysAgo(60),
      });
      expect(flagOf({ flags: await flagsOf(signed) }, 'FAKE_PROJECT')).toBeUndefined();

      await age(signed, {
        signedOn: daysAgo(90),
        stageEnteredOn: daysAgo(90),
        lastProgressOn: daysAgo(90),
      });
      expect(flagOf({ flags: await flagsOf(signed) }, 'FAKE_PROJECT')).toEqual({
        kind: 'FAKE_PROJECT',
        level: 'RED',
        reason: '签约后 90 天未见到位资金',
        since: today(),
      });

      await age(signed, {
        signedOn: daysAgo(120),
        stageEnteredOn: daysAgo(120),
        lastProgressOn: daysAgo(120),
      });
      expect(await flagsOf(signed)).toEqual([
        {
          kind: 'FAKE_PROJECT',
          level: 'RED',
          reason: '签约后 120 天未见到位资金',
          since: daysAgo(30),
        },
        {
          kind: 'STALLED',
          level: 'YELLOW',
          reason: '在「签约」阶段已停留 120 天（上限 180 天）',
          since: today(),
        },
        {
          kind: 'LOW_CAPITAL',
          level: 'YELLOW',
          reason: '资金到位率 0%，低于 25%',
          since: daysAgo(30),
        },
      ]);
    });

    it('goes out with the first capital arrival', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      await age(signed, {
        signedOn: daysAgo(120),
        stageEnteredOn: daysAgo(120),
        lastProgressOn: daysAgo(120),
      });
      ok(
        await recordArrival(t, signed.id, {
          amount: 3000,
          arrivedOn: daysAgo(2),
          voucherNo: 'FAKE-NO-MORE',
        }),
      );
      const after = await getProject(t, signed.id);
      expect(after.arrivedInvestment).toBe(3000);
      // The arrival is a fact: it restarts the stall clock as well.
      expect(after.flags).toEqual([]);
    });

    it('lights for a project entered late whose signing is long past, with no SQL involved', async () => {
      const project = await newProject();
      const signed = ok(
        await moveProject(t, project, 'SIGNED', {
          ...stageEvidence(t, 'SIGNED'),
          signedOn: daysAgo(200),
          plannedStartOn: daysAgo(100),
          plannedOperatingOn: daysAgo(10),
        }),
      ).moveProject as ProjectView;
      expect(signed.daysInStage).toBe(200);
      expect(signed.flags.map((flag) => [flag.kind, flag.level])).toEqual([
        ['FAKE_PROJECT', 'RED'],
        // Entering the record today is not progress: the 签约 clock started on the signing day.
        ['STALLED', 'RED'],
        ['LOW_CAPITAL', 'YELLOW'],
      ]);
      expect(flagOf(signed, 'STALLED')?.reason).toBe('在「签约」阶段已停留 200 天（上限 180 天）');
    });
  });

  describe('STALLED 推进滞后', () => {
    /** A signed project with half its money arrived, so that only the stall clock matters. */
    async function fundedAt(stage: 'SIGNED' | 'LANDED' | 'STARTED') {
      const signed = await advance(t, await newProject(), 'SIGNED', 'zhang.staff', {
        SIGNED: { signedOn: daysAgo(45) },
      });
      ok(
        await recordArrival(t, signed.id, {
          amount: 6000,
          arrivedOn: daysAgo(44),
          voucherNo: `HALF-${signed.id}`,
        }),
      );
      return advance(t, await getProject(t, signed.id), stage);
    }

    it.each([
      ['SIGNED', '签约', 180],
      ['LANDED', '落地', 180],
      ['STARTED', '开工', 540],
    ] as const)('turns yellow at ⅔ and red past the limit in %s', async (stage, label, limit) => {
      const project = await fundedAt(stage);
      const yellowAt = Math.ceil((limit * 2) / 3);
      // Only the stage clock moves; the money keeps FAKE_PROJECT and LOW_CAPITAL out of the way.
      const stalled = async (days: number) => {
        await age(project, { stageEnteredOn: daysAgo(days), lastProgressOn: daysAgo(days) });
        return flagOf({ flags: await flagsOf(project) }, 'STALLED');
      };
      expect(await stalled(yellowAt - 1)).toBeUndefined();
      expect(await stalled(yellowAt)).toEqual({
        kind: 'STALLED',
        level: 'YELLOW',
        reason: `在「${label}」阶段已停留 ${yellowAt} 天（上限 ${limit} 天）`,
        since: today(),
      });
      expect((await stalled(limit))?.level).toBe('YELLOW');
      expect(await stalled(limit + 1)).toEqual({
        kind: 'STALLED',
        level: 'RED',
        reason: `在「${label}」阶段已停留 ${limit + 1} 天（上限 ${limit} 天）`,
        since: today(),
      });
    });

    it('is restarted by a capital arrival but not by a follow-up activity', async () => {
      const project = await fundedAt('SIGNED');
      await age(project, {
        signedOn: daysAgo(200),
        stageEnteredOn: daysAgo(200),
        lastProgressOn: daysAgo(200),
      });
      ok(
        await addActivity(t, project.id, {
          kind: 'VISIT',
          summary: '走访企业',
          happenedOn: today(),
        }),
      );
      expect(flagOf({ flags: await flagsOf(project) }, 'STALLED')?.level).toBe('RED');
      ok(
        await recordArrival(t, project.id, {
          amount: 100,
          arrivedOn: today(),
          voucherNo: `NEW-${project.id}`,
        }),
      );
      expect(flagOf({ flags: await flagsOf(project) }, 'STALLED')).toBeUndefined();
    });

    it('is not restarted by editing the project', async () => {
      const project = await fundedAt('SIGNED');
      await age(project, {
        signedOn: daysAgo(200),
        stageEnteredOn: daysAgo(200),
        lastProgressOn: daysAgo(200),
      });
      const edited = ok(
        await updateProject(t, await getProject(t, project.id), { name: '换个名字看起来很活跃' }),
      ).updateProject as ProjectView;
      expect(flagOf(edited, 'STALLED')?.level).toBe('RED');
    });
  });

  describe('IDLE_LAND 圈地不开发', () => {
    it('lights red 180 days after landing with land and no start', async () => {
      const landed = await advance(t, await newProject(), 'LANDED');
      expect(landed.landArea).toBe(50);
      await age(landed, {
        signedOn: daysAgo(200),
        landedOn: daysAgo(179),
        stageEnteredOn: daysAgo(179),
        lastProgressOn: daysAgo(1),
      });
      expect(flagOf({ flags: await flagsOf(landed) }, 'IDLE_LAND')).toBeUndefined();
      await age(landed, { landedOn: daysAgo(180), stageEnteredOn: daysAgo(180) });
      expect(flagOf({ flags: await flagsOf(landed) }, 'IDLE_LAND')).toEqual({
        kind: 'IDLE_LAND',
        level: 'RED',
        reason: '落地供地 180 天仍未开工',
        since: today(),
      });
    });

    it('does not light for a project in leased floor space, or once construction started', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      const leased = ok(
        await moveProject(t, signed, 'LANDED', {
          landedOn: daysAgo(30),
          companyCreditCode: creditCode(900),
          leasedFloorArea: 5000,
        }),
      ).moveProject as ProjectView;
      await age(leased, {
        signedOn: daysAgo(400),
        landedOn: daysAgo(365),
        stageEnteredOn: daysAgo(365),
      });
      expect(flagOf({ flags: await flagsOf(leased) }, 'IDLE_LAND')).toBeUndefined();

      const started = await advance(t, await newProject(), 'STARTED');
      await age(started, { signedOn: daysAgo(400), landedOn: daysAgo(365) });
      expect(flagOf({ flags: await flagsOf(started) }, 'IDLE_LAND')).toBeUndefined();
    });
  });

  describe('LOW_CAPITAL 资金到位率低', () => {
    it('lights yellow 90 days after signing below 25 %', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 10000 },
      });
      ok(
        await recordArrival(t, signed.id, {
          amount: 2000,
          arrivedOn: daysAgo(1),
          voucherNo: 'LC-1',
        }),
      );
      await age(signed, { signedOn: daysAgo(89), lastProgressOn: daysAgo(1) });
      expect(flagOf({ flags: await flagsOf(signed) }, 'LOW_CAPITAL')).toBeUndefined();
      await age(signed, { signedOn: daysAgo(90) });
      expect(flagOf({ flags: await flagsOf(signed) }, 'LOW_CAPITAL')).toEqual({
        kind: 'LOW_CAPITAL',
        level: 'YELLOW',
        reason: '资金到位率 20%，低于 25%',
        since: today(),
      });
      ok(
        await recordArrival(t, signed.id, {
          amount: 500,
          arrivedOn: daysAgo(1),
          voucherNo: 'LC-2',
        }),
      );
      expect(flagOf({ flags: await flagsOf(signed) }, 'LOW_CAPITAL')).toBeUndefined();
    });

    it('lights yellow from the start of construction below 30 %', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 10000 },
      });
      ok(
        await recordArrival(t, signed.id, {
          amount: 2800,
          arrivedOn: daysAgo(35),
          voucherNo: 'LC-S1',
        }),
      );
      const started = await advance(t, await getProject(t, signed.id), 'STARTED');
      expect(flagOf(started, 'LOW_CAPITAL')).toEqual({
        kind: 'LOW_CAPITAL',
        level: 'YELLOW',
        reason: '资金到位率 28%，低于 30%',
        since: daysAgo(20),
      });
      ok(
        await recordArrival(t, signed.id, {
          amount: 200,
          arrivedOn: daysAgo(1),
          voucherNo: 'LC-S2',
        }),
      );
      expect(flagOf({ flags: await flagsOf(started) }, 'LOW_CAPITAL')).toBeUndefined();
    });
  });

  describe('NO_FOLLOW_UP 跟进停滞', () => {
    it('turns yellow at 60 days and red at 90 days without progress while negotiating', async () => {
      const project = await newProject();
      const idle = async (days: number) => {
        await age(project, { stageEnteredOn: daysAgo(days), lastProgressOn: daysAgo(days) });
        return flagOf({ flags: await flagsOf(project) }, 'NO_FOLLOW_UP');
      };
      expect(await idle(59)).toBeUndefined();
      expect(await idle(60)).toEqual({
        kind: 'NO_FOLLOW_UP',
        level: 'YELLOW',
        reason: '在谈 60 天无实质进展',
        since: today(),
      });
      expect(await idle(89)).toMatchObject({ level: 'YELLOW', since: daysAgo(29) });
      expect(await idle(90)).toEqual({
        kind: 'NO_FOLLOW_UP',
        level: 'RED',
        reason: '在谈 90 天无实质进展',
        since: today(),
      });
    });

    it('is reset by a follow-up activity, but an old activity does not turn the clock back', async () => {
      const project = await newProject();
      await age(project, { stageEnteredOn: daysAgo(120), lastProgressOn: daysAgo(120) });
      ok(
        await addActivity(t, project.id, {
          kind: 'CALL',
          summary: '电话沟通',
          happenedOn: daysAgo(70),
        }),
      );
      expect(flagOf({ flags: await flagsOf(project) }, 'NO_FOLLOW_UP')).toMatchObject({
        level: 'YELLOW',
        reason: '在谈 70 天无实质进展',
      });
      ok(
        await addActivity(t, project.id, {
          kind: 'MEETING',
          summary: '洽谈会',
          happenedOn: daysAgo(5),
        }),
      );
      ok(
        await addActivity(t, project.id, {
          kind: 'CALL',
          summary: '补录一条旧记录',
          happenedOn: daysAgo(100),
        }),
      );
      expect(flagOf({ flags: await flagsOf(project) }, 'NO_FOLLOW_UP')).toBeUndefined();
    });
  });

  describe('LOW_LAND_YIELD 亩均投资不足', () => {
    it('lights yellow below 200 万元 per 亩 and not at exactly 200', async () => {
      const low = await advance(t, await newProject(), 'LANDED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 1000 },
        LANDED: { landArea: 10 },
      });
      expect(flagOf(low, 'LOW_LAND_YIELD')).toEqual({
        kind: 'LOW_LAND_YIELD',
        level: 'YELLOW',
        reason: '亩均投资 100.00 万元，低于 200 万元/亩',
        since: daysAgo(30),
      });
      const exact = await advance(t, await newProject(), 'LANDED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 2000 },
        LANDED: { landArea: 10 },
      });
      expect(flagOf(exact, 'LOW_LAND_YIELD')).toBeUndefined();
    });

    it('follows a land area edited on the card', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      const edited = ok(await updateProject(t, signed, { landArea: 61 }))
        .updateProject as ProjectView;
      expect(flagOf(edited, 'LOW_LAND_YIELD')).toMatchObject({
        level: 'YELLOW',
        reason: '亩均投资 196.72 万元，低于 200 万元/亩',
      });
      const fixed = ok(await updateProject(t, edited, { landArea: 60 }))
        .updateProject as ProjectView;
      expect(flagOf(fixed, 'LOW_LAND_YIELD')).toBeUndefined();
    });
  });

  describe('DUPLICATE 重复签约', () => {
    it('lights red on the later of two signed projects of the same investor credit code', async () => {
      const code = creditCode(4242);
      const first = await advance(
        t,
        await newProject({ investorName: '湘西锰业集团', investorCreditCode: code }),
        'SIGNED',
        'zhang.staff',
        { SIGNED: { signedOn: daysAgo(50) } },
      );
      const secondDraft = await newProject({
        investorName: '湘西锰业集团（重复录入）',
        investorCreditCode: code,
        as: 'zhou.staff',
        orgUnit: 'luxi-park',
      });
      expect(secondDraft.investor.id).toBe(first.investor.id);
      expect(flagOf(secondDraft, 'DUPLICATE')).toBeUndefined();
      const second = await advance(t, secondDraft, 'SIGNED', 'zhou.staff', {
        SIGNED: { signedOn: daysAgo(10) },
      });
      expect(flagOf(second, 'DUPLICATE')).toEqual({
        kind: 'DUPLICATE',
        level: 'RED',
        reason: `与项目 ${first.code} 重复签约（同一投资方）`,
        since: daysAgo(10),
      });
      expect(flagOf(await getProject(t, first.id), 'DUPLICATE')).toBeUndefined();

      // Once the first is terminated, the second is the only one counted.
      ok(
        await t.gql(
          TERMINATE_PROJECT,
          { id: first.id, version: (await getProject(t, first.id)).version, reason: '重复录入' },
          'zhang.staff',
        ),
      );
      expect(flagOf(await getProject(t, second.id), 'DUPLICATE')).toBeUndefined();
      const filtered = ok(
        await t.gql(
          '{ projects(filter: { flag: DUPLICATE }) { edges { node { id } } } }',
          {},
          'admin',
        ),
      ).projects.edges;
      expect(filtered.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(
        second.id,
      );
    });

    it('lights for the same investor name and project name without a credit code, not for another project name', async () => {
      const first = await advance(
        t,
        await newProject({ name: '钒电池储能项目', investorName: '某某新能源公司' }),
        'SIGNED',
        'zhang.staff',
        { SIGNED: { signedOn: daysAgo(30) } },
      );
      const twin = await advance(
        t,
        await newProject({ name: '钒电池储能项目', investorName: '某某新能源公司' }),
        'SIGNED',
        'zhang.staff',
        { SIGNED: { signedOn: daysAgo(20) } },
      );
      const other = await advance(
        t,
        await newProject({ name: '钒电池二期项目', investorName: '某某新能源公司' }),
        'SIGNED',
        'zhang.staff',
        { SIGNED: { signedOn: daysAgo(10) } },
      );
      expect(flagOf(twin, 'DUPLICATE')).toMatchObject({
        level: 'RED',
        reason: `与项目 ${first.code} 重复签约（同一投资方）`,
      });
      expect(flagOf(other, 'DUPLICATE')).toBeUndefined();
      expect(flagOf(await getProject(t, first.id), 'DUPLICATE')).toBeUndefined();
    });
  });

  it('shows no flags on a terminated project', async () => {
    const signed = await advance(t, await newProject(), 'SIGNED');
    await age(signed, {
      signedOn: daysAgo(300),
      stageEnteredOn: daysAgo(300),
      lastProgressOn: daysAgo(300),
    });
    expect((await flagsOf(signed)).length).toBeGreaterThan(0);
    const current = await getProject(t, signed.id);
    const terminated = ok(
      await t.gql(
        TERMINATE_PROJECT,
        { id: signed.id, version: current.version, reason: '终止' },
        'zhang.staff',
      ),
    ).terminateProject;
    expect(terminated.flags).toEqual([]);
  });

  describe('the flag filter', () => {
    it('finds projects aged by SQL once a write has refreshed their schedules', async () => {
      // Aged by SQL, then refreshed by an ordinary edit: the stored schedules follow the facts.
      const fake = await advance(t, await newProject(), 'SIGNED');
      await age(fake, {
        signedOn: daysAgo(150),
        stageEnteredOn: daysAgo(150),
        lastProgressOn: daysAgo(150),
      });
      const idle = await newProject();
      await age(idle, { stageEnteredOn: daysAgo(95), lastProgressOn: daysAgo(95) });
      const land = await advance(t, await newProject(), 'LANDED', 'zhang.staff', {
        SIGNED: { contractedInvestment: 500 },
      });
      await age(land, {
        signedOn: daysAgo(300),
        landedOn: daysAgo(250),
        stageEnteredOn: daysAgo(250),
        lastProgressOn: daysAgo(250),
      });
      const ids = async (kind: string) =>
        ok(
          await t.gql(
            'query ($flag: FlagKind) { projects(first: 200, filter: { flag: $flag }) { edges { node { id } } } }',
            { flag: kind },
            'admin',
          ),
        ).projects.edges.map((edge: { node: { id: string } }) => edge.node.id);
      // The stored schedule dates from the last write: the SQL aging is not in it yet.
      expect(await ids('FAKE_PROJECT')).not.toContain(fake.id);
      for (const project of [fake, idle, land]) {
        const current = await getProject(t, project.id);
        ok(
          await updateProject(t, current, {
            chainRole: current.chainRole === 'FILL' ? 'BUILD' : 'FILL',
          }),
        );
      }
      expect(await ids('FAKE_PROJECT')).toContain(fake.id);
      expect(await ids('NO_FOLLOW_UP')).toContain(idle.id);
      expect(await ids('IDLE_LAND')).toContain(land.id);
      expect(await ids('LOW_LAND_YIELD')).toContain(land.id);
      expect(await ids('IDLE_LAND')).not.toContain(fake.id);
    });

    it('agrees with the cards on every project once each has been written after aging', async () => {
      // Refresh every project touched in this file by an ordinary write, then compare for each kind.
      const all = ok(
        await t.gql(
          '{ projects(first: 200, filter: { includeTerminated: true }) { edges { node { id status chainRole version } } } }',
          {},
          'admin',
        ),
      ).projects.edges.map(
        (edge: {
          node: { id: string; status: string; chainRole: string | null; version: number };
        }) => edge.node,
      );
      for (const node of all.filter((project: { status: string }) => project.status === 'ACTIVE')) {
        const current = await getProject(t, node.id);
        const as = current.owner.username;
        ok(
          await updateProject(
            t,
            current,
            { chainRole: current.chainRole === 'FILL' ? 'BUILD' : 'FILL' },
            as,
          ),
        );
      }
      const cards = ok(
        await t.gql(
          '{ projects(first: 200) { edges { node { id flags { kind } } } } }',
          {},
          'admin',
        ),
      ).projects.edges.map(
        (edge: { node: { id: string; flags: { kind: string }[] } }) => edge.node,
      );
      for (const kind of FLAG_KINDS) {
        const filtered = ok(
          await t.gql(
            'query ($flag: FlagKind) { projects(first: 200, filter: { flag: $flag }) { edges { node { id } } } }',
            { flag: kind },
            'admin',
          ),
        )
          .projects.edges.map((edge: { node: { id: string } }) => edge.node.id)
          .sort();
        const live = cards
          .filter((node: { flags: { kind: string }[] }) =>
            node.flags.some((flag) => flag.kind === kind),
          )
          .map((node: { id: string }) => node.id)
          .sort();
        expect({ kind, ids: filtered }).toEqual({ kind, ids: live });
      }
    });
  });
});
