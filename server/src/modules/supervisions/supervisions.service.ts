import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  addDays,
  awaitsReply,
  cleanText,
  isIsoDate,
  todayIso,
  type SupervisionStatus,
} from '@luodi/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { requireRole } from '../../common/access';
import { FieldErrorCollector, badInput, conflict, forbidden, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { OrgUnitsService } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import { Project } from '../projects/entities/project.entity';
import { type FlagFactSource, FlagsService, type RelatedFacts } from '../projects/flags.service';
import { ProjectLookup } from '../projects/project-lookup.service';
import type { User } from '../users/user.entity';
import type { IssueSupervisionInput, ReturnSupervisionInput } from './dto/supervision.inputs';
import { Supervision } from './supervision.entity';

const AUDITED: (keyof Supervision)[] = [
  'demand',
  'dueOn',
  'status',
  'reply',
  'returnReason',
  'closingNote',
];
const AWAITING: SupervisionStatus[] = ['ISSUED', 'RETURNED'];
/** A notice sets a deadline within a year: longer is not supervision but a plan. */
const MAX_DUE_DAYS = 366;

/** Who answers a notice: the project's 包抓领导, or its 挂钩专员 while it has none (在谈). */
export function answererId(project: Pick<Project, 'leaderId' | 'ownerId'>): number {
  return project.leaderId ?? project.ownerId;
}

export interface SupervisionQuery {
  status?: SupervisionStatus | null;
  projectId?: string | null;
  /** Only the notices the caller has to answer. */
  mine?: boolean | null;
  awaitingReply?: boolean | null;
}

/** For the flag rules: each project's notices still waiting for an answer. */
export const AWAITED_NOTICES: FlagFactSource = {
  async factsFor(
    projectIds: number[],
    manager: EntityManager,
  ): Promise<Map<number, Partial<RelatedFacts>>> {
    const rows = await manager.getRepository(Supervision).find({
      select: { projectId: true, dueOn: true },
      where: { projectId: In(projectIds), status: In(AWAITING) },
    });
    const result = new Map<number, Partial<RelatedFacts>>();
    for (const row of rows) {
      const facts = result.get(row.projectId) ?? { awaitedSupervisions: [] };
      facts.awaitedSupervisions!.push({ dueOn: row.dueOn });
      result.set(row.projectId, facts);
    }
    return result;
  },
};

@Injectable()
export class SupervisionsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  onModuleInit(): void {
    this.flags.registerFactSource(AWAITED_NOTICES);
  }

  async issue(actor: User, projectId: string, input: IssueSupervisionInput): Promise<Supervision> {
    requireRole(actor, 'SUPERVISOR');
    return this.transactions.run(async (manager) => {
      const project = await this.lookup.visible(actor, projectId, manager);
      const errors = new FieldErrorCollector();
      if (project.status === 'TERMINATED') errors.add('projectId', '已终止的项目不能督办');
      const demand = cleanText(input.demand, 'demand', {
        required: true,
        max: 500,
        label: '督办事项',
      });
      errors.add('demand', demand.error);
      errors.add('dueOn', dueDateError(input.dueOn));
      errors.throwIfAny();
      const notice = await manager.getRepository(Supervision).save({
        projectId: project.id,
        demand: demand.value!,
        dueOn: input.dueOn,
        status: 'ISSUED' as const,
        version: 1,
        issuedById: actor.id,
        issuedAt: new Date(),
        reply: null,
        repliedById: null,
        repliedAt: null,
        returnReason: null,
        returnCount: 0,
        closingNote: null,
        closedById: null,
        closedAt: null,
      });
      await this.audited(manager, actor, 'ISSUE_SUPERVISION', null, notice);
      await this.flags.refresh(manager, [project.id]);
      return notice;
    });
  }

  async reply(actor: User, id: string, version: number, text: string): Promise<Supervision> {
    return this.transactions.run(async (manager) => {
      const { notice, project } = await this.visibleNotice(actor, id, manager);
      if (answererId(project) !== actor.id) {
        throw forbidden(
          project.leaderId
            ? '只有该项目的包抓领导可以回复督办'
            : '该项目尚无包抓领导，由挂钩专员回复督办',
        );
      }
      const reply = cleanText(text, 'reply', { required: true, max: 1000, label: '回复内容' });
      if (reply.error) throw badInput({ reply: reply.error });
      if (!awaitsReply(notice.status))
        throw badInput({
          id:
            notice.status === 'CLOSED' ? '该督办已办结，不能再回复' : '已回复，等待督查办结或退回',
        });
      const after = await this.writeIfCurrent(manager, notice, version, {
        status: 'REPLIED',
        reply: reply.value,
        repliedById: actor.id,
        repliedAt: new Date(),
      });
      await this.audited(manager, actor, 'REPLY_SUPERVISION', notice, after);
      await this.flags.refresh(manager, [project.id]);
      return after;
    });
  }

  async close(
    actor: User,
    id: string,
    version: number,
    note: string | null | undefined,
  ): Promise<Supervision> {
    requireRole(actor, 'SUPERVISOR');
    return this.transactions.run(async (manager) => {
      const { notice } = await this.visibleNotice(actor, id, manager);
      const closingNote = cleanText(note, 'note', { required: false, max: 500, label: '办结意见' });
      if (closingNote.error) throw badInput({ note: closingNote.error });
      if (notice.status !== 'REPLIED')
        throw badInput({
          id: notice.status === 'CLOSED' ? '该督办已办结' : '领导尚未回复，不能办结',
        });
      const after = await this.writeIfCurrent(manager, notice, version, {
        status: 'CLOSED',
        closingNote: closingNote.value,
        closedById: actor.id,
        closedAt: new Date(),
      });
      await this.audited(manager, actor, 'CLOSE_SUPERVISION', notice, after);
      return after;
    });
  }

  /** 退回重办: the answer is not enough; the leader owes another, by the old or a new deadline. */
  async sendBack(
    actor: User,
    id: string,
    version: number,
    input: ReturnSupervisionInput,
  ): Promise<Supervision> {
    requireRole(actor, 'SUPERVISOR');
    return this.transactions.run(async (manager) => {
      const { notice, project } = await this.visibleNotice(actor, id, manager);
      const errors = new FieldErrorCollector();
      const reason = cleanText(input.reason, 'reason', {
        required: true,
        max: 500,
        label: '退回理由',
      });
      errors.add('reason', reason.error);
      if (input.dueOn !== null && input.dueOn !== undefined)
        errors.add('dueOn', dueDateError(input.dueOn));
      if (notice.status !== 'REPLIED')
        errors.add('id', notice.status === 'CLOSED' ? '该督办已办结' : '领导尚未回复，无需退回');
      errors.throwIfAny();
      const after = await this.writeIfCurrent(manager, notice, version, {
        status: 'RETURNED',
        returnReason: reason.value,
        returnCount: notice.returnCount + 1,
        dueOn: input.dueOn ?? notice.dueOn,
      });
      await this.audited(manager, actor, 'RETURN_SUPERVISION', notice, after);
      await this.flags.refresh(manager, [project.id]);
      return after;
    });
  }

  /** Awaited answers first, the most pressing deadline on top; then the rest, newest first. */
  async list(actor: User, query: SupervisionQuery): Promise<Supervision[]> {
    const scope = await this.orgUnits.scopeOf(actor);
    const qb = this.dataSource
      .getRepository(Supervision)
      .createQueryBuilder('s')
      .innerJoin(Project, 'p', 'p.id = s.projectId')
      .addSelect(`CASE WHEN s.status IN (:...awaiting) THEN 0 ELSE 1 END`, 'awaitOrder')
      .addSelect(`CASE WHEN s.status IN (:...awaiting) THEN s.dueOn ELSE NULL END`, 'awaitDue')
      .setParameter('awaiting', AWAITING);
    whereUnitIn(qb, 'p.orgUnitId', scope);
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.awaitingReply) qb.andWhere('s.status IN (:...awaiting)');
    if (query.projectId)
      qb.andWhere('s.projectId = :projectId', { projectId: Number(query.projectId) || 0 });
    if (query.mine) {
      qb.andWhere('(p.leaderId = :me OR (p.leaderId IS NULL AND p.ownerId = :me))', {
        me: actor.id,
      });
    }
    return qb
      .orderBy('awaitOrder', 'ASC')
      .addOrderBy('awaitDue', 'ASC')
      .addOrderBy('s.id', 'DESC')
      .limit(500)
      .getMany();
  }

  private async visibleNotice(
    actor: User,
    id: string,
    manager: EntityManager,
  ): Promise<{ notice: Supervision; project: Project }> {
    const notice = /^\d+$/.test(id)
      ? await manager.getRepository(Supervision).findOneBy({ id: Number(id) })
      : null;
    if (!notice) throw notFound('督办不存在或不在您的管辖范围内');
    const project = await this.lookup.visible(actor, notice.projectId, manager).catch(() => {
      throw notFound('督办不存在或不在您的管辖范围内');
    });
    return { notice, project };
  }

  private async writeIfCurrent(
    manager: EntityManager,
    notice: Supervision,
    version: number,
    changes: Partial<Supervision>,
  ): Promise<Supervision> {
    const result = await manager
      .createQueryBuilder()
      .update(Supervision)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: notice.id, version })
      .execute();
    if (!result.affected)
      throw conflict('该督办已被他人更新，已显示最新信息', { currentVersion: notice.version });
    return manager.getRepository(Supervision).findOneByOrFail({ id: notice.id });
  }

  private async audited(
    manager: EntityManager,
    actor: User,
    action: string,
    before: Supervision | null,
    after: Supervision,
  ): Promise<void> {
    await this.audit.record(manager, {
      actorId: actor.id,
      action,
      entity: 'Supervision',
      entityId: after.id,
      projectId: after.projectId,
      changes: diffFields(before, after, AUDITED),
    });
  }
}

function dueDateError(dueOn: unknown): string | null {
  const today = todayIso();
  if (!isIsoDate(dueOn)) return '日期格式应为 YYYY-MM-DD';
  if (dueOn < today) return '办结时限不能早于今天';
  if (dueOn > addDays(today, MAX_DUE_DAYS)) return '办结时限不能超过一年';
  return null;
}
