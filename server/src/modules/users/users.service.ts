import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { cleanText, passwordProblem, type Role, ROLES } from '@luodi/domain';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput, FieldErrorCollector, notFound } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { hashPassword, passwordError } from '../auth/passwords';
import { Clock } from '../auth/clock';
import { SessionsService } from '../auth/sessions.service';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { CreateUserInput } from './dto/create-user.input';
import type { UpdateUserInput } from './dto/update-user.input';
import { User } from './user.entity';

const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;
const AUDITED_FIELDS: (keyof User)[] = ['username', 'name', 'role', 'orgUnitId', 'active'];
const USERNAME_TAKEN = '该用户名已被使用';
/** No 0/O, 1/l/I: the one-time password is read off a screen and typed. */
const ONE_TIME_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface AuditContext {
  address?: string | null;
}

/** A unique-index violation, as each engine reports it. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return driver?.code === 'ER_DUP_ENTRY' || driver?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function oneTimePassword(username: string): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < 14; i++) password += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    if (!passwordProblem(password, username) && /\d/.test(password)) return password;
  }
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly orgUnits: OrgUnitsService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
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

  async create(actor: User, input: CreateUserInput, context: AuditContext = {}): Promise<User> {
    requireRole(actor, 'ADMIN');
    const errors = new FieldErrorCollector();
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username))
      errors.add('username', '用户名为 3–32 位小写字母、数字或 . _ -');
    const name = cleanText(input.name, 'name', { required: true, max: 50, label: '姓名' });
    errors.add('name', name.error);
    errors.add('password', passwordError(input.password, username));
    const orgUnit = await this.orgUnitFrom(input.orgUnitId);
    if (!orgUnit) errors.add('orgUnitId', '所属单位不存在');
    else if (!orgUnit.active) errors.add('orgUnitId', `「${orgUnit.name}」已停用，不能新建用户`);
    errors.throwIfAny();
    if (await this.repository.existsBy({ username })) throw badInput({ username: USERNAME_TAKEN });

    const passwordHash = await hashPassword(input.password);
    try {
      return await this.transactions.run(async (manager) => {
        const now = this.clock.now();
        const user = await manager.getRepository(User).save({
          username,
          name: name.value!,
          role: input.role,
          orgUnitId: orgUnit!.id,
          passwordHash,
          active: true,
          createdAt: now,
          mustChangePassword: false,
          passwordChangedAt: now,
        });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'CREATE',
          entity: 'User',
          entityId: user.id,
          address: context.address,
          changes: diffFields(null, user, AUDITED_FIELDS),
        });
        return user;
      });
    } catch (error) {
      // Two admins creating the same username at once: the unique index decides, quietly.
      if (isUniqueViolation(error)) throw badInput({ username: USERNAME_TAKEN });
      throw error;
    }
  }

  async update(
    actor: User,
    id: number,
    input: UpdateUserInput,
    context: AuditContext = {},
  ): Promise<User> {
    requireRole(actor, 'ADMIN');
    const errors = new FieldErrorCollector();
    const changes: Partial<User> = {};
    let inactiveUnit: string | null = null;
    if (input.name !== undefined && input.name !== null) {
      const name = cleanText(input.name, 'name', { required: true, max: 50, label: '姓名' });
      errors.add('name', name.error);
      if (name.value) changes.name = name.value;
    }
    if (input.role !== undefined && input.role !== null) {
      if (!ROLES.includes(input.role)) errors.add('role', '角色无效');
      else if (actor.id === id && input.role !== actor.role)
        errors.add('role', '不能修改自己的角色');
      else changes.role = input.role;
    }
    if (input.orgUnitId !== undefined && input.orgUnitId !== null) {
      const orgUnit = await this.orgUnitFrom(input.orgUnitId);
      if (!orgUnit) errors.add('orgUnitId', '所属单位不存在');
      else changes.orgUnitId = orgUnit.id;
      if (orgUnit && !orgUnit.active) inactiveUnit = orgUnit.name;
    }
    errors.throwIfAny();
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(User);
      const before = await repository.findOneBy({ id });
      if (!before) throw notFound('用户不存在');
      // Nobody moves into a deactivated unit; someone already there may still be edited.
      if (inactiveUnit && changes.orgUnitId !== before.orgUnitId)
        throw badInput({ orgUnitId: `「${inactiveUnit}」已停用，不能调入用户` });
      const after = { ...before, ...changes };
      const diff = diffFields(before, after, AUDITED_FIELDS);
      if (Object.keys(diff).length === 0) return before;
      await repository.update({ id }, changes);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'UPDATE',
        entity: 'User',
        entityId: id,
        address: context.address,
        changes: diff,
      });
      return after;
    });
  }

  /** A new one-time password, returned once; the user must replace it at the next login. */
  async resetPassword(actor: User, id: number, context: AuditContext = {}): Promise<string> {
    requireRole(actor, 'ADMIN');
    const target = await this.repository.findOneBy({ id });
    if (!target) throw notFound('用户不存在');
    const password = oneTimePassword(target.username);
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async (manager) => {
      await manager
        .getRepository(User)
        .update(
          { id },
          { passwordHash, mustChangePassword: true, passwordChangedAt: this.clock.now() },
        );
      const ended = await this.sessions.revokeAllOf(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'RESET_PASSWORD',
        entity: 'User',
        entityId: id,
        address: context.address,
        changes: {
          mustChangePassword: { before: target.mustChangePassword, after: true },
          ...(ended ? { sessionsEnded: { before: null, after: ended } } : {}),
        },
      });
    });
    return password;
  }

  async setActive(
    actor: User,
    id: number,
    active: boolean,
    context: AuditContext = {},
  ): Promise<User> {
    requireRole(actor, 'ADMIN');
    if (actor.id === id && !active) throw badInput({ active: '不能停用自己的账号' });
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(User);
      const before = await repository.findOneBy({ id });
      if (!before) throw notFound('用户不存在');
      if (before.active === active) return before;
      const after = await repository.save({ ...before, active });
      // A deactivated user's tokens stop working at once, not when they expire.
      const ended = active ? 0 : await this.sessions.revokeAllOf(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: active ? 'ACTIVATE' : 'DEACTIVATE',
        entity: 'User',
        entityId: id,
        address: context.address,
        changes: {
          ...diffFields(before, after, AUDITED_FIELDS),
          ...(ended ? { sessionsEnded: { before: null, after: ended } } : {}),
        },
      });
      return after;
    });
  }

  private async orgUnitFrom(id: string) {
    return /^\d{1,9}$/.test(id) ? this.orgUnits.findById(Number(id)) : null;
  }
}
