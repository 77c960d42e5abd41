import { Injectable } from '@nestjs/common';
import { DataSource, In, Like } from 'typeorm';
import { badInput, forbidden } from '../../common/errors';
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
    return this.subtreeOf(await this.repository.findOneByOrFail({ id: user.orgUnitId }));
  }

  /** A unit and every unit below it, by the materialised path. */
  private async subtreeOf(unit: OrgUnit): Promise<Scope> {
    const subtree = await this.repository.find({
      select: { id: true },
      where: { path: Like(`${unit.path}%`) },
    });
    return { all: false, orgUnitIds: subtree.map((row) => row.id) };
  }

  /**
   * The units a query of `user` reads: their scope, narrowed to one unit's subtree (or the unit
   * alone) when a filter names one. A unit outside the scope is refused, not silently emptied.
   */
  async unitsFor(
    user: User,
    filter: { orgUnitId?: string | null; directOrgUnitOnly?: boolean | null } | null | undefined,
  ): Promise<Scope> {
    const scope = await this.scopeOf(user);
    if (!filter?.orgUnitId) return scope;
    const unit = /^\d{1,15}$/.test(filter.orgUnitId)
      ? await this.findById(Number(filter.orgUnitId))
      : null;
    if (!unit) throw badInput({ orgUnitId: '单位不存在' });
    if (!this.inScope(scope, unit.id)) throw forbidden('该单位不在您的管辖范围内');
    if (filter.directOrgUnitOnly) return { all: false, orgUnitIds: [unit.id] };
    return this.subtreeOf(unit);
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
