import {
  ACTIVITY_KINDS,
  addDays,
  creditCodeCheckChar,
  SOURCE_METHODS,
  STAGES,
  type Stage,
} from '@luodi/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Grows the demo city into a province-sized ledger by bulk SQL: more counties and parks with
 * their people, investors, projects on every stage with the evidence their stage needs, capital
 * arrivals, follow-ups, stage transitions and audit events. Only source rows are written; the
 * derived facts (flag schedules, tallies, search text) are for `npm run recompute`.
 * Plain SQL over the tables, so the same builder serves any version of the server.
 */
export interface ProvinceCounts {
  projects: number;
  investors: number;
  arrivals: number;
  activities: number;
  transitions: number;
  auditEvents: number;
}

const ROWS_PER_STATEMENT = 500;
const PROJECTS_PER_CHUNK = 2000;

const COUNTIES = [
  '吉首市',
  '凤凰县',
  '古丈县',
  '永顺县',
  '龙山县',
  '桑植县',
  '慈利县',
  '沅陵县',
  '辰溪县',
  '麻阳县',
];
const PLACES = ['湖南', '长沙', '深圳', '广东', '浙江', '江苏', '贵州', '重庆', '湘西', '四川'];
const CORES = ['华锰', '盈田', '金瑞', '五新', '天合', '酒鬼', '湘泉', '锦程', '恒达', '楚天'];
const TRADES = ['新材料', '酒业', '电子', '食品', '能源', '医药', '装备', '农业', '文旅', '物流'];
const PRODUCTS = [
  '电解锰深加工',
  '酱香型白酒扩能',
  '5G通信模组',
  '猕猴桃精深加工',
  '光伏发电',
  '中药材饮片',
  '智能装备制造',
  '冷链物流园',
  '锌钒电池材料',
  '黄金茶生产线',
];

