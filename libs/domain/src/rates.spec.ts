import fc from 'fast-check';
import {
  type CohortProject,
  computeRates,
  computeRatesByGroup,
  formatRate,
  hasReached,
  meetsDueMilestones,
  milestonesDue,
  ratio,
} from './rates';
import { STAGES } from './stages';

const TODAY = '2026-06-30';

function project(overrides: Partial<CohortProject> = {}): CohortProject {
  return {
    stage: 'SIGNED',
    status: 'ACTIVE',
    contractedInvestment: 1000,
    arrivedInvestment: 0,
    ...overrides,
  };
}

describe('ratio', () => {
  it.each([
    [1, 2, 0.5],
    [0, 5, 0],
    [3, 3, 1],
    [5, 4, 1.25],
    [0, 0, null],
    [7, 0, null],
  ])('%p / %p = %p', (n, d, r) => {
    expect(ratio(n, d)).toBe(r);
  });
});

describe('formatRate', () => {
  it.each([
    [0.625, '62.5%'],
    [0.25, '25%'],
    [1, '100%'],
    [0, '0%'],
    [1 / 3, '33.3%'],
    [2 / 3, '66.7%'],
    [0.0125, '1.3%'],
    [0.00049, '0%'],
    [0.9995, '100%'],
    [1.5, '150%'],
    [null, '—'],
    [Number.NaN, '—'],
    [Infinity, '—'],
  ])('%p → %p', (r, text) => {
    expect(formatRate(r)).toBe(text);
  });
});

describe('hasReached', () => {
  it.each([
    [{ stage: 'LANDED' }, 'SIGNED', true],
    [{ stage: 'LANDED' }, 'LANDED', true],
    [{ stage: 'LANDED' }, 'STARTED', false],
    [{ stage: 'SIGNED', landedOn: '2026-01-01' }, 'LANDED', true],
    [{ stage: 'SIGNED', startedOn: '2026-01-01' }, 'LANDED', true],
    [{ stage: 'SIGNED', startedOn: '2026-01-01' }, 'STARTED', true],
    [{ stage: 'SIGNED', startedOn: '2026-01-01' }, 'OPERATING', false],
    [{ stage: 'NEGOTIATING', operatingOn: '2026-01-01' }, 'OPERATING', true],
    [{ stage: 'SIGNED', landedOn: null }, 'LANDED', false],
    [{ stage: 'SIGNED', landedOn: 'garbage' }, 'LANDED', false],
  ] as const)('%p has reached %s: %p', (p, stage, reached) => {
    expect(hasReached(p, stage)).toBe(reached);
  });
});

describe('milestonesDue / meetsDueMilestones', () => {
  it.each([
    ['nothing planned', {}, [], null],
    ['planned start still ahead', { plannedStartOn: '2026-07-01' }, [], null],
    [
      'planned start due today, started on time',
      { plannedStartOn: TODAY, startedOn: '2026-06-01' },
      [{ field: 'plannedStartOn', plannedOn: TODAY, met: true }],
      true,
    ],
    [
      'started on the planned day',
      { plannedStartOn: '2026-05-01', startedOn: '2026-05-01' },
      [{ field: 'plannedStartOn', plannedOn: '2026-05-01', met: true }],
      true,
    ],
    [
      'started a day late',
      { plannedStartOn: '2026-05-01', startedOn: '2026-05-02' },
      [{ field: 'plannedStartOn', plannedOn: '2026-05-01', met: false }],
      false,
    ],
    [
      'not started by the planned day',
      { plannedStartOn: '2026-05-01' },
      [{ field: 'plannedStartOn', plannedOn: '2026-05-01', met: false }],
      false,
    ],
    [
      'started on time, operation not yet due',
      { plannedStartOn: '2026-05-01', startedOn: '2026-04-01', plannedOperatingOn: '2027-01-01' },
      [{ field: 'plannedStartOn', plannedOn: '2026-05-01', met: true }],
      true,
    ],
    [
      'started on time, operating late',
      {
        plannedStartOn: '2025-05-01',
        startedOn: '2025-04-01',
        plannedOperatingOn: '2026-01-01',
        operatingOn: '2026-02-01',
      },
      [
        { field: 'plannedStartOn', plannedOn: '2025-05-01', met: true },
        { field: 'plannedOperatingOn', plannedOn: '2026-01-01', met: false },
      ],
      false,
    ],
  ])('%s', (_, p, due, meets) => {
    expect(milestonesDue(p, TODAY)).toEqual(due);
    expect(meetsDueMilestones(p, TODAY)).toBe(meets);
  });
});

