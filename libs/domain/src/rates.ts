import { isIsoDate } from './dates';
import { roundToDecimals, shiftDecimal } from './decimal';
import { fromCents, toCents } from './money';
import { type Stage, stageIndex } from './stages';
import type { ProjectStatus } from './vocabulary';

/** numerator / denominator, or null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** A project of a signing cohort: everything signed in the period, terminated ones included. */
export interface CohortProject {
  stage: Stage;
  status: ProjectStatus;
  contractedInvestment: number;
  /** All capital arrived, verified or not (万元). */
  arrivedInvestment: number;
  /** The part of arrivedInvestment a supervisor has verified (万元). */
  arrivedVerified?: number;
  startedOn?: string | null;
  operatingOn?: string | null;
  plannedStartOn?: string | null;
  plannedOperatingOn?: string | null;
  landedOn?: string | null;
}

export interface RateFigures {
  signedCount: number;
  contractedInvestment: number;
  arrivedInvestment: number;
  arrivedVerifiedInvestment: number;
  landedCount: number;
  startedCount: number;
  operatingCount: number;
  /** Projects with at least one planned milestone due (履约率's denominator). */
  milestonesDueCount: number;
  /** Of those, the projects that met every due milestone on time (履约率's numerator). */
  milestonesMetCount: number;
  landingRate: number | null;
  startRate: number | null;
  operatingRate: number | null;
  capitalArrivalRate: number | null;
  verifiedCapitalArrivalRate: number | null;
  fulfillmentRate: number | null;
}

const REACHED_BY_DATE: Partial<Record<Stage, 'landedOn' | 'startedOn' | 'operatingOn'>> = {
  LANDED: 'landedOn',
  STARTED: 'startedOn',
  OPERATING: 'operatingOn',
};

/**
 * Whether the project got to `stage`. A terminated project keeps the stage dates it earned,
 * so a set date counts even when the stage column says otherwise; a later stage's date implies
 * the earlier stages, because stage dates are monotonic.
 */
export function hasReached(
  p: Pick<CohortProject, 'stage' | 'landedOn' | 'startedOn' | 'operatingOn'>,
  stage: Stage,
): boolean {
  if (stageIndex(p.stage) >= stageIndex(stage)) return true;
  return Object.entries(REACHED_BY_DATE).some(
    ([dated, field]) => stageIndex(dated as Stage) >= stageIndex(stage) && isIsoDate(p[field]),
  );
}

export interface MilestoneDue {
  field: 'plannedStartOn' | 'plannedOperatingOn';
  plannedOn: string;
  /** Reached no later than planned. */
  met: boolean;
}

/** The planned milestones whose date has come (planned date ≤ today), with whether each was met. */
export function milestonesDue(
  p: Pick<CohortProject, 'plannedStartOn' | 'plannedOperatingOn' | 'startedOn' | 'operatingOn'>,
  today: string,
): MilestoneDue[] {
  const milestones = [
    { field: 'plannedStartOn', plannedOn: p.plannedStartOn, reachedOn: p.startedOn },
    { field: 'plannedOperatingOn', plannedOn: p.plannedOperatingOn, reachedOn: p.operatingOn },
  ] as const;
  return milestones.flatMap(({ field, plannedOn, reachedOn }) =>
    isIsoDate(plannedOn) && plannedOn <= today
      ? [{ field, plannedOn, met: isIsoDate(reachedOn) && reachedOn <= plannedOn }]
      : [],
  );
}

/**
 * true when every due milestone was met on time, false when one was missed, null when none is
 * due yet (the project is then outside 履约率 altogether).
 */
export function meetsDueMilestones(
  p: Pick<CohortProject, 'plannedStartOn' | 'plannedOperatingOn' | 'startedOn' | 'operatingOn'>,
  today: string,
): boolean | null {
  const due = milestonesDue(p, today);
  return due.length === 0 ? null : due.every((milestone) => milestone.met);
}

/** The landing-rate figures of one cohort; money is summed in exact cents. */
export function computeRates(cohort: CohortProject[], today: string): RateFigures {
  const contractedCents = sumCents(cohort.map((p) => p.contractedInvestment));
  const arrivedCents = sumCents(cohort.map((p) => p.arrivedInvestment));
  const verifiedCents = sumCents(cohort.map((p) => p.arrivedVerified ?? 0));
  const count = (stage: Stage) => cohort.filter((p) => hasReached(p, stage)).length;
  const fulfilment = cohort.map((p) => meetsDueMilestones(p, today));
  const figures = {
    signedCount: cohort.length,
    landedCount: count('LANDED'),
    startedCount: count('STARTED'),
    operatingCount: count('OPERATING'),
    milestonesDueCount: fulfilment.filter((met) => met !== null).length,
    milestonesMetCount: fulfilment.filter((met) => met === true).length,
  };
  return {
    ...figures,
    contractedInvestment: fromCents(contractedCents),
    arrivedInvestment: fromCents(arrivedCents),
    arrivedVerifiedInvestment: fromCents(verifiedCents),
    landingRate: ratio(figures.landedCount, figures.signedCount),
    startRate: ratio(figures.startedCount, figures.signedCount),
    operatingRate: ratio(figures.operatingCount, figures.signedCount),
    capitalArrivalRate: ratio(arrivedCents, contractedCents),
    verifiedCapitalArrivalRate: ratio(verifiedCents, contractedCents),
    fulfillmentRate: ratio(figures.milestonesMetCount, figures.milestonesDueCount),
  };
}

/** computeRates for each group of the cohort (by org unit, chain, leader, source method …). */
export function computeRatesByGroup<P extends CohortProject>(
  cohort: P[],
  groupOf: (project: P) => string,
  today: string,
): Map<string, RateFigures> {
  const groups = new Map<string, P[]>();
  for (const project of cohort) {
    const key = groupOf(project);
    const group = groups.get(key);
    if (group) group.push(project);
    else groups.set(key, [project]);
  }
  return new Map([...groups].map(([key, projects]) => [key, computeRates(projects, today)]));
}

/** "62.5%", "25%", "33.3%"; "—" when the rate is undefined. */
export function formatRate(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return '—';
  return `${roundToDecimals(shiftDecimal(r, 2), 1)}%`;
}

function sumCents(amounts: number[]): number {
  return amounts.reduce((sum, amount) => sum + toCents(amount), 0);
}
