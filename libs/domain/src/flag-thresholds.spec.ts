import {
  DEFAULT_THRESHOLDS,
  type FlagThresholds,
  MAX_THRESHOLD_DAYS,
  thresholdsError,
} from './flag-thresholds';

describe('DEFAULT_THRESHOLDS', () => {
  it('follows domain.md', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      fakeProjectDays: 90,
      stalledDays: { SIGNED: 180, LANDED: 180, STARTED: 540 },
      stalledYellowFraction: 2 / 3,
      idleLandDays: 180,
      lowCapitalDays: 90,
      lowCapitalRatioAfterSigning: 0.25,
      lowCapitalRatioAfterStart: 0.3,
      noFollowUpYellowDays: 60,
      noFollowUpRedDays: 90,
      minInvestmentPerMu: 200,
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_THRESHOLDS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_THRESHOLDS.stalledDays)).toBe(true);
  });

  it('passes its own validation', () => {
    expect(thresholdsError(DEFAULT_THRESHOLDS)).toBeNull();
  });
});

describe('thresholdsError', () => {
  const withChange = (change: Record<string, unknown>) => ({ ...DEFAULT_THRESHOLDS, ...change });
  const DAYS_ERROR = `必须是 1 到 ${MAX_THRESHOLD_DAYS} 之间的整数（天）`;

  it.each([
    [{ fakeProjectDays: 1 }],
    [{ fakeProjectDays: MAX_THRESHOLD_DAYS }],
    [{ stalledYellowFraction: 0.01 }],
    [{ stalledYellowFraction: 0.99 }],
    [{ noFollowUpYellowDays: 89, noFollowUpRedDays: 90 }],
    [{ minInvestmentPerMu: 0.01 }],
  ])('accepts %p', (change) => {
    expect(thresholdsError(withChange(change))).toBeNull();
  });

  it.each([
    [{ fakeProjectDays: 0 }, { fakeProjectDays: DAYS_ERROR }],
    [{ fakeProjectDays: -90 }, { fakeProjectDays: DAYS_ERROR }],
    [{ fakeProjectDays: 90.5 }, { fakeProjectDays: DAYS_ERROR }],
    [{ fakeProjectDays: '90' }, { fakeProjectDays: DAYS_ERROR }],
    [{ idleLandDays: MAX_THRESHOLD_DAYS + 1 }, { idleLandDays: DAYS_ERROR }],
    [{ lowCapitalDays: Number.NaN }, { lowCapitalDays: DAYS_ERROR }],
    [
      { stalledDays: { SIGNED: 180, LANDED: 0, STARTED: 540 } },
      { 'stalledDays.LANDED': DAYS_ERROR },
    ],
    [
      { stalledDays: null },
      {
        'stalledDays.SIGNED': DAYS_ERROR,
        'stalledDays.LANDED': DAYS_ERROR,
        'stalledDays.STARTED': DAYS_ERROR,
      },
    ],
    [{ stalledYellowFraction: 0 }, { stalledYellowFraction: '必须大于 0 且小于 1' }],
    [{ stalledYellowFraction: 1 }, { stalledYellowFraction: '必须大于 0 且小于 1' }],
    [{ lowCapitalRatioAfterSigning: 25 }, { lowCapitalRatioAfterSigning: '必须大于 0 且小于 1' }],
    [{ lowCapitalRatioAfterStart: '0.3' }, { lowCapitalRatioAfterStart: '必须大于 0 且小于 1' }],
    [
      { noFollowUpYellowDays: 90, noFollowUpRedDays: 90 },
      { noFollowUpRedDays: '红灯天数必须大于黄灯天数' },
    ],
    [
      { noFollowUpYellowDays: 91, noFollowUpRedDays: 90 },
      { noFollowUpRedDays: '红灯天数必须大于黄灯天数' },
    ],
    [{ noFollowUpYellowDays: 0, noFollowUpRedDays: 90 }, { noFollowUpYellowDays: DAYS_ERROR }],
    [{ minInvestmentPerMu: 0 }, { minInvestmentPerMu: '亩均投资标准必须大于 0' }],
    [{ minInvestmentPerMu: 200.001 }, { minInvestmentPerMu: '亩均投资标准最多保留两位小数' }],
  ])('refuses %p', (change, errors) => {
    expect(thresholdsError(withChange(change))).toEqual(errors);
  });

  it('reports every bad field at once', () => {
    const errors = thresholdsError({}) as Record<string, string>;
    expect(Object.keys(errors).sort()).toEqual(
      [
        'fakeProjectDays',
        'stalledDays.SIGNED',
        'stalledDays.LANDED',
        'stalledDays.STARTED',
        'stalledYellowFraction',
        'idleLandDays',
        'lowCapitalDays',
        'lowCapitalRatioAfterSigning',
        'lowCapitalRatioAfterStart',
        'noFollowUpYellowDays',
        'noFollowUpRedDays',
        'minInvestmentPerMu',
      ].sort(),
    );
  });

  it.each([null, undefined, 'defaults', 42])('refuses the non-object %p', (value) => {
    expect(thresholdsError(value)).toEqual({ thresholds: '预警阈值设置格式无效' });
  });

  it('ignores keys it does not know', () => {
    const thresholds: FlagThresholds & { extra: string } = { ...DEFAULT_THRESHOLDS, extra: 'x' };
    expect(thresholdsError(thresholds)).toBeNull();
  });
});
