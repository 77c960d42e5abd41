import fc from 'fast-check';
import {
  EVIDENCE_LABELS,
  type EvidenceField,
  type MoveDecision,
  type MoveRequest,
  type ProjectFacts,
  type StageEvidence,
  UNDO_WINDOW_MINUTES,
  decideMove,
  evidenceFieldsFor,
  isUndoOfLastMove,
  requiredEvidenceFields,
} from './evidence';
import { ROLES, STAGES, type Stage } from './stages';

const TODAY = '2026-03-01';

const SIGNING: StageEvidence = {
  signedOn: '2026-01-10',
  contractNo: 'HT-2026-001',
  contractedInvestment: 50000,
  leaderId: 'leader-1',
  plannedStartOn: '2026-06-01',
  plannedOperatingOn: '2027-06-01',
};
const LANDING: StageEvidence = {
  landedOn: '2026-02-01',
  companyCreditCode: '91350100M000100Y43',
  landArea: 120,
};
const START: StageEvidence = { startedOn: '2026-02-20', permitNo: '350100202602200101' };
const OPERATION: StageEvidence = { operatingOn: '2026-02-28', note: '首批产品下线' };

const SIGNED_PROJECT: ProjectFacts = { stage: 'SIGNED', ...SIGNING } as ProjectFacts;
const LANDED_PROJECT: ProjectFacts = {
  ...SIGNED_PROJECT,
  stage: 'LANDED',
  ...LANDING,
} as ProjectFacts;
const STARTED_PROJECT: ProjectFacts = {
  ...LANDED_PROJECT,
  stage: 'STARTED',
  ...START,
} as ProjectFacts;

function move(
  overrides: Partial<MoveRequest> & { project: ProjectFacts; toStage: Stage },
): MoveDecision {
  return decideMove({ evidence: {}, role: 'STAFF', today: TODAY, ...overrides });
}

function fieldErrors(decision: MoveDecision): Record<string, string> {
  if (decision.ok) throw new Error(`expected a refusal, got ${JSON.stringify(decision)}`);
  return decision.fields;
}

describe('EVIDENCE_LABELS', () => {
  it('names every evidence field in Chinese', () => {
    expect(Object.fromEntries(Object.entries(EVIDENCE_LABELS).map(([k, v]) => [k, v.zh]))).toEqual({
      signedOn: '签约日期',
      contractNo: '合同编号',
      contractedInvestment: '合同引资额（万元）',
      leaderId: '包抓领导',
      plannedStartOn: '计划开工日期',
      plannedOperatingOn: '计划投产日期',
      landedOn: '落地日期',
      companyCreditCode: '项目公司统一社会信用代码',
      landArea: '用地面积（亩）',
      leasedFloorArea: '租赁厂房面积（㎡）',
      startedOn: '开工日期',
      permitNo: '施工许可证号',
      operatingOn: '投产日期',
      note: '说明',
    });
  });
});

describe('evidenceFieldsFor', () => {
  it.each([
    ['NEGOTIATING', []],
    [
      'SIGNED',
      [
        'signedOn',
        'contractNo',
        'contractedInvestment',
        'leaderId',
        'plannedStartOn',
        'plannedOperatingOn',
      ],
    ],
    ['LANDED', ['landedOn', 'companyCreditCode', 'landArea', 'leasedFloorArea']],
    ['STARTED', ['startedOn', 'permitNo', 'note']],
    ['OPERATING', ['operatingOn', 'note']],
  ] as const)('%s asks for %p', (stage, fields) => {
    expect(evidenceFieldsFor(stage)).toEqual(fields);
  });

  it('returns a copy the caller may change', () => {
    evidenceFieldsFor('SIGNED').pop();
    expect(evidenceFieldsFor('SIGNED')).toHaveLength(6);
  });
});

