import fc from 'fast-check';
import { addDays } from './dates';
import {
  DEFAULT_THRESHOLDS,
  FLAG_KINDS,
  FLAG_LABELS,
  type Flag,
  type FlagFacts,
  type FlagKind,
  type FlagSchedule,
  type FlagThresholds,
  computeFlags,
  flagLevelOn,
  flagSchedules,
  flagStanding,
} from './flags';
import { STAGES } from './stages';

const T = DEFAULT_THRESHOLDS;
const START = '2026-01-01';
const day = (n: number) => addDays(START, n);

/** A signed project in good health: money arriving, no land, nothing overdue. */
function facts(overrides: Partial<FlagFacts> = {}): FlagFacts {
  return {
    status: 'ACTIVE',
    stage: 'SIGNED',
    stageEnteredOn: START,
    lastProgressOn: START,
    signedOn: START,
    contractedInvestment: 10000,
    arrivedInvestment: 5000,
    ...overrides,
  };
}

function flagOf(kind: FlagKind, f: FlagFacts, today: string, t: FlagThresholds = T): Flag | null {
  return computeFlags(f, t, today).find((flag) => flag.kind === kind) ?? null;
}

describe('FLAG_LABELS', () => {
  it('names every flag in Chinese', () => {
    expect(FLAG_KINDS.map((k) => FLAG_LABELS[k].zh)).toEqual([
      '疑似假项目',
      '推进滞后',
      '圈地不开发',
      '资金到位率低',
      '跟进停滞',
      '亩均投资不足',
      '重复签约',
      '交办问题逾期',
      '督办逾期',
    ]);
  });
});

describe('flagLevelOn', () => {
  it.each([
    [{ yellowOn: null, redOn: null }, '2030-01-01', null],
    [{ yellowOn: '2026-02-01', redOn: null }, '2026-01-31', null],
    [{ yellowOn: '2026-02-01', redOn: null }, '2026-02-01', 'YELLOW'],
    [{ yellowOn: '2026-02-01', redOn: '2026-03-01' }, '2026-02-28', 'YELLOW'],
    [{ yellowOn: '2026-02-01', redOn: '2026-03-01' }, '2026-03-01', 'RED'],
    [{ yellowOn: null, redOn: '2026-03-01' }, '2026-02-28', null],
    [{ yellowOn: null, redOn: '2026-03-01' }, '2026-03-02', 'RED'],
  ] as const)('%p on %s is %p', (schedule, today, level) => {
    expect(flagLevelOn(schedule, today)).toBe(level);
  });
});

describe('a healthy project', () => {
  it('has no flags on any day', () => {
    for (const n of [0, 90, 119, 365])
      expect(computeFlags(facts({ stageEnteredOn: day(n) }), T, day(n))).toEqual([]);
  });
});

describe('FAKE_PROJECT 疑似假项目', () => {
  const noMoney = facts({ arrivedInvestment: 0 });

  it.each([
    [89, null],
    [
      90,
      { kind: 'FAKE_PROJECT', level: 'RED', reason: '签约后 90 天未见到位资金', since: day(90) },
    ],
    [
      91,
      { kind: 'FAKE_PROJECT', level: 'RED', reason: '签约后 91 天未见到位资金', since: day(90) },
    ],
    [
      132,
      { kind: 'FAKE_PROJECT', level: 'RED', reason: '签约后 132 天未见到位资金', since: day(90) },
    ],
  ])('on day %i after signing: %p', (n, expected) => {
    expect(flagOf('FAKE_PROJECT', noMoney, day(n))).toEqual(expected);
  });

  it.each([
    ['once any money arrived', { arrivedInvestment: 0.01 }],
    ['while still negotiating', { stage: 'NEGOTIATING', signedOn: null }],
    ['without a signing date', { signedOn: null }],
    ['once terminated', { status: 'TERMINATED' }],
  ] as const)('does not apply %s', (_, change) => {
    expect(flagOf('FAKE_PROJECT', { ...noMoney, ...change }, day(400))).toBeNull();
  });

  it('applies at every later stage', () => {
    for (const stage of ['LANDED', 'STARTED', 'OPERATING'] as const) {
      expect(flagOf('FAKE_PROJECT', { ...noMoney, stage }, day(90))?.level).toBe('RED');
    }
  });

  it('follows the threshold', () => {
    const t = { ...T, fakeProjectDays: 30 };
    expect(flagOf('FAKE_PROJECT', noMoney, day(29), t)).toBeNull();
    expect(flagOf('FAKE_PROJECT', noMoney, day(30), t)?.level).toBe('RED');
  });
});

