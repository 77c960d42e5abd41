import { Injectable } from '@nestjs/common';
import { cleanText } from '@luodi/domain';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput, FieldErrorCollector, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields, type FieldChanges } from '../audit/audit.service';
import { Department } from '../blockers/entities/department.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { isDuplicateKey } from '../projects/investor-once';
import { User } from '../users/user.entity';
import type { ChainInput } from './dto/chain.input';
import { ChainKeyPark, IndustryChain } from './industry-chain.entity';

const AUDITED_FIELDS: (keyof IndustryChain)[] = [
  'name',
  'chainLeaderId',
  'leadDepartmentId',
  'active',
];
const MAX_KEY_PARKS = 20;

const parseId = (id: string | null | undefined): number | null =>
  typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : null;

/** 设置 → 产业链: admins add, rename and retire chains, with 链长, 牵头单位 and 重点园区. */
@Injectable()
export class ChainsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<IndustryChain[]> {
    return this.dataSource
      .getRepository(IndustryChain)
      .find({ order: { active: 'DESC', id: 'ASC' } });
  }

  async keyParkIds(chainIds: readonly number[]): Promise<ChainKeyPark[]> {
    return this.dataSource
      .getRepository(ChainKeyPark)
      .find({ where: { chainId: In([...chainIds]) }, order: { orgUnitId: 'ASC' } });
  }

  async create(actor: User, input: ChainInput): Promise<IndustryChain> {
    requireRole(actor, 'ADMIN');
    return this.nameTaken(
      this.transactions.run(async (manager) => {
        const { fields, keyParkIds } = await this.validate(manager, input, null);
        const chain = await manager.getRepository(IndustryChain).save({ ...fields, active: true });
        await this.writeKeyParks(manager, chain.id, keyParkIds);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'CREATE',
          entity: 'IndustryChain',
          entityId: chain.id,
          changes: {
            ...diffFields(null, chain, AUDITED_FIELDS),
            ...(keyParkIds.length ? { keyParkIds: { before: null, after: keyParkIds } } : {}),
          },
        });
        return chain;
      }),
    );
  }

  /** Two admins naming two chains alike at once: the unique index refuses the second. */
  private async nameTaken<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (isDuplicateKey(error)) throw badInput({ name: '已有同名的产业链' });
      throw error;
    }
  }

  async update(actor: User, id: string, input: ChainInput): Promise<IndustryChain> {
    requireRole(actor, 'ADMIN');
    return this.nameTaken(
      this.transactions.run(async (manager) => {
        const repository = manager.getRepository(IndustryChain);
        const before = await this.existing(manager, id);
        const { fields, keyParkIds } = await this.validate(manager, input, before);
        const changes: FieldChanges = diffFields(before, { ...before, ...fields }, AUDITED_FIELDS);
        const oldParks = (await manager.getRepository(ChainKeyPark).findBy({ chainId: before.id }))
          .map((row) => row.orgUnitId)
          .sort((a, b) => a - b);
        if (input.keyParkIds && JSON.stringify(oldParks) !== JSON.stringify(keyParkIds)) {
          changes.keyParkIds = { before: oldParks, after: keyParkIds };
          await this.writeKeyParks(manager, before.id, keyParkIds);
        }
        if (Object.keys(changes).length === 0) return before;
        await repository.update({ id: before.id }, fields);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'UPDATE',
          entity: 'IndustryChain',
          entityId: before.id,
          changes,
        });
        return repository.findOneByOrFail({ id: before.id });
      }),
    );
  }

  /** 撤销 (or restore) a chain: its projects keep it; new projects can no longer choose it. */
  async setActive(actor: User, id: string, active: boolean): Promise<IndustryChain> {
    requireRole(actor, 'ADMIN');
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(IndustryChain);
      const before = await this.existing(manager, id);
      if (before.active === active) return before;
      await repository.update({ id: before.id }, { active });
      const after = await repository.findOneByOrFail({ id: before.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: active ? 'ACTIVATE' : 'RETIRE',
        entity: 'IndustryChain',
        entityId: before.id,
        changes: diffFields(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<IndustryChain> {
    const chainId = parseId(id);
    const chain = chainId
      ? await manager.getRepository(IndustryChain).findOneBy({ id: chainId })
      : null;
    if (!chain) throw notFound('产业链不存在');
    return chain;
  }

  private async writeKeyParks(manager: EntityManager, chainId: number, orgUnitIds: number[]) {
    const repository = manager.getRepository(ChainKeyPark);
    await repository.delete({ chainId });
    if (orgUnitIds.length)
      await repository.insert(orgUnitIds.map((orgUnitId) => ({ chainId, orgUnitId })));
  }

  private async validate(manager: EntityManager, input: ChainInput, own: IndustryChain | null) {
    const errors = new FieldErrorCollector();
    const name = cleanText(input.name, 'name', { required: true, max: 50, label: '产业链名称' });
    errors.add('name', name.error);
    if (name.value) {
      const taken = await manager
        .getRepository(IndustryChain)
        .findOneBy({ name: name.value, ...(own ? { id: Not(own.id) } : {}) });
      if (taken) errors.add('name', '已有同名的产业链');
    }

    // Left out: unchanged (nothing for a new chain); null: cleared.
    let chainLeaderId: number | null =
      input.chainLeaderId === undefined ? (own?.chainLeaderId ?? null) : null;
    if (input.chainLeaderId) {
      const leaderId = parseId(input.chainLeaderId);
      const leader = leaderId
        ? await manager.getRepository(User).findOneBy({ id: leaderId })
        : null;
      const unchanged = own?.chainLeaderId === leader?.id;
      if (!leader || leader.role !== 'LEADER' || (!leader.active && !unchanged))
        errors.add('chainLeaderId', '链长须为在职的领导');
      else chainLeaderId = leader.id;
    }

    let leadDepartmentId: number | null =
      input.leadDepartmentId === undefined ? (own?.leadDepartmentId ?? null) : null;
    if (input.leadDepartmentId) {
      const departmentId = parseId(input.leadDepartmentId);
      const department = departmentId
        ? await manager.getRepository(Department).findOneBy({ id: departmentId })
        : null;
      const unchanged = own?.leadDepartmentId === department?.id;
      if (!department || (!department.active && !unchanged))
        errors.add('leadDepartmentId', '牵头单位须为启用的责任部门');
      else leadDepartmentId = department.id;
    }

    let keyParkIds: number[] = [];
    if (input.keyParkIds?.length) {
      const ids = input.keyParkIds.map(parseId);
      keyParkIds = [...new Set(ids.filter((id): id is number => id !== null))].sort(
        (a, b) => a - b,
      );
      const parks = keyParkIds.length
        ? await manager.getRepository(OrgUnit).findBy({ id: In(keyParkIds) })
        : [];
      if (ids.includes(null) || parks.length !== keyParkIds.length)
        errors.add('keyParkIds', '重点园区不存在');
      else if (parks.some((park) => park.kind !== 'PARK' || !park.active))
        errors.add('keyParkIds', '重点园区须为启用的园区');
      else if (keyParkIds.length > MAX_KEY_PARKS)
        errors.add('keyParkIds', `重点园区不能超过 ${MAX_KEY_PARKS} 个`);
    }
    errors.throwIfAny();
    return {
      fields: { name: name.value!, chainLeaderId, leadDepartmentId },
      keyParkIds,
    };
  }
}
