import { addDays, daysBetween, isIsoDate, maxDate, minDate } from './dates';
import { flagReason } from './flag-reasons';
import type { FlagFacts, FlagKind } from './flags';
import type { FlagThresholds } from './flag-thresholds';
import { formatWan, fromCents, toCents } from './money';
import { formatRate } from './rates';
import { STAGE_LABELS, type Stage, stageIndex } from './stages';

export interface ScheduledRule {
  yellowOn: string | null;
  redOn: string | null;
  /** The reason sentence for a day on which the flag is lit. */
  reasonOn(today: string): string;
}

type FlagRule = (facts: FlagFacts, t: FlagThresholds) => ScheduledRule | null;

/**
 * One rule per flag kind (domain.md "Flags"). A rule that needs a date the project lacks does
 * not apply: it cannot say when it would start.
 */
export const FLAG_RULES: Record<FlagKind, FlagRule> = {
  FAKE_PROJECT(f, t) {
    const signedOn = validDate(f.signedOn);
    if (!isAtLeast(f.stage, 'SIGNED') || !signedOn || hasCapital(f)) return null;
    return {
      yellowOn: null,
      redOn: laterDate(signedOn, t.fakeProjectDays),
      reasonOn: (today) => flagReason('FAKE_PROJECT', { days: daysBetween(signedOn, today) }),
    };
  },

  STALLED(f, t) {
    const enteredOn = validDate(f.stageEnteredOn);
    if (!enteredOn || !(f.stage === 'SIGNED' || f.stage === 'LANDED' || f.stage === 'STARTED')) {
      return null;
    }
    // Only facts restart the clock (domain.md): a capital arrival after the stage change counts.
    const lastFactOn = validDate(f.lastFactOn ?? null);
    const clockFrom = lastFactOn && lastFactOn > enteredOn ? lastFactOn : enteredOn;
    const limit = t.stalledDays[f.stage];
    // Yellow from day ⌈limit × fraction⌉ (120 of 180), red once the limit is passed (day 181).
    // The epsilon keeps 180 × (2/3 in binary) from ceiling to 121.
    const yellowAfterDays = Math.ceil(limit * t.stalledYellowFraction - 1e-9);
    const stageName = STAGE_LABELS[f.stage].zh;
    return {
      yellowOn: laterDate(clockFrom, yellowAfterDays),
      redOn: laterDate(clockFrom, limit + 1),
      reasonOn: (today) =>
        flagReason(clockFrom === enteredOn ? 'STALLED_IN_STAGE' : 'STALLED_SINCE_FACT', {
          stage: stageName,
          days: daysBetween(clockFrom, today),
          limit,
        }),
    };
  },

  IDLE_LAND(f, t) {
    const landedOn = validDate(f.landedOn);
    if (f.stage !== 'LANDED' || !landedOn || !isPositive(f.landArea)) return null;
    return {
      yellowOn: null,
      redOn: laterDate(landedOn, t.idleLandDays),
      reasonOn: (today) => flagReason('IDLE_LAND', { days: daysBetween(landedOn, today) }),
    };
  },

  LOW_CAPITAL(f, t) {
    if (!isPositive(f.contractedInvestment)) return null;
    const arrivedCents = hasCapital(f) ? toCents(f.arrivedInvestment) : 0;
    const contractedCents = toCents(f.contractedInvestment);
    const arrivalRatio = arrivedCents / contractedCents;
    const signedOn = validDate(f.signedOn);
    const startedOn = validDate(f.startedOn);
    const afterSigningOn =
      isAtLeast(f.stage, 'SIGNED') && signedOn && arrivalRatio < t.lowCapitalRatioAfterSigning
        ? laterDate(signedOn, t.lowCapitalDays)
        : null;
    const afterStartOn =
      isAtLeast(f.stage, 'STARTED') && startedOn && arrivalRatio < t.lowCapitalRatioAfterStart
        ? startedOn
        : null;
    // Rounded down to 0.1 % so the sentence never shows the threshold itself as "below" it.
    const shownRatio = Math.floor((arrivedCents * 1000) / contractedCents) / 1000;
    return {
      yellowOn: minDate(afterSigningOn, afterStartOn),
      redOn: null,
      reasonOn: (today) => {
        const threshold =
          afterStartOn !== null && afterStartOn <= today
            ? t.lowCapitalRatioAfterStart
            : t.lowCapitalRatioAfterSigning;
        return flagReason('LOW_CAPITAL', {
          rate: formatRate(shownRatio),
          threshold: formatRate(threshold),
        });
      },
    };
  },

  NO_FOLLOW_UP(f, t) {
    const lastProgressOn = validDate(f.lastProgressOn);
    if (f.stage !== 'NEGOTIATING' || !lastProgressOn) return null;
    return {
      yellowOn: laterDate(lastProgressOn, t.noFollowUpYellowDays),
      redOn: laterDate(lastProgressOn, t.noFollowUpRedDays),
      reasonOn: (today) => flagReason('NO_FOLLOW_UP', { days: daysBetween(lastProgressOn, today) }),
    };
  },

  LOW_LAND_YIELD(f, t) {
    const contracted = f.contractedInvestment;
    if (!isPositive(f.landArea) || typeof contracted !== 'number' || !(contracted >= 0)) {
      return null;
    }
    const contractedCents = toCents(contracted);
    const landCents = toCents(f.landArea);
    // contracted / land < minimum, cross-multiplied in BigInt so the boundary is exact.
    const belowMinimum =
      BigInt(contractedCents) * 100n < BigInt(toCents(t.minInvestmentPerMu)) * BigInt(landCents);
    if (!belowMinimum) return null;
    // Rounded down so that 199.999 does not read as "200.00, below 200".
    const perMu = fromCents(Math.floor((contractedCents * 100) / landCents));
    return {
      // Known since the land was given; the earlier dates stand in for projects moved back.
      yellowOn: validDate(f.landedOn) ?? validDate(f.signedOn) ?? validDate(f.stageEnteredOn),
      redOn: null,
      reasonOn: () =>
        flagReason('LOW_LAND_YIELD', { perMu: formatWan(perMu), minimum: t.minInvestmentPerMu }),
    };
  },

  DUPLICATE(f) {
    const original = f.duplicateOf;
    if (!original) return null;
    // Counted twice from the day the later of the two signings happened.
    const ownSigningOn = validDate(f.signedOn) ?? validDate(f.stageEnteredOn);
    return {
      yellowOn: null,
      redOn: maxDate(ownSigningOn, validDate(original.signedOn)),
      reasonOn: () => flagReason('DUPLICATE', { code: original.code }),
    };
  },

  BLOCKER_OVERDUE(f) {
    const blockers = (f.openBlockers ?? []).filter((blocker) => isIsoDate(blocker.dueOn));
    const earliestDueOn = minDate(...blockers.map((blocker) => blocker.dueOn));
    if (earliestDueOn === null) return null;
    return {
      yellowOn: null,
      redOn: laterDate(earliestDueOn, 1),
      reasonOn: (today) => {
        const overdue = blockers
          .filter((blocker) => blocker.dueOn < today)
          .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
        const [worst] = overdue;
        const params = {
          department: worst.departmentName,
          days: daysBetween(worst.dueOn, today),
          more: overdue.length - 1,
        };
        return flagReason(overdue.length > 1 ? 'BLOCKER_OVERDUE_MORE' : 'BLOCKER_OVERDUE', params);
      },
    };
  },

  SUPERVISION_OVERDUE(f) {
    const dueDates = (f.awaitedSupervisions ?? []).map((notice) => notice.dueOn).filter(isIsoDate);
    const earliestDueOn = minDate(...dueDates);
    if (earliestDueOn === null) return null;
    return {
      yellowOn: null,
      redOn: laterDate(earliestDueOn, 1),
      reasonOn: (today) => {
        const overdue = dueDates.filter((dueOn) => dueOn < today);
        const params = { days: daysBetween(earliestDueOn, today), count: overdue.length };
        return flagReason(
          overdue.length > 1 ? 'SUPERVISION_OVERDUE_MORE' : 'SUPERVISION_OVERDUE',
          params,
        );
      },
    };
  },
};

function isAtLeast(stage: Stage, target: Stage): boolean {
  return stageIndex(stage) >= stageIndex(target);
}

function hasCapital(f: FlagFacts): boolean {
  return isPositive(f.arrivedInvestment);
}

function isPositive(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function validDate(value: unknown): string | null {
  return isIsoDate(value) ? value : null;
}

/** A date past year 9999 is as good as never. */
function laterDate(date: string, days: number): string | null {
  try {
    return addDays(date, days);
  } catch {
    return null;
  }
}
