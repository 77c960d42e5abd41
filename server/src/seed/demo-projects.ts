import {
  addDays,
  creditCodeCheckChar,
  formatWan,
  fromCents,
  maxDate,
  POSITION_STEP,
  STAGES,
  stageIndex,
  toCents,
  type FlagKind,
  type Stage,
} from '@luodi/domain';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { diffFields, type FieldChanges } from '../modules/audit/audit.service';
import { IndustryChain } from '../modules/chains/industry-chain.entity';
import type { OrgUnit } from '../modules/org-units/org-unit.entity';
import { Activity } from '../modules/projects/entities/activity.entity';
import { CapitalArrival } from '../modules/projects/entities/capital-arrival.entity';
import { Investor } from '../modules/projects/entities/investor.entity';
import { ProjectMember } from '../modules/projects/entities/project-member.entity';
import { Project } from '../modules/projects/entities/project.entity';
import { StageTransition } from '../modules/projects/entities/stage-transition.entity';
import { AUDITED_PROJECT_FIELDS } from '../modules/projects/project-audit';
import type { User } from '../modules/users/user.entity';
import type { DemoAccounts } from './demo-accounts';
import { standaloneFlagsService } from './standalone-flags';
import {
  DEMO_CHAINS,
  DEMO_INVESTORS,
  DEMO_PROJECTS,
  type DemoInvestor,
  type DemoProjectSpec,
  type DemoTimeline,
  type UnitKey,
} from './demo-catalogue';
import {
  AFTER_SIGNING_NOTES,
  fill,
  FIRST_CONTACT,
  FIRST_OUTPUT,
  FLAG_NOTES,
  GONE_QUIET,
  LEASED_START_NOTE,
  NEGOTIATING_NOTES,
  SIGNING_NOTES,
} from './demo-texts';

type LaterStage = Exclude<Stage, 'NEGOTIATING'>;
const LATER_STAGES = STAGES.slice(1) as LaterStage[];
const DATE_OF: Record<LaterStage, 'signed' | 'landed' | 'started' | 'operating'> = {
  SIGNED: 'signed',
  LANDED: 'landed',
  STARTED: 'started',
  OPERATING: 'operating',
};

/** 行政区划代码 of the counties, for project companies and construction permits. */
const COUNTY_CODE: Record<UnitKey, string> = {
  luxi: '433122',
  'luxi-park': '433122',
  huayuan: '433124',
  'huayuan-park': '433124',
  baojing: '433125',
};
/** The issuing office in contract numbers, e.g. 泸高新招合〔2025〕007号. */
const CONTRACT_PREFIX: Record<UnitKey, string> = {
  luxi: '泸招合',
  'luxi-park': '泸高新招合',
  huayuan: '花招合',
  'huayuan-park': '盈田园招合',
  baojing: '保招合',
};
const BANKS = ['ICBC', 'CCB', 'ABC', 'BOC', 'HXRCB'];

/**
 * Seeds the demo projects of the demo city: chains, investors, ~80 projects on every stage with
 * their stage history, capital arrivals, follow-ups, 专班, audit trail and flag schedules. Every date is counted
 * back from `today`, so the board looks the same (healthy, with a few flagged cards) whenever
 * the demo is started; the same `today` always gives the same rows.
 */
