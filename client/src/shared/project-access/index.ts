import type { Role } from '../../gql/graphql';

export interface Viewer {
  id: string;
  role: Role;
}

export interface ProjectPeople {
  owner: { id: string };
  leader: { id: string } | null;
  team: readonly { id: string }[];
}

/**
 * Mirrors the server's rule (domain.md, Roles): staff work on the projects they own or are on
 * the 专班 of, leaders on those they lead; supervisors and admins only correct and verify. The
 * server refuses everyone else with FORBIDDEN; the client uses this to hide what would fail.
 */
export function mayWorkOn(viewer: Viewer, project: ProjectPeople): boolean {
  if (viewer.role === 'STAFF') {
    return project.owner.id === viewer.id || project.team.some((member) => member.id === viewer.id);
  }
  if (viewer.role === 'LEADER') return project.leader?.id === viewer.id;
  return false;
}

/** Who may move a project backward: a correction, with a reason, in the audit log. */
export function mayCorrectStage(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === 'SUPERVISOR' || viewer.role === 'ADMIN';
}
