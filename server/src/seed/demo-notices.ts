import { addDays } from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { diffFields, type FieldChanges } from '../modules/audit/audit.service';
import { Project } from '../modules/projects/entities/project.entity';
import { Supervision } from '../modules/supervisions/supervision.entity';
import type { DemoAccounts } from './demo-accounts';
import { standaloneFlagsService } from './standalone-flags';

const AUDITED: (keyof Supervision)[] = [
  'demand',
  'dueOn',
  'status',
  'reply',
  'returnReason',
  'closingNote',
];

/** A morning (Beijing time) `days` before `today`. */
const at = (today: string, days: number, hour = 9) =>
  new Date(`${addDays(today, -days)}T${String(hour - 8).padStart(2, '0')}:00:00Z`);

interface NoticePlan {
  demand: string;
  issuedDaysAgo: number;
  /** The first deadline; a notice sent back gets a new one. */
  dueInDays: number;
  reply?: { text: string; daysAgo: number };
  returned?: { reason: string; daysAgo: number; dueInDays: number };
  closed?: { note: string; daysAgo: number };
}

/** What the 督查室 demanded of the demo's suspect projects, at each step of the exchange. */
const PLANS: NoticePlan[] = [
  {
    demand: '签约已逾三个月未见资金到位，请说明原因并提交资金到位计划和银行进账凭证',
    issuedDaysAgo: 20,
    dueInDays: -6,
  },
  {
    demand: '请说明项目用地供地进度，落实“拿地即开工”的时间表',
    issuedDaysAgo: 15,
    dueInDays: 10,
    reply: { text: '已与自然资源局对接，用地预审已通过，计划下月挂牌出让', daysAgo: 3 },
  },
  {
    demand: '合同引资额与实际到位差距较大，请核实资金来源并提供到账证明',
    issuedDaysAgo: 40,
    dueInDays: -25,
    reply: { text: '投资方承诺本月追加投资', daysAgo: 25 },
    returned: {
      reason: '仅有口头承诺，请附银行进账单或投资方书面承诺函',
      daysAgo: 20,
      dueInDays: 4,
    },
  },
  {
    demand: '项目推进滞后，请包抓领导召开专题调度会并报送会议纪要',
    issuedDaysAgo: 60,
    dueInDays: -30,
    reply: { text: '已召开专题调度会，纪要已报送，安征迁问题已解决', daysAgo: 35 },
    closed: { note: '经实地核查，项目已复工，予以办结', daysAgo: 30 },
  },
];

/**
 * 督办 on the demo's signed projects that have no money yet: one overdue and unanswered (its card
 * shows 督办逾期), one answered and waiting for the supervisor, one sent back, one closed.
 */
export async function seedDemoNotices(
  manager: EntityManager,
  accounts: DemoAccounts,
  today: string,
): Promise<void> {
  const supervisor = accounts.users.get('zhao.supervisor')!;
  const suspects = await manager
    .getRepository(Project)
    .createQueryBuilder('p')
    .where(
      "p.status = 'ACTIVE' AND p.stage = 'SIGNED' AND p.leaderId IS NOT NULL AND p.arrivedInvestment = 0",
    )
    .orderBy('p.signedOn', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(PLANS.length)
    .getMany();
  // Dated as the steps happened, so the seed is the same whenever it runs.
  const audit = (
    when: Date,
    actorId: number,
    action: string,
    entityId: number,
    projectId: number,
    changes: FieldChanges,
  ) =>
    manager.getRepository(AuditEvent).insert({
      at: when,
      actorId,
      action,
      entity: 'Supervision',
      entityId,
      projectId,
      changes: JSON.stringify(changes),
    });
  const notices = manager.getRepository(Supervision);
  for (const [i, project] of suspects.entries()) {
    const plan = PLANS[i];
    const issued = await notices.save({
      projectId: project.id,
      demand: plan.demand,
      dueOn: addDays(today, plan.dueInDays),
      status: 'ISSUED' as const,
      version: 1,
      issuedById: supervisor.id,
      issuedAt: at(today, plan.issuedDaysAgo),
      reply: null,
      repliedById: null,
      repliedAt: null,
      returnReason: null,
      returnCount: 0,
      closingNote: null,
      closedById: null,
      closedAt: null,
    });
    await audit(
      issued.issuedAt,
      supervisor.id,
      'ISSUE_SUPERVISION',
      issued.id,
      project.id,
      diffFields(null, issued, AUDITED),
    );
    let current: Supervision = issued;
    const step = async (
      when: Date,
      action: string,
      actorId: number,
      changes: Partial<Supervision>,
    ) => {
      const next = await notices.save({ ...current, ...changes, version: current.version + 1 });
      await audit(when, actorId, action, next.id, project.id, diffFields(current, next, AUDITED));
      current = next;
    };
    const leaderId = project.leaderId!;
    if (plan.reply) {
      await step(at(today, plan.reply.daysAgo), 'REPLY_SUPERVISION', leaderId, {
        status: 'REPLIED',
        reply: plan.reply.text,
        repliedById: leaderId,
        repliedAt: at(today, plan.reply.daysAgo),
      });
    }
    if (plan.returned) {
      await step(at(today, plan.returned.daysAgo), 'RETURN_SUPERVISION', supervisor.id, {
        status: 'RETURNED',
        returnReason: plan.returned.reason,
        returnCount: 1,
        dueOn: addDays(today, plan.returned.dueInDays),
      });
    }
    if (plan.closed) {
      await step(at(today, plan.closed.daysAgo), 'CLOSE_SUPERVISION', supervisor.id, {
        status: 'CLOSED',
        closingNote: plan.closed.note,
        closedById: supervisor.id,
        closedAt: at(today, plan.closed.daysAgo),
      });
    }
  }
  await standaloneFlagsService(manager.connection).refresh(
    manager,
    suspects.map((project) => project.id),
  );
}