export async function seedDemoProjects(
  manager: EntityManager,
  accounts: DemoAccounts,
  today: string,
): Promise<void> {
  const ids = {
    chain: await nextId(manager, IndustryChain),
    investor: await nextId(manager, Investor),
    project: await nextId(manager, Project),
    transition: await nextId(manager, StageTransition),
    arrival: await nextId(manager, CapitalArrival),
    activity: await nextId(manager, Activity),
    audit: await nextId(manager, AuditEvent),
  };
  const world = new World(accounts, today);

  const chains = DEMO_CHAINS.map((chain, i) => ({
    id: ids.chain + i,
    name: chain.name,
    chainLeaderId: world.user(chain.leader).id,
  }));
  const chainIds = new Map(DEMO_CHAINS.map((chain, i) => [chain.key, chains[i].id]));
  const investors = DEMO_INVESTORS.map((investor, i) => ({
    id: ids.investor + i,
    name: investor.name,
    creditCode: investor.region
      ? world.creditCode(`investor:${investor.key}`, investor.region, establishedLongAgo(investor))
      : null,
    tags: [...investor.tags],
  }));
  const investorIds = new Map(DEMO_INVESTORS.map((investor, i) => [investor.key, investors[i].id]));

  // Histories first, then ids in the order the projects were created, so codes read chronologically.
  const plans = DEMO_PROJECTS.map((spec) => planProject(world, spec));
  plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  plans.forEach((plan, i) => (plan.id = ids.project + i));
  numberContracts(plans);
  placeOnBoard(plans);

  const projects: Partial<Project>[] = [];
  const members: ProjectMember[] = [];
  const transitions: (Partial<StageTransition> & { at: Date })[] = [];
  const arrivals: Partial<CapitalArrival>[] = [];
  const activities: Partial<Activity>[] = [];
  const events: (Omit<AuditEvent, 'id'> & { order: number })[] = [];
  const audit = (
    at: Date,
    actorId: number,
    action: string,
    entity: string,
    entityId: number,
    projectId: number,
    changes: FieldChanges,
  ) =>
    events.push({
      at,
      actorId,
      action,
      entity,
      entityId,
      projectId,
      changes: JSON.stringify(changes),
      order: events.length,
    });

  for (const plan of plans) {
    const row = projectRow(
      plan,
      investorIds.get(plan.spec.investor)!,
      chainIds.get(plan.spec.chain)!,
    );
    projects.push(row);
    plan.team.forEach((user, sortOrder) =>
      members.push({ projectId: plan.id, userId: user.id, sortOrder }),
    );
    for (const step of historyOf(plan, row)) {
      if (step.transition)
        transitions.push({ projectId: plan.id, at: step.at, byId: step.by.id, ...step.transition });
      audit(step.at, step.by.id, step.action, 'Project', plan.id, plan.id, step.changes);
    }
  }

  // Arrivals and follow-ups get their ids in date order, then their audit events.
  const allArrivals = plans.flatMap((plan) => plan.arrivals.map((arrival) => ({ plan, arrival })));
  allArrivals.sort((a, b) => a.arrival.recordedAt.getTime() - b.arrival.recordedAt.getTime());
  allArrivals.forEach(({ plan, arrival }, i) => {
    const row: Partial<CapitalArrival> = {
      id: ids.arrival + i,
      projectId: plan.id,
      amount: fromCents(arrival.cents),
      arrivedOn: arrival.on,
      voucherNo: arrival.voucherNo,
      verified: false,
      verifiedById: null,
      verifiedAt: null,
      recordedById: arrival.by.id,
      recordedAt: arrival.recordedAt,
    };
    audit(
      arrival.recordedAt,
      arrival.by.id,
      'RECORD_ARRIVAL',
      'CapitalArrival',
      row.id!,
      plan.id,
      diffFields(null, row, ['amount', 'arrivedOn', 'voucherNo', 'verified']),
    );
    if (arrival.verifiedAt) {
      const verified = {
        ...row,
        verified: true,
        verifiedById: world.supervisor.id,
        verifiedAt: arrival.verifiedAt,
      };
      audit(
        arrival.verifiedAt,
        world.supervisor.id,
        'VERIFY_ARRIVAL',
        'CapitalArrival',
        row.id!,
        plan.id,
        diffFields(row, verified, ['amount', 'arrivedOn', 'voucherNo', 'verified']),
      );
      arrivals.push(verified);
    } else {
      arrivals.push(row);
    }
  });
  const allActivities = plans.flatMap((plan) =>
    plan.activities.map((activity) => ({ plan, activity })),
  );
  allActivities.sort((a, b) => a.activity.createdAt.getTime() - b.activity.createdAt.getTime());
  allActivities.forEach(({ plan, activity }, i) => {
    const row = {
      id: ids.activity + i,
      projectId: plan.id,
      kind: activity.kind,
      summary: activity.summary,
      happenedOn: activity.on,
      byId: activity.by.id,
      createdAt: activity.createdAt,
    };
    activities.push(row);
    audit(
      activity.createdAt,
      activity.by.id,
      'ADD_ACTIVITY',
      'Activity',
      row.id,
      plan.id,
      diffFields(null, row, ['kind', 'summary', 'happenedOn']),
    );
  });

  transitions.sort((a, b) => a.at.getTime() - b.at.getTime());
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);

  await insertAll(manager, IndustryChain, chains);
  await insertAll(manager, Investor, investors);
  await insertAll(manager, Project, projects);
  await insertAll(manager, ProjectMember, members);
  await insertAll(
    manager,
    StageTransition,
    transitions.map((t, i) => ({ ...t, id: ids.transition + i })),
  );
  await insertAll(manager, CapitalArrival, arrivals);
  await insertAll(manager, Activity, activities);
  await insertAll(
    manager,
    AuditEvent,
    events.map(({ order: _order, ...event }, i) => ({ ...event, id: ids.audit + i })),
  );

  // The flag schedules, as every write of the services leaves them, so the seeded board is complete.
  const flags = standaloneFlagsService(manager.dataSource);
  await flags.refresh(
    manager,
    plans.map((plan) => plan.id),
  );
}

// ─── The demo world: people, places, randomness ──────────────────────────────────────────

class World {
  readonly supervisor: User;
  private readonly usedCodes = new Set<string>();
  private readonly usedVouchers = new Set<string>();

  constructor(
    readonly accounts: DemoAccounts,
    readonly today: string,
  ) {
    this.supervisor = this.user('zhao.supervisor');
  }