describe('STALLED 推进滞后', () => {
  it.each([
    ['SIGNED', 119, null],
    [
      'SIGNED',
      120,
      { level: 'YELLOW', since: day(120), reason: '在「签约」阶段已停留 120 天（上限 180 天）' },
    ],
    [
      'SIGNED',
      180,
      { level: 'YELLOW', since: day(120), reason: '在「签约」阶段已停留 180 天（上限 180 天）' },
    ],
    [
      'SIGNED',
      181,
      { level: 'RED', since: day(181), reason: '在「签约」阶段已停留 181 天（上限 180 天）' },
    ],
    [
      'LANDED',
      200,
      { level: 'RED', since: day(181), reason: '在「落地」阶段已停留 200 天（上限 180 天）' },
    ],
    ['STARTED', 359, null],
    [
      'STARTED',
      360,
      { level: 'YELLOW', since: day(360), reason: '在「开工」阶段已停留 360 天（上限 540 天）' },
    ],
    [
      'STARTED',
      540,
      { level: 'YELLOW', since: day(360), reason: '在「开工」阶段已停留 540 天（上限 540 天）' },
    ],
    [
      'STARTED',
      541,
      { level: 'RED', since: day(541), reason: '在「开工」阶段已停留 541 天（上限 540 天）' },
    ],
  ] as const)('%s on day %i: %p', (stage, n, expected) => {
    const f = facts({
      stage,
      startedOn: stage === 'STARTED' ? START : null,
      arrivedInvestment: 9000,
    });
    const flag = flagOf('STALLED', f, day(n));
    expect(flag && { level: flag.level, since: flag.since, reason: flag.reason }).toEqual(expected);
  });

  it.each(['NEGOTIATING', 'OPERATING'] as const)('does not apply to %s', (stage) => {
    expect(flagOf('STALLED', facts({ stage }), day(2000))).toBeNull();
  });

  it('restarts its clock at a later fact and says so', () => {
    const f = facts({ arrivedInvestment: 9000, lastFactOn: day(30) });
    expect(flagOf('STALLED', f, day(149))).toBeNull();
    expect(flagOf('STALLED', f, day(150))).toMatchObject({
      level: 'YELLOW',
      since: day(150),
      reason: '「签约」阶段已 120 天无实质进展（上限 180 天）',
    });
    expect(flagOf('STALLED', f, day(211))?.level).toBe('RED');
  });

  it('ignores a fact from before the stage change', () => {
    const f = facts({ arrivedInvestment: 9000, lastFactOn: day(-10) });
    expect(flagOf('STALLED', f, day(120))?.reason).toBe(
      '在「签约」阶段已停留 120 天（上限 180 天）',
    );
  });

  it('turns yellow at the configured fraction, rounded up', () => {
    const t = {
      ...T,
      stalledDays: { SIGNED: 100, LANDED: 180, STARTED: 540 },
      stalledYellowFraction: 0.555,
    };
    expect(flagOf('STALLED', facts(), day(55), t)).toBeNull();
    expect(flagOf('STALLED', facts(), day(56), t)?.level).toBe('YELLOW');
    expect(flagOf('STALLED', facts(), day(100), t)?.level).toBe('YELLOW');
    expect(flagOf('STALLED', facts(), day(101), t)?.level).toBe('RED');
  });
});

describe('IDLE_LAND 圈地不开发', () => {
  const landed = facts({
    stage: 'LANDED',
    landedOn: START,
    stageEnteredOn: START,
    landArea: 50,
    contractedInvestment: 20000,
  });

  it.each([
    [179, null],
    [180, { kind: 'IDLE_LAND', level: 'RED', reason: '落地供地 180 天仍未开工', since: day(180) }],
    [190, { kind: 'IDLE_LAND', level: 'RED', reason: '落地供地 190 天仍未开工', since: day(180) }],
  ])('on day %i after landing: %p', (n, expected) => {
    expect(flagOf('IDLE_LAND', landed, day(n))).toEqual(expected);
  });

  it.each([
    ['without land (leased floor only)', { landArea: null }],
    ['with zero land', { landArea: 0 }],
    ['once started', { stage: 'STARTED', startedOn: day(100) }],
    ['without a landing date', { landedOn: null }],
  ] as const)('does not apply %s', (_, change) => {
    expect(flagOf('IDLE_LAND', { ...landed, ...change }, day(400))).toBeNull();
  });
});