describe('requiredEvidenceFields', () => {
  it('lists every field once, in stage order, for a move across the whole pipeline', () => {
    expect(requiredEvidenceFields('NEGOTIATING', 'OPERATING')).toEqual([
      'signedOn',
      'contractNo',
      'contractedInvestment',
      'leaderId',
      'plannedStartOn',
      'plannedOperatingOn',
      'landedOn',
      'companyCreditCode',
      'landArea',
      'leasedFloorArea',
      'startedOn',
      'permitNo',
      'note',
      'operatingOn',
    ]);
  });

  it.each([
    ['SIGNED', 'LANDED', ['landedOn', 'companyCreditCode', 'landArea', 'leasedFloorArea']],
    ['STARTED', 'OPERATING', ['operatingOn', 'note']],
    ['LANDED', 'LANDED', []],
    ['OPERATING', 'SIGNED', []],
  ] as const)('%s → %s asks for %p', (from, to, fields) => {
    expect(requiredEvidenceFields(from, to)).toEqual(fields);
  });
});

describe('decideMove: refusing nonsense', () => {
  it('refuses a move to the current stage', () => {
    const decision = move({ project: SIGNED_PROJECT, toStage: 'SIGNED', evidence: SIGNING });
    expect(decision).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: '项目已处于「签约」阶段',
      fields: { toStage: '项目已处于「签约」阶段' },
    });
  });

  it.each([
    ['an unknown target stage', { toStage: 'DONE' }, { toStage: '目标阶段无效' }],
    ['a missing project', { project: null }, { stage: '项目当前阶段无效' }],
    ['a project in an unknown stage', { project: { stage: 'X' } }, { stage: '项目当前阶段无效' }],
    ['an invalid today', { today: '2026-02-30' }, { today: '当前日期无效' }],
  ])('refuses %s', (_, overrides, fields) => {
    const request = { project: SIGNED_PROJECT, toStage: 'LANDED', evidence: LANDING, ...overrides };
    expect(fieldErrors(move(request as unknown as MoveRequest))).toEqual(fields);
  });
});

