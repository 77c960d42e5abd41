import { Injectable } from '@nestjs/common';
import {
  cleanText,
  isOrgUnitKind,
  type OrgUnitKind,
  orgUnitHoldingsMessage,
  orgUnitPlacementError,
} from '@luodi/domain';
import { type EntityManager, In, IsNull, Like, Not } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput, FieldErrorCollector, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { ProjectMember } from '../projects/entities/project-member.entity';
import { Project } from '../projects/entities/project.entity';
import { User } from '../users/user.entity';
import type { OrgUnitInput } from './dto/org-unit.input';
import { OrgUnit } from './org-unit.entity';

const AUDITED_FIELDS: (keyof OrgUnit)[] = ['name', 'kind', 'parentId', 'path', 'active'];
const MAX_PATH = 255;

const parseId = (id: string | null | undefined): number | null =>
  typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : null;

/** 设置 → 组织机构: admins add, rename, move and deactivate units of the tree. */
@Injectable()
export class OrgUnitAdminService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async create(actor: User, input: OrgUnitInput): Promise<OrgUnit> {
    requireRole(actor, 'ADMIN');
    return this.transactions.run(async (manager) => {
      const units = manager.getRepository(OrgUnit);
      const { name, kind, parent } = await this.validate(manager, input, null);
      const saved = await units.save({ name, kind, parentId: parent?.id ?? null, path: '' });
      saved.path = `${parent?.path ?? '/'}${saved.id}/`;
      if (saved.path.length > MAX_PATH) throw badInput({ parentId: '单位层级过深' });
      await units.update({ id: saved.id }, { path: saved.path });
      const created = await units.findOneByOrFail({ id: saved.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'CREATE',
        entity: 'OrgUnit',
        entityId: created.id,
        changes: diffFields(null, created, AUDITED_FIELDS),
      });
      return created;
    });
  }

  /** Renames, changes the kind or moves a unit; a move rewrites the path of its whole subtree. */
  async update(actor: User, id: string, input: OrgUnitInput): Promise<OrgUnit> {
    requireRole(actor, 'ADMIN');
    return this.transactions.run(async (manager) => {
      const units = manager.getRepository(OrgUnit);
      const unitId = parseId(id);
      const before = unitId ? await units.findOneBy({ id: unitId }) : null;
      if (!before) throw notFound('单位不存在');
      const { name, kind, parent } = await this.validate(manager, input, before);
      const parentId = parent?.id ?? null;
      const moved = parentId !== before.parentId;
      const subtree = await units.find({ where: { path: Like(`${before.path}%`) } });
      if (kind !== before.kind) {
        for (const child of subtree.filter((unit) => unit.parentId === before.id)) {
          const problem = orgUnitPlacementError(child.kind, kind);
          if (problem)
            throw badInput({ kind: `下级单位「${child.name}」不能留在其下：${problem}` });
        }
      }
      let path = before.path;
      if (moved) {
        const subtreeIds = new Set(subtree.map((unit) => unit.id));
        if (parent && subtreeIds.has(parent.id))
          throw badInput({ parentId: '不能把单位移到它自己或它的下级单位之下' });
        await this.assertPeopleStillCover(manager, subtree, parent);
        path = `${parent?.path ?? '/'}${before.id}/`;
        for (const unit of subtree) {
          const newPath = path + unit.path.slice(before.path.length);
          if (newPath.length > MAX_PATH) throw badInput({ parentId: '单位层级过深' });
          if (unit.id !== before.id) await units.update({ id: unit.id }, { path: newPath });
        }
      }
      await units.update({ id: before.id }, { name, kind, parentId, path });
      const after = await units.findOneByOrFail({ id: before.id });
      const changes = diffFields(before, after, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return after;
      if (moved) changes.subtreeSize = { before: subtree.length, after: subtree.length };
      await this.audit.record(manager, {
        actorId: actor.id,
        action: moved ? 'MOVE' : 'UPDATE',
        entity: 'OrgUnit',
        entityId: before.id,
        changes,
      });
      return after;
    });
  }

  /** Deactivates a unit nothing live depends on, or reactivates one under an active parent. */
  async setActive(actor: User, id: string, active: boolean): Promise<OrgUnit> {
    requireRole(actor, 'ADMIN');
    return this.transactions.run(async (manager) => {
      const units = manager.getRepository(OrgUnit);
      const unitId = parseId(id);
      const before = unitId ? await units.findOneBy({ id: unitId }) : null;
      if (!before) throw notFound('单位不存在');
      if (before.active === active) return before;
      if (active) {
        const parent = before.parentId ? await units.findOneBy({ id: before.parentId }) : null;
        if (parent && !parent.active)
          throw badInput({ active: `上级单位「${parent.name}」已停用，请先启用上级单位` });
      } else {
        if (before.parentId === null) throw badInput({ active: '最上级单位不能停用' });
        const [activeChildren, liveProjects, activeUsers] = await Promise.all([
          units.countBy({ parentId: before.id, active: true }),
          manager.getRepository(Project).countBy({ orgUnitId: before.id, status: 'ACTIVE' }),
          manager.getRepository(User).countBy({ orgUnitId: before.id, active: true }),
        ]);
        const held = orgUnitHoldingsMessage({ activeChildren, liveProjects, activeUsers });
        if (held) throw badInput({ active: `${held}，不能停用` });
      }
      await units.update({ id: before.id }, { active });
      const after = await units.findOneByOrFail({ id: before.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: active ? 'ACTIVATE' : 'DEACTIVATE',
        entity: 'OrgUnit',
        entityId: before.id,
        changes: diffFields(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  private async validate(manager: EntityManager, input: OrgUnitInput, own: OrgUnit | null) {
    const units = manager.getRepository(OrgUnit);
    const errors = new FieldErrorCollector();
    const name = cleanText(input.name, 'name', { required: true, max: 100, label: '单位名称' });
    errors.add('name', name.error);
    const kind: OrgUnitKind | null = isOrgUnitKind(input.kind) ? input.kind : null;
    if (!kind) errors.add('kind', '请选择单位类型：市、县市区、园区或乡镇/街道');
    let parent: OrgUnit | null = null;
    let parentProblem: string | null = null;
    if (input.parentId !== null && input.parentId !== undefined && input.parentId !== '') {
      const parentId = parseId(input.parentId);
      parent = parentId ? await units.findOneBy({ id: parentId }) : null;
      if (!parent) parentProblem = '上级单位不存在';
      else if (!parent.active && parent.id !== own?.parentId)
        parentProblem = `上级单位「${parent.name}」已停用`;
    } else if (own ? own.parentId !== null : await units.existsBy({ parentId: IsNull() })) {
      parentProblem = '请选择上级单位：最上级单位只有一个';
    }
    errors.add('parentId', parentProblem);
    if (kind && !parentProblem)
      errors.add(parent ? 'kind' : 'parentId', orgUnitPlacementError(kind, parent?.kind ?? null));
    if (name.value && !parentProblem) {
      const sibling = await units.findOneBy({
        name: name.value,
        parentId: parent ? parent.id : IsNull(),
        ...(own ? { id: Not(own.id) } : {}),
      });
      if (sibling) errors.add('name', '同一上级单位下已有同名单位');
    }
    errors.throwIfAny();
    return { name: name.value!, kind: kind!, parent };
  }

  /**
   * After a move, each live project in the subtree must still be covered by its 挂钩专员, 专班
   * and 包抓领导: they sit inside the moved subtree or above its new place.
   */
  private async assertPeopleStillCover(
    manager: EntityManager,
    subtree: OrgUnit[],
    newParent: OrgUnit | null,
  ): Promise<void> {
    const covering = new Set(subtree.map((unit) => unit.id));
    for (const id of (newParent?.path ?? '').split('/').filter(Boolean)) covering.add(Number(id));
    const projects = await manager.getRepository(Project).find({
      select: { id: true, ownerId: true, leaderId: true },
      where: { orgUnitId: In(subtree.map((unit) => unit.id)), status: 'ACTIVE' },
    });
    if (projects.length === 0) return;
    const members = await manager
      .getRepository(ProjectMember)
      .findBy({ projectId: In(projects.map((project) => project.id)) });
    const peopleOf = new Map<number, number[]>(
      projects.map((project) => [
        project.id,
        [project.ownerId, ...(project.leaderId ? [project.leaderId] : [])],
      ]),
    );
    for (const member of members) peopleOf.get(member.projectId)?.push(member.userId);
    const people = await manager.getRepository(User).find({
      select: { id: true, orgUnitId: true },
      where: { id: In([...new Set([...peopleOf.values()].flat())]) },
    });
    const unitOf = new Map(people.map((person) => [person.id, person.orgUnitId]));
    const stranded = [...peopleOf.values()].filter((ids) =>
      ids.some((userId) => !covering.has(unitOf.get(userId) ?? -1)),
    ).length;
    if (stranded)
      throw badInput({
        parentId: `该单位下有 ${stranded} 个在办项目的挂钩专员、专班成员或包抓领导属于原上级单位，移动后将无法管理这些项目，请先更换人员`,
      });
  }
}
