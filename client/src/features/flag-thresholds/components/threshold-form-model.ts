import { DEFAULT_THRESHOLDS, THRESHOLD_RATIO_FIELDS, type FlagThresholds } from '@luodi/domain';

/** Form fields are flat, named as the server names its errors ("stalledDays.SIGNED"). */
export type ThresholdFormValues = Record<string, number | null>;

const toPercent = (fraction: number) => Math.round(fraction * 10000) / 100;

export function toFormValues(t: FlagThresholds): ThresholdFormValues {
  return {
    fakeProjectDays: t.fakeProjectDays,
    'stalledDays.SIGNED': t.stalledDays.SIGNED,
    'stalledDays.LANDED': t.stalledDays.LANDED,
    'stalledDays.STARTED': t.stalledDays.STARTED,
    idleLandDays: t.idleLandDays,
    lowCapitalDays: t.lowCapitalDays,
    noFollowUpYellowDays: t.noFollowUpYellowDays,
    noFollowUpRedDays: t.noFollowUpRedDays,
    stalledYellowFraction: toPercent(t.stalledYellowFraction),
    lowCapitalRatioAfterSigning: toPercent(t.lowCapitalRatioAfterSigning),
    lowCapitalRatioAfterStart: toPercent(t.lowCapitalRatioAfterStart),
    minInvestmentPerMu: t.minInvestmentPerMu,
  };
}

/**
 * The thresholds a form holds; blanks stay NaN so the shared rules name them. A percentage left
 * as shown keeps the stored fraction (⅔ is shown as 66.67 % and must stay ⅔).
 */
export function fromFormValues(
  values: ThresholdFormValues,
  stored: FlagThresholds = DEFAULT_THRESHOLDS,
): FlagThresholds {
  const n = (name: string) =>
    typeof values[name] === 'number' ? (values[name] as number) : Number.NaN;
  const fraction = (name: (typeof THRESHOLD_RATIO_FIELDS)[number]) =>
    n(name) === toPercent(stored[name]) ? stored[name] : n(name) / 100;
  return {
    fakeProjectDays: n('fakeProjectDays'),
    stalledDays: {
      SIGNED: n('stalledDays.SIGNED'),
      LANDED: n('stalledDays.LANDED'),
      STARTED: n('stalledDays.STARTED'),
    },
    stalledYellowFraction: fraction('stalledYellowFraction'),
    idleLandDays: n('idleLandDays'),
    lowCapitalDays: n('lowCapitalDays'),
    lowCapitalRatioAfterSigning: fraction('lowCapitalRatioAfterSigning'),
    lowCapitalRatioAfterStart: fraction('lowCapitalRatioAfterStart'),
    noFollowUpYellowDays: n('noFollowUpYellowDays'),
    noFollowUpRedDays: n('noFollowUpRedDays'),
    minInvestmentPerMu: n('minInvestmentPerMu'),
  };
}

export const DEFAULT_FORM_VALUES = toFormValues(DEFAULT_THRESHOLDS);
