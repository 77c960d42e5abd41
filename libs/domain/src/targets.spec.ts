import { monthPeriod, monthsBetween, targetErrors, targetPercentage, yearPeriod } from './targets';

describe('targetErrors', () => {
  it('accepts a landing target with its threshold and a money target with cents', () => {
    expect(
      targetErrors({ year: 2026, metric: 'LANDED_COUNT', value: 40, minInvestment: 3000 }),
    ).toEqual({});
    expect(targetErrors({ year: 2026, metric: 'ARRIVED_INVESTMENT', value: 12345.67 })).toEqual({});
    expect(targetErrors({ year: 2026, metric: 'SIGNED_COUNT', value: 0 })).toEqual({});
  });

  it('names every bad field in Chinese', () => {
    expect(
      targetErrors({ year: 1999, metric: 'SIGNED_COUNT', value: 2.5, minInvestment: 10 }),
    ).toEqual({
      year: '年度应为 2000–2100 的整数',
      value: '目标项目数应为不小于 0 的整数',
      minInvestment: '只有落地项目数目标可以设置最低合同引资额',
    });
    expect(targetErrors({ year: 2026, metric: 'LANDED_COUNT', value: 3 })).toEqual({
      minInvestment: '请填写计入落地项目的最低合同引资额',
    });
    expect(targetErrors({ year: 2026, metric: 'CONTRACTED_INVESTMENT', value: 1.234 })).toEqual({
      value: '目标金额最多保留两位小数',
    });
    expect(targetErrors({ year: 2026, metric: 'CONTRACTED_INVESTMENT', value: -1 })).toEqual({
      value: '目标金额不能为负数',
    });
  });
});

describe('targetPercentage', () => {
  it('is null for a zero target and may pass 100', () => {
    expect(targetPercentage(5, 0)).toBeNull();
    expect(targetPercentage(0, 0)).toBeNull();
    expect(targetPercentage(30, 40)).toBe(75);
    expect(targetPercentage(50, 40)).toBe(125);
  });
});

describe('periods', () => {
  it('spans a year and a month, leap February included', () => {
    expect(yearPeriod(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03-05', '2026-03-20')).toEqual(['2026-03']);
    expect(monthsBetween('2026-04-01', '2026-03-31')).toEqual([]);
  });
});
