import { UNDO_WINDOW_MINUTES } from '@luodi/domain';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity';
import { StageTransition } from '../../server/src/modules/projects/entities/stage-transition.entity';
import {
  advance,
  createChains,
  createProject,
  getProject,
  moveProject,
  ok,
  refused,
  type ProjectView,
} from '../support/pipeline-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/** domain.md "The pipeline": the mover may undo a forward move within 10 minutes, as an undo. */
describe('undoing one’s own move', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  const ageMoves = (project: ProjectView, minutes: number) =>
    t.dataSource
      .getRepository(StageTransition)
      .update({ projectId: Number(project.id) }, { at: new Date(Date.now() - minutes * 60_000) });

  it('lets the staff who moved a project to 落地 take it back to 签约, audited as an undo', async () => {
    const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    const landed = await advance(t, signed, 'LANDED');
    const back = ok(await moveProject(t, landed, 'SIGNED', null, 'zhang.staff'))
      .moveProject as ProjectView;
    expect(back.stage).toBe('SIGNED');
    expect(back.landedOn).toBeNull();
    expect(back.companyCreditCode).toBe(landed.companyCreditCode);

    const events = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { projectId: Number(landed.id) }, order: { id: 'ASC' } });
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'MOVE', 'MOVE', 'UNDO']);
    const transitions = await t.dataSource
      .getRepository(StageTransition)
      .find({ where: { projectId: Number(landed.id) }, order: { id: 'ASC' } });
    expect(transitions.at(-1)).toMatchObject({ fromStage: 'LANDED', toStage: 'SIGNED' });
  });

  it('takes back only that one move: not a second step, not someone else’s, not after the window', async () => {
    const landed = await advance(t, await createProject(t, { chainId }), 'LANDED');
    // Further back than the move made.
    refused(await moveProject(t, landed, 'NEGOTIATING', null, 'zhang.staff'), 'FORBIDDEN');
    // The leader did not make the move.
    refused(await moveProject(t, landed, 'SIGNED', null, 'chen.leader'), 'FORBIDDEN');
    // Past the window it is a correction, for supervisors.
    await ageMoves(landed, UNDO_WINDOW_MINUTES + 1);
    refused(await moveProject(t, landed, 'SIGNED', null, 'zhang.staff'), 'FORBIDDEN');
    expect((await getProject(t, landed.id)).stage).toBe('LANDED');
  });

  it('cannot be repeated to walk a project back stage by stage', async () => {
    const started = await advance(t, await createProject(t, { chainId }), 'STARTED');
    const landed = ok(await moveProject(t, started, 'LANDED', null, 'zhang.staff'))
      .moveProject as ProjectView;
    expect(landed.stage).toBe('LANDED');
    // The latest change is now the undo itself, not a forward move.
    refused(await moveProject(t, landed, 'SIGNED', null, 'zhang.staff'), 'FORBIDDEN');
  });
});
