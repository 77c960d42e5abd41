import { isIsoDate } from './dates';
import { checkForwardEvidence } from './evidence-checks';
import type { ProjectFacts, StageEvidence } from './evidence-fields';
import {
  type Role,
  STAGE_DATE_FIELD,
  STAGE_LABELS,
  type Stage,
  isForwardMove,
  isStage,
  stagesEntered,
  stagesUndone,
} from './stages';
import { cleanText } from './text';

export * from './evidence-fields';
export { MAX_CODE_LENGTH, MAX_NOTE_LENGTH } from './evidence-checks';

export const MAX_REASON_LENGTH = 500;
const ROLES_THAT_MOVE_BACK: readonly Role[] = ['SUPERVISOR', 'ADMIN'];
/** How long the person who moved a project forward may take the move back themselves. */
export const UNDO_WINDOW_MINUTES = 10;

/** The project's latest stage change, as the person now moving it sees it. */
export interface LastMove {
  fromStage: Stage | null;
  toStage: Stage;
  /** Whether the person now moving the project made that change. */
  byMover: boolean;
  minutesAgo: number;
}

/**
 * Whether moving to `toStage` takes back the mover's own forward move of the last
 * UNDO_WINDOW_MINUTES: exactly that step, from the stage it reached, and nothing since.
 */
export function isUndoOfLastMove(
  stage: Stage,
  toStage: Stage,
  last: LastMove | null | undefined,
): boolean {
  return (
    !!last &&
    last.byMover &&
    last.fromStage !== null &&
    isStage(last.fromStage) &&
    isForwardMove(last.fromStage, last.toStage) &&
    last.toStage === stage &&
    last.fromStage === toStage &&
    Number.isFinite(last.minutesAgo) &&
    last.minutesAgo >= 0 &&
    last.minutesAgo <= UNDO_WINDOW_MINUTES
  );
}

export interface MoveRequest {
  project: ProjectFacts;
  toStage: Stage;
  evidence: StageEvidence;
  role: Role;
  reason?: string | null;
  today: string;
  /** The project's latest stage change: a backward move taking back the mover's own is an undo. */
  lastMove?: LastMove | null;
}

export type MoveDecision =
  | {
      ok: true;
      direction: 'FORWARD' | 'BACKWARD';
      entered: Stage[];
      undone: Stage[];
      patch: Partial<ProjectFacts> & { stage: Stage };
      /** The trimmed note of a forward move (开工/投产说明), for the stage transition record. */
      note: string | null;
      /** The trimmed reason of a backward move, for the stage transition and audit records. */
      reason: string | null;
      /** A backward move that takes back the mover's own forward move: audited as an undo. */
      undo?: true;
    }
  | {
      ok: false;
      code: 'BAD_USER_INPUT' | 'FORBIDDEN';
      message: string;
      fields: Record<string, string>;
    };

/**
 * Decides whether a project may move to `toStage` and what to write if so. Never throws:
 * whatever arrives from a form becomes field errors in Chinese. Ownership and scope checks for
 * forward moves are the server's; this only knows who may correct a stage backward.
 */
export function decideMove(req: MoveRequest): MoveDecision {
  const project: unknown = req?.project;
  if (!isObject(project) || !isStage(project.stage)) return rejected({ stage: '项目当前阶段无效' });
  if (!isStage(req.toStage)) return rejected({ toStage: '目标阶段无效' });
  if (!isIsoDate(req.today)) return rejected({ today: '当前日期无效' });
  const facts = project as unknown as ProjectFacts;
  if (facts.stage === req.toStage) {
    return rejected({ toStage: `项目已处于「${STAGE_LABELS[req.toStage].zh}」阶段` });
  }
  return isForwardMove(facts.stage, req.toStage)
    ? decideForward(facts, req)
    : decideBackward(facts, req);
}

function decideForward(project: ProjectFacts, req: MoveRequest): MoveDecision {
  const entered = stagesEntered(project.stage, req.toStage);
  const evidence = isObject(req.evidence) ? req.evidence : {};
  const { errors, patch, note } = checkForwardEvidence(
    project,
    project.stage,
    entered,
    evidence,
    req.today,
  );
  if (Object.keys(errors).length > 0) return rejected(errors as Record<string, string>);
  return {
    ok: true,
    direction: 'FORWARD',
    entered,
    undone: [],
    patch: { ...patch, stage: req.toStage },
    note,
    reason: null,
  };
}

/**
 * A backward move corrects a mistake. It clears only the dates of the undone stages: the
 * contract, the leader and the project company stay true facts, and it is the stage dates that
 * certify a stage (and put the project into the rates).
 */
function decideBackward(project: ProjectFacts, req: MoveRequest): MoveDecision {
  if (isUndoOfLastMove(project.stage, req.toStage, req.lastMove)) return decideUndo(project, req);
  if (!ROLES_THAT_MOVE_BACK.includes(req.role)) {
    return { ok: false, code: 'FORBIDDEN', message: '只有督查或管理员可以回退阶段', fields: {} };
  }
  const reason = cleanText(req.reason, 'reason', {
    required: true,
    max: MAX_REASON_LENGTH,
    label: '回退原因',
  });
  if (reason.error !== null) return rejected({ reason: reason.error });
  return backwardTo(project, req.toStage, reason.value);
}

/** Takes back the mover's own move: its stage dates go, a reason is optional. */
function decideUndo(project: ProjectFacts, req: MoveRequest): MoveDecision {
  const reason = cleanText(req.reason, 'reason', { max: MAX_REASON_LENGTH, label: '撤销原因' });
  if (reason.error !== null) return rejected({ reason: reason.error });
  return { ...backwardTo(project, req.toStage, reason.value), undo: true };
}

/** A move back to `toStage`: the dates of the stages it leaves are cleared. */
function backwardTo(
  project: ProjectFacts,
  toStage: Stage,
  reason: string | null,
): Extract<MoveDecision, { ok: true }> {
  const undone = stagesUndone(project.stage, toStage);
  const clearedDates = Object.fromEntries(
    undone.map((stage) => [STAGE_DATE_FIELD[stage as Exclude<Stage, 'NEGOTIATING'>], null]),
  );
  return {
    ok: true,
    direction: 'BACKWARD',
    entered: [],
    undone,
    patch: { ...clearedDates, stage: toStage },
    note: null,
    reason,
  };
}

function rejected(fields: Record<string, string>): MoveDecision {
  return { ok: false, code: 'BAD_USER_INPUT', message: Object.values(fields).join('；'), fields };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