describe('decideMove: entering 签约', () => {
  const negotiating: ProjectFacts = { stage: 'NEGOTIATING' };

  it('accepts complete evidence and writes it with the new stage', () => {
    expect(move({ project: negotiating, toStage: 'SIGNED', evidence: SIGNING })).toEqual({
      ok: true,
      direction: 'FORWARD',
      entered: ['SIGNED'],
      undone: [],
      patch: { stage: 'SIGNED', ...SIGNING },
      note: null,
      reason: null,
    });
  });

  it('normalises what it writes', () => {
    const decision = move({
      project: negotiating,
      toStage: 'SIGNED',
      evidence: {
        ...SIGNING,
        contractNo: '  HT-2026-001 \n',
        leaderId: ' leader-1 ',
        signedOn: ' 2026-01-10 ',
      },
    });
    expect(decision.ok && decision.patch).toEqual({ stage: 'SIGNED', ...SIGNING });
  });

  it.each([
    ['signedOn', '进入「签约」需要填写签约日期'],
    ['contractNo', '进入「签约」需要填写合同编号'],
    ['contractedInvestment', '进入「签约」需要填写合同引资额（万元）'],
    ['leaderId', '进入「签约」需要指定包抓领导'],
    ['plannedStartOn', '进入「签约」需要填写计划开工日期'],
    ['plannedOperatingOn', '进入「签约」需要填写计划投产日期'],
  ] as const)('asks for a missing %s', (field, message) => {
    for (const absent of [undefined, null, '', '   ']) {
      const evidence = { ...SIGNING, [field]: absent };
      expect(fieldErrors(move({ project: negotiating, toStage: 'SIGNED', evidence }))).toEqual({
        [field]: message,
      });
    }
  });

  it('lists every missing field and joins them into the message', () => {
    const decision = move({ project: negotiating, toStage: 'SIGNED', evidence: {} });
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(Object.keys(decision.fields)).toEqual(requiredEvidenceFields('NEGOTIATING', 'SIGNED'));
    expect(decision.message).toBe(Object.values(decision.fields).join('；'));
    expect(decision.code).toBe('BAD_USER_INPUT');
  });

  it('takes facts already on the project as evidence, without rewriting them', () => {
    const project: ProjectFacts = {
      stage: 'NEGOTIATING',
      leaderId: 'leader-9',
      plannedStartOn: '2026-06-01',
      plannedOperatingOn: '2027-06-01',
    };
    const { signedOn, contractNo, contractedInvestment } = SIGNING;
    const decision = move({
      project,
      toStage: 'SIGNED',
      evidence: { signedOn, contractNo, contractedInvestment },
    });
    expect(decision.ok && decision.patch).toEqual({
      stage: 'SIGNED',
      signedOn,
      contractNo,
      contractedInvestment,
    });
  });

  it('lets given evidence replace a fact on the project', () => {
    const project: ProjectFacts = { stage: 'NEGOTIATING', leaderId: 'leader-9' };
    const decision = move({ project, toStage: 'SIGNED', evidence: SIGNING });
    expect(decision.ok && decision.patch.leaderId).toBe('leader-1');
  });

  it.each([
    ['today itself', TODAY, null],
    ['a day in the future', '2026-03-02', '签约日期不能晚于今天（2026-03-01）'],
    ['an impossible date', '2026-02-30', '签约日期不是有效日期'],
    ['a date with a time', '2026-01-10T08:00:00Z', '签约日期不是有效日期'],
    ['a number', 20260110, '签约日期不是有效日期'],
  ])('checks the signing date: %s', (_, signedOn, error) => {
    const evidence = { ...SIGNING, signedOn, plannedStartOn: '2026-06-01' } as StageEvidence;
    const decision = move({ project: negotiating, toStage: 'SIGNED', evidence });
    expect(decision.ok ? null : decision.fields.signedOn).toBe(error);
  });

  it.each([
    ['planned dates in the future', '2030-01-01', '2031-01-01', {}],
    ['start on the signing day, operation the same day', '2026-01-10', '2026-01-10', {}],
    [
      'start before signing',
      '2026-01-09',
      '2027-01-01',
      { plannedStartOn: '计划开工日期不能早于签约日期' },
    ],
    [
      'operation before start',
      '2026-06-01',
      '2026-05-31',
      { plannedOperatingOn: '计划投产日期不能早于计划开工日期' },
    ],
    [
      'an impossible planned date',
      '2026-06-31',
      '2027-06-01',
      { plannedStartOn: '计划开工日期不是有效日期' },
    ],
  ])('checks planned dates: %s', (_, plannedStartOn, plannedOperatingOn, errors) => {
    const decision = move({
      project: negotiating,
      toStage: 'SIGNED',
      evidence: { ...SIGNING, plannedStartOn, plannedOperatingOn },
    });
    expect(decision.ok ? {} : decision.fields).toEqual(errors);
  });

  it('refuses planned operation before signing even without a planned start', () => {
    const project: ProjectFacts = { stage: 'NEGOTIATING' };
    const evidence = { ...SIGNING, plannedStartOn: 'soon', plannedOperatingOn: '2025-12-31' };
    expect(fieldErrors(move({ project, toStage: 'SIGNED', evidence }))).toEqual({
      plannedStartOn: '计划开工日期不是有效日期',
      plannedOperatingOn: '计划投产日期不能早于签约日期',
    });
  });

  it.each([
    [0, '合同引资额必须大于 0'],
    [-100, '合同引资额不能为负数'],
    [Number.NaN, '合同引资额必须是有效数字'],
    [Infinity, '合同引资额必须是有效数字'],
    ['50000', '合同引资额必须是有效数字'],
    [{ valueOf: (): number => 5 }, '合同引资额必须是有效数字'],
    [1.005, '合同引资额最多保留两位小数'],
    [100_000_000.01, '合同引资额不能超过 100,000,000 万元'],
  ])('refuses the contracted investment %p', (contractedInvestment, error) => {
    const evidence = { ...SIGNING, contractedInvestment } as unknown as StageEvidence;
    expect(fieldErrors(move({ project: negotiating, toStage: 'SIGNED', evidence }))).toEqual({
      contractedInvestment: error,
    });
  });

  it.each([
    ['contractNo', 'H'.repeat(65), '合同编号不能超过 64 个字'],
    ['contractNo', 12345, '合同编号必须是文本'],
    ['contractNo', 'HT\u0000001', '合同编号含有不允许的控制字符'],
    ['leaderId', 'x'.repeat(10_000), '包抓领导不能超过 64 个字'],
    ['leaderId', { id: 'leader-1' }, '包抓领导必须是文本'],
  ])('refuses %s = %p', (field, value, error) => {
    const evidence = { ...SIGNING, [field]: value } as unknown as StageEvidence;
    expect(fieldErrors(move({ project: negotiating, toStage: 'SIGNED', evidence }))).toEqual({
      [field]: error,
    });
  });

  it('accepts a contract number of exactly 64 characters', () => {
    const evidence = { ...SIGNING, contractNo: 'H'.repeat(64) };
    expect(move({ project: negotiating, toStage: 'SIGNED', evidence }).ok).toBe(true);
  });

  it('ignores fields of stages the move does not enter', () => {
    const evidence = {
      ...SIGNING,
      landedOn: '2026-02-01',
      companyCreditCode: 'nonsense',
      note: 'x',
    };
    const decision = move({ project: negotiating, toStage: 'SIGNED', evidence });
    expect(decision.ok && decision.patch).toEqual({ stage: 'SIGNED', ...SIGNING });
    expect(decision.ok && decision.note).toBeNull();
  });
});

