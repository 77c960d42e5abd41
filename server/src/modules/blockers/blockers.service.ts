import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  BLOCKER_CATEGORIES,
  type BlockerAction,
  blockerTransition,
  cleanText,
  isIsoDate,
  todayIso,
} from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, FieldErrorCollector, forbidden, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import type { Project } from '../projects/entities/project.entity';
import { FlagsService } from '../projects/flags.service';
import { ProjectLookup } from '../projects/project-lookup.service';
import type { User } from '../users/user.entity';
import { mayEscalate, mayHandleBlockers, mayReopen, mayResolve } from './blocker-access';
import type { RaiseBlockerInput } from './dto/blocker.inputs';
import { Blocker } from './entities/blocker.entity';
import { Department } from './entities/department.entity';
import { OPEN_BLOCKERS } from './open-blockers.fact-source';

export const AUDITED_BLOCKER_FIELDS: (keyof Blocker)[] = [
  'category',
  'description',
  'departmentId',
  'raisedOn',
  'dueOn',
  'status',
  'resolutionNote',
  'resolvedById',
  'resolvedOn',
  'escalationNote',
  'escalatedToId',
  'reopenReason',
];

const NOTE_MAX = 500;

interface ChangeContext {
  blocker: Blocker;
  project: Project;
  teamIds: number[];
  manager: EntityManager;
}
const REFUSED: Record<BlockerAction, string> = {
  RESOLVE: '只有项目的挂钩专员、专班成员、包抓领导或接手协调的领导可以销号',
  ESCALATE: '只有督查或项目的挂钩专员、专班成员、包抓领导可以提请领导协调',
  REOPEN: '只有督查或项目的挂钩专员、专班成员、包抓领导可以重新打开',
};

/**
 * 交办问题 writes. Each one checks scope and rights first, runs in one transaction with its audit
 * event, and refreshes the project's flag schedule (BLOCKER_OVERDUE) before committing.
 */
