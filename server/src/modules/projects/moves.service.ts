import { Injectable } from '@nestjs/common';
import {
  decideMove,
  maxDate,
  positionBetween,
  spacedPositions,
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
import { ProjectLookup, readingLatest } from './project-lookup.service';

/** How many cards a spent gap spreads out at first. */
const SPREAD_BATCH = 64;

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
    // The latest stage change: taking back one's own forward move of the last minutes is an undo.
    const last = backward
      ? await manager
          .getRepository(StageTransition)
          .findOne({ where: { projectId: before.id }, order: { id: 'DESC' } })
      : null;
    const decision = decideMove({
      project: { ...before, leaderId: before.leaderId === null ? null : String(before.leaderId) },
      toStage,
      evidence: { ...evidence },
      role: actor.role,
      reason,
      today,
      lastMove: last && {
        fromStage: last.fromStage,
        toStage: last.toStage,
        byMover: last.byId === actor.id,
        minutesAgo: (Date.now() - last.at.getTime()) / 60_000,
      },
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
      action: decision.undo ? 'UNDO' : backward ? 'CORRECT_STAGE' : 'MOVE',
      entity: 'Project',
      entityId: before.id,
      projectId: before.id,
      changes,
    });
    await this.flags.refresh(manager, [before.id]);
    // Placed last: the neighbour it locks is held only until the commit that follows, so moves
    // to the same place (every drop on top of a column) wait on each other for a moment only.
    after.position = await this.positionIn(manager, toStage, placement, before.id);
    await manager.getRepository(Project).update({ id: before.id }, { position: after.position });
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

  /**
   * A position just below `afterId` (or on top of the column), from the two neighbours alone. On
   * MySQL the anchor — the card above, or the column's top card — is locked before the neighbour
   * is read, so two moves to the same place take turns and never share a position. When halving
   * has used up the gap, the next few cards are spread out again: a bounded batch, never the column.
   */
  private async positionIn(
    manager: EntityManager,
    stage: Stage,
    placement: Placement,
    movingId: number,
  ): Promise<number> {
    const column = () =>
      readingLatest(
        manager,
        manager
          .getRepository(Project)
          .createQueryBuilder('p')
          .select(['p.id', 'p.position'])
          .where('p.stage = :stage AND p.status = :status AND p.id <> :movingId', {
            stage,
            status: 'ACTIVE',
            movingId,
          })
          .orderBy('p.position', 'ASC')
          .addOrderBy('p.id', 'ASC'),
      );
    const after = (card: Project | null, count = 1) =>
      (card
        ? column().andWhere(
            '(p.position > :abovePosition OR (p.position = :abovePosition AND p.id > :aboveId))',
            { abovePosition: card.position, aboveId: card.id },
          )
        : column()
      )
        .limit(count)
        .getMany();

    let above: Project | null = null;
    if (placement.afterId) {
      const aboveId = Number(placement.afterId);
      above = Number.isSafeInteger(aboveId)
        ? ((await column().andWhere('p.id = :aboveId', { aboveId }).getOne()) ?? null)
        : null;
      if (!above) throw notFound('目标位置的项目不在该列');
    }
    let [below] = await after(above);
    // On top, the anchor is whichever card is on top once it is locked.
    while (!above && below && this.locksRows(manager)) {
      const [top] = await after(null);
      if (top?.id === below.id && top.position === below.position) break;
      below = top;
    }
    const position = positionBetween(above?.position ?? null, below?.position ?? null);
    if (position !== null) return position;
    return this.spreadAfter(manager, above!, (count) => after(above, count));
  }

  private locksRows(manager: EntityManager): boolean {
    return manager.connection.options.type !== 'better-sqlite3';
  }

  /**
   * Spreads the cards after `above` over a span wide enough for fresh gaps — 64 cards first,
   * four times as many each time the span is too narrow — and returns a place just below it.
   */
  private async spreadAfter(
    manager: EntityManager,
    above: Project,
    following: (count: number) => Promise<Project[]>,
  ): Promise<number> {
    for (let batch = SPREAD_BATCH; ; batch *= 4) {
      const cards = await following(batch + 1);
      const end = cards.length > batch ? cards[batch].position : null;
      const spread = spacedPositions(above.position, end, Math.min(batch, cards.length));
      if (!spread) continue;
      const moved = cards.slice(0, batch);
      for (const [i, card] of moved.entries())
        await manager.getRepository(Project).update({ id: card.id }, { position: spread[i] });
      return positionBetween(above.position, spread[0])!;
    }
  }
}