describe('decideMove: entering 落地', () => {
  it('accepts land area with a valid company code', () => {
    expect(move({ project: SIGNED_PROJECT, toStage: 'LANDED', evidence: LANDING })).toEqual({
      ok: true,
      direction: 'FORWARD',
      entered: ['LANDED'],
      undone: [],
      patch: { stage: 'LANDED', ...LANDING },
      note: null,
      reason: null,
    });
  });

  it('accepts leased floor area instead of land', () => {
    const evidence = {
      landedOn: '2026-02-01',
      companyCreditCode: '91350100M000100Y43',
      leasedFloorArea: 5000,
    };
    expect(move({ project: SIGNED_PROJECT, toStage: 'LANDED', evidence }).ok).toBe(true);
  });

  it('uppercases the company code and drops its spaces', () => {
    const evidence = { ...LANDING, companyCreditCode: ' 9135 0100 m000 100y 43 ' };
    const decision = move({ project: SIGNED_PROJECT, toStage: 'LANDED', evidence });
    expect(decision.ok && decision.patch.companyCreditCode).toBe('91350100M000100Y43');
  });

  it.each([
    [
      { companyCreditCode: undefined },
      { companyCreditCode: '进入「落地」需要填写项目公司统一社会信用代码' },
    ],
    [
      { companyCreditCode: '91330000MA27U3H51M' },
      { companyCreditCode: '统一社会信用代码校验位错误' },
    ],
    [
      { companyCreditCode: '91350100M0O0100Y43' },
      { companyCreditCode: '统一社会信用代码含有非法字符' },
    ],
    [{ companyCreditCode: '9135' }, { companyCreditCode: '统一社会信用代码应为18位' }],
    [{ companyCreditCode: 913501 }, { companyCreditCode: '项目公司统一社会信用代码必须是文本' }],
    [
      { landArea: undefined },
      { landArea: '进入「落地」需要填写用地面积（亩）或租赁厂房面积（㎡）' },
    ],
    [
      { landArea: 0, leasedFloorArea: 0 },
      { landArea: '进入「落地」需要填写用地面积（亩）或租赁厂房面积（㎡）' },
    ],
    [{ landArea: -5 }, { landArea: '用地面积不能为负数' }],
    [{ landArea: Number.NaN }, { landArea: '用地面积必须是有效数字' }],
    [{ landArea: '120' }, { landArea: '用地面积必须是有效数字' }],
    [{ landArea: 12.345 }, { landArea: '用地面积最多保留两位小数' }],
    [{ landArea: 2e8 }, { landArea: '用地面积不能超过 100,000,000 亩' }],
    [{ landArea: 0, leasedFloorArea: -1 }, { leasedFloorArea: '租赁厂房面积不能为负数' }],
    [{ landedOn: '2026-03-02' }, { landedOn: '落地日期不能晚于今天（2026-03-01）' }],
    [{ landedOn: '2026-01-09' }, { landedOn: '落地日期不能早于签约日期（2026-01-10）' }],
  ])('refuses %p', (change, errors) => {
    const evidence = { ...LANDING, ...change } as unknown as StageEvidence;
    expect(fieldErrors(move({ project: SIGNED_PROJECT, toStage: 'LANDED', evidence }))).toEqual(
      errors,
    );
  });

  it('accepts landing on the signing day', () => {
    const evidence = { ...LANDING, landedOn: SIGNING.signedOn };
    expect(move({ project: SIGNED_PROJECT, toStage: 'LANDED', evidence }).ok).toBe(true);
  });
});

