import { blockerRights } from './blocker-rights';

const project = { status: 'ACTIVE', owner: { id: '1' }, leader: { id: '5' }, team: [{ id: '2' }] };
const open = { status: 'OPEN', escalatedTo: null };
const escalated = { status: 'ESCALATED', escalatedTo: { id: '9' } };
const resolved = { status: 'RESOLVED', escalatedTo: null };

describe('who may do what with a blocker (mirrors the server)', () => {
  it('lets the owner, the 专班 and the project leader raise, resolve and reopen', () => {
    for (const viewer of [
      { id: '1', role: 'STAFF' },
      { id: '2', role: 'STAFF' },
      { id: '5', role: 'LEADER' },
    ] as const) {
      expect(blockerRights(viewer, project).raise).toBe(true);
      expect(blockerRights(viewer, project, open)).toMatchObject({
        resolve: true,
        escalate: true,
        reopen: false,
      });
      expect(blockerRights(viewer, project, resolved)).toMatchObject({
        resolve: false,
        escalate: false,
        reopen: true,
      });
    }
  });

  it('lets supervisors escalate and reopen, never raise or resolve', () => {
    const supervisor = { id: '7', role: 'SUPERVISOR' } as const;
    expect(blockerRights(supervisor, project).raise).toBe(false);
    expect(blockerRights(supervisor, project, open)).toMatchObject({
      resolve: false,
      escalate: true,
    });
    expect(blockerRights(supervisor, project, resolved).reopen).toBe(true);
  });

  it('lets the leader an escalated blocker went to close it, and nobody else outside the project', () => {
    expect(blockerRights({ id: '9', role: 'LEADER' }, project, escalated).resolve).toBe(true);
    expect(blockerRights({ id: '8', role: 'LEADER' }, project, escalated).resolve).toBe(false);
    expect(blockerRights({ id: '3', role: 'STAFF' }, project, open)).toMatchObject({
      resolve: false,
      escalate: false,
    });
  });

  it('takes no new blockers on a terminated project', () => {
    expect(
      blockerRights({ id: '1', role: 'STAFF' }, { ...project, status: 'TERMINATED' }).raise,
    ).toBe(false);
    expect(blockerRights({ id: '0', role: 'ADMIN' }, project).raise).toBe(true);
  });
});
