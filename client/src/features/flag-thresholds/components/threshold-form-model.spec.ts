import { DEFAULT_THRESHOLDS, thresholdsError } from '@luodi/domain';
import { DEFAULT_FORM_VALUES, fromFormValues, toFormValues } from './threshold-form-model';

describe('threshold form model', () => {
  it('shows ratios as percentages and gives back exactly the thresholds it was given', () => {
    expect(DEFAULT_FORM_VALUES.lowCapitalRatioAfterSigning).toBe(25);
    expect(DEFAULT_FORM_VALUES.stalledYellowFraction).toBe(66.67);
    expect(DEFAULT_FORM_VALUES['stalledDays.STARTED']).toBe(540);
    const half = { ...DEFAULT_THRESHOLDS, stalledYellowFraction: 0.5 };
    expect(fromFormValues(toFormValues(half), half)).toEqual(half);
    expect(fromFormValues(DEFAULT_FORM_VALUES).stalledYellowFraction).toBe(2 / 3);
    expect(
      fromFormValues({ ...DEFAULT_FORM_VALUES, stalledYellowFraction: 75 }).stalledYellowFraction,
    ).toBe(0.75);
  });

  it('leaves a blank field for the shared rules to name, under the server’s field name', () => {
    const errors = thresholdsError(
      fromFormValues({
        ...DEFAULT_FORM_VALUES,
        'stalledDays.LANDED': null,
        lowCapitalRatioAfterStart: 100,
      }),
    );
    expect(Object.keys(errors ?? {}).sort()).toEqual([
      'lowCapitalRatioAfterStart',
      'stalledDays.LANDED',
    ]);
  });
});