describe('LOW_CAPITAL 资金到位率低', () => {
  it.each([
    [1250, 89, null],
    [1250, 90, '资金到位率 12.5%，低于 25%'],
    [0, 90, '资金到位率 0%，低于 25%'],
    [2499.99, 90, '资金到位率 24.9%，低于 25%'],
    [2500, 400, null],
  ])('arrived %p of 10,000 on day %i after signing: %p', (arrivedInvestment, n, reason) => {
    const flag = flagOf('LOW_CAPITAL', facts({ arrivedInvestment }), day(n));
    expect(flag && { level: flag.level, reason: flag.reason, since: flag.since }).toEqual(
      reason && { level: 'YELLOW', reason, since: day(90) },
    );
  });

  const started = facts({ stage: 'STARTED', startedOn: day(30), stageEnteredOn: day(30) });

  it.each([
    [2900, 29, null],
    [2900, 30, { since: day(30), reason: '资金到位率 29%，低于 30%' }],
    [2900, 200, { since: day(30), reason: '资金到位率 29%，低于 30%' }],
    [3000, 200, null],
    [1000, 30, { since: day(30), reason: '资金到位率 10%，低于 30%' }],
  ])('after starting, arrived %p of 10,000 on day %i: %p', (arrivedInvestment, n, expected) => {
    const flag = flagOf('LOW_CAPITAL', { ...started, arrivedInvestment }, day(n));
    expect(flag && { since: flag.since, reason: flag.reason }).toEqual(expected);
  });

  it('dates the flag from 90 days after signing when that comes before the start', () => {
    const lateStart = facts({ stage: 'STARTED', startedOn: day(120), arrivedInvestment: 1000 });
    expect(flagOf('LOW_CAPITAL', lateStart, day(100))).toMatchObject({
      since: day(90),
      reason: '资金到位率 10%，低于 25%',
    });
    expect(flagOf('LOW_CAPITAL', lateStart, day(120))).toMatchObject({
      since: day(90),
      reason: '资金到位率 10%，低于 30%',
    });
  });

  it.each([
    ['no contracted investment', { contractedInvestment: null }],
    ['zero contracted investment', { contractedInvestment: 0 }],
    ['while negotiating', { stage: 'NEGOTIATING' }],
  ] as const)('does not apply with %s', (_, change) => {
    expect(flagOf('LOW_CAPITAL', facts({ arrivedInvestment: 0, ...change }), day(400))).toBeNull();
  });
});

describe('NO_FOLLOW_UP 跟进停滞', () => {
  const negotiating = facts({
    stage: 'NEGOTIATING',
    signedOn: null,
    contractedInvestment: null,
    arrivedInvestment: 0,
  });

  it.each([
    [59, null],
    [60, { level: 'YELLOW', since: day(60), reason: '在谈 60 天无实质进展' }],
    [75, { level: 'YELLOW', since: day(60), reason: '在谈 75 天无实质进展' }],
    [89, { level: 'YELLOW', since: day(60), reason: '在谈 89 天无实质进展' }],
    [90, { level: 'RED', since: day(90), reason: '在谈 90 天无实质进展' }],
    [91, { level: 'RED', since: day(90), reason: '在谈 91 天无实质进展' }],
  ])('on day %i without progress: %p', (n, expected) => {
    const flag = flagOf('NO_FOLLOW_UP', negotiating, day(n));
    expect(flag && { level: flag.level, since: flag.since, reason: flag.reason }).toEqual(expected);
  });

  it('counts from the last progress', () => {
    expect(
      flagOf('NO_FOLLOW_UP', { ...negotiating, lastProgressOn: day(50) }, day(100)),
    ).toBeNull();
  });

  it('does not apply once signed', () => {
    expect(flagOf('NO_FOLLOW_UP', facts(), day(400))).toBeNull();
  });
});

