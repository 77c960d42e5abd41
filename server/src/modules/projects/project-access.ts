import type { User } from '../users/user.entity';
import type { Project } from './entities/project.entity';

/**
 * Who may change a project's facts (domain.md, Roles): its owner and 专班 among staff, its
 * 包抓领导 among leaders. Supervisors audit and correct; they do not edit.
 */
export function mayWorkOn(
  user: User,
  project: Pick<Project, 'ownerId' | 'leaderId'>,
  teamIds: number[],
): boolean {
  if (user.role === 'STAFF') return project.ownerId === user.id || teamIds.includes(user.id);
  if (user.role === 'LEADER') return project.leaderId === user.id;
  return false;
}
