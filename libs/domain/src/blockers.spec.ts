import {
  BLOCKER_STATUSES,
  blockerAgeDays,
  blockerOverdueDays,
  blockerTransition,
  isBlockerOpen,
} from './blockers';

describe('blocker life cycle', () => {
  it.each([
    ['OPEN', 'RESOLVE', 'RESOLVED'],
    ['ESCALATED', 'RESOLVE', 'RESOLVED'],
    ['OPEN', 'ESCALATE', 'ESCALATED'],
    ['RESOLVED', 'REOPEN', 'OPEN'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(blockerTransition(from, action)).toEqual({ to, error: null });
  });

  it.each([
    ['RESOLVED', 'RESOLVE', '该问题已销号'],
    ['ESCALATED', 'ESCALATE', '只有办理中的问题可以提请领导协调'],
    ['RESOLVED', 'ESCALATE', '只有办理中的问题可以提请领导协调'],
    ['OPEN', 'REOPEN', '只有已销号的问题可以重新打开'],
    ['ESCALATED', 'REOPEN', '只有已销号的问题可以重新打开'],
  ] as const)('refuses %s --%s--> with a reason', (from, action, error) => {
    expect(blockerTransition(from, action)).toEqual({ to: null, error });
  });

  it('counts OPEN and ESCALATED as open, RESOLVED as closed', () => {
    expect(BLOCKER_STATUSES.filter(isBlockerOpen)).toEqual(['OPEN', 'ESCALATED']);
  });
});

describe('overdue and age', () => {
  it('is not overdue on the due day, one day overdue the day after', () => {
    expect(blockerOverdueDays('OPEN', '2026-03-10', '2026-03-09')).toBe(0);
    expect(blockerOverdueDays('OPEN', '2026-03-10', '2026-03-10')).toBe(0);
    expect(blockerOverdueDays('OPEN', '2026-03-10', '2026-03-11')).toBe(1);
    expect(blockerOverdueDays('ESCALATED', '2026-02-27', '2026-03-02')).toBe(3);
  });

  it('never counts a resolved blocker as overdue', () => {
    expect(blockerOverdueDays('RESOLVED', '2026-01-01', '2026-03-11')).toBe(0);
  });

  it('measures age to today while open and to the closing day once closed', () => {
    expect(blockerAgeDays('2026-03-01', null, '2026-03-11')).toBe(10);
    expect(blockerAgeDays('2026-03-01', '2026-03-04', '2026-03-11')).toBe(3);
    expect(blockerAgeDays('2026-03-01', null, '2026-03-01')).toBe(0);
  });
});