  user(username: string): User {
    const user = this.accounts.users.get(username);
    if (!user) throw new Error(`demo user ${username} is missing`);
    return user;
  }

  unit(key: UnitKey | 'city'): OrgUnit {
    const unit = this.accounts.orgUnits.get(key);
    if (!unit) throw new Error(`demo org unit ${key} is missing`);
    return unit;
  }

  /** Whether the user works at or above the unit (how the server checks owners and leaders). */
  covers(user: User, unit: OrgUnit): boolean {
    const own = [...this.accounts.orgUnits.values()].find(
      (candidate) => candidate.id === user.orgUnitId,
    );
    return Boolean(own && unit.path.startsWith(own.path));
  }

  /** The date `daysAgo` days before today. */
  ago(daysAgo: number): string {
    return addDays(this.today, -daysAgo);
  }

  /**
   * A 统一社会信用代码 that passes GB 32100 (and whose organisation code passes GB 11714):
   * 9 (工商) 1 (企业), the region, an organisation code, the check character.
   */
  creditCode(seedKey: string, region: string, old: boolean): string {
    const random = new Random(seedKey);
    for (;;) {
      const body = old
        ? `${random.pick(['1', '5', '7'])}${random.digits(7)}`
        : `MA${random.pick(['4', '5', '6'])}${random.chars(5, ORG_CODE_CHARS)}`;
      const first17 = `91${region}${body}${gb11714CheckChar(body)}`;
      const code = `${first17}${creditCodeCheckChar(first17)}`;
      if (!this.usedCodes.has(code)) {
        this.usedCodes.add(code);
        return code;
      }
    }
  }

  voucherNo(random: Random, on: string): string {
    for (;;) {
      const voucher = `${random.pick(BANKS)}-${on.replace(/-/g, '')}-${random.digits(4)}`;
      if (!this.usedVouchers.has(voucher)) {
        this.usedVouchers.add(voucher);
        return voucher;
      }
    }
  }
}

/** Big, long-established investors carry a pre-2015 organisation code; newer ones an MA… one. */
function establishedLongAgo(investor: DemoInvestor): boolean {
  return investor.tags.some(
    (tag) => tag === '世界500强' || tag === '中国500强' || tag === '上市公司',
  );
}

