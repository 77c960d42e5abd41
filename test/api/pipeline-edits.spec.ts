import { startTestApp, type TestApp } from '../support/test-app';
import {
  auditEventsOf,
  createChains,
  createProject,
  ok,
  refused,
  TERMINATE_PROJECT,
  updateProject,
  type ProjectView,
} from '../support/pipeline-fixtures';

describe('editing a project', () => {
  let t: TestApp;
  let chainId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  it('treats saving an unchanged form as no edit: same version, no audit entry', async () => {
    const project = await createProject(t, { chainId });
    const eventsBefore = await auditEventsOf(t, 'Project', project.id);
    const saved = ok(await updateProject(t, project, { name: project.name, teamIds: [] }))
      .updateProject as ProjectView;
    expect(saved.version).toBe(project.version);
    expect(await auditEventsOf(t, 'Project', project.id)).toEqual(eventsBefore);
  });

  it('refuses edits to a terminated project', async () => {
    const project = await createProject(t, { chainId });
    const terminated = ok(
      await t.gql(
        TERMINATE_PROJECT,
        { id: project.id, version: project.version, reason: '投资方撤资' },
        'zhang.staff',
      ),
    ).terminateProject as ProjectView;
    const error = refused(await updateProject(t, terminated, { name: '改名' }), 'BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual({ status: '已终止的项目不能修改' });
  });
});
