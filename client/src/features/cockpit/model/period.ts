import { isIsoDate } from '@luodi/domain';

/** 本年, 上年, a quarter of this year, or any range: the signing period the cockpit shows. */
export const PERIOD_PRESETS = ['thisYear', 'lastYear', 'q1', 'q2', 'q3', 'q4', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  preset: PeriodPreset;
  from: string;
  to: string;
}

const QUARTER_START = { q1: '01-01', q2: '04-01', q3: '07-01', q4: '10-01' } as const;
const QUARTER_END = { q1: '03-31', q2: '06-30', q3: '09-30', q4: '12-31' } as const;

/** The dates of a preset, counted from `today`'s year. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const year = Number(today.slice(0, 4));
  if (preset === 'thisYear') return { preset, from: `${year}-01-01`, to: `${year}-12-31` };
  if (preset === 'lastYear') return { preset, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  return { preset, from: `${year}-${QUARTER_START[preset]}`, to: `${year}-${QUARTER_END[preset]}` };
}

function isPreset(value: string | null): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly (string | null)[]).includes(value);
}

/** The period in a query string (?period=q2, or ?period=custom&from=…&to=…); this year otherwise. */
export function readPeriod(params: URLSearchParams, today: string): Period {
  const preset = params.get('period');
  if (preset === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    if (isIsoDate(from) && isIsoDate(to) && from <= to) return { preset, from, to };
  } else if (isPreset(preset) && preset !== 'custom') {
    return presetPeriod(preset, today);
  }
  return presetPeriod('thisYear', today);
}

/** Writes the period over `params`, keeping other keys; only a custom range stores its dates. */
export function writePeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('period', period.preset);
  if (period.preset === 'custom') {
    next.set('from', period.from);
    next.set('to', period.to);
  } else {
    next.delete('from');
    next.delete('to');
  }
  return next;
}
