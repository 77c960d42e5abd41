import { Injectable } from '@nestjs/common';
import { DataSource, In, Like } from 'typeorm';
import { forbidden } from '../../common/errors';
import type { User } from '../users/user.entity';
import { OrgUnit } from './org-unit.entity';

/** The org units a user may see: ALL for admins, else the subtree under the user's own unit. */
export type Scope = { all: true } | { all: false; orgUnitIds: number[] };

@Injectable()
export class OrgUnitsService {
  /** The guard loads a fresh user object per request, so this caches for one request only. */
  private readonly scopes = new WeakMap<User, Promise<Scope>>();

  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(OrgUnit);
  }

  scopeOf(user: User): Promise<Scope> {
    let scope = this.scopes.get(user);
    if (!scope) {
      scope = this.loadScope(user);
      this.scopes.set(user, scope);
    }
    return scope;
  }

  private async loadScope(user: User): Promise<Scope> {
    if (user.role === 'ADMIN') return { all: true };
    const own = await this.repository.findOneByOrFail({ id: user.orgUnitId });
    const subtree = await this.repository.find({
      select: { id: true },
      where: { path: Like(`${own.path}%`) },
    });
    return { all: false, orgUnitIds: subtree.map((unit) => unit.id) };
  }

  inScope(scope: Scope, orgUnitId: number): boolean {
    return scope.all || scope.orgUnitIds.includes(orgUnitId);
  }

  async assertInScope(user: User, orgUnitId: number): Promise<void> {
    if (!this.inScope(await this.scopeOf(user), orgUnitId))
      throw forbidden('该单位不在您的管辖范围内');
  }

  async listInScope(user: User): Promise<OrgUnit[]> {
    const scope = await this.scopeOf(user);
    return this.repository.find({
      where: scope.all ? {} : { id: In(scope.orgUnitIds) },
      order: { path: 'ASC' },
    });
  }

  findByIds(ids: readonly number[]): Promise<OrgUnit[]> {
    return this.repository.findBy({ id: In([...ids]) });
  }

  findById(id: number): Promise<OrgUnit | null> {
    return this.repository.findOneBy({ id });
  }
}
