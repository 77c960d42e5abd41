import {
  addDays,
  creditCodeCheckChar,
  type FlagFacts,
  type FlagKind,
  type FlagLevel,
  type Stage,
  stageIndex,
} from '@luodi/domain';

/**
 * Hand-made projects around every default flag threshold (domain.md "Flags"), plus seeded
 * random ones, as plain facts: what the database row says, what the flag rules are given, and
 * for the edge cases the level the published rule itself names for one flag kind.
 */
export interface FlagCase {
  label: string;
  orgUnit: 'luxi' | 'huayuan';
  stage: Stage;
  terminated: boolean;
  /** Cases with the same key share one investor record. */
  investorKey: string;
  investorCreditCode: string | null;
  name: string;
  stageEnteredOn: string;
  /** NEGOTIATING: the last follow-up; later stages: the last capital arrival, if any. */
  lastProgressOn: string;
  lastArrivalOn: string | null;
  signedOn: string | null;
  landedOn: string | null;
  startedOn: string | null;
  operatingOn: string | null;
  contractedInvestment: number | null;
  arrivedInvestment: number;
  landArea: number | null;
  leasedFloorArea: number | null;
  /** The published rule's verdict for the kind this case sits on the edge of (null: not lit). */
  expect: { kind: FlagKind; level: FlagLevel | null } | null;
}