describe('LOW_LAND_YIELD 亩均投资不足', () => {
  const landed = facts({
    stage: 'LANDED',
    landedOn: day(20),
    stageEnteredOn: day(20),
    arrivedInvestment: 9000,
  });

  it.each([
    [15000, 100, '亩均投资 150.00 万元，低于 200 万元/亩'],
    [19999.99, 100, '亩均投资 199.99 万元，低于 200 万元/亩'],
    [2000, 30, '亩均投资 66.66 万元，低于 200 万元/亩'],
    [20000, 100, null],
    [60, 0.3, null],
    [59.99, 0.3, '亩均投资 199.96 万元，低于 200 万元/亩'],
  ])('contracted %p on %p 亩: %p', (contractedInvestment, landArea, reason) => {
    const flag = flagOf('LOW_LAND_YIELD', { ...landed, contractedInvestment, landArea }, day(20));
    expect(flag && { level: flag.level, since: flag.since, reason: flag.reason }).toEqual(
      reason && { level: 'YELLOW', since: day(20), reason },
    );
  });

  it('dates a project without a landing date from its signing', () => {
    const f = { ...landed, landedOn: null, landArea: 100, contractedInvestment: 100 };
    expect(flagOf('LOW_LAND_YIELD', f, day(20))?.since).toBe(START);
  });

  it.each([
    ['without land', { landArea: null }],
    ['without a contracted investment', { landArea: 100, contractedInvestment: null }],
  ] as const)('does not apply %s', (_, change) => {
    expect(flagOf('LOW_LAND_YIELD', { ...landed, ...change }, day(20))).toBeNull();
  });

  it('follows the threshold', () => {
    const f = { ...landed, landArea: 100, contractedInvestment: 15000 };
    expect(flagOf('LOW_LAND_YIELD', f, day(20), { ...T, minInvestmentPerMu: 150 })).toBeNull();
    expect(
      flagOf('LOW_LAND_YIELD', f, day(20), { ...T, minInvestmentPerMu: 150.01 }),
    ).not.toBeNull();
  });
});

describe('DUPLICATE 重复签约', () => {
  const duplicate = facts({
    signedOn: day(10),
    duplicateOf: { code: 'XM-2026-0012', signedOn: START },
  });

  it('is red from its own signing', () => {
    expect(flagOf('DUPLICATE', duplicate, day(9))).toBeNull();
    expect(flagOf('DUPLICATE', duplicate, day(10))).toEqual({
      kind: 'DUPLICATE',
      level: 'RED',
      reason: '与项目 XM-2026-0012 重复签约（同一投资方）',
      since: day(10),
    });
  });

  it('uses the stage entry when the project has no signing date', () => {
    const f = { ...duplicate, signedOn: null, stageEnteredOn: day(5) };
    expect(flagOf('DUPLICATE', f, day(5))?.since).toBe(day(5));
  });

  it('does not apply without a duplicate', () => {
    expect(flagOf('DUPLICATE', facts({ duplicateOf: null }), day(100))).toBeNull();
  });
});

describe('BLOCKER_OVERDUE 交办问题逾期', () => {
  const blocked = facts({
    openBlockers: [
      { dueOn: day(40), departmentName: '供电公司' },
      { dueOn: day(31), departmentName: '自然资源局' },
      { dueOn: day(400), departmentName: '住建局' },
      { dueOn: 'someday', departmentName: '发改委' },
    ],
  });

  it.each([
    [31, null],
    [32, '自然资源局 交办问题逾期 1 天'],
    [40, '自然资源局 交办问题逾期 9 天'],
    [43, '自然资源局 交办问题逾期 12 天，另有 1 项逾期'],
  ])('on day %i: %p', (n, reason) => {
    const flag = flagOf('BLOCKER_OVERDUE', blocked, day(n));
    expect(flag && { level: flag.level, since: flag.since, reason: flag.reason }).toEqual(
      reason && { level: 'RED', since: day(32), reason },
    );
  });

  it.each([[[]], [undefined], [[{ dueOn: '2026-02-30', departmentName: '发改委' }]]])(
    'does not apply with blockers %p',
    (openBlockers) => {
      expect(flagOf('BLOCKER_OVERDUE', facts({ openBlockers }), day(400))).toBeNull();
    },
  );
});

describe('SUPERVISION_OVERDUE 督办逾期', () => {
  const awaited = facts({
    awaitedSupervisions: [{ dueOn: day(50) }, { dueOn: day(20) }, { dueOn: 'soon' }],
  });

  it.each([
    [20, null],
    [21, '督办事项逾期 1 天未回复'],
    [50, '督办事项逾期 30 天未回复'],
    [51, '督办事项逾期 31 天未回复，共 2 件'],
  ])('on day %i: %p', (n, reason) => {
    const flag = flagOf('SUPERVISION_OVERDUE', awaited, day(n));
    expect(flag && { level: flag.level, since: flag.since, reason: flag.reason }).toEqual(
      reason && { level: 'RED', since: day(21), reason },
    );
  });

  it.each([[[]], [undefined], [[{ dueOn: '2026-13-01' }]]])(
    'does not apply with notices %p',
    (awaitedSupervisions) => {
      expect(flagOf('SUPERVISION_OVERDUE', facts({ awaitedSupervisions }), day(400))).toBeNull();
    },
  );

  it('does not apply once the project is terminated', () => {
    const terminated = facts({ status: 'TERMINATED', awaitedSupervisions: [{ dueOn: day(1) }] });
    expect(flagOf('SUPERVISION_OVERDUE', terminated, day(100))).toBeNull();
  });
});

