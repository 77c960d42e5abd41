import { daysBetween } from './dates';
import type { BilingualLabel } from './stages';

/** 交办问题 life cycle: handed to a department (OPEN), taken up by a leader (ESCALATED), closed (销号). */
export const BLOCKER_STATUSES = ['OPEN', 'ESCALATED', 'RESOLVED'] as const;
export type BlockerStatus = (typeof BLOCKER_STATUSES)[number];

export const BLOCKER_STATUS_LABELS: Record<BlockerStatus, BilingualLabel> = {
  OPEN: { zh: '办理中', en: 'Open' },
  ESCALATED: { zh: '提请领导协调', en: 'Escalated' },
  RESOLVED: { zh: '已销号', en: 'Resolved' },
};

export type BlockerAction = 'RESOLVE' | 'ESCALATE' | 'REOPEN';

/** The statuses each action starts from, and the status it leads to. */
const TRANSITIONS: Record<
  BlockerAction,
  { from: readonly BlockerStatus[]; to: BlockerStatus; refusal: string }
> = {
  RESOLVE: { from: ['OPEN', 'ESCALATED'], to: 'RESOLVED', refusal: '该问题已销号' },
  ESCALATE: { from: ['OPEN'], to: 'ESCALATED', refusal: '只有办理中的问题可以提请领导协调' },
  REOPEN: { from: ['RESOLVED'], to: 'OPEN', refusal: '只有已销号的问题可以重新打开' },
};

/** The status after `action`, or the reason (Chinese) why it does not apply to `status`. */
export function blockerTransition(
  status: BlockerStatus,
  action: BlockerAction,
): { to: BlockerStatus; error: null } | { to: null; error: string } {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status)
    ? { to: rule.to, error: null }
    : { to: null, error: rule.refusal };
}

/** Not yet 销号: still handed to a department or taken up by a leader. */
export function isBlockerOpen(status: BlockerStatus): boolean {
  return status !== 'RESOLVED';
}

/**
 * Days an open blocker is past its due date on `today`: 0 on the due day itself, 1 the next day
 * (when BLOCKER_OVERDUE turns red). Resolved blockers are never overdue.
 */
export function blockerOverdueDays(status: BlockerStatus, dueOn: string, today: string): number {
  return isBlockerOpen(status) ? Math.max(0, daysBetween(dueOn, today)) : 0;
}

/** Days since the blocker was handed over: to today while open, to the 销号 day once closed. */
export function blockerAgeDays(raisedOn: string, closedOn: string | null, today: string): number {
  return Math.max(0, daysBetween(raisedOn, closedOn ?? today));
}
