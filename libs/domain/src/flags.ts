import { isIsoDate } from './dates';
import { FLAG_RULES } from './flag-rules';
import type { FlagThresholds } from './flag-thresholds';
import { type BilingualLabel, type Stage, isStage } from './stages';
import type { ProjectStatus } from './vocabulary';

export * from './flag-thresholds';

export const FLAG_KINDS = [
  'FAKE_PROJECT',
  'STALLED',
  'IDLE_LAND',
  'LOW_CAPITAL',
  'NO_FOLLOW_UP',
  'LOW_LAND_YIELD',
  'DUPLICATE',
  'BLOCKER_OVERDUE',
  'SUPERVISION_OVERDUE',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
export type FlagLevel = 'RED' | 'YELLOW';

export const FLAG_LABELS: Record<FlagKind, BilingualLabel> = {
  FAKE_PROJECT: { zh: '疑似假项目', en: 'Suspected fake project' },
  STALLED: { zh: '推进滞后', en: 'Stalled' },
  IDLE_LAND: { zh: '圈地不开发', en: 'Idle land' },
  LOW_CAPITAL: { zh: '资金到位率低', en: 'Low capital arrival' },
  NO_FOLLOW_UP: { zh: '跟进停滞', en: 'No follow-up' },
  LOW_LAND_YIELD: { zh: '亩均投资不足', en: 'Low investment per mu' },
  DUPLICATE: { zh: '重复签约', en: 'Duplicate signing' },
  BLOCKER_OVERDUE: { zh: '交办问题逾期', en: 'Overdue blocker' },
  SUPERVISION_OVERDUE: { zh: '督办逾期', en: 'Overdue supervision notice' },
};

export interface Flag {
  kind: FlagKind;
  level: FlagLevel;
  /** A sentence a person reads, computed for the day asked about. */
  reason: string;
  /** The date the flag reached this level. */
  since: string;
}

export interface FlagFacts {
  status: ProjectStatus;
  stage: Stage;
  /** The date the current stage was entered (the creation date for NEGOTIATING). */
  stageEnteredOn: string;
  /** The latest of: stage entry, capital arrival, activity. Drives NO_FOLLOW_UP. */
  lastProgressOn: string;
  /** The latest fact after the stage change (a capital arrival): restarts the STALLED clock. */
  lastFactOn?: string | null;
  signedOn?: string | null;
  landedOn?: string | null;
  startedOn?: string | null;
  contractedInvestment?: number | null;
  arrivedInvestment: number;
  landArea?: number | null;
  /** The earlier-signed project this one duplicates, as found by the server. */
  duplicateOf?: { code: string; signedOn: string } | null;
  openBlockers?: { dueOn: string; departmentName: string }[];
  /** 督办 notices still waiting for the leader's answer (issued or sent back). */
  awaitedSupervisions?: { dueOn: string }[];
}

/**
 * The first date each level of a flag applies, given the facts as they are now (null: never).
 * The server stores these in indexed columns so that "red today" is a plain SQL comparison.
 */
export interface FlagSchedule {
  kind: FlagKind;
  yellowOn: string | null;
  redOn: string | null;
}

/** The schedules of the flags that can ever apply to the project; none once it is terminated. */
export function flagSchedules(facts: FlagFacts, t: FlagThresholds): FlagSchedule[] {
  return scheduledRules(facts, t).map(({ kind, yellowOn, redOn }) => ({ kind, yellowOn, redOn }));
}

/** Where a project stands in the 督查 list on a given day. */
export interface FlagStanding {
  /** The worst colour lit that day, or null. */
  level: FlagLevel | null;
  /** The earliest day one of its lit flags took its current colour: the longest lit goes first. */
  since: string | null;
  /** The next day the standing can change (a flag turning yellow or red); null when never. */
  until: string | null;
  /** The earliest day any flag turns red: red on `today` when `redSince <= today`. */
  redSince: string | null;
}

export function flagStanding(schedules: Omit<FlagSchedule, 'kind'>[], today: string): FlagStanding {
  const earliest = (a: string | null, b: string | null) =>
    a === null || (b !== null && b < a) ? b : a;
  const standing: FlagStanding = { level: null, since: null, until: null, redSince: null };
  for (const schedule of schedules) {
    standing.redSince = earliest(standing.redSince, schedule.redOn);
    const level = flagLevelOn(schedule, today);
    if (level === 'RED' || (level === 'YELLOW' && standing.level === null)) standing.level = level;
    if (level)
      standing.since = earliest(
        standing.since,
        level === 'RED' ? schedule.redOn : schedule.yellowOn,
      );
    for (const day of [schedule.yellowOn, schedule.redOn])
      if (day !== null && day > today) standing.until = earliest(standing.until, day);
  }
  return standing;
}

/** The level a schedule gives on `today`, or null when the flag is not lit. */
export function flagLevelOn(schedule: Omit<FlagSchedule, 'kind'>, today: string): FlagLevel | null {
  if (schedule.redOn !== null && today >= schedule.redOn) return 'RED';
  if (schedule.yellowOn !== null && today >= schedule.yellowOn) return 'YELLOW';
  return null;
}

/**
 * The flags lit on `today`, red first. Derived from the same schedules the server stores, so
 * the list and an SQL query over the stored dates cannot disagree.
 */
export function computeFlags(facts: FlagFacts, t: FlagThresholds, today: string): Flag[] {
  if (!isIsoDate(today)) throw new RangeError(`today is not an ISO date: ${JSON.stringify(today)}`);
  const flags = scheduledRules(facts, t).flatMap((rule): Flag[] => {
    const level = flagLevelOn(rule, today);
    if (level === null) return [];
    const since = (level === 'RED' ? rule.redOn : rule.yellowOn) as string;
    return [{ kind: rule.kind, level, reason: rule.reasonOn(today), since }];
  });
  // Array.prototype.sort is stable, so flags of one colour keep FLAG_KINDS order.
  return flags.sort((a, b) => Number(b.level === 'RED') - Number(a.level === 'RED'));
}

function scheduledRules(facts: FlagFacts, t: FlagThresholds) {
  if (facts.status === 'TERMINATED' || !isStage(facts.stage)) return [];
  return FLAG_KINDS.flatMap((kind) => {
    const rule = FLAG_RULES[kind](facts, t);
    return rule === null || (rule.yellowOn === null && rule.redOn === null)
      ? []
      : [{ kind, ...rule }];
  });
}
