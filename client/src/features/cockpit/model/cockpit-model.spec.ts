import { cohortBoardPath, targetBoardPath } from './cohort-link';
import { countOf, formatRate, rankRows } from './figures';
import { presetPeriod, readPeriod, writePeriod } from './period';

const TODAY = '2026-11-25';

describe('period in the URL', () => {
  it('turns presets into dates of this year or the last', () => {
    expect(presetPeriod('thisYear', TODAY)).toEqual({
      preset: 'thisYear',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('lastYear', TODAY)).toEqual({
      preset: 'lastYear',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(presetPeriod('q2', TODAY)).toEqual({
      preset: 'q2',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(presetPeriod('q4', TODAY)).toEqual({
      preset: 'q4',
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('reads a custom range and falls back to this year on anything malformed', () => {
    expect(
      readPeriod(new URLSearchParams('period=custom&from=2025-03-01&to=2025-05-31'), TODAY),
    ).toEqual({
      preset: 'custom',
      from: '2025-03-01',
      to: '2025-05-31',
    });
    expect(
      readPeriod(new URLSearchParams('period=custom&from=2025-06-01&to=2025-05-31'), TODAY).preset,
    ).toBe('thisYear');
    expect(readPeriod(new URLSearchParams('period=q5'), TODAY).preset).toBe('thisYear');
    expect(readPeriod(new URLSearchParams('period=q1'), TODAY).to).toBe('2026-03-31');
  });

  it('writes only a custom range’s dates and keeps other parameters', () => {
    const custom = writePeriod(new URLSearchParams('tab=chain'), {
      preset: 'custom',
      from: '2025-01-01',
      to: '2025-02-01',
    });
    expect(custom.toString()).toBe('tab=chain&period=custom&from=2025-01-01&to=2025-02-01');
    expect(writePeriod(custom, presetPeriod('q3', TODAY)).toString()).toBe('tab=chain&period=q3');
  });
});

describe('cohort links', () => {
  const period = { signedFrom: '2026-01-01', signedTo: '2026-12-31' };

  it('links a unit’s row to its own projects of the cohort, terminated ones included', () => {
    expect(cohortBoardPath({ ...period, group: { by: 'ORG_UNIT', key: '3' } })).toBe(
      '/board?orgUnitId=3&directOrgUnitOnly=true&signedFrom=2026-01-01&signedTo=2026-12-31&includeTerminated=true',
    );
    expect(
      cohortBoardPath({
        ...period,
        group: { by: 'TOTAL' as never, key: 'TOTAL' },
        reachedStage: 'LANDED',
      }),
    ).toBe(
      '/board?signedFrom=2026-01-01&signedTo=2026-12-31&reachedStage=LANDED&includeTerminated=true',
    );
    expect(
      cohortBoardPath({ ...period, group: { by: 'SOURCE_METHOD', key: '以商招商' } }),
    ).toContain('sourceMethod=%E4%BB%A5%E5%95%86%E6%8B%9B%E5%95%86');
    expect(cohortBoardPath({ ...period, group: { by: 'LEADER', key: 'NONE' } })).toBeNull();
  });

  it('links a target to what its actual counts', () => {
    expect(
      targetBoardPath({ year: 2026, metric: 'LANDED_COUNT', minInvestment: 3000, orgUnitId: '1' }),
    ).toBe(
      '/board?orgUnitId=1&landedFrom=2026-01-01&landedTo=2026-12-31&minContractedInvestment=3000&includeTerminated=true',
    );
    expect(targetBoardPath({ year: 2025, metric: 'SIGNED_COUNT', chainId: '2' })).toBe(
      '/board?chainId=2&signedFrom=2025-01-01&signedTo=2025-12-31&includeTerminated=true',
    );
    expect(targetBoardPath({ year: 2025, metric: 'ARRIVED_INVESTMENT', chainId: '2' })).toBeNull();
  });
});

describe('figures', () => {
  it('shows an empty denominator as a dash, never 0 % or NaN', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(1)).toBe('100.0%');
  });

  it('turns a rate back into the count of projects', () => {
    expect(countOf(1 / 3, 3)).toBe(1);
    expect(countOf(null, 0)).toBe(0);
  });

  it('ranks best first, no-data last, and marks only a real lowest as 红黑榜 bottom', () => {
    const rows = [
      { name: 'a', rate: 0.5 },
      { name: 'b', rate: null },
      { name: 'c', rate: 0.2 },
      { name: 'd', rate: 0.9 },
      { name: 'e', rate: 0.2 },
    ];
    expect(rankRows(rows, (row) => row.rate).map((item) => [item.row.name, item.bottom])).toEqual([
      ['d', false],
      ['a', false],
      ['c', true],
      ['e', true],
      ['b', false],
    ]);
    expect(
      rankRows([{ rate: 0.4 }, { rate: 0.4 }], (row) => row.rate).some((item) => item.bottom),
    ).toBe(false);
    expect(rankRows([{ rate: 0.4 }], (row) => row.rate)[0].bottom).toBe(false);
  });
});