// Charset of GB 32100 without the letters an organisation code avoids (I, O, S, V, Z are absent already).
const ORG_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 11714 check character of an 8-character organisation code body. */
function gb11714CheckChar(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce(
    (total, char, i) =>
      total + (/\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55) * weights[i],
    0,
  );
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** mulberry32, seeded from a string: the same name always draws the same numbers. */
class Random {
  private state: number;

  constructor(seed: string) {
    let hash = 2166136261;
    for (const char of seed) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
    this.state = hash >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`empty range ${min}..${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, count);
  }

  digits(count: number): string {
    return this.chars(count, '0123456789');
  }

  chars(count: number, alphabet: string): string {
    return Array.from(
      { length: count },
      () => alphabet[Math.floor(this.next() * alphabet.length)],
    ).join('');
  }

  /** An instant on a China-time working day: `date` between the given hours. */
  instant(date: string, fromHour: number, toHour: number): Date {
    const minute = this.int(fromHour * 60, toHour * 60 - 1);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    return new Date(
      `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(this.int(0, 59))}.${pad(this.int(0, 999), 3)}+08:00`,
    );
  }
}

// ─── One project's history ───────────────────────────────────────────────────────────────

interface PlannedArrival {
  on: string;
  cents: number;
  voucherNo: string;
  by: User;
  recordedAt: Date;
  verifiedAt: Date | null;
}

interface PlannedActivity {
  kind: string;
  summary: string;
  on: string;
  by: User;
  createdAt: Date;
}

interface Plan {
  id: number;
  spec: DemoProjectSpec;
  random: Random;
  unit: OrgUnit;
  owner: User;
  leader: User | null;
  team: User[];
  createdOn: string;
  createdAt: Date;
  leaderAssignedAt: Date | null;
  dates: Partial<Record<'signed' | 'landed' | 'started' | 'operating', string>>;
  moveAt: Partial<Record<LaterStage, Date>>;
  plannedStartOn: string | null;
  plannedOperatingOn: string | null;
  companyCreditCode: string | null;
  permitNo: string | null;
  contractNo: string | null;
  terminatedOn: string | null;
  terminatedAt: Date | null;
  arrivals: PlannedArrival[];
  activities: PlannedActivity[];
  position: number;
}

function planProject(world: World, spec: DemoProjectSpec): Plan {
  const random = new Random(`project:${spec.unit}:${spec.name}`);
  const unit = world.unit(spec.unit);
  const reached = stageIndex(spec.stage);
  const timeline = spec.timeline
    ? completeTimeline(spec, spec.timeline, random)
    : healthyTimeline(spec, random);
  checkTimeline(spec, timeline);

  const owner = world.user(spec.owner ?? defaultOwner(spec.unit, random));
  const leaderName = spec.leader ?? (reached >= stageIndex('SIGNED') ? defaultLeader(spec) : null);
  const leader = leaderName ? world.user(leaderName) : null;
  const partner =
    spec.unit === 'luxi-park'
      ? world.user(owner.username === 'zhang.staff' ? 'zhou.staff' : 'zhang.staff')
      : null;
  const team = partner && random.chance(0.45) ? [partner] : [];
  for (const person of [owner, leader, ...team]) {
    if (person && !world.covers(person, unit))
      throw new Error(`${person.username} does not cover ${unit.name} (${spec.name})`);
  }

  const dates: Plan['dates'] = {};
  for (const stage of LATER_STAGES) {
    const daysAgo = timeline[DATE_OF[stage]];
    if (stageIndex(stage) <= reached && daysAgo !== undefined)
      dates[DATE_OF[stage]] = world.ago(daysAgo);
  }
  const createdOn = world.ago(timeline.created!);
  const moveAt: Plan['moveAt'] = {};
  for (const stage of LATER_STAGES)
    if (dates[DATE_OF[stage]]) moveAt[stage] = random.instant(dates[DATE_OF[stage]]!, 14, 18);

  const plan: Plan = {
    id: 0,
    spec,
    random,
    unit,
    owner,
    leader,
    team,
    createdOn,
    createdAt: random.instant(createdOn, 8, 9),
    leaderAssignedAt: null,
    dates,
    moveAt,
    plannedStartOn: null,
    plannedOperatingOn: null,
    companyCreditCode: dates.landed
      ? world.creditCode(`company:${spec.unit}:${spec.name}`, COUNTY_CODE[spec.unit], false)
      : null,
    permitNo: null,
    contractNo: null,
    terminatedOn: spec.terminated ? world.ago(spec.terminated.daysAgo) : null,
    terminatedAt: null,
    arrivals: [],
    activities: [],
    position: 0,
  };
  if (plan.terminatedOn) plan.terminatedAt = random.instant(plan.terminatedOn, 15, 18);
  if (leader && !dates.signed) {
    const assignedOn = world.ago(
      Math.max(timeline.lastActivity!, timeline.created! - random.int(1, 10)),
    );
    plan.leaderAssignedAt = random.instant(assignedOn, 9, 10);
  }
  planMilestones(plan);
  planArrivals(plan, world, timeline);
  planActivities(plan, world, timeline);
  return plan;
}

/** Luxi-park projects are followed by either of the two staff who cover it. */
function defaultOwner(unit: UnitKey, random: Random) {
  switch (unit) {
    case 'luxi':
      return 'zhang.staff';
    case 'luxi-park':
      return random.chance(0.5) ? 'zhou.staff' : 'zhang.staff';
    case 'huayuan':
    case 'huayuan-park':
      return 'li.staff';
    case 'baojing':
      return 'sun.staff';
  }
}

/** 市领导包抓 the 10-亿 projects and Baojing (it has no county leader); county leaders the rest. */
function defaultLeader(spec: DemoProjectSpec) {
  if (spec.unit === 'baojing' || spec.amount >= 100000) return 'wang.leader';
  return spec.unit === 'luxi' || spec.unit === 'luxi-park' ? 'chen.leader' : 'liu.leader';
}

/** A history that trips no flag on today: money keeps coming, stages move on time. */
function healthyTimeline(spec: DemoProjectSpec, random: Random): DemoTimeline {
  const t: DemoTimeline = {};
  switch (spec.stage) {
    case 'NEGOTIATING':
      t.created = random.int(20, 420);
      t.lastActivity = random.int(1, Math.min(45, t.created - 3));
      return t;
    case 'SIGNED':
      t.signed = random.int(8, 200);
      t.arrivals =
        t.signed < 90
          ? random.chance(0.5) && t.signed > 3
            ? arrivalsWithin(random, t.signed, t.signed - 1, 1, random.int(10, 30))
            : []
          : arrivalsWithin(random, t.signed, 85, 2, random.int(26, 60));
      break;
    case 'LANDED':
      t.landed = random.int(5, 150);
      t.signed = t.landed + random.int(15, 180);
      t.arrivals = arrivalsWithin(random, t.signed, 100, random.int(2, 3), random.int(30, 70));
      break;
    case 'STARTED':
      t.started = random.int(20, 330);
      t.landed = t.started + random.int(15, 150);
      t.signed = t.landed + random.int(10, 150);
      t.arrivals = arrivalsWithin(random, t.signed, 280, random.int(3, 4), random.int(40, 85));
      break;
    case 'OPERATING':
      t.operating = random.int(10, 420);
      t.started = t.operating + random.int(150, 420);
      t.landed = t.started + random.int(15, 120);
      t.signed = t.landed + random.int(10, 120);
      t.arrivals = arrivalsWithin(
        random,
        t.signed,
        t.signed - 1,
        random.int(3, 5),
        random.int(70, 98),
      );
      break;
  }
  return completeTimeline(spec, t, random);
}

function completeTimeline(
  spec: DemoProjectSpec,
  timeline: DemoTimeline,
  random: Random,
): DemoTimeline {
  const t = { ...timeline, arrivals: timeline.arrivals ?? [] };
  t.created ??= (t.signed ?? 0) + random.int(30, 240);
  if (spec.stage === 'NEGOTIATING') t.lastActivity ??= random.int(1, Math.min(45, t.created - 3));
  return t;
}

/** `count` arrivals after the signing, the latest within `latestWithin` days, `totalPercent` in all. */
function arrivalsWithin(
  random: Random,
  signedAgo: number,
  latestWithin: number,
  count: number,
  totalPercent: number,
): [number, number][] {
  const latest = random.int(1, Math.min(latestWithin, signedAgo - 1));
  const earlier = Array.from({ length: count - 1 }, () =>
    random.int(Math.min(latest + 1, signedAgo - 1), signedAgo - 1),
  );
  const days = [...earlier, latest].sort((a, b) => b - a);
  const weights = days.map(() => random.int(2, 6));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let left = totalPercent;
  return days.map((day, i) => {
    const percent =
      i === days.length - 1
        ? left
        : Math.max(1, Math.round((totalPercent * weights[i]) / weightSum));
    left -= percent;
    return [day, percent];
  });
}

/** Stage dates in order, money only after signing, nothing today or later: the evidence rules. */
function checkTimeline(spec: DemoProjectSpec, t: DemoTimeline): void {
  const fail = (why: string) => {
    throw new Error(`demo project ${spec.name}: ${why}`);
  };
  const chain = [t.created, t.signed, t.landed, t.started, t.operating].slice(
    0,
    stageIndex(spec.stage) + 1,
  );
  if (chain.some((days) => days === undefined || days < 1))
    fail('every stage needs a date before today');
  for (let i = 1; i < chain.length; i++)
    if (chain[i]! > chain[i - 1]!) fail('stage dates out of order');
  if (spec.stage === 'NEGOTIATING' && !(t.lastActivity! >= 1 && t.lastActivity! < t.created! - 1))
    fail('last follow-up not after creation');
  for (const [days, percent] of t.arrivals ?? []) {
    if (!(days >= 1 && days < t.signed!))
      fail('capital arrives after the signing day and before today');
    if (!(percent > 0)) fail('arrival percent must be positive');
  }
  if ((t.arrivals ?? []).reduce((sum, [, percent]) => sum + percent, 0) > 100)
    fail('more money than contracted');
  if (
    spec.terminated &&
    !(
      spec.terminated.daysAgo >= 1 &&
      spec.terminated.daysAgo <=
        Math.min(
          ...(chain as number[]),
          ...(t.arrivals ?? []).map(([d]) => d),
          t.lastActivity ?? Infinity,
        )
    )
  ) {
    fail('terminated before its last fact');
  }
  if (stageIndex(spec.stage) >= stageIndex('LANDED') && !(spec.land || spec.lease))
    fail('landing needs land or a leased floor area');
  if (
    stageIndex(spec.stage) >= stageIndex('SIGNED') &&
    !(spec.amount >= 3000 && spec.amount <= 300000)
  )
    fail('contracted investment out of range');
}

function planMilestones(plan: Plan): void {
  const { random, dates } = plan;
  if (!dates.signed) return;
  const signedOn = dates.signed;
  if (dates.started) {
    plan.plannedStartOn = maxDate(addDays(dates.started, random.int(-40, 60)), signedOn)!;
    plan.plannedOperatingOn = dates.operating
      ? maxDate(addDays(dates.operating, random.int(-60, 90)), plan.plannedStartOn)!
      : addDays(plan.plannedStartOn, random.int(300, 600));
  } else {
    plan.plannedStartOn = addDays(signedOn, random.int(90, 300));
    plan.plannedOperatingOn = addDays(plan.plannedStartOn, random.int(270, 540));
  }
  if (dates.started && plan.spec.land) {
    const issuedOn = maxDate(addDays(dates.started, -random.int(3, 20)), dates.landed!)!;
    plan.permitNo = `${COUNTY_CODE[plan.spec.unit]}${issuedOn.replace(/-/g, '')}${String(random.int(1, 30)).padStart(2, '0')}01`;
  }
}

function planArrivals(plan: Plan, world: World, timeline: DemoTimeline): void {
  const { random } = plan;
  const contractedCents = toCents(plan.spec.amount);
  const step = plan.spec.amount >= 20000 ? 1000 : 100; // whole 10 万元 or whole 万元
  for (const [daysAgo, percent] of timeline.arrivals ?? []) {
    const on = world.ago(daysAgo);
    let cents = Math.max(step, Math.round((contractedCents * percent) / 100 / step) * step);
    if (random.chance(0.15)) cents += 50; // the odd half 万元
    const verifyAfter = random.int(2, 20);
    const verified = daysAgo > verifyAfter && random.chance(daysAgo > 60 ? 0.9 : 0.6);
    plan.arrivals.push({
      on,
      cents,
      voucherNo: world.voucherNo(random, on),
      by: random.pick([plan.owner, ...plan.team]),
      recordedAt: random.instant(on, 10, 17),
      verifiedAt: verified ? random.instant(addDays(on, verifyAfter), 9, 18) : null,
    });
  }
  const total = plan.arrivals.reduce((sum, arrival) => sum + arrival.cents, 0);
  if (total > contractedCents)
    throw new Error(`demo project ${plan.spec.name}: more money than contracted`);
}

function planActivities(plan: Plan, world: World, timeline: DemoTimeline): void {
  const { random, spec, dates } = plan;
  const investor = DEMO_INVESTORS.find((candidate) => candidate.key === spec.investor)!;
  const chain = DEMO_CHAINS.find((candidate) => candidate.key === spec.chain)!;
  const values = {
    inv: investor.short,
    city: investor.city,
    unit: plan.unit.name,
    chain: chain.short,
    leader: plan.leader?.name ?? '包抓领导',
    owner: plan.owner.name,
    amount: formatWan(spec.amount),
    other: duplicateElsewhere(spec, world),
  };
  const add = (kind: string, template: string, on: string, by: User = plan.owner) =>
    plan.activities.push({
      kind,
      summary: fill(template, values),
      on,
      by,
      createdAt: random.instant(on, 9, 18),
    });
  const staff = [plan.owner, ...plan.team];

  // While negotiating: first contact, a few follow-ups, then the signing or the latest note.
  const lastNegotiatingOn = dates.signed ?? world.ago(timeline.lastActivity!);
  const first = random.pick(FIRST_CONTACT);
  add(first.kind, first.text, plan.createdOn);
  const span = -daysFrom(plan.createdOn, lastNegotiatingOn);
  const between = [
    ...new Set(Array.from({ length: random.int(1, 4) }, () => random.int(1, span - 1))),
  ]
    .filter((day) => day > 0 && day < span)
    .sort((a, b) => a - b);
  // Talks move on: the sampled notes keep the catalogue's order, from first calls to the last round.
  const notes = random
    .sample(NEGOTIATING_NOTES, between.length + 1)
    .sort((a, b) => NEGOTIATING_NOTES.indexOf(a) - NEGOTIATING_NOTES.indexOf(b));
  between.forEach((day, i) =>
    add(notes[i].kind, notes[i].text, addDays(plan.createdOn, day), random.pick(staff)),
  );
  if (dates.signed) {
    add('SIGNING', random.pick(SIGNING_NOTES), dates.signed);
  } else if (spec.terminated) {
    add('CALL', `与{inv}沟通确认：${spec.terminated.reason}。`, lastNegotiatingOn);
  } else if (spec.flags?.includes('NO_FOLLOW_UP')) {
    const quiet = random.pick(GONE_QUIET);
    add(quiet.kind, quiet.text, lastNegotiatingOn);
  } else {
    const last = notes[notes.length - 1];
    add(last.kind, last.text, lastNegotiatingOn, random.pick(staff));
  }
  if (!dates.signed) return;

  // After signing: notes that fit the stage of their day; they move no clock (domain.md).
  const lastOn = plan.terminatedOn ? addDays(plan.terminatedOn, -1) : world.ago(1);
  const afterCount = {
    SIGNED: random.int(0, 1),
    LANDED: random.int(1, 2),
    STARTED: random.int(1, 3),
    OPERATING: random.int(2, 3),
  }[spec.stage as LaterStage];
  const room = -daysFrom(dates.signed, lastOn);
  const used = new Set<string>();
  for (const offset of [
    ...new Set(Array.from({ length: afterCount }, () => random.int(1, Math.max(1, room)))),
  ].sort((a, b) => a - b)) {
    if (offset > room) continue;
    const on = addDays(dates.signed, offset);
    const stageThen = [...LATER_STAGES]
      .reverse()
      .find((stage) => dates[DATE_OF[stage]] && dates[DATE_OF[stage]]! <= on)!;
    const choices = AFTER_SIGNING_NOTES[stageThen].filter((note) => !used.has(note.text));
    if (!choices.length) continue;
    const note = random.pick(choices);
    used.add(note.text);
    const by =
      note.kind === 'MEETING' && plan.leader && random.chance(0.5)
        ? plan.leader
        : random.pick(staff);
    add(note.kind, note.text, on, by);
  }
  const flag = spec.flags?.find((kind): kind is FlagKind => Boolean(FLAG_NOTES[kind]));
  if (flag && !plan.terminatedOn) {
    const note = FLAG_NOTES[flag]!;
    add(note.kind, note.text, world.ago(random.int(3, 25)));
  }
  if (spec.terminated)
    add(
      'OTHER',
      `核查情况：${spec.terminated.reason}，已报请终止项目。`,
      addDays(plan.terminatedOn!, -random.int(2, 7)),
    );
}

/** Where the same investor signed first (the other half of a DUPLICATE), for the note. */
function duplicateElsewhere(spec: DemoProjectSpec, world: World): string {
  const other = DEMO_PROJECTS.find(
    (candidate) =>
      candidate !== spec &&
      candidate.investor === spec.investor &&
      candidate.stage !== 'NEGOTIATING',
  );
  return other ? world.unit(other.unit).name : '其他县市区';
}

function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/** 合同编号 numbered per issuing office and year in signing order. */
function numberContracts(plans: Plan[]): void {
  const counters = new Map<string, number>();
  const signed = plans
    .filter((plan) => plan.dates.signed)
    .sort((a, b) => a.dates.signed!.localeCompare(b.dates.signed!) || a.id - b.id);
  for (const plan of signed) {
    const year = plan.dates.signed!.slice(0, 4);
    const key = `${plan.spec.unit}:${year}`;
    const seq = (counters.get(key) ?? 0) + plan.random.int(1, 3);
    counters.set(key, seq);
    plan.contractNo = `${CONTRACT_PREFIX[plan.spec.unit]}〔${year}〕${String(seq).padStart(3, '0')}号`;
  }
}

/** Within each column the latest arrival on top, as the server places a card on its move. */
function placeOnBoard(plans: Plan[]): void {
  const columns = new Map<string, Plan[]>();
  for (const plan of plans) {
    const key = `${plan.terminatedOn ? 'TERMINATED' : 'ACTIVE'}:${plan.spec.stage}`;
    columns.set(key, [...(columns.get(key) ?? []), plan]);
  }
  for (const column of columns.values()) {
    column
      .sort((a, b) => stageEnteredOn(b).localeCompare(stageEnteredOn(a)) || b.id - a.id)
      .forEach((plan, i) => (plan.position = (i + 1) * POSITION_STEP));
  }
}

function stageEnteredOn(plan: Plan): string {
  return plan.spec.stage === 'NEGOTIATING' ? plan.createdOn : plan.dates[DATE_OF[plan.spec.stage]]!;
}

// ─── Rows ────────────────────────────────────────────────────────────────────────────────

function projectRow(plan: Plan, investorId: number, chainId: number): Partial<Project> {
  const { spec, dates, random } = plan;
  const signed = Boolean(dates.signed);
  const landed = Boolean(dates.landed);
  const arrived = plan.arrivals.reduce((sum, arrival) => sum + arrival.cents, 0);
  const verified = plan.arrivals.reduce(
    (sum, arrival) => sum + (arrival.verifiedAt ? arrival.cents : 0),
    0,
  );
  // A follow-up counts as progress only while negotiating (ActivitiesService); stages and money always.
  const negotiatingNotes = plan.activities
    .filter((activity) => !dates.signed || activity.on <= dates.signed)
    .map((activity) => activity.on);
  const lastProgressOn = maxDate(
    plan.createdOn,
    ...Object.values(dates),
    ...plan.arrivals.map((arrival) => arrival.on),
    ...negotiatingNotes,
  )!;
  const writes = [
    plan.createdAt,
    plan.leaderAssignedAt,
    ...Object.values(plan.moveAt),
    ...plan.arrivals.map((arrival) => arrival.recordedAt),
    plan.terminatedAt,
  ];
  const updatedAt = new Date(
    Math.max(
      ...writes
        .filter((at): at is Date => at !== null && at !== undefined)
        .map((at) => at.getTime()),
    ),
  );
  const moves = Object.keys(plan.moveAt).length;
  const planned = signed
    ? Math.max(1000, Math.round((spec.amount * random.int(80, 120)) / 100 / 500) * 500)
    : spec.amount;
  return {
    id: plan.id,
    code: `XM-${plan.createdOn.slice(0, 4)}-${String(plan.id).padStart(5, '0')}`,
    name: spec.name,
    version: 1 + moves + (plan.leaderAssignedAt ? 1 : 0) + (plan.terminatedOn ? 1 : 0),
    stage: spec.stage,
    status: plan.terminatedOn ? 'TERMINATED' : 'ACTIVE',
    investorId,
    orgUnitId: plan.unit.id,
    chainId,
    chainRole: spec.role,
    sourceMethod: spec.source,
    ownerId: plan.owner.id,
    leaderId: plan.leader?.id ?? null,
    plannedInvestment: planned,
    contractedInvestment: signed ? spec.amount : null,
    arrivedInvestment: fromCents(arrived),
    arrivedVerified: fromCents(verified),
    landArea: landed ? (spec.land ?? null) : null,
    leasedFloorArea: landed ? (spec.lease ?? null) : null,
    contractNo: plan.contractNo,
    companyCreditCode: plan.companyCreditCode,
    permitNo: plan.permitNo,
    signedOn: dates.signed ?? null,
    landedOn: dates.landed ?? null,
    startedOn: dates.started ?? null,
    operatingOn: dates.operating ?? null,
    plannedStartOn: plan.plannedStartOn,
    plannedOperatingOn: plan.plannedOperatingOn,
    stageEnteredOn: stageEnteredOn(plan),
    lastProgressOn,
    position: plan.position,
    terminatedOn: plan.terminatedOn,
    terminationReason: spec.terminated?.reason ?? null,
    createdAt: plan.createdAt,
    updatedAt,
  };
}

interface HistoryStep {
  at: Date;
  by: User;
  action: 'CREATE' | 'CHANGE_LEADER' | 'MOVE' | 'TERMINATE';
  changes: FieldChanges;
  transition?: { fromStage: Stage | null; toStage: Stage; note: string | null };
}

/**
 * The project's writes as the services make them: created 在谈, a leader assigned, each stage
 * entered with its evidence, terminated; each with the audit diff of the audited fields.
 */
function historyOf(plan: Plan, row: Partial<Project>): HistoryStep[] {
  const steps: HistoryStep[] = [];
  const state: Partial<Project> = {
    code: row.code,
    name: row.name,
    stage: 'NEGOTIATING',
    status: 'ACTIVE',
    investorId: row.investorId,
    orgUnitId: row.orgUnitId,
    chainId: row.chainId,
    chainRole: row.chainRole,
    sourceMethod: row.sourceMethod,
    ownerId: row.ownerId,
    leaderId: null,
    plannedInvestment: row.plannedInvestment,
  };
  steps.push({
    at: plan.createdAt,
    by: plan.owner,
    action: 'CREATE',
    changes: diffFields(null, state, ['code', ...AUDITED_PROJECT_FIELDS]),
    transition: { fromStage: null, toStage: 'NEGOTIATING', note: null },
  });
  const change = (
    at: Date,
    by: User,
    action: HistoryStep['action'],
    patch: Partial<Project>,
    transition?: HistoryStep['transition'],
  ) => {
    const before = { ...state };
    Object.assign(state, patch);
    steps.push({
      at,
      by,
      action,
      changes: diffFields(before, state, AUDITED_PROJECT_FIELDS),
      transition,
    });
  };
  if (plan.leaderAssignedAt)
    change(plan.leaderAssignedAt, plan.owner, 'CHANGE_LEADER', { leaderId: row.leaderId });
  const evidence: Record<LaterStage, Partial<Project>> = {
    SIGNED: {
      signedOn: row.signedOn,
      contractNo: row.contractNo,
      contractedInvestment: row.contractedInvestment,
      leaderId: row.leaderId,
      plannedStartOn: row.plannedStartOn,
      plannedOperatingOn: row.plannedOperatingOn,
    },
    LANDED: {
      landedOn: row.landedOn,
      companyCreditCode: row.companyCreditCode,
      landArea: row.landArea,
      leasedFloorArea: row.leasedFloorArea,
    },
    STARTED: { startedOn: row.startedOn, permitNo: row.permitNo },
    OPERATING: { operatingOn: row.operatingOn },
  };
  const notes: Record<LaterStage, string | null> = {
    SIGNED: null,
    LANDED: null,
    STARTED: row.permitNo ? null : LEASED_START_NOTE,
    OPERATING: FIRST_OUTPUT[plan.spec.chain],
  };
  let from: Stage = 'NEGOTIATING';
  for (const stage of LATER_STAGES) {
    const at = plan.moveAt[stage];
    if (!at) break;
    // A leader may move only the projects it already leads, so not into 签约.
    const movers = [
      plan.owner,
      ...plan.team,
      ...(plan.leader && stage !== 'SIGNED' ? [plan.leader] : []),
    ];
    const by = plan.random.chance(0.8) ? plan.owner : plan.random.pick(movers);
    change(
      at,
      by,
      'MOVE',
      { stage, ...evidence[stage] },
      { fromStage: from, toStage: stage, note: notes[stage] },
    );
    from = stage;
  }
  if (plan.terminatedAt) {
    change(plan.terminatedAt, plan.leader ?? plan.owner, 'TERMINATE', {
      status: 'TERMINATED',
      terminatedOn: row.terminatedOn,
      terminationReason: row.terminationReason,
    });
  }
  return steps;
}

// ─── Database ────────────────────────────────────────────────────────────────────────────

async function nextId(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
): Promise<number> {
  const row = await manager
    .createQueryBuilder(target, 't')
    .select('MAX(t.id)', 'max')
    .getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0) + 1;
}

/** Multi-row INSERTs with the ids given, so children can point at parents without reading back. */
async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: object[],
  chunk = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + chunk) as never)
      .updateEntity(false)
      .execute();
  }
}
