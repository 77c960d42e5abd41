import type { Project } from '../projects/entities/project.entity';
import { mayWorkOn } from '../projects/project-access';
import type { User } from '../users/user.entity';
import type { Blocker } from './entities/blocker.entity';

type ProjectPeople = Pick<Project, 'ownerId' | 'leaderId'>;

/**
 * Who works a project's 交办问题: those who may change the project (its staff, its 包抓领导)
 * and admins. They raise, resolve (销号) and reopen.
 */
export function mayHandleBlockers(user: User, project: ProjectPeople, teamIds: number[]): boolean {
  return user.role === 'ADMIN' || mayWorkOn(user, project, teamIds);
}

/** The leader who took an escalated blocker closes it too. */
export function mayResolve(
  user: User,
  blocker: Pick<Blocker, 'status' | 'escalatedToId'>,
  project: ProjectPeople,
  teamIds: number[],
): boolean {
  return (
    mayHandleBlockers(user, project, teamIds) ||
    (blocker.status === 'ESCALATED' && blocker.escalatedToId === user.id)
  );
}

/** 督查 take a stuck blocker to a leader (调度会), as do the project's own people. */
export function mayEscalate(user: User, project: ProjectPeople, teamIds: number[]): boolean {
  return user.role === 'SUPERVISOR' || mayHandleBlockers(user, project, teamIds);
}

/** 督查 may take back a 销号 that did not solve the problem. */
export function mayReopen(user: User, project: ProjectPeople, teamIds: number[]): boolean {
  return user.role === 'SUPERVISOR' || mayHandleBlockers(user, project, teamIds);
}
