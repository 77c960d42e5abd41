import { addDays, daysBetween, isIsoDate, maxDate, minDate } from './dates';
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
      reasonOn: (today) => `签约后 ${daysBetween(signedOn, today)} 天未见到位资金`,
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
        clockFrom === enteredOn
          ? `在「${stageName}」阶段已停留 ${daysBetween(enteredOn, today)} 天（上限 ${limit} 天）`
          : `「${stageName}」阶段已 ${daysBetween(clockFrom, today)} 天无实质进展（上限 ${limit} 天）`,
    };
  },

  IDLE_LAND(f, t) {
    const landedOn = validDate(f.landedOn);
    if (f.stage !== 'LANDED' || !landedOn || !isPositive(f.landArea)) return null;
    return {
      yellowOn: null,
      redOn: laterDate(landedOn, t.idleLandDays),
      reasonOn: (today) => `落地供地 ${daysBetween(landedOn, today)} 天仍未开工`,
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
        return `资金到位率 ${formatRate(shownRatio)}，低于 ${formatRate(threshold)}`;
      },
    };
  },

  NO_FOLLOW_UP(f, t) {
    const lastProgressOn = validDate(f.lastProgressOn);
    if (f.stage !== 'NEGOTIATING' || !lastProgressOn) return null;
    return {
      yellowOn: laterDate(lastProgressOn, t.noFollowUpYellowDays),
      redOn: laterDate(lastProgressOn, t.noFollowUpRedDays),
      reasonOn: (today) => `在谈 ${daysBetween(lastProgressOn, today)} 天无实质进展`,
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
      reasonOn: () => `亩均投资 ${formatWan(perMu)}，低于 ${t.minInvestmentPerMu} 万元/亩`,
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
      reasonOn: () => `与项目 ${original.code} 重复签约（同一投资方）`,
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
        const others = overdue.length > 1 ? `，另有 ${overdue.length - 1} 项逾期` : '';
        return `${worst.departmentName} 交办问题逾期 ${daysBetween(worst.dueOn, today)} 天${others}`;
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
        const others = overdue.length > 1 ? `，共 ${overdue.length} 件` : '';
        return `督办事项逾期 ${daysBetween(earliestDueOn, today)} 天未回复${others}`;
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