/** Deterministic, so every run measures the same data. */
export function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function creditCode(n: number): string {
  const first17 = `91430${String(n).padStart(12, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Rows in multi-row INSERTs of a bounded size (SQLite limits a statement's parameters). */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const row = `(${columns.map(() => '?').join(',')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    await manager.query(
      `INSERT INTO ${table} (${columns.join(',')}) VALUES ${batch.map(() => row).join(',')}`,
      batch.flat(),
    );
  }
}

interface Person {
  id: number;
  role: string;
  orgUnitId: number;
}
interface Unit {
  id: number;
  path: string;
  kind: string;
  parentId: number | null;
}

export async function growProvince(
  dataSource: DataSource,
  projectCount: number,
  today: string,
  log: (line: string) => void = () => undefined,
): Promise<ProvinceCounts> {
  const random = generator(20_261_201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const stamp = `${today} 08:00:00.000`;
  const counts: ProvinceCounts = {
    projects: 0,
    investors: 0,
    arrivals: 0,
    activities: 0,
    transitions: 0,
    auditEvents: 0,
  };

  // Ten more counties, each with a park, a leader and two staff.
  const [city] = (await dataSource.query(
    `SELECT id, path FROM org_unit WHERE parentId IS NULL ORDER BY id LIMIT 1`,
  )) as Unit[];
  const [{ passwordHash }] = await dataSource.query(
    `SELECT passwordHash FROM user WHERE username = 'admin'`,
  );
  await dataSource.transaction(async (manager) => {
    for (const [i, county] of COUNTIES.entries()) {
      for (const [name, kind, parentPath] of [
        [county, 'COUNTY', city.path],
        [`${county}工业园区`, 'PARK', null],
      ] as const) {
        const parent = parentPath
          ? city
          : ((
              await manager.query(`SELECT id, path FROM org_unit WHERE name = ?`, [county])
            )[0] as Unit);
        await manager.query(
          `INSERT INTO org_unit (name, kind, parentId, path) VALUES (?, ?, ?, '')`,
          [name, kind, parent.id],
        );
        const [{ id }] = await manager.query(`SELECT id FROM org_unit WHERE name = ?`, [name]);
        await manager.query(`UPDATE org_unit SET path = ? WHERE id = ?`, [
          `${parent.path}${id}/`,
          id,
        ]);
      }
      const [{ id: unitId }] = await manager.query(`SELECT id FROM org_unit WHERE name = ?`, [
        county,
      ]);
      await insertRows(
        manager,
        'user',
        ['username', 'name', 'role', 'orgUnitId', 'passwordHash', 'active', 'createdAt'],
        [
          [`leader${i}`, `${county}领导`, 'LEADER', unitId, passwordHash, 1, stamp],
          [`staff${i}a`, `${county}专员甲`, 'STAFF', unitId, passwordHash, 1, stamp],
          [`staff${i}b`, `${county}专员乙`, 'STAFF', unitId, passwordHash, 1, stamp],
        ],
      );
    }
  });

  const units = (await dataSource.query(`SELECT id, path, kind, parentId FROM org_unit`)) as Unit[];
  const people = (await dataSource.query(
    `SELECT id, role, orgUnitId FROM user WHERE active = 1`,
  )) as Person[];
  const chains = (
    (await dataSource.query(`SELECT id FROM industry_chain`)) as { id: number }[]
  ).map((chain) => Number(chain.id));
  const unitById = new Map(units.map((unit) => [Number(unit.id), unit]));
  const countyOf = (unit: Unit): Unit =>
    unit.kind === 'PARK' && unit.parentId ? unitById.get(Number(unit.parentId))! : unit;
  const projectUnits = units.filter((unit) => unit.kind !== 'CITY');
  const cityLeaders = people.filter(
    (p) => p.role === 'LEADER' && Number(p.orgUnitId) === Number(city.id),
  );
  const staffOf = new Map<number, Person[]>();
  const leadersOf = new Map<number, Person[]>();
  for (const unit of projectUnits) {
    const county = countyOf(unit);
    const here = (role: string) =>
      people.filter(
        (p) =>
          p.role === role &&
          (Number(p.orgUnitId) === Number(unit.id) || Number(p.orgUnitId) === Number(county.id)),
      );
    staffOf.set(Number(unit.id), here('STAFF'));
    leadersOf.set(Number(unit.id), [...here('LEADER'), ...cityLeaders]);
  }

  // Investors: one per five projects, most with a credit code.
  const investorCount = Math.max(1, Math.round(projectCount / 5));
  await dataSource.transaction(async (manager) => {
    const rows = Array.from({ length: investorCount }, (_, n) => [
      `${pick(PLACES)}${pick(CORES)}${pick(TRADES)}第${n + 1}有限公司`,
      random() < 0.6 ? creditCode(n + 1) : null,
      random() < 0.1 ? '["中国500强"]' : '[]',
    ]);
    await insertRows(manager, 'investor', ['name', 'creditCode', 'tags'], rows);
  });
  const [{ firstInvestor }] = await dataSource.query(
    `SELECT MIN(id) AS firstInvestor FROM investor WHERE name LIKE '%第1有限公司'`,
  );
  counts.investors = investorCount;

  const positions = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  const [{ maxPosition }] = await dataSource.query(
    `SELECT MAX(position) AS maxPosition FROM project`,
  );
  for (const stage of STAGES) positions.set(stage, Number(maxPosition ?? 0));

  const started = Date.now();
  for (let offset = 0; offset < projectCount; offset += PROJECTS_PER_CHUNK) {
    const size = Math.min(PROJECTS_PER_CHUNK, projectCount - offset);
    const specs = Array.from({ length: size }, (_, k) => projectSpec(offset + k, today, random));
    await dataSource.transaction(async (manager) => {
      const rows = specs.map((spec) => {
        const unit = pick(projectUnits);
        const owner = pick(staffOf.get(Number(unit.id))!);
        const leader =
          spec.signedOn && random() > 0.03 ? pick(leadersOf.get(Number(unit.id))!) : null;
        spec.ownerId = Number(owner.id);
        spec.leaderId = leader ? Number(leader.id) : null;
        const position = positions.get(spec.stage)! + 1024;
        positions.set(spec.stage, position);
        return [
          spec.code,
          `${pick(CORES)}${pick(PRODUCTS)}项目`,
          1,
          spec.stage,
          spec.terminated ? 'TERMINATED' : 'ACTIVE',
          Number(firstInvestor) + Math.floor(random() * investorCount),
          Number(unit.id),
          pick(chains),
          pick(SOURCE_METHODS),
          spec.ownerId,
          spec.leaderId,
          spec.signedOn ? null : Math.round(1000 + random() * 80_000),
          spec.contracted,
          spec.arrived,
          spec.verified,
          spec.landedOn ? Math.round(10 + random() * 300) : null,
          spec.signedOn ? `HT-${spec.code}` : null,
          spec.landedOn ? creditCode(5_000_000 + offset + specs.indexOf(spec)) : null,
          spec.startedOn ? `SG-${spec.code}` : null,
          spec.signedOn,
          spec.landedOn,
          spec.startedOn,
          spec.operatingOn,
          spec.signedOn ? addDays(spec.signedOn, 180) : null,
          spec.signedOn ? addDays(spec.signedOn, 540) : null,
          spec.stageEnteredOn,
          spec.lastProgressOn,
          position,
          spec.terminated ? spec.lastProgressOn : null,
          spec.terminated ? '投资方战略调整' : null,
          `${spec.createdOn} 09:00:00.000`,
          `${spec.lastProgressOn} 17:00:00.000`,
        ];
      });
      await insertRows(
        manager,
        'project',
        [
          'code',
          'name',
          'version',
          'stage',
          'status',
          'investorId',
          'orgUnitId',
          'chainId',
          'sourceMethod',
          'ownerId',
          'leaderId',
          'plannedInvestment',
          'contractedInvestment',
          'arrivedInvestment',
          'arrivedVerified',
          'landArea',
          'contractNo',
          'companyCreditCode',
          'permitNo',
          'signedOn',
          'landedOn',
          'startedOn',
          'operatingOn',
          'plannedStartOn',
          'plannedOperatingOn',
          'stageEnteredOn',
          'lastProgressOn',
          'position',
          'terminatedOn',
          'terminationReason',
          'createdAt',
          'updatedAt',
        ],
        rows,
      );
      const ids = (await manager.query(
        `SELECT id, code FROM project WHERE code >= ? AND code <= ? ORDER BY code`,
        [specs[0].code, specs[specs.length - 1].code],
      )) as { id: number; code: string }[];
      const idOf = new Map(ids.map((row) => [row.code, Number(row.id)]));

      const arrivals: unknown[][] = [];
      const activities: unknown[][] = [];
      const transitions: unknown[][] = [];
      const audits: unknown[][] = [];
      for (const spec of specs) {
        const id = idOf.get(spec.code)!;
        const at = (day: string) => `${day} 10:00:00.000`;
        audits.push([at(spec.createdOn), spec.ownerId, 'CREATE', 'Project', id, id, '{}']);
        transitions.push([id, null, 'NEGOTIATING', at(spec.createdOn), spec.ownerId, null]);
        let from: Stage = 'NEGOTIATING';
        for (const [stage, day] of [
          ['SIGNED', spec.signedOn],
          ['LANDED', spec.landedOn],
          ['STARTED', spec.startedOn],
          ['OPERATING', spec.operatingOn],
        ] as const) {
          if (!day) break;
          transitions.push([id, from, stage, at(day), spec.ownerId, null]);
          audits.push([
            at(day),
            spec.ownerId,
            'MOVE',
            'Project',
            id,
            id,
            JSON.stringify({ stage: { before: from, after: stage } }),
          ]);
          from = stage;
        }
        for (const arrival of spec.arrivals) {
          arrivals.push([
            id,
            arrival.amount,
            arrival.on,
            `PZ-${spec.code}-${arrivals.length}`,
            arrival.verified ? 1 : 0,
            arrival.verified ? spec.ownerId : null,
            arrival.verified ? at(arrival.on) : null,
            0,
            spec.ownerId,
            at(arrival.on),
          ]);
          audits.push([at(arrival.on), spec.ownerId, 'RECORD_ARRIVAL', 'Project', id, id, '{}']);
        }
        const follows = 2 + Math.floor(random() * 8);
        for (let f = 0; f < follows; f++) {
          const day = addDays(spec.createdOn, Math.floor(random() * spec.ageDays));
          activities.push([
            id,
            pick(ACTIVITY_KINDS),
            '与投资方洽谈推进事项',
            day,
            spec.ownerId,
            at(day),
          ]);
          audits.push([at(day), spec.ownerId, 'ADD_ACTIVITY', 'Project', id, id, '{}']);
        }
        for (let u = 0; u < 4; u++) {
          audits.push([
            at(spec.lastProgressOn),
            spec.ownerId,
            'UPDATE',
            'Project',
            id,
            id,
            '{"name":{"before":"旧名称","after":"新名称"}}',
          ]);
        }
      }
      await insertRows(
        manager,
        'capital_arrival',
        [
          'projectId',
          'amount',
          'arrivedOn',
          'voucherNo',
          'verified',
          'verifiedById',
          'verifiedAt',
          'rejected',
          'recordedById',
          'recordedAt',
        ],
        arrivals,
      );
      await insertRows(
        manager,
        'activity',
        ['projectId', 'kind', 'summary', 'happenedOn', 'byId', 'createdAt'],
        activities,
      );
      await insertRows(
        manager,
        'stage_transition',
        ['projectId', 'fromStage', 'toStage', 'at', 'byId', 'note'],
        transitions,
      );
      await insertRows(
        manager,
        'audit_event',
        ['at', 'actorId', 'action', 'entity', 'entityId', 'projectId', 'changes'],
        audits,
      );
      counts.projects += size;
      counts.arrivals += arrivals.length;
      counts.activities += activities.length;
      counts.transitions += transitions.length;
      counts.auditEvents += audits.length;
    });
    log(
      `province: ${counts.projects}/${projectCount} projects, ${counts.auditEvents} audit events (${Math.round((Date.now() - started) / 1000)} s)`,
    );
  }
  return counts;
}

interface ProjectSpec {
  code: string;
  stage: Stage;
  terminated: boolean;
  createdOn: string;
  ageDays: number;
  signedOn: string | null;
  landedOn: string | null;
  startedOn: string | null;
  operatingOn: string | null;
  stageEnteredOn: string;
  lastProgressOn: string;
  contracted: number | null;
  arrived: number;
  verified: number;
  arrivals: { amount: number; on: string; verified: boolean }[];
  ownerId: number;
  leaderId: number | null;
}

/** One project's life: how far it got, when, and the money that arrived on the way. */
function projectSpec(n: number, today: string, random: () => number): ProjectSpec {
  const reach = random();
  const stage: Stage =
    reach < 0.25
      ? 'NEGOTIATING'
      : reach < 0.5
        ? 'SIGNED'
        : reach < 0.7
          ? 'LANDED'
          : reach < 0.87
            ? 'STARTED'
            : 'OPERATING';
  const ageDays = 30 + Math.floor(random() * 1400);
  const createdOn = addDays(today, -ageDays);
  const step = (from: string, days: number) => {
    const day = addDays(from, Math.floor(random() * days) + 1);
    return day > today ? today : day;
  };
  const index = STAGES.indexOf(stage);
  const signedOn = index >= 1 ? step(createdOn, Math.min(120, ageDays / 3)) : null;
  const landedOn = index >= 2 && signedOn ? step(signedOn, 90) : null;
  const startedOn = index >= 3 && landedOn ? step(landedOn, 120) : null;
  const operatingOn = index >= 4 && startedOn ? step(startedOn, 300) : null;
  const contracted = signedOn ? Math.round(500 + random() * 60_000) : null;
  const arrivals: ProjectSpec['arrivals'] = [];
  if (signedOn && contracted) {
    const count = Math.floor(random() * 5);
    for (let a = 0; a < count; a++) {
      arrivals.push({
        amount: Math.round(contracted * random() * 0.2 * 100) / 100,
        on: step(signedOn, 400),
        verified: random() < 0.4,
      });
    }
  }
  const stageEnteredOn = operatingOn ?? startedOn ?? landedOn ?? signedOn ?? createdOn;
  const lastFact = [stageEnteredOn, ...arrivals.map((a) => a.on)].sort().at(-1)!;
  const lastProgressOn = stage === 'NEGOTIATING' ? step(createdOn, ageDays) : lastFact;
  const cents = (sum: number) => Math.round(sum * 100) / 100;
  return {
    code: `XM-P-${String(n + 1).padStart(7, '0')}`,
    stage,
    terminated: random() < 0.05,
    createdOn,
    ageDays,
    signedOn,
    landedOn,
    startedOn,
    operatingOn,
    stageEnteredOn,
    lastProgressOn,
    contracted,
    arrived: cents(arrivals.reduce((sum, a) => sum + a.amount, 0)),
    verified: cents(arrivals.filter((a) => a.verified).reduce((sum, a) => sum + a.amount, 0)),
    arrivals,
    ownerId: 0,
    leaderId: null,
  };
}