describe('flagSchedules', () => {
  it('lists the flags that can ever apply, with their start dates', () => {
    const f = facts({
      stage: 'LANDED',
      landedOn: day(10),
      stageEnteredOn: day(10),
      arrivedInvestment: 0,
      landArea: 100,
      openBlockers: [{ dueOn: day(20), departmentName: '自然资源局' }],
    });
    expect(flagSchedules(f, T)).toEqual<FlagSchedule[]>([
      { kind: 'FAKE_PROJECT', yellowOn: null, redOn: day(90) },
      { kind: 'STALLED', yellowOn: day(130), redOn: day(191) },
      { kind: 'IDLE_LAND', yellowOn: null, redOn: day(190) },
      { kind: 'LOW_CAPITAL', yellowOn: day(90), redOn: null },
      { kind: 'LOW_LAND_YIELD', yellowOn: day(10), redOn: null },
      { kind: 'BLOCKER_OVERDUE', yellowOn: null, redOn: day(21) },
    ]);
  });

  it('is empty for a terminated project', () => {
    expect(flagSchedules(facts({ status: 'TERMINATED', arrivedInvestment: 0 }), T)).toEqual([]);
  });

  it('is empty for a project in an unknown stage', () => {
    expect(flagSchedules(facts({ stage: 'DONE' as 'SIGNED' }), T)).toEqual([]);
  });

  it('skips rules whose start date would fall after year 9999', () => {
    const f = facts({
      signedOn: '9999-12-01',
      stageEnteredOn: '9999-12-01',
      arrivedInvestment: 0,
      openBlockers: [{ dueOn: '9999-12-30', departmentName: '住建局' }],
    });
    expect(flagSchedules(f, T)).toEqual([
      { kind: 'BLOCKER_OVERDUE', yellowOn: null, redOn: '9999-12-31' },
    ]);
  });
});

describe('computeFlags', () => {
  it('lists red flags first, each colour in FLAG_KINDS order', () => {
    const f = facts({
      arrivedInvestment: 0,
      duplicateOf: { code: 'XM-2026-0001', signedOn: START },
      openBlockers: [{ dueOn: day(100), departmentName: '住建局' }],
    });
    expect(computeFlags(f, T, day(150)).map((flag) => `${flag.level} ${flag.kind}`)).toEqual([
      'RED FAKE_PROJECT',
      'RED DUPLICATE',
      'RED BLOCKER_OVERDUE',
      'YELLOW STALLED',
      'YELLOW LOW_CAPITAL',
    ]);
  });

  it('has no flags for a terminated project', () => {
    expect(
      computeFlags(facts({ status: 'TERMINATED', arrivedInvestment: 0 }), T, day(1000)),
    ).toEqual([]);
  });

  it('refuses an invalid today', () => {
    expect(() => computeFlags(facts(), T, '2026-13-01')).toThrow(RangeError);
  });
});