describe('decideMove: entering 开工 and 投产', () => {
  it('accepts a permit number', () => {
    const decision = move({ project: LANDED_PROJECT, toStage: 'STARTED', evidence: START });
    expect(decision.ok && decision.patch).toEqual({ stage: 'STARTED', ...START });
  });

  it('accepts a note instead of a permit, handing the note back apart from the patch', () => {
    const evidence = { startedOn: '2026-02-20', note: '  厂房改造先行开工  ' };
    const decision = move({ project: LANDED_PROJECT, toStage: 'STARTED', evidence });
    expect(decision.ok && decision.patch).toEqual({ stage: 'STARTED', startedOn: '2026-02-20' });
    expect(decision.ok && decision.note).toBe('厂房改造先行开工');
  });

  it('accepts a permit number already on the project', () => {
    const project = { ...LANDED_PROJECT, permitNo: 'P-1' };
    expect(move({ project, toStage: 'STARTED', evidence: { startedOn: '2026-02-20' } }).ok).toBe(
      true,
    );
  });

  it.each([
    [{ permitNo: undefined }, { permitNo: '进入「开工」需要填写施工许可证号或说明' }],
    [{ permitNo: '   ', note: '  ' }, { permitNo: '进入「开工」需要填写施工许可证号或说明' }],
    [{ permitNo: 'P'.repeat(65) }, { permitNo: '施工许可证号不能超过 64 个字' }],
    [{ permitNo: undefined, note: '说'.repeat(2001) }, { note: '说明不能超过 2000 个字' }],
    [{ startedOn: undefined }, { startedOn: '进入「开工」需要填写开工日期' }],
    [{ startedOn: '2026-01-31' }, { startedOn: '开工日期不能早于落地日期（2026-02-01）' }],
  ])('refuses %p', (change, errors) => {
    const evidence = { ...START, ...change } as StageEvidence;
    expect(fieldErrors(move({ project: LANDED_PROJECT, toStage: 'STARTED', evidence }))).toEqual(
      errors,
    );
  });

  it('accepts operation with a note', () => {
    const decision = move({ project: STARTED_PROJECT, toStage: 'OPERATING', evidence: OPERATION });
    expect(decision).toEqual({
      ok: true,
      direction: 'FORWARD',
      entered: ['OPERATING'],
      undone: [],
      patch: { stage: 'OPERATING', operatingOn: '2026-02-28' },
      note: '首批产品下线',
      reason: null,
    });
  });

  it.each([
    [{ note: undefined }, { note: '进入「投产」需要填写说明' }],
    [{ note: '\u0007' }, { note: '说明不能为空' }],
    [{ operatingOn: '2026-02-19' }, { operatingOn: '投产日期不能早于开工日期（2026-02-20）' }],
    [{ operatingOn: '2026-03-02' }, { operatingOn: '投产日期不能晚于今天（2026-03-01）' }],
  ])('refuses %p', (change, errors) => {
    const evidence = { ...OPERATION, ...change } as StageEvidence;
    expect(fieldErrors(move({ project: STARTED_PROJECT, toStage: 'OPERATING', evidence }))).toEqual(
      errors,
    );
  });
});

