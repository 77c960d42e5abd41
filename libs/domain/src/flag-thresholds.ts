import { amountError } from './money';

/** Admin-editable limits behind the flags; days are whole days, ratios are fractions of 1. */
export interface FlagThresholds {
  fakeProjectDays: number;
  stalledDays: { SIGNED: number; LANDED: number; STARTED: number };
  /** STALLED turns yellow once this fraction of the stage's limit has passed. */
  stalledYellowFraction: number;
  idleLandDays: number;
  lowCapitalDays: number;
  lowCapitalRatioAfterSigning: number;
  lowCapitalRatioAfterStart: number;
  noFollowUpYellowDays: number;
  noFollowUpRedDays: number;
  /** 万元 per 亩 ("每亩土地投资强度要达到200万元以上"). */
  minInvestmentPerMu: number;
}

export const DEFAULT_THRESHOLDS: FlagThresholds = Object.freeze({
  fakeProjectDays: 90,
  stalledDays: Object.freeze({ SIGNED: 180, LANDED: 180, STARTED: 540 }),
  stalledYellowFraction: 2 / 3,
  idleLandDays: 180,
  lowCapitalDays: 90,
  lowCapitalRatioAfterSigning: 0.25,
  lowCapitalRatioAfterStart: 0.3,
  noFollowUpYellowDays: 60,
  noFollowUpRedDays: 90,
  minInvestmentPerMu: 200,
});

/** Ten years: longer limits would never fire, and dates stay within the calendar's range. */
export const MAX_THRESHOLD_DAYS = 3650;

/** Thresholds counted in whole days, by the field path forms and errors use. */
export const THRESHOLD_DAY_FIELDS = [
  'fakeProjectDays',
  'stalledDays.SIGNED',
  'stalledDays.LANDED',
  'stalledDays.STARTED',
  'idleLandDays',
  'lowCapitalDays',
  'noFollowUpYellowDays',
  'noFollowUpRedDays',
] as const;
/** Thresholds that are fractions of 1 (shown to people as percentages). */
export const THRESHOLD_RATIO_FIELDS = [
  'stalledYellowFraction',
  'lowCapitalRatioAfterSigning',
  'lowCapitalRatioAfterStart',
] as const;

/**
 * Validates the admin settings form. Errors are keyed by field path ("stalledDays.SIGNED");
 * null when the thresholds are usable.
 */
export function thresholdsError(t: unknown): Record<string, string> | null {
  if (!isRecord(t)) return { thresholds: '预警阈值设置格式无效' };
  const errors: Record<string, string> = {};
  for (const path of THRESHOLD_DAY_FIELDS) {
    const days = valueAt(t, path);
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_THRESHOLD_DAYS) {
      errors[path] = `必须是 1 到 ${MAX_THRESHOLD_DAYS} 之间的整数（天）`;
    }
  }
  for (const path of THRESHOLD_RATIO_FIELDS) {
    const ratio = t[path];
    if (typeof ratio !== 'number' || !(ratio > 0 && ratio < 1))
      errors[path] = '必须大于 0 且小于 1';
  }
  const perMuError = amountError(t.minInvestmentPerMu, { label: '亩均投资标准' });
  if (perMuError) errors.minInvestmentPerMu = perMuError;
  const { noFollowUpYellowDays: yellow, noFollowUpRedDays: red } = t;
  if (
    !errors.noFollowUpYellowDays &&
    !errors.noFollowUpRedDays &&
    (yellow as number) >= (red as number)
  ) {
    errors.noFollowUpRedDays = '红灯天数必须大于黄灯天数';
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

function valueAt(source: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), source);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