describe('computeFlags and flagSchedules agree', () => {
  const date = fc.integer({ min: 0, max: 1500 }).map(day);
  const optionalDate = fc.option(date, { nil: null });
  const amount = fc.option(
    fc.integer({ min: 0, max: 1e8 }).map((cents) => cents / 100),
    { nil: null },
  );
  const factsArbitrary: fc.Arbitrary<FlagFacts> = fc.record({
    status: fc.constantFrom('ACTIVE', 'TERMINATED'),
    stage: fc.constantFrom(...STAGES),
    stageEnteredOn: date,
    lastProgressOn: date,
    signedOn: optionalDate,
    landedOn: optionalDate,
    startedOn: optionalDate,
    contractedInvestment: amount,
    arrivedInvestment: fc.integer({ min: 0, max: 1e8 }).map((cents) => cents / 100),
    landArea: amount,
    duplicateOf: fc.option(fc.record({ code: fc.constant('XM-2026-0001'), signedOn: date }), {
      nil: null,
    }),
    openBlockers: fc.array(
      fc.record({ dueOn: date, departmentName: fc.constantFrom('住建局', '自然资源局') }),
      {
        maxLength: 3,
      },
    ),
    awaitedSupervisions: fc.array(fc.record({ dueOn: date }), { maxLength: 2 }),
  });
  const thresholdsArbitrary: fc.Arbitrary<FlagThresholds> = fc.record({
    fakeProjectDays: fc.integer({ min: 1, max: 400 }),
    stalledDays: fc.record({
      SIGNED: fc.integer({ min: 1, max: 400 }),
      LANDED: fc.integer({ min: 1, max: 400 }),
      STARTED: fc.integer({ min: 1, max: 800 }),
    }),
    stalledYellowFraction: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    idleLandDays: fc.integer({ min: 1, max: 400 }),
    lowCapitalDays: fc.integer({ min: 1, max: 400 }),
    lowCapitalRatioAfterSigning: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    lowCapitalRatioAfterStart: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    noFollowUpYellowDays: fc.integer({ min: 1, max: 200 }),
    noFollowUpRedDays: fc.integer({ min: 201, max: 400 }),
    minInvestmentPerMu: fc.integer({ min: 1, max: 100000 }).map((cents) => cents / 100),
    // Yellow at most 200 days and red from 201 keeps yellow < red, as thresholdsError demands.
  });

  it('lights exactly the flags whose stored dates have come, with the same since', () => {
    fc.assert(
      fc.property(factsArbitrary, thresholdsArbitrary, date, (f, t, today) => {
        const fromSchedules = flagSchedules(f, t).flatMap((s) => {
          if (s.redOn !== null && s.redOn <= today) return [`${s.kind} RED ${s.redOn}`];
          if (s.yellowOn !== null && s.yellowOn <= today) return [`${s.kind} YELLOW ${s.yellowOn}`];
          return [];
        });
        const computed = computeFlags(f, t, today).map(
          (flag) => `${flag.kind} ${flag.level} ${flag.since}`,
        );
        expect([...computed].sort()).toEqual([...fromSchedules].sort());
      }),
    );
  });

  it('never dates a flag after today and gives every flag a reason', () => {
    fc.assert(
      fc.property(factsArbitrary, date, (f, today) => {
        for (const flag of computeFlags(f, T, today)) {
          expect(flag.since <= today).toBe(true);
          expect(flag.reason.length).toBeGreaterThan(0);
          expect(flag.reason).not.toMatch(/undefined|NaN|null/);
        }
      }),
    );
  });

  it('never lowers a flag as time passes with the facts unchanged', () => {
    const rank = { YELLOW: 1, RED: 2 } as const;
    fc.assert(
      fc.property(factsArbitrary, date, fc.integer({ min: 1, max: 500 }), (f, today, wait) => {
        const later = new Map(
          computeFlags(f, T, addDays(today, wait)).map((flag) => [flag.kind, flag.level]),
        );
        for (const flag of computeFlags(f, T, today)) {
          expect(rank[later.get(flag.kind) ?? 'YELLOW']).toBeGreaterThanOrEqual(rank[flag.level]);
          expect(later.has(flag.kind)).toBe(true);
        }
      }),
    );
  });
});

describe('flagStanding', () => {
  const today = '2026-06-15';
  it('is red since the earliest lit flag took its colour, yellow ones included', () => {
    expect(
      flagStanding(
        [
          { yellowOn: '2026-01-01', redOn: '2026-06-01' },
          { yellowOn: '2026-03-01', redOn: '2026-09-01' },
        ],
        today,
      ),
    ).toEqual({ level: 'RED', since: '2026-03-01', until: '2026-09-01', redSince: '2026-06-01' });
  });

  it('is yellow while no flag is red, and says when that changes', () => {
    expect(flagStanding([{ yellowOn: '2026-05-01', redOn: '2026-07-01' }], today)).toEqual({
      level: 'YELLOW',
      since: '2026-05-01',
      until: '2026-07-01',
      redSince: '2026-07-01',
    });
  });

  it('is unflagged before any flag lights, until the first one does', () => {
    expect(flagStanding([{ yellowOn: null, redOn: '2026-12-01' }], today)).toEqual({
      level: null,
      since: null,
      until: '2026-12-01',
      redSince: '2026-12-01',
    });
    expect(flagStanding([], today)).toEqual({
      level: null,
      since: null,
      until: null,
      redSince: null,
    });
  });
});
