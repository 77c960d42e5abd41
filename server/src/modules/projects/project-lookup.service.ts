import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { conflict, forbidden, notFound } from '../../common/errors';
import { OrgUnit } from '../org-units/org-unit.entity';
import { User } from '../users/user.entity';
import { ProjectMember } from './entities/project-member.entity';
import { Project } from './entities/project.entity';
import { mayWorkOn } from './project-access';

/**
 * "The later of the stored progress date and :progressOn", evaluated on the row as it is when
 * written: a date computed from an earlier read lets simultaneous writers undo each other.
 */
export const LATER_PROGRESS_SQL =
  'CASE WHEN lastProgressOn < :progressOn THEN :progressOn ELSE lastProgressOn END';

/**
 * A read inside a transaction that sees every row committed so far (MySQL's plain reads see the
 * transaction's snapshot). SQLite transactions run one at a time, so a plain read does.
 */
export function readingLatest<T extends ObjectLiteral>(
  manager: EntityManager,
  query: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  // FOR UPDATE, not FOR SHARE: TypeORM writes FOR SHARE for MariaDB too, which rejects it.
  return manager.connection.options.type === 'mysql' ||
    manager.connection.options.type === 'mariadb'
    ? query.setLock('pessimistic_write')
    : query;
}

/** Loads projects the way every rule needs them: in the caller's scope, with their team. */
@Injectable()
export class ProjectLookup {
  constructor(private readonly dataSource: DataSource) {}

  /** Out of scope and missing look the same, so ids cannot be probed. */
  async visible(
    user: User,
    id: string | number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Project> {
    const projectId = Number(id);
    const project = Number.isSafeInteger(projectId)
      ? await manager.getRepository(Project).findOneBy({ id: projectId })
      : null;
    // The scope is read through `manager`: inside a transaction, waiting for a second pooled
    // connection deadlocks the MySQL pool once every connection holds such a transaction.
    if (
      !project ||
      !(
        user.role === 'ADMIN' || (await this.unitCovers(manager, user.orgUnitId, project.orgUnitId))
      )
    ) {
      throw notFound('项目不存在或不在您的管辖范围内');
    }
    return project;
  }

  /** Whether the unit `innerId` is `outerId` or below it in the org-unit tree. */
  private async unitCovers(
    manager: EntityManager,
    outerId: number,
    innerId: number,
  ): Promise<boolean> {
    if (!Number.isSafeInteger(outerId) || !Number.isSafeInteger(innerId)) return false;
    const [outer, inner] = await Promise.all([
      manager.getRepository(OrgUnit).findOneBy({ id: outerId }),
      manager.getRepository(OrgUnit).findOneBy({ id: innerId }),
    ]);
    return Boolean(outer && inner && inner.path.startsWith(outer.path));
  }

  async teamIds(
    projectId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number[]> {
    const members = await manager
      .getRepository(ProjectMember)
      .find({ where: { projectId }, order: { sortOrder: 'ASC' } });
    return members.map((member) => member.userId);
  }

  /** A project the caller may change: visible, and theirs to work on (owner, 专班 or 包抓领导). */
  async workable(user: User, id: string | number, manager?: EntityManager): Promise<Project> {
    const project = await this.visible(user, id, manager);
    if (!mayWorkOn(user, project, await this.teamIds(project.id, manager))) {
      throw forbidden(
        user.role === 'SUPERVISOR' || user.role === 'ADMIN'
          ? '督查和管理员不能修改项目，只能核实资金或回退阶段'
          : '只有项目的挂钩专员、专班成员或包抓领导可以修改该项目',
      );
    }
    return project;
  }

  assertVersion(project: Project, version: number): void {
    if (project.version !== version) {
      throw conflict('该项目已被他人更新，已显示最新信息', { currentVersion: project.version });
    }
  }

  /**
   * Writes the change only if nobody else wrote since `version` was read; the check and the
   * write are one statement, so two simultaneous writers cannot both pass it.
   */
  async writeIfCurrent(
    manager: EntityManager,
    project: Project,
    version: number,
    changes: Partial<Project>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Project)
      .set({ ...changes, version: () => 'version + 1', updatedAt: new Date() })
      .where('id = :id AND version = :version', { id: project.id, version })
      .execute();
    if (!result.affected) throw conflict('该项目已被他人更新，已显示最新信息');
  }

  /** The person must be active, have the role, and work at or above the project's unit. */
  async personCovering(
    manager: EntityManager,
    userId: string | number,
    role: User['role'],
    orgUnitId: number,
  ): Promise<User | null> {
    const id = Number(userId);
    if (!Number.isSafeInteger(id)) return null;
    const person = await manager.getRepository(User).findOneBy({ id, role, active: true });
    return person && (await this.unitCovers(manager, person.orgUnitId, orgUnitId)) ? person : null;
  }
}
