import { isIsoDate } from './dates';
import { amountError } from './money';
import type { BilingualLabel } from './stages';

/** What a yearly target (年度目标) counts. */
export const TARGET_METRICS = [
  'SIGNED_COUNT',
  'CONTRACTED_INVESTMENT',
  'LANDED_COUNT',
  'ARRIVED_INVESTMENT',
  'TOP500_SIGNED_COUNT',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const TARGET_METRIC_LABELS: Record<TargetMetric, BilingualLabel> = {
  SIGNED_COUNT: { zh: '签约数', en: 'Signings' },
  CONTRACTED_INVESTMENT: { zh: '合同引资额', en: 'Contracted investment' },
  LANDED_COUNT: { zh: '落地项目数', en: 'Landed projects' },
  ARRIVED_INVESTMENT: { zh: '到位资金', en: 'Capital arrived' },
  TOP500_SIGNED_COUNT: { zh: '三类500强项目数', en: 'Top-500 investor signings' },
};

/** 三类500强: the investor tags a TOP500_SIGNED_COUNT target counts ("引进'三类500强'企业4个"). */
export const TOP500_TAGS = ['世界500强', '中国500强', '民营500强'] as const;

/** Counts are whole projects; the other metrics are 万元. */
export function isCountMetric(metric: TargetMetric): boolean {
  return metric === 'SIGNED_COUNT' || metric === 'LANDED_COUNT' || metric === 'TOP500_SIGNED_COUNT';
}

export const MIN_TARGET_YEAR = 2000;
export const MAX_TARGET_YEAR = 2100;

export interface TargetFigures {
  year: number;
  metric: TargetMetric;
  value: number;
  minInvestment?: number | null;
}

/** Why each field of a target is unacceptable (Chinese, by field name); empty when it is fine. */
export function targetErrors(target: TargetFigures): Record<string, string> {
  const errors: Record<string, string> = {};
  if (
    !Number.isInteger(target.year) ||
    target.year < MIN_TARGET_YEAR ||
    target.year > MAX_TARGET_YEAR
  ) {
    errors.year = `年度应为 ${MIN_TARGET_YEAR}–${MAX_TARGET_YEAR} 的整数`;
  }
  if (isCountMetric(target.metric)) {
    if (!Number.isInteger(target.value) || target.value < 0)
      errors.value = '目标项目数应为不小于 0 的整数';
  } else {
    const error = amountError(target.value, { allowZero: true, label: '目标金额' });
    if (error) errors.value = error;
  }
  const min = target.minInvestment;
  if (target.metric === 'LANDED_COUNT') {
    if (min === null || min === undefined)
      errors.minInvestment = '请填写计入落地项目的最低合同引资额';
    else {
      const error = amountError(min, { allowZero: true, label: '最低合同引资额' });
      if (error) errors.minInvestment = error;
    }
  } else if (min !== null && min !== undefined) {
    errors.minInvestment = '只有落地项目数目标可以设置最低合同引资额';
  }
  return errors;
}

/** actual / target in percent; null when the target is 0, as nothing can be divided by it. */
export function targetPercentage(actual: number, target: number): number | null {
  return target === 0 ? null : (actual / target) * 100;
}

/** The first and last day of a calendar year. */
export function yearPeriod(year: number): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Every month "YYYY-MM" from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`not dates: ${from}, ${to}`);
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let current = from.slice(0, 7); current <= last;) {
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The first and last day of a month "YYYY-MM". */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}
