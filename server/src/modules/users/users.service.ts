import { Injectable } from '@nestjs/common';
import { cleanText, type Role } from '@luodi/domain';
import { DataSource, In } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput, FieldErrorCollector, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { hashPassword, passwordError } from '../auth/passwords';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { CreateUserInput } from './dto/create-user.input';
import { User } from './user.entity';

const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;
const AUDITED_FIELDS: (keyof User)[] = ['username', 'name', 'role', 'orgUnitId', 'active'];

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly orgUnits: OrgUnitsService,
    private readonly audit: AuditService,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(User);
  }

  async list(viewer: User, role?: Role | null, includeInactive = false): Promise<User[]> {
    const scope = await this.orgUnits.scopeOf(viewer);
    return this.repository.find({
      where: {
        ...(role ? { role } : {}),
        ...(includeInactive ? {} : { active: true }),
        ...(scope.all ? {} : { orgUnitId: In(scope.orgUnitIds) }),
      },
      order: { role: 'ASC', username: 'ASC' },
    });
  }

  findByIds(ids: readonly number[]): Promise<User[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  async create(actor: User, input: CreateUserInput): Promise<User> {
    requireRole(actor, 'ADMIN');
    const errors = new FieldErrorCollector();
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username))
      errors.add('username', '用户名为 3–32 位小写字母、数字或 . _ -');
    const name = cleanText(input.name, 'name', { required: true, max: 50, label: '姓名' });
    errors.add('name', name.error);
    errors.add('password', passwordError(input.password));
    const orgUnit = /^\d+$/.test(input.orgUnitId)
      ? await this.orgUnits.findById(Number(input.orgUnitId))
      : null;
    if (!orgUnit) errors.add('orgUnitId', '所属单位不存在');
    errors.throwIfAny();
    if (await this.repository.existsBy({ username }))
      throw badInput({ username: '该用户名已被使用' });

    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(async (manager) => {
      const user = await manager.getRepository(User).save({
        username,
        name: name.value!,
        role: input.role,
        orgUnitId: orgUnit!.id,
        passwordHash,
        active: true,
        createdAt: new Date(),
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'CREATE',
        entity: 'User',
        entityId: user.id,
        changes: diffFields(null, user, AUDITED_FIELDS),
      });
      return user;
    });
  }

  async setActive(actor: User, id: number, active: boolean): Promise<User> {
    requireRole(actor, 'ADMIN');
    if (actor.id === id && !active) throw badInput({ active: '不能停用自己的账号' });
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(User);
      const before = await repository.findOneBy({ id });
      if (!before) throw notFound('用户不存在');
      if (before.active === active) return before;
      const after = await repository.save({ ...before, active });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: active ? 'ACTIVATE' : 'DEACTIVATE',
        entity: 'User',
        entityId: id,
        changes: diffFields(before, after, AUDITED_FIELDS),
      });
      return after;
    });
  }
}
