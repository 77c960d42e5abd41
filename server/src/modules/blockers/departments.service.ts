import { Injectable } from '@nestjs/common';
import { cleanText } from '@luodi/domain';
import { DataSource, type EntityManager, Not } from 'typeorm';
import { requireRole } from '../../common/access';
import { conflict, FieldErrorCollector, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import type { User } from '../users/user.entity';
import type { DepartmentInput } from './dto/blocker.inputs';
import { Department } from './entities/department.entity';

const AUDITED_DEPARTMENT_FIELDS: (keyof Department)[] = [
  'name',
  'contactPerson',
  'phone',
  'active',
];
const PHONE = /^[0-9+\-() ]{5,30}$/;

/** 责任部门: read by everyone (a blocker is handed to one), managed by admins. */
@Injectable()
export class DepartmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  list(includeInactive: boolean): Promise<Department[]> {
    return this.dataSource.getRepository(Department).find({
      where: includeInactive ? {} : { active: true },
      order: { active: 'DESC', id: 'ASC' },
    });
  }

  async create(actor: User, input: DepartmentInput): Promise<Department> {
    requireRole(actor, 'ADMIN');
    return this.transactions.run(async (manager) => {
      const fields = await this.validate(manager, input, null);
      const department = await manager.getRepository(Department).save({ ...fields, version: 1 });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'CREATE_DEPARTMENT',
        entity: 'Department',
        entityId: department.id,
        changes: diffFields(null, department, AUDITED_DEPARTMENT_FIELDS),
      });
      return department;
    });
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: DepartmentInput,
  ): Promise<Department> {
    requireRole(actor, 'ADMIN');
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(Department);
      const before = /^\d+$/.test(id) ? await repository.findOneBy({ id: Number(id) }) : null;
      if (!before) throw notFound('责任部门不存在');
      if (before.version !== version)
        throw conflict('该部门已被他人更新，已显示最新信息', { currentVersion: before.version });
      const fields = await this.validate(manager, input, before.id);
      const changes = diffFields(before, { ...before, ...fields }, AUDITED_DEPARTMENT_FIELDS);
      if (Object.keys(changes).length === 0) return before;
      const written = await manager
        .createQueryBuilder()
        .update(Department)
        .set({ ...fields, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: before.id, version })
        .execute();
      if (!written.affected) throw conflict('该部门已被他人更新，已显示最新信息');
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'UPDATE_DEPARTMENT',
        entity: 'Department',
        entityId: before.id,
        changes,
      });
      return repository.findOneByOrFail({ id: before.id });
    });
  }

  private async validate(manager: EntityManager, input: DepartmentInput, ownId: number | null) {
    const errors = new FieldErrorCollector();
    const name = cleanText(input.name, 'name', { required: true, max: 50, label: '部门名称' });
    const contact = cleanText(input.contactPerson, 'contactPerson', { max: 50, label: '联系人' });
    const phone = cleanText(input.phone, 'phone', { max: 30, label: '联系电话' });
    errors.add('name', name.error);
    errors.add('contactPerson', contact.error);
    errors.add('phone', phone.error);
    if (phone.value && !PHONE.test(phone.value))
      errors.add('phone', '联系电话只能包含数字、空格和 + - ( )');
    if (name.value) {
      const taken = await manager
        .getRepository(Department)
        .findOneBy({ name: name.value, ...(ownId ? { id: Not(ownId) } : {}) });
      if (taken) errors.add('name', '已有同名的责任部门');
    }
    errors.throwIfAny();
    return {
      name: name.value!,
      contactPerson: contact.value,
      phone: phone.value,
      active: input.active ?? true,
    };
  }
}
