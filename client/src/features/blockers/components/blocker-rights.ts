import type { Role } from '../../../gql/graphql';
import { mayWorkOn, type ProjectPeople } from '../../../shared/project-access';

interface Viewer {
  id: string;
  role: Role;
}

/**
 * Mirrors the server (blocker-access.ts) to hide what would be refused: the project's staff and
 * 包抓领导 (and admins) raise, 销号 and reopen; 督查 escalate and reopen; the leader an escalated
 * blocker went to closes it.
 */
export function blockerRights(
  viewer: Viewer,
  project: ProjectPeople & { status: string },
  blocker?: { status: string; escalatedTo?: { id: string } | null },
) {
  const handles = viewer.role === 'ADMIN' || mayWorkOn(viewer, project);
  const supervises = viewer.role === 'SUPERVISOR';
  const open = blocker ? blocker.status !== 'RESOLVED' : false;
  return {
    raise: handles && project.status === 'ACTIVE',
    resolve:
      open &&
      (handles || (blocker?.status === 'ESCALATED' && blocker.escalatedTo?.id === viewer.id)),
    escalate: blocker?.status === 'OPEN' && (handles || supervises),
    reopen: blocker?.status === 'RESOLVED' && (handles || supervises),
  };
}
