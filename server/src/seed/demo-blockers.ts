import { addDays, type BlockerCategory, type BlockerStatus } from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { diffFields } from '../modules/audit/audit.service';
import { AUDITED_BLOCKER_FIELDS } from '../modules/blockers/blockers.service';
import { Blocker } from '../modules/blockers/entities/blocker.entity';
import { Department } from '../modules/blockers/entities/department.entity';
import { Project } from '../modules/projects/entities/project.entity';
import type { DemoAccounts } from './demo-accounts';
import type { LeaderName } from './demo-catalogue';
import { standaloneFlagsService } from './standalone-flags';

/** 责任部门 of the demo city, with the person a 专员 calls about a blocker. */
export const DEMO_DEPARTMENTS: { name: string; contactPerson: string; phone: string }[] = [
  { name: '自然资源局', contactPerson: '向国平', phone: '0743-8221016' },
  { name: '发改委', contactPerson: '彭丽华', phone: '0743-8221032' },
  { name: '住建局', contactPerson: '石磊', phone: '0743-8221045' },
  { name: '供电公司', contactPerson: '龙海波', phone: '0743-8221095' },
  { name: '人社局', contactPerson: '田静', phone: '0743-8221067' },
  { name: '生态环境局', contactPerson: '杨帆', phone: '0743-8221078' },
  { name: '财政局', contactPerson: '符晓东', phone: '0743-8221023' },
];

export interface DemoBlocker {
  project: string;
  category: BlockerCategory;
  department: string;
  description: string;
  raisedAgo: number;
  /** Days from today; negative: already past. */
  dueIn: number;
  status: BlockerStatus;
  escalation?: { to: LeaderName; ago: number; note: string };
  resolution?: { ago: number; note: string };
}

/** A handful of 交办问题 on demo projects: open, escalated, 销号, and one overdue. */
export const DEMO_BLOCKERS: DemoBlocker[] = [
  {
    project: '馥郁香型白酒原酒基酒储备库项目',
    category: '土地',
    department: '自然资源局',
    description: '储备库用地 50 亩农转用报批未完成，影响项目按期落地',
    raisedAgo: 45,
    dueIn: -7,
    status: 'OPEN',
  },
  {
    project: '新能源装备制造产业园项目',
    category: '审批',
    department: '发改委',
    description: '二期项目节能审查意见待出具',
    raisedAgo: 12,
    dueIn: 18,
    status: 'OPEN',
  },
  {
    project: '5G+工业互联网智能制造示范工厂',
    category: '水电气',
    department: '供电公司',
    description: '10kV 专线接入工程未排期，影响生产设备联调',
    raisedAgo: 20,
    dueIn: 5,
    status: 'ESCALATED',
    escalation: { to: 'wang.leader', ago: 6, note: '提请市级调度会协调供电公司加快专线施工' },
  },
  {
    project: '电解二氧化锰深加工项目',
    category: '用工',
    department: '人社局',
    description: '技术工人缺口约 60 人，需协助组织专场招聘',
    raisedAgo: 30,
    dueIn: 30,
    status: 'OPEN',
  },
  {
    project: '中钒联钒电池储能材料项目',
    category: '安征迁',
    department: '住建局',
    description: '厂区红线内 3 户民房征拆未完成',
    raisedAgo: 60,
    dueIn: -30,
    status: 'RESOLVED',
    resolution: { ago: 32, note: '3 户已签订征拆协议并完成拆除，场地已移交' },
  },
  {
    project: '保靖黄金茶产业园项目',
    category: '资金',
    department: '财政局',
    description: '中央预算内投资补助资金待拨付',
    raisedAgo: 50,
    dueIn: -10,
    status: 'RESOLVED',
    resolution: { ago: 20, note: '补助资金 800 万元已拨付到项目专户' },
  },
  {
    project: '半导体封装测试项目',
    category: '审批',
    department: '生态环境局',
    description: '环评批复办理中，需协调提前技术审查',
    raisedAgo: 25,
    dueIn: 5,
    status: 'RESOLVED',
    resolution: { ago: 3, note: '环评已批复' },
  },
];

/** A blocker's stored columns, without the figures computed on read. */
type BlockerRow = Omit<Blocker, 'overdue' | 'overdueDays' | 'ageDays'>;