/** A valid 统一社会信用代码 per number, so each investor has its own. */
export function creditCodeFor(n: number): string {
  const first17 = `9143310${String(n).padStart(10, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A small deterministic PRNG (mulberry32) so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type CaseInput = Partial<FlagCase> & { stage: Stage; label: string };

class CaseList {
  readonly cases: FlagCase[] = [];
  private investors = 0;

  constructor(private readonly today: string) {}

  ago(days: number): string {
    return addDays(this.today, -days);
  }

  /**
   * A project whose dates of the stages before its own default to being long past, so that only
   * the facts a case names sit near a threshold.
   */
  add(input: CaseInput): number {
    const index = this.cases.length;
    const given = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    ) as CaseInput;
    const at = stageIndex(input.stage);
    const signedOn = at >= 1 ? (input.signedOn ?? this.ago(40)) : null;
    const landedOn = at >= 2 ? (input.landedOn ?? signedOn) : null;
    const startedOn = at >= 3 ? (input.startedOn ?? landedOn) : null;
    const operatingOn = at >= 4 ? (input.operatingOn ?? startedOn) : null;
    const stageEnteredOn =
      input.stageEnteredOn ?? [this.ago(10), signedOn, landedOn, startedOn, operatingOn][at]!;
    const lastArrivalOn = at >= 1 ? (input.lastArrivalOn ?? null) : null;
    const key = input.investorKey ?? `investor-${++this.investors}`;
    this.cases.push({
      orgUnit: 'luxi',
      terminated: false,
      investorKey: key,
      investorCreditCode: null,
      name: `预警边界项目${index + 1}`,
      contractedInvestment: at >= 1 ? 1000 : null,
      arrivedInvestment: lastArrivalOn ? 500 : 0,
      landArea: null,
      leasedFloorArea: at >= 2 ? 800 : null,
      expect: null,
      ...given,
      signedOn,
      landedOn,
      startedOn,
      operatingOn,
      stageEnteredOn,
      lastArrivalOn,
      lastProgressOn:
        input.lastProgressOn ??
        (lastArrivalOn && lastArrivalOn > stageEnteredOn ? lastArrivalOn : stageEnteredOn),
    });
    return index;
  }
}

/** The edge cases: each named threshold at the day (or cent) before, on and after it. */
function edgeCases(list: CaseList): void {
  const ago = (days: number) => list.ago(days);
  const lit = (kind: FlagKind, level: FlagLevel | null) => ({ kind, level });

  // FAKE_PROJECT: RED from 90 days after signing while nothing has arrived.
  for (const stage of ['SIGNED', 'LANDED', 'STARTED'] as const) {
    for (const days of [89, 90, 91]) {
      list.add({
        label: `${stage} 签约 ${days} 天 无资金`,
        stage,
        signedOn: ago(days),
        expect: lit('FAKE_PROJECT', days >= 90 ? 'RED' : null),
      });
      list.add({
        label: `${stage} 签约 ${days} 天 有资金`,
        stage,
        signedOn: ago(days),
        lastArrivalOn: ago(5),
        arrivedInvestment: 10,
        expect: lit('FAKE_PROJECT', null),
      });
    }
  }

  // STALLED: YELLOW from ⌈⅔ × limit⌉ days in the stage, RED once the limit is passed.
  const limits = { SIGNED: 180, LANDED: 180, STARTED: 540 } as const;
  for (const stage of ['SIGNED', 'LANDED', 'STARTED'] as const) {
    const limit = limits[stage];
    const yellowFrom = (limit * 2) / 3;
    for (const days of [
      yellowFrom - 1,
      yellowFrom,
      yellowFrom + 1,
      limit - 1,
      limit,
      limit + 1,
      limit + 2,
    ]) {
      const level = days > limit ? 'RED' : days >= yellowFrom ? 'YELLOW' : null;
      list.add({
        label: `${stage} 停留 ${days} 天`,
        stage,
        signedOn: ago(days + 30),
        stageEnteredOn: ago(days),
        ...(stage === 'SIGNED'
          ? { signedOn: ago(days) }
          : stage === 'LANDED'
            ? { landedOn: ago(days) }
            : { startedOn: ago(days) }),
        arrivedInvestment: 900,
        lastArrivalOn: ago(days + 1),
        expect: lit('STALLED', level),
      });
      // A capital arrival inside the stage restarts its clock.
      list.add({
        label: `${stage} 停留 ${limit + 100} 天，${days} 天前到资`,
        stage,
        signedOn: ago(limit + 130),
        ...(stage === 'SIGNED'
          ? { signedOn: ago(limit + 100) }
          : stage === 'LANDED'
            ? { landedOn: ago(limit + 100) }
            : { startedOn: ago(limit + 100) }),
        stageEnteredOn: ago(limit + 100),
        arrivedInvestment: 900,
        lastArrivalOn: ago(days),
        expect: lit('STALLED', level),
      });
    }
  }

  // IDLE_LAND: RED 180 days after landing with land (亩) and no start; leased floor space never.
  for (const days of [179, 180, 181]) {
    list.add({
      label: `落地供地 ${days} 天`,
      stage: 'LANDED',
      signedOn: ago(days + 10),
      landedOn: ago(days),
      landArea: 5,
      leasedFloorArea: null,
      contractedInvestment: 5000,
      arrivedInvestment: 4000,
      lastArrivalOn: ago(days + 1),
      expect: lit('IDLE_LAND', days >= 180 ? 'RED' : null),
    });
    list.add({
      label: `落地租厂房 ${days} 天`,
      stage: 'LANDED',
      signedOn: ago(days + 10),
      landedOn: ago(days),
      landArea: null,
      contractedInvestment: 5000,
      arrivedInvestment: 4000,
      lastArrivalOn: ago(days + 1),
      expect: lit('IDLE_LAND', null),
    });
  }

  // LOW_CAPITAL: YELLOW 90 days after signing below 25 %, or once started below 30 %.
  for (const [arrived, signedDays] of [
    [249.99, 90],
    [250, 90],
    [249.99, 89],
    [250.01, 91],
    [0.01, 90],
    [100, 91],
  ] as const) {
    const level = arrived < 250 && signedDays >= 90 ? 'YELLOW' : null;
    list.add({
      label: `签约 ${signedDays} 天到位 ${arrived}/1000`,
      stage: 'SIGNED',
      signedOn: ago(signedDays),
      arrivedInvestment: arrived,
      lastArrivalOn: ago(1),
      expect: lit('LOW_CAPITAL', level),
    });
  }
  for (const arrived of [299.99, 300, 300.01, 250, 249.99]) {
    list.add({
      label: `开工后到位 ${arrived}/1000`,
      stage: 'STARTED',
      signedOn: ago(30),
      startedOn: ago(3),
      arrivedInvestment: arrived,
      lastArrivalOn: ago(1),
      expect: lit('LOW_CAPITAL', arrived < 300 ? 'YELLOW' : null),
    });
  }

  // NO_FOLLOW_UP: YELLOW 60 days without progress while negotiating, RED at 90.
  for (const days of [59, 60, 61, 89, 90, 91]) {
    list.add({
      label: `在谈 ${days} 天无进展`,
      stage: 'NEGOTIATING',
      stageEnteredOn: ago(200),
      lastProgressOn: ago(days),
      expect: lit('NO_FOLLOW_UP', days >= 90 ? 'RED' : days >= 60 ? 'YELLOW' : null),
    });
  }

  // LOW_LAND_YIELD: YELLOW when contracted / 亩 is below 200 万元.
  for (const [contracted, land] of [
    [1999.99, 10],
    [2000, 10],
    [2000.01, 10],
    [2002, 10.01],
    [2001.99, 10.01],
  ] as const) {
    list.add({
      label: `亩均 ${contracted}/${land}`,
      stage: 'LANDED',
      signedOn: ago(20),
      landedOn: ago(10),
      contractedInvestment: contracted,
      arrivedInvestment: contracted,
      lastArrivalOn: ago(5),
      landArea: land,
      leasedFloorArea: null,
      expect: lit(
        'LOW_LAND_YIELD',
        Math.round(contracted * 100) < 200 * Math.round(land * 100) ? 'YELLOW' : null,
      ),
    });
  }

  // DUPLICATE: the later signing of the same investor is RED; the earlier one is not.
  const pair = (
    label: string,
    first: Partial<CaseInput>,
    second: Partial<CaseInput>,
    duplicate: boolean,
  ) => {
    const original = list.add({
      stage: 'SIGNED',
      signedOn: ago(100),
      arrivedInvestment: 800,
      lastArrivalOn: ago(2),
      expect: lit('DUPLICATE', null),
      ...first,
      label: `${label}（先）`,
    });
    const key = list.cases[original].investorKey;
    list.add({
      stage: 'SIGNED',
      signedOn: ago(50),
      arrivedInvestment: 800,
      lastArrivalOn: ago(2),
      investorCreditCode: list.cases[original].investorCreditCode,
      ...second,
      investorKey: key,
      label: `${label}（后）`,
      expect: lit('DUPLICATE', duplicate ? 'RED' : null),
    });
  };
  pair('同一信用代码', { investorCreditCode: creditCodeFor(900_001) }, {}, true);
  pair(
    '同一信用代码不同县',
    { investorCreditCode: creditCodeFor(900_002) },
    { orgUnit: 'huayuan' },
    true,
  );
  pair(
    '同一信用代码同日签约',
    { investorCreditCode: creditCodeFor(900_003), signedOn: ago(30) },
    { signedOn: ago(30) },
    true,
  );
  pair('先签者已终止', { investorCreditCode: creditCodeFor(900_004), terminated: true }, {}, false);
  pair(
    '后者仍在谈',
    { investorCreditCode: creditCodeFor(900_005) },
    { stage: 'NEGOTIATING', expect: lit('DUPLICATE', null) },
    false,
  );
  pair('无代码同名同项目', { name: '重复签约白酒厂' }, { name: '重复签约白酒厂' }, true);
  pair('无代码同名不同项目', { name: '酒厂一期' }, { name: '酒厂二期' }, false);
  pair(
    '后者进入开工',
    { investorCreditCode: creditCodeFor(900_006) },
    { stage: 'STARTED', startedOn: ago(5), landedOn: ago(20) },
    true,
  );

  // Terminated projects show no flag at all, however overdue.
  for (const stage of ['NEGOTIATING', 'SIGNED', 'LANDED', 'STARTED'] as const) {
    list.add({
      label: `已终止 ${stage}`,
      stage,
      terminated: true,
      signedOn: ago(700),
      stageEnteredOn: ago(600),
      lastProgressOn: ago(600),
      landArea: 50,
      contractedInvestment: 100,
      leasedFloorArea: null,
      expect: lit('STALLED', null),
    });
  }
}

/** Random projects over the whole space of facts, some sharing investors. */
function randomCases(list: CaseList, count: number, random: () => number): void {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const days = (max: number) => Math.floor(random() * max);
  for (let n = 0; n < count; n++) {
    const stage = pick(['NEGOTIATING', 'SIGNED', 'LANDED', 'STARTED', 'OPERATING'] as const);
    const at = stageIndex(stage);
    // Stage dates walk forward from signing, never into the future.
    const signedAgo = 10 + days(700);
    const landedAgo = Math.max(0, signedAgo - days(200));
    const startedAgo = Math.max(0, landedAgo - days(300));
    const operatingAgo = Math.max(0, startedAgo - days(400));
    const enteredAgo = [days(400), signedAgo, landedAgo, startedAgo, operatingAgo][at];
    const contracted = at >= 1 ? pick([100, 1000, 2000, 5000, 12000.5]) : null;
    const arrived = contracted
      ? pick([0, 0, 0.01, contracted * 0.2499, contracted * 0.25, contracted * 0.3, contracted])
      : 0;
    const shareInvestor = list.cases.length > 0 && random() < 0.08;
    const other = shareInvestor ? list.cases[Math.floor(random() * list.cases.length)] : null;
    list.add({
      label: `随机 ${n + 1}`,
      stage,
      orgUnit: random() < 0.7 ? 'luxi' : 'huayuan',
      terminated: random() < 0.1,
      investorKey: other?.investorKey,
      investorCreditCode: other
        ? other.investorCreditCode
        : random() < 0.5
          ? creditCodeFor(100_000 + n)
          : null,
      name: other && random() < 0.5 ? other.name : undefined,
      signedOn: at >= 1 ? list.ago(signedAgo) : undefined,
      landedOn: at >= 2 ? list.ago(landedAgo) : undefined,
      startedOn: at >= 3 ? list.ago(startedAgo) : undefined,
      operatingOn: at >= 4 ? list.ago(operatingAgo) : undefined,
      stageEnteredOn: list.ago(enteredAgo),
      lastProgressOn: at === 0 ? list.ago(days(enteredAgo + 1)) : undefined,
      lastArrivalOn: arrived > 0 ? list.ago(days(enteredAgo + 60)) : undefined,
      contractedInvestment: contracted,
      arrivedInvestment: Math.round(arrived * 100) / 100,
      landArea: at >= 2 && random() < 0.6 ? pick([1, 5, 10, 10.01, 33.3, 100]) : null,
      leasedFloorArea: at >= 2 ? 500 : null,
    });
  }
}

/**
 * The edge cases in both counties (the flagged list is read county by county too), then random
 * ones up to `total`.
 */
export function flagCases(today: string, total: number, seed = 20260101): FlagCase[] {
  const list = new CaseList(today);
  edgeCases(list);
  const edges = list.cases.length;
  for (let i = 0; i < edges; i++) {
    const copy = list.cases[i];
    const sharesInvestor = list.cases.some(
      (other, j) => j !== i && j < edges && other.investorKey === copy.investorKey,
    );
    if (copy.investorCreditCode || sharesInvestor) continue;
    list.add({
      ...copy,
      orgUnit: 'huayuan',
      investorKey: undefined,
      label: `${copy.label}（花垣）`,
    });
  }
  randomCases(list, Math.max(0, total - list.cases.length), seededRandom(seed));
  return list.cases;
}

/** The facts the flag rules see for a case, written from the case, not read back from the server. */
export function factsOfCase(c: FlagCase, duplicateOf: FlagFacts['duplicateOf']): FlagFacts {
  return {
    status: c.terminated ? 'TERMINATED' : 'ACTIVE',
    stage: c.stage,
    stageEnteredOn: c.stageEnteredOn,
    lastProgressOn: c.lastProgressOn,
    lastFactOn: c.stage === 'NEGOTIATING' ? null : c.lastArrivalOn,
    signedOn: c.signedOn,
    landedOn: c.landedOn,
    startedOn: c.startedOn,
    contractedInvestment: c.contractedInvestment,
    arrivedInvestment: c.arrivedInvestment,
    landArea: c.landArea,
    duplicateOf,
  };
}

/**
 * DUPLICATE as domain.md words it: another active project of the same investor (by credit
 * code, or by investor name and project name) signed earlier; the lower id breaks a tie.
 * Case indexes stand for ids, which are given in list order.
 */
export function duplicatesOfCases(
  cases: FlagCase[],
  codes: string[],
): Map<number, { code: string; signedOn: string }> {
  const byInvestor = new Map<string, number[]>();
  cases.forEach((c, i) =>
    byInvestor.set(c.investorKey, [...(byInvestor.get(c.investorKey) ?? []), i]),
  );
  const result = new Map<number, { code: string; signedOn: string }>();
  cases.forEach((c, i) => {
    if (!c.signedOn || c.terminated) return;
    const signedOn = c.signedOn;
    const earlier = byInvestor
      .get(c.investorKey)!
      .filter((j) => {
        const other = cases[j];
        if (j === i || other.terminated || !other.signedOn) return false;
        if (!c.investorCreditCode && other.name !== c.name) return false;
        return other.signedOn < signedOn || (other.signedOn === signedOn && j < i);
      })
      .sort((a, b) => cases[a].signedOn!.localeCompare(cases[b].signedOn!) || a - b);
    if (earlier.length) result.set(i, { code: codes[earlier[0]], signedOn });
  });
  return result;
}
