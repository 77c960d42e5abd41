import { Injectable } from '@nestjs/common';
import {
  decideMove,
  maxDate,
  positionBetween,
  renormalisedPositions,
  STAGE_DATE_FIELD,
  stageIndex,
  type Stage,
  todayIso,
} from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { appError, badInput, forbidden, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import type { User } from '../users/user.entity';
import type { StageEvidenceInput } from './dto/project.inputs';
import { Project } from './entities/project.entity';
import { StageTransition } from './entities/stage-transition.entity';
import { FlagsService } from './flags.service';
import { AUDITED_PROJECT_FIELDS } from './project-audit';
import { ProjectLookup } from './project-lookup.service';

export interface Placement {
  /** The card that will sit just above the moved one; none = top of the column. */
  afterId?: string | null;
}

@Injectable()
export class MovesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  async move(
    actor: User,
    id: string,
    version: number,
    toStage: Stage,
    evidence: StageEvidenceInput | null | undefined,
    reason: string | null | undefined,
    placement: Placement,
  ): Promise<Project> {
    return this.transactions.run(async (manager) => {
      const before = await this.lookup.visible(actor, id, manager);
      const backward = toStage !== before.stage && stageIndex(toStage) < stageIndex(before.stage);
      // Corrections are the supervisors' (and admins'); forward moves belong to the people on the project.
      if (!backward) await this.lookup.workable(actor, id, manager);
      this.lookup.assertVersion(before, version);
      return this.moveWithin(manager, actor, before, toStage, evidence, reason, placement);
    });
  }

  /**
   * Applies a move the caller has already authorised, with its transition and audit event, in
   * the caller's transaction: the rules of the stages and their evidence are the same for all.
   */
  async moveWithin(
    manager: EntityManager,
    actor: User,
    before: Project,
    toStage: Stage,
    evidence: StageEvidenceInput | null | undefined,
    reason: string | null | undefined,
    placement: Placement,
  ): Promise<Project> {
    const version = before.version;
    const backward = toStage !== before.stage && stageIndex(toStage) < stageIndex(before.stage);
    if (before.status === 'TERMINATED') throw badInput({ toStage: '已终止的项目不能移动' });

    const today = todayIso();
    const decision = decideMove({
      project: { ...before, leaderId: before.leaderId === null ? null : String(before.leaderId) },
      toStage,
      evidence: { ...evidence },
      role: actor.role,
      reason,
      today,
    });
    if (!decision.ok) {
      throw decision.code === 'FORBIDDEN'
        ? forbidden(decision.message)
        : appError('BAD_USER_INPUT', decision.message, { fields: decision.fields });
    }
    const patch = { ...decision.patch } as Partial<Project>;
    if (evidence?.leaderId && decision.patch.leaderId !== undefined) {
      const leader = await this.lookup.personCovering(
        manager,
        evidence.leaderId,
        'LEADER',
        before.orgUnitId,
      );
      if (!leader) throw badInput({ leaderId: '包抓领导须为该单位或上级单位的在职领导' });
      patch.leaderId = leader.id;
    }
    const stageDate =
      toStage === 'NEGOTIATING'
        ? today
        : (patch[STAGE_DATE_FIELD[toStage]] ?? before[STAGE_DATE_FIELD[toStage]])!;
    patch.stageEnteredOn = stageDate;
    // The stall clock of a stage counts facts only: leaving 在谈, the follow-ups and the day the
    // record was entered are not progress of the new stage, so its clock starts on its own date.
    patch.lastProgressOn =
      backward || before.stage === 'NEGOTIATING'
        ? stageDate
        : maxDate(before.lastProgressOn, stageDate)!;
    patch.position = await this.positionIn(manager, toStage, placement, before.id);

    await this.lookup.writeIfCurrent(manager, before, version, patch);
    const after = await manager.getRepository(Project).findOneByOrFail({ id: before.id });
    await manager.getRepository(StageTransition).insert({
      projectId: before.id,
      fromStage: before.stage,
      toStage,
      at: new Date(),
      byId: actor.id,
      note: decision.reason ?? decision.note,
    });
    const changes = diffFields(before, after, AUDITED_PROJECT_FIELDS);
    if (decision.reason) changes.reason = { before: null, after: decision.reason };
    await this.audit.record(manager, {
      actorId: actor.id,
      action: backward ? 'CORRECT_STAGE' : 'MOVE',
      entity: 'Project',
      entityId: before.id,
      projectId: before.id,
      changes,
    });
    await this.flags.refresh(manager, [before.id]);
    return after;
  }

  /** Reorders a card within its column; the order is shared by everyone who sees the board. */
  async reorder(actor: User, id: string, placement: Placement): Promise<Project> {
    return this.transactions.run(async (manager) => {
      const project = await this.lookup.workable(actor, id, manager);
      const position = await this.positionIn(manager, project.stage, placement, project.id);
      await manager.getRepository(Project).update({ id: project.id }, { position });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'REORDER',
        entity: 'Project',
        entityId: project.id,
        projectId: project.id,
        changes: { position: { before: project.position, after: position } },
      });
      return manager.getRepository(Project).findOneByOrFail({ id: project.id });
    });
  }

  /** A position just below `afterId` (or on top); renumbers the column once gaps run out. */
  private async positionIn(
    manager: EntityManager,
    stage: Stage,
    placement: Placement,
    movingId: number,
  ): Promise<number> {
    const repository = manager.getRepository(Project);
    const column = repository
      .createQueryBuilder('p')
      .select(['p.id', 'p.position'])
      .where('p.stage = :stage AND p.status = :status AND p.id <> :movingId', {
        stage,
        status: 'ACTIVE',
        movingId,
      })
      .orderBy('p.position', 'ASC')
      .addOrderBy('p.id', 'ASC');
    let above: Project | null = null;
    if (placement.afterId) {
      const aboveId = Number(placement.afterId);
      above = Number.isSafeInteger(aboveId)
        ? await repository.findOneBy({ id: aboveId, stage, status: 'ACTIVE' })
        : null;
      if (!above || above.id === movingId) throw notFound('目标位置的项目不在该列');
    }
    const below = await column
      .clone()
      .andWhere(
        above
          ? '(p.position > :position OR (p.position = :position AND p.id > :aboveId))'
          : '1 = 1',
        {
          position: above?.position,
          aboveId: above?.id,
        },
      )
      .getOne();
    const position = positionBetween(above?.position ?? null, below?.position ?? null);
    if (position !== null) return position;
    const all = await column.getMany();
    const fresh = renormalisedPositions(all.length);
    await Promise.all(
      all.map((card, index) => repository.update({ id: card.id }, { position: fresh[index] })),
    );
    return this.positionIn(manager, stage, placement, movingId);
  }
}