@Injectable()
export class BlockersService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.flags.registerFactSource(OPEN_BLOCKERS);
  }

  async raise(actor: User, input: RaiseBlockerInput): Promise<Blocker> {
    return this.transactions.run(async (manager) => {
      const project = await this.lookup.visible(actor, input.projectId, manager);
      if (!mayHandleBlockers(actor, project, await this.lookup.teamIds(project.id, manager))) {
        throw forbidden('只有项目的挂钩专员、专班成员或包抓领导可以交办问题');
      }
      const errors = new FieldErrorCollector();
      const today = todayIso();
      if (project.status === 'TERMINATED') errors.add('projectId', '已终止的项目不能交办问题');
      if (!(BLOCKER_CATEGORIES as readonly string[]).includes(input.category))
        errors.add('category', '请选择有效的问题类别');
      const description = cleanText(input.description, 'description', {
        required: true,
        max: NOTE_MAX,
        label: '问题描述',
      });
      errors.add('description', description.error);
      const department = /^\d+$/.test(input.departmentId)
        ? await manager.getRepository(Department).findOneBy({ id: Number(input.departmentId) })
        : null;
      if (!department) errors.add('departmentId', '责任部门不存在');
      else if (!department.active) errors.add('departmentId', '该责任部门已停用');
      const raisedOn = input.raisedOn ?? today;
      if (!isIsoDate(raisedOn)) errors.add('raisedOn', '日期格式应为 YYYY-MM-DD');
      else if (raisedOn > today) errors.add('raisedOn', '交办日期不能晚于今天');
      if (!isIsoDate(input.dueOn)) errors.add('dueOn', '日期格式应为 YYYY-MM-DD');
      else if (isIsoDate(raisedOn) && input.dueOn < raisedOn)
        errors.add('dueOn', '办结时限不能早于交办日期');
      errors.throwIfAny();

      const now = new Date();
      const blockers = manager.getRepository(Blocker);
      const blocker = await blockers.save(
        blockers.create({
          projectId: project.id,
          category: input.category,
          description: description.value!,
          departmentId: department!.id,
          raisedById: actor.id,
          raisedOn,
          dueOn: input.dueOn,
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
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'RAISE_BLOCKER',
        entity: 'Blocker',
        entityId: blocker.id,
        projectId: project.id,
        changes: diffFields(null, blocker, AUDITED_BLOCKER_FIELDS),
      });
      await this.flags.refresh(manager, [project.id]);
      return blocker;
    });
  }

  /** 销号: closed with a note saying how the problem was solved. */
  resolve(actor: User, id: string, version: number, noteInput: string): Promise<Blocker> {
    const allowed = ({ blocker, project, teamIds }: ChangeContext) =>
      mayResolve(actor, blocker, project, teamIds);
    return this.change(actor, id, version, 'RESOLVE', allowed, async () => {
      const note = this.note(noteInput, 'note', '销号说明');
      const now = new Date();
      return {
        resolutionNote: note,
        resolvedById: actor.id,
        resolvedAt: now,
        resolvedOn: todayIso(now),
      };
    });
  }

  /** 提请领导协调 / 调度会: a leader covering the project's unit takes the blocker on. */
  escalate(
    actor: User,
    id: string,
    version: number,
    leaderId: string,
    noteInput: string,
  ): Promise<Blocker> {
    const allowed = ({ project, teamIds }: ChangeContext) => mayEscalate(actor, project, teamIds);
    return this.change(actor, id, version, 'ESCALATE', allowed, async ({ project, manager }) => {
      const errors = new FieldErrorCollector();
      const note = cleanText(noteInput, 'note', {
        required: true,
        max: NOTE_MAX,
        label: '协调事项',
      });
      errors.add('note', note.error);
      const leader = await this.lookup.personCovering(
        manager,
        leaderId,
        'LEADER',
        project.orgUnitId,
      );
      if (!leader) errors.add('leaderId', '协调领导须为该单位或上级单位的在职领导');
      errors.throwIfAny();
      return { escalationNote: note.value, escalatedToId: leader!.id, escalatedAt: new Date() };
    });
  }

  /** A 销号 taken back: open again, with the reason; the earlier 销号 stays in the audit trail. */
  reopen(actor: User, id: string, version: number, reasonInput: string): Promise<Blocker> {
    const allowed = ({ project, teamIds }: ChangeContext) => mayReopen(actor, project, teamIds);
    return this.change(actor, id, version, 'REOPEN', allowed, async () => {
      const reason = this.note(reasonInput, 'reason', '重新打开原因');
      return {
        reopenReason: reason,
        resolutionNote: null,
        resolvedById: null,
        resolvedAt: null,
        resolvedOn: null,
        escalationNote: null,
        escalatedToId: null,
        escalatedAt: null,
      };
    });
  }

  private note(value: string, field: string, label: string): string {
    const note = cleanText(value, field, { required: true, max: NOTE_MAX, label });
    if (note.error) throw badInput({ [field]: note.error });
    return note.value!;
  }

  /**
   * Checks scope, rights, version and status in that order, then the input (`fieldsFor`); writes
   * only if nobody wrote meanwhile, audits and refreshes the flags in the same transaction.
   */
  private async change(
    actor: User,
    id: string,
    version: number,
    action: BlockerAction,
    allowed: (context: ChangeContext) => boolean,
    fieldsFor: (context: ChangeContext) => Promise<Partial<Blocker>>,
  ): Promise<Blocker> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(Blocker);
      const before = /^\d+$/.test(id) ? await repository.findOneBy({ id: Number(id) }) : null;
      if (!before) throw notFound('交办问题不存在或不在您的管辖范围内');
      const project = await this.lookup.visible(actor, before.projectId, manager).catch(() => {
        throw notFound('交办问题不存在或不在您的管辖范围内');
      });
      const context = {
        blocker: before,
        project,
        teamIds: await this.lookup.teamIds(project.id, manager),
        manager,
      };
      if (!allowed(context)) throw forbidden(REFUSED[action]);
      if (before.version !== version)
        throw conflict('该问题已被他人更新，已显示最新信息', { currentVersion: before.version });
      const transition = blockerTransition(before.status, action);
      if (transition.error !== null) throw badInput({ status: transition.error });
      const fields = await fieldsFor(context);
      const written = await manager
        .createQueryBuilder()
        .update(Blocker)
        .set({
          ...fields,
          status: transition.to,
          version: () => 'version + 1',
          updatedAt: new Date(),
        })
        .where('id = :id AND version = :version', { id: before.id, version })
        .execute();
      if (!written.affected) throw conflict('该问题已被他人更新，已显示最新信息');
      const after = await repository.findOneByOrFail({ id: before.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: `${action}_BLOCKER`,
        entity: 'Blocker',
        entityId: before.id,
        projectId: before.projectId,
        changes: diffFields(before, after, AUDITED_BLOCKER_FIELDS),
      });
      await this.flags.refresh(manager, [before.projectId]);
      return after;
    });
  }
}
