import { StageTransition } from '../../server/src/modules/projects/entities/stage-transition.entity';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  advance,
  auditEventsOf,
  badFields,
  createChains,
  createProject,
  daysAgo,
  daysAhead,
  evidenceThrough,
  fingerprint,
  getProject,
  invalidCreditCode,
  moveProject,
  ok,
  type ProjectView,
  refused,
  rowCount,
  stageEvidence,
  TERMINATE_PROJECT,
  today,
  VALID_CREDIT_CODE,
} from '../support/pipeline-fixtures';

/** domain.md "The pipeline": evidence per stage, skips, dates, corrections, termination. */
describe('pipeline stages', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  const newProject = () => createProject(t, { chainId });

  /** Runs the call and checks it was refused with `code` and wrote nothing. */
  async function refusedWithoutWriting(
    project: ProjectView,
    code: string,
    call: () => ReturnType<TestApp['gql']>,
  ) {
    const before = await fingerprint(t, [project.id]);
    const response = await call();
    const error = refused(response, code);
    expect(await fingerprint(t, [project.id])).toEqual(before);
    return { response, error };
  }

  describe('evidence for each stage', () => {
    it('names every missing field when entering 签约 without evidence', async () => {
      const project = await newProject();
      const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
        moveProject(t, project, 'SIGNED', null),
      );
      expect(badFields(response)).toEqual([
        'contractNo',
        'contractedInvestment',
        'leaderId',
        'plannedOperatingOn',
        'plannedStartOn',
        'signedOn',
      ]);
      const fields = response.errors![0].extensions!.fields!;
      expect(fields.signedOn).toBe('进入「签约」需要填写签约日期');
      expect(fields.leaderId).toBe('进入「签约」需要指定包抓领导');
    });

    it('names exactly the one field left out of otherwise complete 签约 evidence', async () => {
      const project = await newProject();
      for (const field of Object.keys(stageEvidence(t, 'SIGNED'))) {
        const evidence = { ...stageEvidence(t, 'SIGNED'), [field]: null };
        const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
          moveProject(t, project, 'SIGNED', evidence),
        );
        expect(badFields(response)).toEqual([field]);
      }
      const blank = { ...stageEvidence(t, 'SIGNED'), contractNo: '   ' };
      expect(badFields(await moveProject(t, project, 'SIGNED', blank))).toEqual(['contractNo']);
    });

    it.each([
      ['LANDED', 'SIGNED', ['companyCreditCode', 'landArea', 'landedOn']],
      ['STARTED', 'LANDED', ['permitNo', 'startedOn']],
      ['OPERATING', 'STARTED', ['note', 'operatingOn']],
    ] as const)(
      'names every missing field when entering %s without evidence',
      async (toStage, from, expected) => {
        const project = await advance(t, await newProject(), from);
        expect(project.stage).toBe(from);
        const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
          moveProject(t, project, toStage, {}),
        );
        expect(badFields(response)).toEqual([...expected].sort());
      },
    );

    it('accepts leased floor area instead of land, and a start-up note instead of a permit', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      const landed = ok(
        await moveProject(t, signed, 'LANDED', {
          landedOn: daysAgo(30),
          companyCreditCode: VALID_CREDIT_CODE,
          leasedFloorArea: 3200,
        }),
      ).moveProject as ProjectView;
      expect(landed).toMatchObject({ stage: 'LANDED', leasedFloorArea: 3200, landArea: null });
      const started = ok(
        await moveProject(t, landed, 'STARTED', {
          startedOn: daysAgo(20),
          note: '租赁厂房改造开工',
        }),
      ).moveProject;
      expect(started).toMatchObject({ stage: 'STARTED', permitNo: null, startedOn: daysAgo(20) });
    });

    it('refuses a zero, negative or over-precise contracted investment', async () => {
      const project = await newProject();
      for (const contractedInvestment of [0, -100, 100.123]) {
        const evidence = { ...stageEvidence(t, 'SIGNED'), contractedInvestment };
        const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
          moveProject(t, project, 'SIGNED', evidence),
        );
        expect(badFields(response)).toEqual(['contractedInvestment']);
      }
    });

    it('records the evidence, one stage transition and one MOVE audit event per move', async () => {
      const project = await newProject();
      const evidence = stageEvidence(t, 'SIGNED');
      const signed = ok(await moveProject(t, project, 'SIGNED', evidence))
        .moveProject as ProjectView;
      expect(signed).toMatchObject({
        stage: 'SIGNED',
        version: project.version + 1,
        signedOn: evidence.signedOn,
        contractNo: evidence.contractNo,
        contractedInvestment: 12000,
        plannedStartOn: evidence.plannedStartOn,
        plannedOperatingOn: evidence.plannedOperatingOn,
        stageEnteredOn: evidence.signedOn,
        daysInStage: 40,
        leader: { username: 'chen.leader', role: 'LEADER' },
      });
      const transitions = await t.dataSource.query(
        'SELECT fromStage, toStage FROM stage_transition WHERE projectId = ? ORDER BY id',
        [Number(project.id)],
      );
      expect(transitions).toEqual([
        { fromStage: null, toStage: 'NEGOTIATING' },
        { fromStage: 'NEGOTIATING', toStage: 'SIGNED' },
      ]);
      expect((await auditEventsOf(t, 'Project', project.id)).map((event) => event.action)).toEqual([
        'CREATE',
        'MOVE',
      ]);
    });

    it('ignores evidence of stages the move does not enter', async () => {
      const project = await newProject();
      const evidence = {
        ...stageEvidence(t, 'SIGNED'),
        landedOn: daysAgo(1),
        companyCreditCode: VALID_CREDIT_CODE,
        startedOn: daysAgo(1),
      };
      const signed = ok(await moveProject(t, project, 'SIGNED', evidence)).moveProject;
      expect(signed).toMatchObject({
        stage: 'SIGNED',
        landedOn: null,
        companyCreditCode: null,
        startedOn: null,
      });
    });

    it('refuses a move to the stage the project is already in', async () => {
      const project = await newProject();
      const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
        moveProject(t, project, 'NEGOTIATING', {}),
      );
      expect(badFields(response)).toEqual(['toStage']);
    });
  });

  describe('skipping stages', () => {
    it('needs the evidence of every stage passed', async () => {
      const project = await newProject();
      const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
        moveProject(t, project, 'STARTED', stageEvidence(t, 'STARTED')),
      );
      expect(badFields(response)).toEqual(
        [
          'signedOn',
          'contractNo',
          'contractedInvestment',
          'leaderId',
          'plannedStartOn',
          'plannedOperatingOn',
          'landedOn',
          'companyCreditCode',
          'landArea',
        ].sort(),
      );
      const signed = await advance(t, await newProject(), 'SIGNED');
      const skip = await moveProject(t, signed, 'OPERATING', { operatingOn: daysAgo(5) });
      expect(badFields(skip)).toEqual([
        'companyCreditCode',
        'landArea',
        'landedOn',
        'note',
        'permitNo',
        'startedOn',
      ]);
    });

    it('moves 在谈 straight to 投产 with the evidence of all four stages, as one transition', async () => {
      const project = await newProject();
      const evidence = evidenceThrough(t, 'NEGOTIATING', 'OPERATING');
      const operating = ok(await moveProject(t, project, 'OPERATING', evidence))
        .moveProject as ProjectView;
      expect(operating).toMatchObject({
        stage: 'OPERATING',
        signedOn: daysAgo(40),
        landedOn: daysAgo(30),
        startedOn: daysAgo(20),
        operatingOn: daysAgo(5),
        companyCreditCode: VALID_CREDIT_CODE,
        permitNo: '433122202600018',
        landArea: 50,
        stageEnteredOn: daysAgo(5),
      });
      const transitions = await t.dataSource.query(
        'SELECT fromStage, toStage, note FROM stage_transition WHERE projectId = ? ORDER BY id',
        [Number(project.id)],
      );
      expect(transitions.slice(1)).toEqual([
        { fromStage: 'NEGOTIATING', toStage: 'OPERATING', note: '首条生产线试产成功' },
      ]);
    });
  });

  describe('dates', () => {
    it.each([
      ['SIGNED', 'NEGOTIATING', 'signedOn'],
      ['LANDED', 'SIGNED', 'landedOn'],
      ['STARTED', 'LANDED', 'startedOn'],
      ['OPERATING', 'STARTED', 'operatingOn'],
    ] as const)('refuses a %s date in the future', async (toStage, from, field) => {
      const project = await advance(t, await newProject(), from);
      const evidence = { ...stageEvidence(t, toStage), [field]: daysAhead(1) };
      const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
        moveProject(t, project, toStage, evidence),
      );
      expect(badFields(response)).toEqual([field]);
      expect(response.errors![0].extensions!.fields![field]).toContain('不能晚于今天');
      // Today itself is fine.
      ok(await moveProject(t, project, toStage, { ...evidence, [field]: today() }));
    });

    it('accepts planned dates in the future but not a planned start before signing', async () => {
      const project = await newProject();
      const early = { ...stageEvidence(t, 'SIGNED'), plannedStartOn: daysAgo(41) };
      expect(badFields(await moveProject(t, project, 'SIGNED', early))).toEqual(['plannedStartOn']);
      const reversed = {
        ...stageEvidence(t, 'SIGNED'),
        plannedStartOn: daysAhead(100),
        plannedOperatingOn: daysAhead(50),
      };
      expect(badFields(await moveProject(t, project, 'SIGNED', reversed))).toEqual([
        'plannedOperatingOn',
      ]);
    });

    it('refuses stage dates out of order, against the project and within one move', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED', 'zhang.staff', {
        SIGNED: { signedOn: daysAgo(10) },
      });
      const early = { ...stageEvidence(t, 'LANDED'), landedOn: daysAgo(11) };
      const { response } = await refusedWithoutWriting(signed, 'BAD_USER_INPUT', () =>
        moveProject(t, signed, 'LANDED', early),
      );
      expect(badFields(response)).toEqual(['landedOn']);
      expect(response.errors![0].extensions!.fields!.landedOn).toContain(daysAgo(10));
      ok(await moveProject(t, signed, 'LANDED', { ...early, landedOn: daysAgo(10) }));

      const project = await newProject();
      const skip = evidenceThrough(t, 'NEGOTIATING', 'OPERATING', { startedOn: daysAgo(35) });
      expect(badFields(await moveProject(t, project, 'OPERATING', skip))).toEqual(['startedOn']);
      const operatingFirst = evidenceThrough(t, 'NEGOTIATING', 'OPERATING', {
        operatingOn: daysAgo(50),
      });
      expect(badFields(await moveProject(t, project, 'OPERATING', operatingFirst))).toEqual([
        'operatingOn',
      ]);
    });

    it('refuses a date that is not a calendar date', async () => {
      const project = await newProject();
      const evidence = { ...stageEvidence(t, 'SIGNED'), signedOn: '2026-02-30' };
      const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
        moveProject(t, project, 'SIGNED', evidence),
      );
      expect(badFields(response)).toEqual(['signedOn']);
    });
  });

  describe('统一社会信用代码 on 落地', () => {
    it('refuses a code with a wrong check character, the wrong length or illegal characters', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      for (const code of [
        invalidCreditCode(),
        VALID_CREDIT_CODE.slice(0, 17),
        'I1350100M000100Y43',
        "91350100M000100Y4'",
      ]) {
        const evidence = { ...stageEvidence(t, 'LANDED'), companyCreditCode: code };
        const { response } = await refusedWithoutWriting(signed, 'BAD_USER_INPUT', () =>
          moveProject(t, signed, 'LANDED', evidence),
        );
        expect(badFields(response)).toEqual(['companyCreditCode']);
      }
    });

    it('stores a code typed in lower case with spaces or full-width characters in its normal form', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      const typed = ' ９１３５０１００m０００１００y４３ ';
      const landed = ok(
        await moveProject(t, signed, 'LANDED', {
          ...stageEvidence(t, 'LANDED'),
          companyCreditCode: typed,
        }),
      ).moveProject;
      expect(landed.companyCreditCode).toBe(VALID_CREDIT_CODE);
    });
  });

  describe('backward moves (corrections)', () => {
    it('refuses them to the staff owner and the leader, even with a reason', async () => {
      const started = await advance(t, await newProject(), 'STARTED');
      // Past the mover's own undo window (undo-move.spec.ts): a backward move is a correction.
      await t.dataSource
        .getRepository(StageTransition)
        .update({ projectId: Number(started.id) }, { at: new Date(Date.now() - 11 * 60_000) });
      for (const as of ['zhang.staff', 'chen.leader']) {
        await refusedWithoutWriting(started, 'FORBIDDEN', () =>
          moveProject(t, started, 'LANDED', null, as, { reason: '录入错误' }),
        );
      }
    });

    it('lets a supervisor correct with a reason only, clears the undone dates and audits the reason', async () => {
      const started = await advance(t, await newProject(), 'STARTED');
      for (const reason of [undefined, null, '', '   ']) {
        const { response } = await refusedWithoutWriting(started, 'BAD_USER_INPUT', () =>
          moveProject(t, started, 'SIGNED', null, 'zhao.supervisor', { reason }),
        );
        expect(badFields(response)).toEqual(['reason']);
      }
      const corrected = ok(
        await moveProject(t, started, 'SIGNED', null, 'zhao.supervisor', {
          reason: '  落地资料不实，退回签约  ',
        }),
      ).moveProject as ProjectView;
      expect(corrected).toMatchObject({
        stage: 'SIGNED',
        version: started.version + 1,
        signedOn: daysAgo(40),
        landedOn: null,
        startedOn: null,
        stageEnteredOn: daysAgo(40),
        // The contract, the leader and the company stay true facts.
        contractNo: 'HT-LX-2026-018',
        companyCreditCode: VALID_CREDIT_CODE,
        leader: { username: 'chen.leader' },
      });
      const [transition] = await t.dataSource.query(
        'SELECT fromStage, toStage, note, byId FROM stage_transition WHERE projectId = ? ORDER BY id DESC',
        [Number(started.id)],
      );
      expect(transition).toEqual({
        fromStage: 'STARTED',
        toStage: 'SIGNED',
        note: '落地资料不实，退回签约',
        byId: t.accounts.users.get('zhao.supervisor')!.id,
      });
      const correction = (await auditEventsOf(t, 'Project', started.id)).at(-1)!;
      expect(correction).toMatchObject({
        action: 'CORRECT_STAGE',
        actorId: t.accounts.users.get('zhao.supervisor')!.id,
      });
      expect(correction.changes).toEqual({
        stage: { before: 'STARTED', after: 'SIGNED' },
        landedOn: { before: daysAgo(30), after: null },
        startedOn: { before: daysAgo(20), after: null },
        reason: { before: null, after: '落地资料不实，退回签约' },
      });

      // Moving on again needs the cleared date, while the kept facts still count as evidence.
      const again = await moveProject(t, corrected, 'LANDED', {});
      expect(badFields(again)).toEqual(['landedOn']);
    });

    it('lets an admin correct 签约 back to 在谈, clearing the signing date', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      await refusedWithoutWriting(signed, 'BAD_USER_INPUT', () =>
        moveProject(t, signed, 'NEGOTIATING', null, 'admin'),
      );
      const corrected = ok(
        await moveProject(t, signed, 'NEGOTIATING', null, 'admin', { reason: '合同未生效' }),
      ).moveProject as ProjectView;
      expect(corrected).toMatchObject({
        stage: 'NEGOTIATING',
        signedOn: null,
        stageEnteredOn: today(),
        daysInStage: 0,
      });
      expect(corrected.flags.map((flag) => flag.kind)).not.toContain('FAKE_PROJECT');
    });

    it('does not let a supervisor or an admin move a project forward', async () => {
      const project = await newProject();
      for (const as of ['zhao.supervisor', 'admin']) {
        await refusedWithoutWriting(project, 'FORBIDDEN', () =>
          moveProject(t, project, 'SIGNED', stageEvidence(t, 'SIGNED'), as),
        );
      }
    });
  });

  describe('terminated projects', () => {
    it('cannot move in either direction, and cannot be terminated twice', async () => {
      const signed = await advance(t, await newProject(), 'SIGNED');
      const terminated = ok(
        await t.gql(
          TERMINATE_PROJECT,
          { id: signed.id, version: signed.version, reason: '投资方撤资' },
          'zhang.staff',
        ),
      ).terminateProject as ProjectView;
      expect(terminated).toMatchObject({
        status: 'TERMINATED',
        terminatedOn: today(),
        terminationReason: '投资方撤资',
        stage: 'SIGNED',
        flags: [],
      });
      await refusedWithoutWriting(terminated, 'BAD_USER_INPUT', () =>
        moveProject(t, terminated, 'LANDED', stageEvidence(t, 'LANDED')),
      );
      await refusedWithoutWriting(terminated, 'BAD_USER_INPUT', () =>
        moveProject(t, terminated, 'NEGOTIATING', null, 'zhao.supervisor', { reason: '更正' }),
      );
      await refusedWithoutWriting(terminated, 'BAD_USER_INPUT', () =>
        t.gql(
          TERMINATE_PROJECT,
          { id: terminated.id, version: terminated.version, reason: '再次终止' },
          'zhang.staff',
        ),
      );
      expect((await getProject(t, signed.id)).status).toBe('TERMINATED');
    });

    it('needs a termination reason', async () => {
      const project = await newProject();
      const { response } = await refusedWithoutWriting(project, 'BAD_USER_INPUT', () =>
        t.gql(
          TERMINATE_PROJECT,
          { id: project.id, version: project.version, reason: '  ' },
          'zhang.staff',
        ),
      );
      expect(badFields(response)).toEqual(['reason']);
    });
  });

  it('writes a stage transition and an audit event for each of the four forward moves', async () => {
    const project = await newProject();
    const [transitionsBefore, eventsBefore] = [
      await rowCount(t, 'stage_transition'),
      await rowCount(t, 'audit_event'),
    ];
    const operating = await advance(t, project, 'OPERATING');
    expect(operating.stage).toBe('OPERATING');
    expect(await rowCount(t, 'stage_transition')).toBe(transitionsBefore + 4);
    expect(await rowCount(t, 'audit_event')).toBe(eventsBefore + 4);
    const transitions = await t.dataSource.query(
      'SELECT fromStage, toStage FROM stage_transition WHERE projectId = ? ORDER BY id',
      [Number(project.id)],
    );
    expect(transitions.map((row: { toStage: string }) => row.toStage)).toEqual([
      'NEGOTIATING',
      'SIGNED',
      'LANDED',
      'STARTED',
      'OPERATING',
    ]);
  });
});