const at = (date: string, hour: number) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000+08:00`);

/**
 * Departments and blockers as the services would have written them, with their audit events,
 * raised by each project's 挂钩专员; the flag schedules of those projects are refreshed after.
 */
export async function seedDemoBlockers(
  manager: EntityManager,
  accounts: DemoAccounts,
  today: string,
): Promise<void> {
  const departments = new Map<string, Department>();
  for (const department of DEMO_DEPARTMENTS) {
    departments.set(
      department.name,
      await manager.getRepository(Department).save({ ...department, active: true, version: 1 }),
    );
  }
  const admin = accounts.users.get('admin')!;
  const projects = new Map(
    (await manager.getRepository(Project).find()).map((project) => [project.name, project]),
  );
  const events: Omit<AuditEvent, 'id'>[] = [...departments.values()].map((department) => ({
    at: at(addDays(today, -90), 9),
    actorId: admin.id,
    action: 'CREATE_DEPARTMENT',
    entity: 'Department',
    entityId: department.id,
    projectId: null,
    changes: JSON.stringify(
      diffFields(null, department, ['name', 'contactPerson', 'phone', 'active']),
    ),
  }));
  for (const spec of DEMO_BLOCKERS) {
    const project = projects.get(spec.project);
    if (!project) throw new Error(`demo project ${spec.project} is missing`);
    const raisedOn = addDays(today, -spec.raisedAgo);
    const raisedAt = at(raisedOn, 10);
    const open: Omit<BlockerRow, 'id'> = {
      projectId: project.id,
      category: spec.category,
      description: spec.description,
      departmentId: departments.get(spec.department)!.id,
      raisedById: project.ownerId,
      raisedOn,
      dueOn: addDays(today, spec.dueIn),
      status: 'OPEN',
      resolutionNote: null,
      resolvedById: null,
      resolvedAt: null,
      resolvedOn: null,
      escalationNote: null,
      escalatedToId: null,
      escalatedAt: null,
      reopenReason: null,
      version: 1,
      createdAt: raisedAt,
      updatedAt: raisedAt,
    };
    const blocker = await manager.getRepository(Blocker).save({ ...open });
    const steps: { action: string; actorId: number; after: BlockerRow }[] = [
      { action: 'RAISE_BLOCKER', actorId: project.ownerId, after: blocker },
    ];
    let current: BlockerRow = blocker;
    if (spec.escalation) {
      const escalatedAt = at(addDays(today, -spec.escalation.ago), 15);
      const leader = accounts.users.get(spec.escalation.to)!;
      current = {
        ...current,
        status: 'ESCALATED',
        escalationNote: spec.escalation.note,
        escalatedToId: leader.id,
        escalatedAt,
        version: current.version + 1,
        updatedAt: escalatedAt,
      };
      steps.push({
        action: 'ESCALATE_BLOCKER',
        actorId: accounts.users.get('zhao.supervisor')!.id,
        after: current,
      });
    }
    if (spec.resolution) {
      const resolvedOn = addDays(today, -spec.resolution.ago);
      const resolvedAt = at(resolvedOn, 16);
      current = {
        ...current,
        status: 'RESOLVED',
        resolutionNote: spec.resolution.note,
        resolvedById: project.ownerId,
        resolvedAt,
        resolvedOn,
        version: current.version + 1,
        updatedAt: resolvedAt,
      };
      steps.push({ action: 'RESOLVE_BLOCKER', actorId: project.ownerId, after: current });
    }
    if (current !== blocker) await manager.getRepository(Blocker).save(current);
    let before: BlockerRow | null = null;
    for (const step of steps) {
      events.push({
        at: step.after.updatedAt,
        actorId: step.actorId,
        action: step.action,
        entity: 'Blocker',
        entityId: blocker.id,
        projectId: project.id,
        changes: JSON.stringify(diffFields<Blocker>(before, step.after, AUDITED_BLOCKER_FIELDS)),
      });
      before = step.after;
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  await manager.getRepository(AuditEvent).insert(events);
  await standaloneFlagsService(manager.dataSource).refresh(manager, [
    ...new Set(DEMO_BLOCKERS.map((spec) => projects.get(spec.project)!.id)),
  ]);
}
