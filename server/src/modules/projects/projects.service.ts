import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  amountError,
  cleanText,
  creditCodeError,
  INVESTOR_TAGS,
  isIsoDate,
  normaliseCreditCode,
  positionBetween,
  SOURCE_METHODS,
  todayIso,
} from '@luodi/domain';
import { type EntityManager, In } from 'typeorm';
import { FieldErrorCollector, badInput } from '../../common/errors';
import { requireRole } from '../../common/access';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { findOrInsertInvestor } from './investor-once';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { User } from '../users/user.entity';
import type { CreateProjectInput, UpdateProjectInput } from './dto/project.inputs';
import { Investor } from './entities/investor.entity';
import { ProjectMember } from './entities/project-member.entity';
import { Project } from './entities/project.entity';
import { StageTransition } from './entities/stage-transition.entity';
import { FlagsService } from './flags.service';
import { AUDITED_PROJECT_FIELDS } from './project-audit';
import { ProjectLookup } from './project-lookup.service';

interface CheckedNewProject {
  errors: FieldErrorCollector;
  name: string | null;
  investorName: string | null;
  creditCode: string | null;
  orgUnitId: number;
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly lookup: ProjectLookup,
    private readonly orgUnits: OrgUnitsService,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: User, input: CreateProjectInput): Promise<Project> {
    requireRole(actor, 'STAFF');
    // Checked before the transaction: the scope lookup must not wait for a second pooled connection.
    const checked = await this.checkNew(actor, input);
    return this.transactions.run((manager) => this.createWithin(manager, actor, input, checked));
  }

  /**
   * Validates and writes one new 在谈 project, its first transition and its audit event inside
   * the caller's transaction (a spreadsheet import writes many in one). The caller checks the role.
   */
  async createWithin(
    manager: EntityManager,
    actor: User,
    input: CreateProjectInput,
    checked?: CheckedNewProject,
  ): Promise<Project> {
    const { errors, name, investorName, creditCode, orgUnitId } =
      checked ?? (await this.checkNew(actor, input));
    const chain = /^\d+$/.test(input.chainId)
      ? await manager.getRepository(IndustryChain).findOneBy({ id: Number(input.chainId) })
      : null;
    if (!chain) errors.add('chainId', '产业链不存在');
    else if (!chain.active)
      errors.add('chainId', `产业链「${chain.name}」已撤销，请选择其他产业链`);
    const owner = input.ownerId
      ? await this.lookup.personCovering(manager, input.ownerId, 'STAFF', orgUnitId)
      : actor;
    if (!owner) errors.add('ownerId', '挂钩专员须为该单位或上级单位的在职招商专员');
    const tags = investorTagsOf(input.investorTags);
    errors.add('investorTags', tags.error);
    errors.throwIfAny();

    const investor = await this.investorFor(manager, investorName!, creditCode);
    await this.applyInvestorTags(manager, actor, investor, tags.value);
    const today = todayIso();
    const now = new Date();
    const repository = manager.getRepository(Project);
    const project = await repository.save({
      // Unique until the id is known; fits the 20-character column (MySQL enforces it).
      code: `TMP-${randomBytes(8).toString('hex')}`,
      name: name!,
      version: 1,
      stage: 'NEGOTIATING',
      status: 'ACTIVE',
      investorId: investor.id,
      orgUnitId,
      chainId: chain!.id,
      chainRole: input.chainRole ?? null,
      sourceMethod: input.sourceMethod,
      ownerId: owner!.id,
      leaderId: null,
      plannedInvestment: input.plannedInvestment ?? null,
      arrivedInvestment: 0,
      arrivedVerified: 0,
      stageEnteredOn: today,
      lastProgressOn: today,
      position: await this.topPosition(manager),
      createdAt: now,
      updatedAt: now,
    });
    project.code = `XM-${today.slice(0, 4)}-${String(project.id).padStart(5, '0')}`;
    await repository.update({ id: project.id }, { code: project.code });
    await manager.getRepository(StageTransition).insert({
      projectId: project.id,
      fromStage: null,
      toStage: 'NEGOTIATING',
      at: now,
      byId: actor.id,
      note: null,
    });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'CREATE',
      entity: 'Project',
      entityId: project.id,
      projectId: project.id,
      changes: diffFields(null, project, ['code', ...AUDITED_PROJECT_FIELDS]),
    });
    await this.flags.refresh(manager, [project.id]);
    return repository.findOneByOrFail({ id: project.id });
  }

  /** The checks of a new project that need no transaction: texts, codes, amounts, the unit's scope. */
  private async checkNew(actor: User, input: CreateProjectInput): Promise<CheckedNewProject> {
    const errors = new FieldErrorCollector();
    const name = cleanText(input.name, 'name', { required: true, max: 100, label: '项目名称' });
    const investorName = cleanText(input.investorName, 'investorName', {
      required: true,
      max: 100,
      label: '投资方名称',
    });
    const creditCode = input.investorCreditCode?.trim()
      ? normaliseCreditCode(input.investorCreditCode)
      : null;
    errors.add('name', name.error);
    errors.add('investorName', investorName.error);
    if (creditCode) errors.add('investorCreditCode', creditCodeError(creditCode));
    if (!(SOURCE_METHODS as readonly string[]).includes(input.sourceMethod))
      errors.add('sourceMethod', '请选择有效的招商方式');
    if (input.plannedInvestment !== null && input.plannedInvestment !== undefined) {
      errors.add('plannedInvestment', amountError(input.plannedInvestment, { allowZero: true }));
    }
    const orgUnitId = Number(input.orgUnitId);
    const scope = await this.orgUnits.scopeOf(actor);
    const orgUnit = Number.isSafeInteger(orgUnitId)
      ? await this.orgUnits.findById(orgUnitId)
      : null;
    if (!orgUnit) errors.add('orgUnitId', '所属单位不存在');
    else if (!orgUnit.active) errors.add('orgUnitId', `「${orgUnit.name}」已停用，不能新建项目`);
    else if (!this.orgUnits.inScope(scope, orgUnitId))
      errors.add('orgUnitId', '只能在本单位及下属单位建项目');
    return { errors, name: name.value, investorName: investorName.value, creditCode, orgUnitId };
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: UpdateProjectInput,
  ): Promise<Project> {
    return this.transactions.run(async (manager) => {
      const before = await this.lookup.workable(actor, id, manager);
      this.lookup.assertVersion(before, version);
      // Its facts are frozen for the cohorts and the audit; a mistaken termination is not undone by editing.
      if (before.status === 'TERMINATED') throw badInput({ status: '已终止的项目不能修改' });
      const { changes, teamIds } = await this.validateUpdate(manager, before, input);
      const fieldChanges = diffFields(before, { ...before, ...changes }, AUDITED_PROJECT_FIELDS);
      if (input.investorTags !== undefined && input.investorTags !== null) {
        const tags = investorTagsOf(input.investorTags);
        if (tags.error) throw badInput({ investorTags: tags.error });
        const investors = manager.getRepository(Investor);
        const investor = await investors.findOneByOrFail({ id: before.investorId });
        if (JSON.stringify(investor.tags) !== JSON.stringify(tags.value)) {
          fieldChanges.investorTags = { before: investor.tags, after: tags.value };
          await investors.update({ id: investor.id }, { tags: tags.value! });
        }
      }
      const oldTeam = await this.lookup.teamIds(before.id, manager);
      if (teamIds && JSON.stringify(oldTeam) !== JSON.stringify(teamIds)) {
        fieldChanges.teamIds = { before: oldTeam, after: teamIds };
        await manager.getRepository(ProjectMember).delete({ projectId: before.id });
        if (teamIds.length) {
          await manager
            .getRepository(ProjectMember)
            .insert(
              teamIds.map((userId, sortOrder) => ({ projectId: before.id, userId, sortOrder })),
            );
        }
      }
      // Saving an unchanged form is not an edit: no new version, no empty audit entry.
      if (Object.keys(fieldChanges).length === 0) return before;
      await this.lookup.writeIfCurrent(manager, before, version, changes);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'leaderId' in fieldChanges ? 'CHANGE_LEADER' : 'UPDATE',
        entity: 'Project',
        entityId: before.id,
        projectId: before.id,
        changes: fieldChanges,
      });
      await this.flags.refresh(manager, [before.id]);
      return manager.getRepository(Project).findOneByOrFail({ id: before.id });
    });
  }

  async terminate(actor: User, id: string, version: number, reasonInput: string): Promise<Project> {
    return this.transactions.run(async (manager) => {
      const before = await this.lookup.workable(actor, id, manager);
      this.lookup.assertVersion(before, version);
      if (before.status === 'TERMINATED') throw badInput({ status: '该项目已终止' });
      const reason = cleanText(reasonInput, 'reason', {
        required: true,
        max: 500,
        label: '终止原因',
      });
      if (reason.error) throw badInput({ reason: reason.error });
      await this.lookup.writeIfCurrent(manager, before, version, {
        status: 'TERMINATED',
        terminatedOn: todayIso(),
        terminationReason: reason.value,
      });
      const after = await manager.getRepository(Project).findOneByOrFail({ id: before.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'TERMINATE',
        entity: 'Project',
        entityId: before.id,
        projectId: before.id,
        changes: diffFields(before, after, AUDITED_PROJECT_FIELDS),
      });
      await this.flags.refresh(manager, [before.id]);
      return after;
    });
  }

  private async validateUpdate(
    manager: EntityManager,
    project: Project,
    input: UpdateProjectInput,
  ) {
    const errors = new FieldErrorCollector();
    const changes: Partial<Project> = {};
    if (input.name !== undefined) {
      const name = cleanText(input.name, 'name', { required: true, max: 100, label: '项目名称' });
      errors.add('name', name.error);
      changes.name = name.value ?? project.name;
    }
    if (input.chainRole !== undefined) changes.chainRole = input.chainRole;
    if (input.leaderId !== undefined) {
      if (input.leaderId === null) {
        if (project.stage !== 'NEGOTIATING')
          errors.add('leaderId', '签约后的项目必须有一名包抓领导');
        else changes.leaderId = null;
      } else {
        const leader = await this.lookup.personCovering(
          manager,
          input.leaderId,
          'LEADER',
          project.orgUnitId,
        );
        if (!leader) errors.add('leaderId', '包抓领导须为该单位或上级单位的在职领导');
        else changes.leaderId = leader.id;
      }
    }
    if (input.ownerId !== undefined) {
      const owner = input.ownerId
        ? await this.lookup.personCovering(manager, input.ownerId, 'STAFF', project.orgUnitId)
        : null;
      if (!owner) errors.add('ownerId', '挂钩专员须为该单位或上级单位的在职招商专员');
      else changes.ownerId = owner.id;
    }
    for (const field of ['plannedStartOn', 'plannedOperatingOn'] as const) {
      const value = input[field];
      if (value === undefined) continue;
      if (value !== null && !isIsoDate(value)) errors.add(field, '日期格式应为 YYYY-MM-DD');
      else if (value === null && project.stage !== 'NEGOTIATING')
        errors.add(field, '签约后的项目必须有计划日期');
      else changes[field] = value;
    }
    const plannedStart = changes.plannedStartOn ?? project.plannedStartOn;
    const plannedOperating = changes.plannedOperatingOn ?? project.plannedOperatingOn;
    if (plannedStart && plannedOperating && plannedStart > plannedOperating)
      errors.add('plannedOperatingOn', '计划投产日期不能早于计划开工日期');
    for (const field of ['landArea', 'plannedInvestment'] as const) {
      const value = input[field];
      if (value === undefined) continue;
      if (value !== null) errors.add(field, amountError(value, { allowZero: true }));
      changes[field] = value;
    }
    let teamIds: number[] | null = null;
    if (input.teamIds) {
      teamIds = [...new Set(input.teamIds.map(Number))];
      const members = await Promise.all(
        teamIds.map((userId) =>
          this.lookup.personCovering(manager, userId, 'STAFF', project.orgUnitId),
        ),
      );
      if (members.some((member) => !member))
        errors.add('teamIds', '专班成员须为该单位或上级单位的在职招商专员');
      if (teamIds.length > 20) errors.add('teamIds', '专班成员不能超过 20 人');
    }
    errors.throwIfAny();
    return { changes, teamIds };
  }

  /** 以商招商: one investor record per credit code, or per name for those without one. */
  private async investorFor(
    manager: EntityManager,
    name: string,
    creditCode: string | null,
  ): Promise<Investor> {
    return (await findOrInsertInvestor(manager, name, creditCode, [])).investor;
  }

  /** Tags given with a project replace its investor's tags, audited on the investor. */
  private async applyInvestorTags(
    manager: EntityManager,
    actor: User,
    investor: Investor,
    tags: string[] | null,
  ): Promise<void> {
    if (!tags || JSON.stringify(investor.tags) === JSON.stringify(tags)) return;
    await manager.getRepository(Investor).update({ id: investor.id }, { tags });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'UPDATE',
      entity: 'Investor',
      entityId: investor.id,
      changes: { tags: { before: investor.tags, after: tags } },
    });
    investor.tags = tags;
  }

  private async topPosition(manager: EntityManager): Promise<number> {
    const first = await manager.getRepository(Project).findOne({
      select: { position: true },
      where: { stage: 'NEGOTIATING', status: In(['ACTIVE']) },
      order: { position: 'ASC' },
    });
    return positionBetween(null, first?.position ?? null) ?? 0;
  }
}

/** 投资方标签 from the API: known tags only, each once, in the vocabulary's order. */
export function investorTagsOf(tags: readonly string[] | null | undefined): {
  value: string[] | null;
  error: string | null;
} {
  if (tags === null || tags === undefined) return { value: null, error: null };
  const unknown = tags.filter((tag) => !(INVESTOR_TAGS as readonly string[]).includes(tag));
  if (unknown.length)
    return {
      value: null,
      error: `投资方标签只能是 ${INVESTOR_TAGS.join('、')}（不认识：${unknown.slice(0, 3).join('、')}）`,
    };
  return { value: INVESTOR_TAGS.filter((tag) => tags.includes(tag)), error: null };
}