describe('decideMove: skipping stages', () => {
  const allEvidence = { ...SIGNING, ...LANDING, ...START, ...OPERATION };

  it('skips from 在谈 to 投产 with the evidence of every stage passed', () => {
    const decision = move({
      project: { stage: 'NEGOTIATING' },
      toStage: 'OPERATING',
      evidence: allEvidence,
    });
    const { note, ...facts } = allEvidence;
    expect(decision).toEqual({
      ok: true,
      direction: 'FORWARD',
      entered: ['SIGNED', 'LANDED', 'STARTED', 'OPERATING'],
      undone: [],
      patch: { stage: 'OPERATING', ...facts },
      note,
      reason: null,
    });
  });

  it('names the stage whose evidence is missing', () => {
    const { landedOn, ...evidence } = allEvidence;
    expect(landedOn).toBeDefined();
    expect(
      fieldErrors(move({ project: { stage: 'SIGNED', ...SIGNING }, toStage: 'STARTED', evidence })),
    ).toEqual({
      landedOn: '进入「落地」需要填写落地日期',
    });
  });

  it('keeps the stage dates in order within one move', () => {
    const evidence = {
      ...allEvidence,
      landedOn: '2026-01-05',
      startedOn: '2026-01-04',
      operatingOn: '2026-01-03',
    };
    expect(
      fieldErrors(move({ project: { stage: 'NEGOTIATING' }, toStage: 'OPERATING', evidence })),
    ).toEqual({
      landedOn: '落地日期不能早于签约日期（2026-01-10）',
      startedOn: '开工日期不能早于签约日期（2026-01-10）',
      operatingOn: '投产日期不能早于签约日期（2026-01-10）',
    });
  });

  it('does not blame the mover for dates already out of order on the project', () => {
    const project = { ...STARTED_PROJECT, landedOn: '2026-01-01' };
    expect(move({ project, toStage: 'OPERATING', evidence: OPERATION }).ok).toBe(true);
  });
});

