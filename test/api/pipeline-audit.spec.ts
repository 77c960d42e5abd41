import { startTestApp, type TestApp } from '../support/test-app';
import {
  ADD_ACTIVITY,
  advance,
  CREATE_PROJECT,
  CREATE_USER,
  auditEventsOf,
  badFields,
  createChains,
  createProject,
  daysAgo,
  daysAhead,
  fingerprint,
  getProject,
  moveProject,
  ok,
  PROJECT_QUERY,
  projectInput,
  type ProjectView,
  RECORD_ARRIVAL,
  refused,
  stageEvidence,
  TERMINATE_PROJECT,
  today,
  updateProject,
  userId,
  VERIFY_ARRIVAL,
} from '../support/pipeline-fixtures';

/** domain.md: stale versions get CONFLICT; every change is audited; one leader from 签约 on. */
describe('pipeline versions, audit trail and the leader', () => {
  let t: TestApp;
  let chainId: string;
  const id = (username: string) => t.accounts.users.get(username)!.id;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  describe('stale versions', () => {
    let project: ProjectView;
    let stale: ProjectView;
    beforeEach(async () => {
      stale = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      // Someone else saves first: the version we hold is now one behind.
      project = ok(
        await updateProject(t, stale, { name: `${stale.name}（已更新）` }, 'chen.leader'),
      ).updateProject as ProjectView;
      expect(project.version).toBe(stale.version + 1);
    });

    async function conflictWithoutWriting(call: () => ReturnType<TestApp['gql']>) {
      const before = await fingerprint(t, [project.id]);
      const error = refused(await call(), 'CONFLICT');
      expect(await fingerprint(t, [project.id])).toEqual(before);
      return error;
    }

    it('refuses moveProject with a stale version and writes nothing', async () => {
      const error = await conflictWithoutWriting(() =>
        moveProject(t, stale, 'LANDED', stageEvidence(t, 'LANDED')),
      );
      expect(error.extensions?.currentVersion).toBe(project.version);
      await conflictWithoutWriting(() =>
        moveProject(
          t,
          { ...stale, version: project.version + 1 },
          'LANDED',
          stageEvidence(t, 'LANDED'),
        ),
      );
      await conflictWithoutWriting(() =>
        moveProject(t, stale, 'NEGOTIATING', null, 'zhao.supervisor', { reason: '更正' }),
      );
      ok(await moveProject(t, project, 'LANDED', stageEvidence(t, 'LANDED')));
    });

    it('refuses updateProject with a stale version and writes nothing', async () => {
      await conflictWithoutWriting(() =>
        updateProject(t, stale, { name: '覆盖别人的修改', teamIds: [userId(t, 'zhou.staff')] }),
      );
      // Even an input that would be refused for itself is answered with the conflict first.
      await conflictWithoutWriting(() => updateProject(t, stale, { leaderId: null }));
      expect((await getProject(t, project.id)).name).toBe(project.name);
    });

    it('refuses terminateProject with a stale version and writes nothing', async () => {
      await conflictWithoutWriting(() =>
        t.gql(
          TERMINATE_PROJECT,
          { id: stale.id, version: stale.version, reason: '撤资' },
          'zhang.staff',
        ),
      );
      expect((await getProject(t, project.id)).status).toBe('ACTIVE');
    });
  });

  describe('audit events', () => {
    it('records the creation with every field set', async () => {
      const project = await createProject(t, {
        chainId,
        name: '白酒酿造扩产项目',
        investorName: '湘西酒业有限公司',
        plannedInvestment: 8000.5,
      });
      const [event] = await auditEventsOf(t, 'Project', project.id);
      expect(event).toMatchObject({
        action: 'CREATE',
        actorId: id('zhang.staff'),
        entity: 'Project',
        entityId: Number(project.id),
      });
      expect(event.changes).toEqual({
        code: { before: null, after: project.code },
        name: { before: null, after: '白酒酿造扩产项目' },
        stage: { before: null, after: 'NEGOTIATING' },
        status: { before: null, after: 'ACTIVE' },
        investorId: { before: null, after: Number(project.investor.id) },
        orgUnitId: { before: null, after: t.accounts.orgUnits.get('luxi')!.id },
        chainId: { before: null, after: Number(chainId) },
        chainRole: { before: null, after: 'EXTEND' },
        sourceMethod: { before: null, after: '以商招商' },
        ownerId: { before: null, after: id('zhang.staff') },
        plannedInvestment: { before: null, after: 8000.5 },
      });
    });

    it('records a move as before → after of exactly the fields it changed', async () => {
      const project = await createProject(t, { chainId });
      const evidence = stageEvidence(t, 'SIGNED');
      ok(await moveProject(t, project, 'SIGNED', { ...evidence, contractedInvestment: 12345.67 }));
      const events = await auditEventsOf(t, 'Project', project.id);
      expect(events.map((event) => event.action)).toEqual(['CREATE', 'MOVE']);
      expect(events[1]).toMatchObject({
        actorId: id('zhang.staff'),
        entity: 'Project',
        entityId: Number(project.id),
      });
      expect(events[1].changes).toEqual({
        stage: { before: 'NEGOTIATING', after: 'SIGNED' },
        leaderId: { before: null, after: id('chen.leader') },
        contractedInvestment: { before: null, after: 12345.67 },
        contractNo: { before: null, after: evidence.contractNo },
        signedOn: { before: null, after: evidence.signedOn },
        plannedStartOn: { before: null, after: evidence.plannedStartOn },
        plannedOperatingOn: { before: null, after: evidence.plannedOperatingOn },
      });
    });

    it('records an update as before → after, the team included, and serves it over GraphQL', async () => {
      const project = await advance(
        t,
        await createProject(t, { chainId, orgUnit: 'luxi-park', plannedInvestment: 5000 }),
        'SIGNED',
      );
      const input = {
        name: '新名称',
        landArea: 12.5,
        plannedStartOn: daysAhead(60),
        chainRole: 'FILL',
        teamIds: [userId(t, 'zhou.staff')],
      };
      const updated = ok(await updateProject(t, project, input)).updateProject as ProjectView;
      expect(updated).toMatchObject({
        name: '新名称',
        landArea: 12.5,
        plannedStartOn: daysAhead(60),
        chainRole: 'FILL',
        version: project.version + 1,
      });
      const event = (await auditEventsOf(t, 'Project', project.id)).at(-1)!;
      expect(event).toMatchObject({
        action: 'UPDATE',
        actorId: id('zhang.staff'),
        entity: 'Project',
        entityId: Number(project.id),
      });
      expect(event.changes).toEqual({
        name: { before: project.name, after: '新名称' },
        chainRole: { before: 'EXTEND', after: 'FILL' },
        landArea: { before: null, after: 12.5 },
        plannedStartOn: { before: daysAhead(30), after: daysAhead(60) },
        teamIds: { before: [], after: [id('zhou.staff')] },
      });

      const trail = ok(
        await t.gql(
          'query ($id: ID!) { project(id: $id) { auditEvents { actor { username } action entity entityId changes at } } }',
          { id: project.id },
          'zhao.supervisor',
        ),
      ).project.auditEvents;
      expect(trail.map((row: { action: string }) => row.action)).toEqual([
        'CREATE',
        'MOVE',
        'UPDATE',
      ]);
      expect(trail[2]).toMatchObject({
        actor: { username: 'zhang.staff' },
        entity: 'Project',
        entityId: project.id,
      });
      expect(JSON.parse(trail[2].changes)).toEqual(event.changes);
    });

    it('records arrivals, verifications, activities and terminations with their actor and entity', async () => {
      const project = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      const arrival = ok(
        await t.gql(
          RECORD_ARRIVAL,
          {
            projectId: project.id,
            input: { amount: 1200.25, arrivedOn: daysAgo(3), voucherNo: 'ZZ-2026-07' },
          },
          'zhang.staff',
        ),
      ).recordCapitalArrival;
      ok(await t.gql(VERIFY_ARRIVAL, { id: arrival.id }, 'zhao.supervisor'));
      const activity = ok(
        await t.gql(
          ADD_ACTIVITY,
          {
            projectId: project.id,
            input: { kind: 'SITE_INSPECTION', summary: '现场踏勘用地', happenedOn: daysAgo(1) },
          },
          'zhang.staff',
        ),
      ).addActivity;
      const current = await getProject(t, project.id);
      ok(
        await t.gql(
          TERMINATE_PROJECT,
          { id: project.id, version: current.version, reason: '  投资方资金链断裂  ' },
          'chen.leader',
        ),
      );

      expect(await auditEventsOf(t, 'CapitalArrival', arrival.id)).toEqual([
        {
          action: 'RECORD_ARRIVAL',
          actorId: id('zhang.staff'),
          entity: 'CapitalArrival',
          entityId: Number(arrival.id),
          changes: {
            amount: { before: null, after: 1200.25 },
            arrivedOn: { before: null, after: daysAgo(3) },
            voucherNo: { before: null, after: 'ZZ-2026-07' },
            verified: { before: null, after: false },
          },
        },
        {
          action: 'VERIFY_ARRIVAL',
          actorId: id('zhao.supervisor'),
          entity: 'CapitalArrival',
          entityId: Number(arrival.id),
          changes: { verified: { before: false, after: true } },
        },
      ]);
      expect(await auditEventsOf(t, 'Activity', activity.id)).toEqual([
        {
          action: 'ADD_ACTIVITY',
          actorId: id('zhang.staff'),
          entity: 'Activity',
          entityId: Number(activity.id),
          changes: {
            kind: { before: null, after: 'SITE_INSPECTION' },
            summary: { before: null, after: '现场踏勘用地' },
            happenedOn: { before: null, after: daysAgo(1) },
          },
        },
      ]);
      const termination = (await auditEventsOf(t, 'Project', project.id)).at(-1)!;
      expect(termination).toMatchObject({ action: 'TERMINATE', actorId: id('chen.leader') });
      expect(termination.changes).toEqual({
        status: { before: 'ACTIVE', after: 'TERMINATED' },
        terminatedOn: { before: null, after: today() },
        terminationReason: { before: null, after: '投资方资金链断裂' },
      });

      // The project's trail includes the events of its arrivals and activities.
      const trail = ok(
        await t.gql(
          'query ($id: ID!) { project(id: $id) { auditEvents { action } } }',
          { id: project.id },
          'zhao.supervisor',
        ),
      ).project.auditEvents;
      expect(trail.map((row: { action: string }) => row.action)).toEqual([
        'CREATE',
        'MOVE',
        'RECORD_ARRIVAL',
        'VERIFY_ARRIVAL',
        'ADD_ACTIVITY',
        'TERMINATE',
      ]);
    });
    it('writes exactly one event per successful mutation, naming actor, action and entity, and none per refused one', async () => {
      const last = async () => {
        const [row] = await t.dataSource.query(
          'SELECT actorId, action, entity, entityId FROM audit_event ORDER BY id DESC LIMIT 1',
        );
        return { ...row, actorId: Number(row.actorId), entityId: Number(row.entityId) };
      };
      const count = () =>
        t.dataSource
          .query('SELECT COUNT(*) AS n FROM audit_event')
          .then((rows: { n: unknown }[]) => Number(rows[0].n));
      let project = ok(
        await t.gql(CREATE_PROJECT, { input: projectInput(t, { chainId }) }, 'zhang.staff'),
      ).createProject as ProjectView;
      let arrivalId = '';
      const steps: [string, string, () => Promise<{ entity: string; entityId: string }>][] = [
        [
          'zhang.staff',
          'UPDATE',
          async () => {
            project = ok(await updateProject(t, project, { name: '审计测试项目' })).updateProject;
            return { entity: 'Project', entityId: project.id };
          },
        ],
        [
          'zhang.staff',
          'MOVE',
          async () => {
            project = ok(
              await moveProject(t, project, 'SIGNED', stageEvidence(t, 'SIGNED')),
            ).moveProject;
            return { entity: 'Project', entityId: project.id };
          },
        ],
        [
          'chen.leader',
          'REORDER',
          async () => {
            ok(
              await t.gql(
                'mutation ($id: ID!) { reorderProject(id: $id) { id } }',
                { id: project.id },
                'chen.leader',
              ),
            );
            return { entity: 'Project', entityId: project.id };
          },
        ],
        [
          'zhang.staff',
          'RECORD_ARRIVAL',
          async () => {
            arrivalId = ok(
              await t.gql(
                RECORD_ARRIVAL,
                {
                  projectId: project.id,
                  input: { amount: 1, arrivedOn: today(), voucherNo: 'AUD-1' },
                },
                'zhang.staff',
              ),
            ).recordCapitalArrival.id;
            return { entity: 'CapitalArrival', entityId: arrivalId };
          },
        ],
        [
          'zhao.supervisor',
          'VERIFY_ARRIVAL',
          async () => {
            ok(await t.gql(VERIFY_ARRIVAL, { id: arrivalId }, 'zhao.supervisor'));
            return { entity: 'CapitalArrival', entityId: arrivalId };
          },
        ],
        [
          'zhang.staff',
          'ADD_ACTIVITY',
          async () => {
            const activity = ok(
              await t.gql(
                ADD_ACTIVITY,
                {
                  projectId: project.id,
                  input: { kind: 'VISIT', summary: '拜访', happenedOn: today() },
                },
                'zhang.staff',
              ),
            ).addActivity;
            return { entity: 'Activity', entityId: activity.id };
          },
        ],
        [
          'zhao.supervisor',
          'CORRECT_STAGE',
          async () => {
            project = ok(
              await moveProject(
                t,
                await getProject(t, project.id),
                'NEGOTIATING',
                null,
                'zhao.supervisor',
                { reason: '合同未生效' },
              ),
            ).moveProject;
            return { entity: 'Project', entityId: project.id };
          },
        ],
        [
          'zhang.staff',
          'CHANGE_LEADER',
          async () => {
            project = ok(
              await updateProject(t, project, { leaderId: userId(t, 'wang.leader') }),
            ).updateProject;
            return { entity: 'Project', entityId: project.id };
          },
        ],
        [
          'zhang.staff',
          'TERMINATE',
          async () => {
            project = ok(
              await t.gql(
                TERMINATE_PROJECT,
                { id: project.id, version: project.version, reason: '审计测试结束' },
                'zhang.staff',
              ),
            ).terminateProject;
            return { entity: 'Project', entityId: project.id };
          },
        ],
        [
          'admin',
          'CREATE',
          async () => {
            const user = ok(
              await t.gql(
                CREATE_USER,
                {
                  input: {
                    username: 'audit.user',
                    name: '审计',
                    password: 'long-enough-1',
                    role: 'STAFF',
                    orgUnitId: String(t.accounts.orgUnits.get('baojing')!.id),
                  },
                },
                'admin',
              ),
            ).createUser;
            return { entity: 'User', entityId: user.id };
          },
        ],
      ];
      expect(await last()).toMatchObject({
        action: 'CREATE',
        entity: 'Project',
        entityId: Number(project.id),
        actorId: id('zhang.staff'),
      });
      for (const [actor, action, step] of steps) {
        const before = await count();
        const { entity, entityId } = await step();
        expect(await count()).toBe(before + 1);
        expect(await last()).toEqual({
          actorId: id(actor),
          action,
          entity,
          entityId: Number(entityId),
        });
      }
      // A refused call of each kind adds nothing.
      const before = await count();
      refused(
        await updateProject(t, { ...project, version: project.version - 1 }, { name: '旧版本' }),
        'CONFLICT',
      );
      refused(await t.gql(VERIFY_ARRIVAL, { id: arrivalId }, 'zhao.supervisor'), 'BAD_USER_INPUT');
      refused(
        await t.gql(
          CREATE_USER,
          {
            input: {
              username: 'audit.user',
              name: '重复',
              password: 'long-enough-1',
              role: 'STAFF',
              orgUnitId: '1',
            },
          },
          'admin',
        ),
        'BAD_USER_INPUT',
      );
      expect(await count()).toBe(before);
    });
  });

  describe('the 包抓领导', () => {
    let signed: ProjectView;
    beforeEach(async () => {
      signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
    });

    const leaderRows = (projectId: string) =>
      t.dataSource.query(
        'SELECT u.role AS role, u.username AS username FROM project p JOIN user u ON u.id = p.leaderId WHERE p.id = ?',
        [Number(projectId)],
      );

    it('is exactly one LEADER from 签约 on', async () => {
      expect(await leaderRows(signed.id)).toEqual([{ role: 'LEADER', username: 'chen.leader' }]);
      expect(signed.leader).toEqual({
        id: userId(t, 'chen.leader'),
        username: 'chen.leader',
        role: 'LEADER',
      });
    });

    it('cannot be removed after signing, but can be while negotiating', async () => {
      const before = await fingerprint(t, [signed.id]);
      for (const as of ['zhang.staff', 'chen.leader']) {
        expect(badFields(await updateProject(t, signed, { leaderId: null }, as))).toEqual([
          'leaderId',
        ]);
      }
      expect(badFields(await updateProject(t, signed, { plannedStartOn: null }))).toEqual([
        'plannedStartOn',
      ]);
      expect(await fingerprint(t, [signed.id])).toEqual(before);

      let negotiating = await createProject(t, { chainId });
      negotiating = ok(await updateProject(t, negotiating, { leaderId: userId(t, 'chen.leader') }))
        .updateProject as ProjectView;
      negotiating = ok(await updateProject(t, negotiating, { leaderId: null }))
        .updateProject as ProjectView;
      expect(negotiating.leader).toBeNull();
    });

    it('is replaced by assigning another leader, audited with both ids', async () => {
      const changed = ok(await updateProject(t, signed, { leaderId: userId(t, 'wang.leader') }))
        .updateProject as ProjectView;
      expect(changed.leader).toEqual({
        id: userId(t, 'wang.leader'),
        username: 'wang.leader',
        role: 'LEADER',
      });
      expect(await leaderRows(signed.id)).toEqual([{ role: 'LEADER', username: 'wang.leader' }]);
      const event = (await auditEventsOf(t, 'Project', signed.id)).at(-1)!;
      expect(event).toMatchObject({ action: 'CHANGE_LEADER', actorId: id('zhang.staff') });
      expect(event.changes).toEqual({
        leaderId: { before: id('chen.leader'), after: id('wang.leader') },
      });
      // The former leader no longer leads it, so may no longer edit it.
      refused(
        await updateProject(t, changed, { name: '前任领导改名' }, 'chen.leader'),
        'FORBIDDEN',
      );
      ok(await updateProject(t, changed, { name: '现任领导改名' }, 'wang.leader'));
    });

    it('must be an active leader of the unit or above, on update and on the move to 签约', async () => {
      const candidates = ['zhang.staff', 'zhao.supervisor', 'admin', 'liu.leader']
        .map((username) => userId(t, username))
        .concat(['999999', 'abc']);
      const before = await fingerprint(t, [signed.id]);
      for (const leaderId of candidates) {
        expect(badFields(await updateProject(t, signed, { leaderId }))).toEqual(['leaderId']);
      }
      expect(await fingerprint(t, [signed.id])).toEqual(before);

      const project = await createProject(t, { chainId });
      const projectBefore = await fingerprint(t, [project.id]);
      for (const leaderId of candidates) {
        expect(
          badFields(
            await moveProject(t, project, 'SIGNED', { ...stageEvidence(t, 'SIGNED'), leaderId }),
          ),
        ).toEqual(['leaderId']);
      }
      expect(await fingerprint(t, [project.id])).toEqual(projectBefore);
      const fresh = ok(await t.gql(PROJECT_QUERY, { id: project.id }, 'zhang.staff')).project;
      expect(fresh).toMatchObject({ stage: 'NEGOTIATING', leader: null });
    });
  });
});