describe('computeRates', () => {
  it('is empty for an empty cohort', () => {
    expect(computeRates([], TODAY)).toEqual({
      signedCount: 0,
      contractedInvestment: 0,
      arrivedInvestment: 0,
      arrivedVerifiedInvestment: 0,
      landedCount: 0,
      startedCount: 0,
      operatingCount: 0,
      milestonesDueCount: 0,
      milestonesMetCount: 0,
      landingRate: null,
      startRate: null,
      operatingRate: null,
      capitalArrivalRate: null,
      verifiedCapitalArrivalRate: null,
      fulfillmentRate: null,
    });
  });

  it('computes every rate of a mixed cohort, terminated projects included', () => {
    const cohort: CohortProject[] = [
      project({
        stage: 'SIGNED',
        contractedInvestment: 0.1,
        arrivedInvestment: 0,
        plannedStartOn: '2026-05-01',
      }),
      project({
        stage: 'LANDED',
        landedOn: '2026-02-01',
        contractedInvestment: 0.2,
        arrivedInvestment: 0.1,
        arrivedVerified: 0.1,
      }),
      project({
        stage: 'OPERATING',
        landedOn: '2025-03-01',
        startedOn: '2025-04-01',
        operatingOn: '2026-01-01',
        plannedStartOn: '2025-05-01',
        plannedOperatingOn: '2026-01-01',
        contractedInvestment: 3000,
        arrivedInvestment: 2999.7,
        arrivedVerified: 2000,
      }),
      // Terminated after starting: it keeps counting as landed and started.
      project({
        stage: 'STARTED',
        status: 'TERMINATED',
        landedOn: '2025-06-01',
        startedOn: '2025-09-01',
        plannedStartOn: '2025-08-01',
        contractedInvestment: 1000,
        arrivedInvestment: 0,
      }),
    ];
    expect(computeRates(cohort, TODAY)).toEqual({
      signedCount: 4,
      contractedInvestment: 4000.3,
      arrivedInvestment: 2999.8,
      arrivedVerifiedInvestment: 2000.1,
      landedCount: 3,
      startedCount: 2,
      operatingCount: 1,
      milestonesDueCount: 3,
      milestonesMetCount: 1,
      landingRate: 0.75,
      startRate: 0.5,
      operatingRate: 0.25,
      capitalArrivalRate: 299980 / 400030,
      verifiedCapitalArrivalRate: 200010 / 400030,
      fulfillmentRate: 1 / 3,
    });
  });

  const cohortArbitrary = fc.array(
    fc.record({
      stage: fc.constantFrom(...STAGES.slice(1)),
      status: fc.constantFrom('ACTIVE' as const, 'TERMINATED' as const),
      contractedInvestment: fc.integer({ min: 0, max: 1e10 }).map((c) => c / 100),
      arrivedInvestment: fc.integer({ min: 0, max: 1e10 }).map((c) => c / 100),
      landedOn: fc.option(fc.constant('2026-01-01'), { nil: null }),
      startedOn: fc.option(fc.constant('2026-02-01'), { nil: null }),
      operatingOn: fc.option(fc.constant('2026-03-01'), { nil: null }),
      plannedStartOn: fc.option(fc.constantFrom('2026-01-15', '2026-12-01'), { nil: null }),
      plannedOperatingOn: fc.option(fc.constantFrom('2026-02-15', '2026-12-01'), { nil: null }),
    }),
    { maxLength: 30 },
  );

  it('keeps rates between 0 and 1 and the funnel narrowing', () => {
    fc.assert(
      fc.property(cohortArbitrary, (cohort) => {
        const r = computeRates(cohort, TODAY);
        for (const rate of [r.landingRate, r.startRate, r.operatingRate, r.fulfillmentRate]) {
          if (cohort.length === 0) expect(rate).toBeNull();
          if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
          if (rate !== null) expect(rate).toBeLessThanOrEqual(1);
        }
        expect(r.landedCount).toBeGreaterThanOrEqual(r.startedCount);
        expect(r.startedCount).toBeGreaterThanOrEqual(r.operatingCount);
        expect(r.milestonesDueCount).toBeGreaterThanOrEqual(r.milestonesMetCount);
      }),
    );
  });

  it('sums money exactly, whatever the order of the cohort', () => {
    fc.assert(
      fc.property(cohortArbitrary, (cohort) => {
        const cents = cohort.reduce((sum, p) => sum + Math.round(p.contractedInvestment * 100), 0);
        const forward = computeRates(cohort, TODAY);
        expect(forward.contractedInvestment).toBe(cents / 100);
        expect(computeRates([...cohort].reverse(), TODAY)).toEqual(forward);
      }),
    );
  });
});

describe('computeRatesByGroup', () => {
  it('computes the rates of each group separately', () => {
    const cohort = [
      { ...project({ stage: 'LANDED' }), district: '汇川区' },
      { ...project({ stage: 'SIGNED' }), district: '汇川区' },
      { ...project({ stage: 'OPERATING' }), district: '红花岗区' },
    ];
    const rates = computeRatesByGroup(cohort, (p) => p.district, TODAY);
    expect([...rates.keys()]).toEqual(['汇川区', '红花岗区']);
    expect(rates.get('汇川区')).toMatchObject({
      signedCount: 2,
      landingRate: 0.5,
      contractedInvestment: 2000,
    });
    expect(rates.get('红花岗区')).toMatchObject({
      signedCount: 1,
      landingRate: 1,
      operatingRate: 1,
    });
  });

  it('is empty for an empty cohort', () => {
    expect(computeRatesByGroup([], () => 'x', TODAY).size).toBe(0);
  });
});