describe('decideMove: undoing one’s own move', () => {
  const justLanded = {
    fromStage: 'SIGNED',
    toStage: 'LANDED',
    byMover: true,
    minutesAgo: 3,
  } as const;

  it.each(['STAFF', 'LEADER'] as const)(
    'lets %s take back their own forward move within 10 minutes, without a reason',
    (role) => {
      expect(
        move({ project: LANDED_PROJECT, toStage: 'SIGNED', role, lastMove: justLanded }),
      ).toEqual({
        ok: true,
        direction: 'BACKWARD',
        entered: [],
        undone: ['LANDED'],
        patch: { stage: 'SIGNED', landedOn: null },
        note: null,
        reason: null,
        undo: true,
      });
    },
  );

  it.each([
    ['someone else’s move', { ...justLanded, byMover: false }],
    ['a move older than 10 minutes', { ...justLanded, minutesAgo: UNDO_WINDOW_MINUTES + 0.1 }],
    ['a move to another stage', { ...justLanded, toStage: 'STARTED' as const }],
    ['a backward move', { fromStage: 'STARTED', toStage: 'LANDED', byMover: true, minutesAgo: 1 }],
    ['the creation of the project', { ...justLanded, fromStage: null }],
    ['no move at all', null],
  ])('treats taking back %s as a correction, refused to staff', (_what, lastMove) => {
    expect(
      move({
        project: LANDED_PROJECT,
        toStage: 'SIGNED',
        role: 'STAFF',
        lastMove: lastMove as never,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('undoes only the step that was made, not further back', () => {
    expect(
      move({
        project: LANDED_PROJECT,
        toStage: 'NEGOTIATING',
        role: 'STAFF',
        lastMove: justLanded,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('takes back a move that skipped stages in one step', () => {
    const skipped = {
      fromStage: 'SIGNED',
      toStage: 'LANDED',
      byMover: true,
      minutesAgo: 0,
    } as const;
    expect(isUndoOfLastMove('LANDED', 'SIGNED', skipped)).toBe(true);
    expect(isUndoOfLastMove('OPERATING', 'SIGNED', { ...skipped, toStage: 'OPERATING' })).toBe(
      true,
    );
  });
});

describe('decideMove: moving backward', () => {
  it.each(['STAFF', 'LEADER'] as const)('forbids %s', (role) => {
    expect(move({ project: LANDED_PROJECT, toStage: 'SIGNED', role, reason: '录错了' })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: '只有督查或管理员可以回退阶段',
      fields: {},
    });
  });

  it('forbids an unknown role', () => {
    const role = 'ROOT' as unknown as 'ADMIN';
    expect(
      move({ project: LANDED_PROJECT, toStage: 'SIGNED', role, reason: '录错了' }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it.each(['SUPERVISOR', 'ADMIN'] as const)(
    'lets %s undo stages, clearing only their dates',
    (role) => {
      const project = {
        ...STARTED_PROJECT,
        stage: 'OPERATING',
        operatingOn: '2026-02-28',
      } as ProjectFacts;
      expect(move({ project, toStage: 'SIGNED', role, reason: '  落地信息录入有误  ' })).toEqual({
        ok: true,
        direction: 'BACKWARD',
        entered: [],
        undone: ['LANDED', 'STARTED', 'OPERATING'],
        patch: { stage: 'SIGNED', landedOn: null, startedOn: null, operatingOn: null },
        note: null,
        reason: '落地信息录入有误',
      });
    },
  );

  it('clears the signing date when undoing 签约', () => {
    const decision = move({
      project: SIGNED_PROJECT,
      toStage: 'NEGOTIATING',
      role: 'ADMIN',
      reason: '合同未生效',
    });
    expect(decision.ok && decision.patch).toEqual({ stage: 'NEGOTIATING', signedOn: null });
  });

  it.each([
    [undefined, '回退原因不能为空'],
    [null, '回退原因不能为空'],
    ['   ', '回退原因不能为空'],
    ['因'.repeat(501), '回退原因不能超过 500 个字'],
    [42, '回退原因必须是文本'],
  ])('requires a reason (%p)', (reason, error) => {
    const decision = move({
      project: LANDED_PROJECT,
      toStage: 'SIGNED',
      role: 'SUPERVISOR',
      reason: reason as string,
    });
    expect(decision).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: error,
      fields: { reason: error },
    });
  });

  it('accepts a reason of exactly 500 characters', () => {
    const reason = '因'.repeat(500);
    expect(
      move({ project: LANDED_PROJECT, toStage: 'SIGNED', role: 'SUPERVISOR', reason }).ok,
    ).toBe(true);
  });
});

describe('decideMove: hostile input', () => {
  const anyValue = fc.oneof(
    fc.anything(),
    fc.string({ maxLength: 3000 }),
    fc.constantFrom(
      Number.NaN,
      Infinity,
      -Infinity,
      -1,
      0,
      1e308,
      '',
      ' ',
      '2026-02-30',
      '2026-01-10',
    ),
  );
  const fields = requiredEvidenceFields('NEGOTIATING', 'OPERATING');
  const evidence = fc.dictionary(
    fc.constantFrom<string>(...fields, '__proto__', 'constructor', 'stage'),
    anyValue,
  );

  it('never throws, and only ever writes evidence fields of the stages entered', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGES),
        fc.constantFrom<unknown>(...STAGES, 'DONE', null),
        fc.oneof(evidence, fc.anything()),
        fc.constantFrom<unknown>(...ROLES, 'ROOT', undefined),
        anyValue,
        (from, toStage, ev, role, reason) => {
          const decision = decideMove({
            project: { stage: from, ...SIGNING },
            toStage: toStage as Stage,
            evidence: ev as StageEvidence,
            role: role as 'ADMIN',
            reason: reason as string,
            today: TODAY,
          });
          if (!decision.ok) {
            expect(Object.values(decision.fields).every((m) => typeof m === 'string')).toBe(true);
            return;
          }
          const allowed = new Set<string>([
            'stage',
            ...(decision.direction === 'FORWARD'
              ? requiredEvidenceFields(from, toStage as Stage)
              : ['signedOn', 'landedOn', 'startedOn', 'operatingOn']),
          ]);
          for (const key of Object.keys(decision.patch)) expect(allowed).toContain(key);
          expect(decision.patch).not.toHaveProperty('note');
        },
      ),
    );
  });

  it('treats a non-object evidence as no evidence', () => {
    for (const evidence of [null, undefined, 'signedOn', 42]) {
      const decision = move({
        project: { stage: 'NEGOTIATING' },
        toStage: 'SIGNED',
        evidence: evidence as unknown as StageEvidence,
      });
      expect(Object.keys(fieldErrors(decision))).toHaveLength(6);
    }
  });

  it('does not read evidence through the prototype', () => {
    const evidence = Object.create({ ...SIGNING }) as StageEvidence;
    expect(
      Object.keys(
        fieldErrors(move({ project: { stage: 'NEGOTIATING' }, toStage: 'SIGNED', evidence })),
      ),
    ).toEqual(requiredEvidenceFields('NEGOTIATING', 'SIGNED') as EvidenceField[]);
  });
});
