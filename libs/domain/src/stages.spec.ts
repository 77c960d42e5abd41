import {
  ROLES,
  ROLE_LABELS,
  STAGES,
  STAGE_DATE_FIELD,
  STAGE_LABELS,
  type Stage,
  isForwardMove,
  isRole,
  isStage,
  stageIndex,
  stagesEntered,
  stagesUndone,
} from './stages';

describe('STAGES', () => {
  it('runs from negotiation to operation', () => {
    expect(STAGES).toEqual(['NEGOTIATING', 'SIGNED', 'LANDED', 'STARTED', 'OPERATING']);
  });

  it('has Chinese and English labels', () => {
    expect(Object.fromEntries(STAGES.map((s) => [s, STAGE_LABELS[s].zh]))).toEqual({
      NEGOTIATING: '在谈',
      SIGNED: '签约',
      LANDED: '落地',
      STARTED: '开工',
      OPERATING: '投产',
    });
    expect(STAGES.map((s) => STAGE_LABELS[s].en)).toEqual([
      'Negotiating',
      'Signed',
      'Landed',
      'Started',
      'Operating',
    ]);
  });

  it('names the date field certifying each stage after the first', () => {
    expect(STAGE_DATE_FIELD).toEqual({
      SIGNED: 'signedOn',
      LANDED: 'landedOn',
      STARTED: 'startedOn',
      OPERATING: 'operatingOn',
    });
  });
});

describe('stageIndex', () => {
  it.each(STAGES.map((s, i) => [s, i] as const))('%s is at %i', (stage, index) => {
    expect(stageIndex(stage)).toBe(index);
  });

  it('refuses an unknown stage', () => {
    expect(() => stageIndex('DONE' as Stage)).toThrow(RangeError);
  });
});

describe('isStage / isRole', () => {
  it.each([...STAGES])('%s is a stage', (s) => expect(isStage(s)).toBe(true));
  it.each(['signed', 'DONE', '', null, undefined, 1, {}])('%p is not a stage', (s) => {
    expect(isStage(s)).toBe(false);
  });
  it.each([...ROLES])('%s is a role', (r) => expect(isRole(r)).toBe(true));
  it.each(['admin', 'ROOT', null, 0])('%p is not a role', (r) => expect(isRole(r)).toBe(false));
});

describe('isForwardMove', () => {
  it.each([
    ['NEGOTIATING', 'SIGNED', true],
    ['NEGOTIATING', 'OPERATING', true],
    ['LANDED', 'STARTED', true],
    ['SIGNED', 'SIGNED', false],
    ['STARTED', 'LANDED', false],
    ['OPERATING', 'NEGOTIATING', false],
  ] as const)('%s → %s: %p', (from, to, forward) => {
    expect(isForwardMove(from, to)).toBe(forward);
  });
});

describe('stagesEntered', () => {
  it.each([
    ['NEGOTIATING', 'SIGNED', ['SIGNED']],
    ['NEGOTIATING', 'STARTED', ['SIGNED', 'LANDED', 'STARTED']],
    ['SIGNED', 'OPERATING', ['LANDED', 'STARTED', 'OPERATING']],
    ['STARTED', 'OPERATING', ['OPERATING']],
    ['LANDED', 'LANDED', []],
    ['OPERATING', 'SIGNED', []],
  ] as const)('%s → %s enters %p', (from, to, entered) => {
    expect(stagesEntered(from, to)).toEqual(entered);
  });
});

describe('stagesUndone', () => {
  it.each([
    ['SIGNED', 'NEGOTIATING', ['SIGNED']],
    ['OPERATING', 'LANDED', ['STARTED', 'OPERATING']],
    ['STARTED', 'NEGOTIATING', ['SIGNED', 'LANDED', 'STARTED']],
    ['LANDED', 'LANDED', []],
    ['SIGNED', 'OPERATING', []],
  ] as const)('%s → %s undoes %p', (from, to, undone) => {
    expect(stagesUndone(from, to)).toEqual(undone);
  });

  it('mirrors stagesEntered', () => {
    for (const a of STAGES) {
      for (const b of STAGES) expect(stagesUndone(b, a)).toEqual(stagesEntered(a, b));
    }
  });
});

describe('ROLES', () => {
  it('lists the four roles with Chinese labels', () => {
    expect(ROLES.map((r) => ROLE_LABELS[r].zh)).toEqual(['招商专员', '领导', '督查', '管理员']);
  });
});
