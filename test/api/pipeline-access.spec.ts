import type { GraphQLResponse, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  ADD_ACTIVITY,
  advance,
  badFields,
  CREATE_PROJECT,
  CREATE_USER,
  createChains,
  createProject,
  daysAgo,
  fingerprint,
  getProject,
  moveProject,
  ok,
  PROJECT_QUERY,
  projectInput,
  type ProjectView,
  RECORD_ARRIVAL,
  refused,
  rowCount,
  stageEvidence,
  TERMINATE_PROJECT,
  UPDATE_PROJECT,
  userId,
  VERIFY_ARRIVAL,
} from '../support/pipeline-fixtures';

/** domain.md "Roles and scope": who reads and who writes which project. */
describe('pipeline roles and scope', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
  });
  afterAll(() => t.close());

  /** Every write a person can attempt on a project, with valid input. */
  const writes = (project: ProjectView): [string, (as: string) => Promise<GraphQLResponse>][] => [
    [
      'updateProject',
      (as) =>
        t.gql(
          UPDATE_PROJECT,
          { id: project.id, version: project.version, input: { name: '改名的项目' } },
          as,
        ),
    ],
    [
      'moveProject',
      (as) =>
        moveProject(
          t,
          project,
          project.stage === 'NEGOTIATING' ? 'SIGNED' : 'LANDED',
          stageEvidence(t, project.stage === 'NEGOTIATING' ? 'SIGNED' : 'LANDED'),
          as,
        ),
    ],
    [
      'terminateProject',
      (as) =>
        t.gql(
          TERMINATE_PROJECT,
          { id: project.id, version: project.version, reason: '越权终止' },
          as,
        ),
    ],
    [
      'recordCapitalArrival',
      (as) =>
        t.gql(
          RECORD_ARRIVAL,
          {
            projectId: project.id,
            input: { amount: 100, arrivedOn: daysAgo(1), voucherNo: `V-${as}` },
          },
          as,
        ),
    ],
    [
      'addActivity',
      (as) =>
        t.gql(
          ADD_ACTIVITY,
          {
            projectId: project.id,
            input: { kind: 'VISIT', summary: '上门拜访', happenedOn: daysAgo(1) },
          },
          as,
        ),
    ],
  ];

  /** Checks that every write by `as` is refused with one of `codes` and changes nothing. */
  async function expectEveryWriteRefused(project: ProjectView, as: string, codes: string[]) {
    for (const [name, write] of writes(project)) {
      const before = await fingerprint(t, [project.id]);
      const response = await write(as);
      const code = response.errors?.[0]?.extensions?.code;
      if (!codes.includes(code as string))
        throw new Error(
          `${name} by ${as}: expected ${codes.join('/')}, got ${JSON.stringify(response.errors ?? response.data)}`,
        );
      expect(response.errors).toHaveLength(1);
      expect(await fingerprint(t, [project.id])).toEqual(before);
    }
  }

  describe('outside the org-unit subtree', () => {
    let luxi: ProjectView;
    beforeAll(async () => {
      luxi = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      ok(
        await t.gql(
          RECORD_ARRIVAL,
          { projectId: luxi.id, input: { amount: 10, arrivedOn: daysAgo(1), voucherNo: 'LUXI-1' } },
          'zhang.staff',
        ),
      );
      luxi = await getProject(t, luxi.id);
    });

    it('hides a 泸溪县 project from 花垣县 and 保靖县 people: project(id) is NOT_FOUND and lists leave it out', async () => {
      for (const as of ['li.staff', 'liu.leader', 'sun.staff']) {
        const response = await t.gql(PROJECT_QUERY, { id: luxi.id }, as);
        refused(response, 'NOT_FOUND');
        expect(response.data?.project ?? null).toBeNull();
        const list = ok(
          await t.gql(
            '{ projects(filter: { includeTerminated: true }) { totalCount edges { node { id } } } }',
            {},
            as,
          ),
        );
        expect(
          list.projects.edges.map((edge: { node: { id: string } }) => edge.node.id),
        ).not.toContain(luxi.id);
        const board = ok(
          await t.gql(
            '{ board { columns { totalCount projects { edges { node { id } } } } } }',
            {},
            as,
          ),
        );
        expect(
          board.board.columns.every((column: { totalCount: number }) => column.totalCount === 0),
        ).toBe(true);
      }
      // A missing id answers the same, so ids cannot be probed.
      const missing = await t.gql(PROJECT_QUERY, { id: '999999' }, 'li.staff');
      expect(missing.errors?.[0]).toMatchObject({
        message: (await t.gql(PROJECT_QUERY, { id: luxi.id }, 'li.staff')).errors![0].message,
      });
    });

    it('refuses every write on it by 花垣县 staff and leaders and changes nothing', async () => {
      // Out of scope looks like missing (NOT_FOUND); FORBIDDEN would also be a refusal.
      await expectEveryWriteRefused(luxi, 'li.staff', ['NOT_FOUND', 'FORBIDDEN']);
      await expectEveryWriteRefused(luxi, 'liu.leader', ['NOT_FOUND', 'FORBIDDEN']);
    });

    it('hides the county project from a park staff member below it', async () => {
      refused(await t.gql(PROJECT_QUERY, { id: luxi.id }, 'zhou.staff'), 'NOT_FOUND');
      await expectEveryWriteRefused(luxi, 'zhou.staff', ['NOT_FOUND', 'FORBIDDEN']);
    });

    it('does not let staff create a project in another county, or name an owner from there', async () => {
      const before = await fingerprint(t);
      const other = await t.gql(
        CREATE_PROJECT,
        { input: projectInput(t, { chainId, orgUnit: 'luxi' }) },
        'li.staff',
      );
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(other.errors?.[0]?.extensions?.code);
      if (other.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')
        expect(badFields(other)).toEqual(['orgUnitId']);
      const foreignOwner = await t.gql(
        CREATE_PROJECT,
        { input: projectInput(t, { chainId, ownerId: userId(t, 'li.staff') }) },
        'zhang.staff',
      );
      expect(badFields(foreignOwner)).toEqual(['ownerId']);
      const leaderOwner = await t.gql(
        CREATE_PROJECT,
        { input: projectInput(t, { chainId, ownerId: userId(t, 'chen.leader') }) },
        'zhang.staff',
      );
      expect(badFields(leaderOwner)).toEqual(['ownerId']);
      expect(await fingerprint(t)).toEqual(before);
    });

    it('lets only staff create projects', async () => {
      const before = await fingerprint(t);
      for (const as of ['chen.leader', 'wang.leader', 'zhao.supervisor', 'admin']) {
        refused(
          await t.gql(CREATE_PROJECT, { input: projectInput(t, { chainId }) }, as),
          'FORBIDDEN',
        );
      }
      expect(await fingerprint(t)).toEqual(before);
    });

    it('refuses every write without a token', async () => {
      await expectEveryWriteRefused(luxi, '', ['UNAUTHENTICATED']);
      const before = await fingerprint(t);
      refused(
        await t.gql(CREATE_PROJECT, { input: projectInput(t, { chainId }) }),
        'UNAUTHENTICATED',
      );
      expect(await fingerprint(t)).toEqual(before);
    });
  });

  describe('staff: owner and 专班 only', () => {
    it('lets zhang.staff see a park project of zhou.staff but not change it until put on its team', async () => {
      let park = await createProject(t, { chainId, as: 'zhou.staff', orgUnit: 'luxi-park' });
      expect(park.owner.username).toBe('zhou.staff');
      expect(ok(await t.gql(PROJECT_QUERY, { id: park.id }, 'zhang.staff')).project.id).toBe(
        park.id,
      );
      await expectEveryWriteRefused(park, 'zhang.staff', ['FORBIDDEN']);

      park = ok(
        await t.gql(
          UPDATE_PROJECT,
          { id: park.id, version: park.version, input: { teamIds: [userId(t, 'zhang.staff')] } },
          'zhou.staff',
        ),
      ).updateProject as ProjectView;
      expect(park.team.map((member) => member.username)).toEqual(['zhang.staff']);
      park = ok(
        await t.gql(
          UPDATE_PROJECT,
          { id: park.id, version: park.version, input: { name: '专班改名' } },
          'zhang.staff',
        ),
      ).updateProject as ProjectView;
      expect(park.name).toBe('专班改名');
      ok(
        await t.gql(
          ADD_ACTIVITY,
          {
            projectId: park.id,
            input: { kind: 'CALL', summary: '电话跟进', happenedOn: daysAgo(0) },
          },
          'zhang.staff',
        ),
      );
      park = ok(await moveProject(t, park, 'SIGNED', stageEvidence(t, 'SIGNED')))
        .moveProject as ProjectView;
      expect(park.stage).toBe('SIGNED');

      park = ok(
        await t.gql(
          UPDATE_PROJECT,
          { id: park.id, version: park.version, input: { teamIds: [] } },
          'zhou.staff',
        ),
      ).updateProject as ProjectView;
      expect(park.team).toEqual([]);
      await expectEveryWriteRefused(park, 'zhang.staff', ['FORBIDDEN']);
    });

    it('only puts active staff of the unit or above on a team, and changes nothing when refusing', async () => {
      const project = await createProject(t, { chainId });
      for (const teamIds of [
        [userId(t, 'li.staff')],
        [userId(t, 'chen.leader')],
        [userId(t, 'zhou.staff')],
        ['999999'],
      ]) {
        const before = await fingerprint(t, [project.id]);
        const response = await t.gql(
          UPDATE_PROJECT,
          { id: project.id, version: project.version, input: { teamIds } },
          'zhang.staff',
        );
        expect(badFields(response)).toEqual(['teamIds']);
        expect(await fingerprint(t, [project.id])).toEqual(before);
      }
    });

    it('lets the owner hand the project to another staff member, who then owns it alone', async () => {
      const project = await createProject(t, { chainId, orgUnit: 'luxi-park' });
      const handed = ok(
        await t.gql(
          UPDATE_PROJECT,
          { id: project.id, version: project.version, input: { ownerId: userId(t, 'zhou.staff') } },
          'zhang.staff',
        ),
      ).updateProject as ProjectView;
      expect(handed.owner.username).toBe('zhou.staff');
      await expectEveryWriteRefused(handed, 'zhang.staff', ['FORBIDDEN']);
    });
  });

  describe('supervisors and admins', () => {
    it('refuses them every edit of a project', async () => {
      const project = await createProject(t, { chainId });
      const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      for (const as of ['zhao.supervisor', 'admin']) {
        await expectEveryWriteRefused(project, as, ['FORBIDDEN']);
        await expectEveryWriteRefused(signed, as, ['FORBIDDEN']);
      }
    });

    it('lets only a supervisor in scope verify a capital arrival, once', async () => {
      const signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      const arrival = ok(
        await t.gql(
          RECORD_ARRIVAL,
          {
            projectId: signed.id,
            input: { amount: 300.5, arrivedOn: daysAgo(2), voucherNo: 'YH-0001' },
          },
          'zhang.staff',
        ),
      ).recordCapitalArrival;
      expect(arrival).toMatchObject({
        amount: 300.5,
        verified: false,
        recordedBy: { username: 'zhang.staff' },
      });

      for (const as of ['zhang.staff', 'chen.leader', 'wang.leader', 'admin']) {
        const before = await fingerprint(t, [signed.id]);
        refused(await t.gql(VERIFY_ARRIVAL, { id: arrival.id }, as), 'FORBIDDEN');
        expect(await fingerprint(t, [signed.id])).toEqual(before);
      }
      // A supervisor of another county does not see the project.
      const created = ok(
        await t.gql(
          CREATE_USER,
          {
            input: {
              username: 'wu.supervisor',
              name: '吴督查',
              password: 'Huayuan-check-2026',
              role: 'SUPERVISOR',
              orgUnitId: String(t.accounts.orgUnits.get('huayuan')!.id),
            },
          },
          'admin',
        ),
      );
      expect(created.createUser.role).toBe('SUPERVISOR');
      t.usePassword('wu.supervisor', 'Huayuan-check-2026');
      const before = await fingerprint(t, [signed.id]);
      refused(await t.gql(VERIFY_ARRIVAL, { id: arrival.id }, 'wu.supervisor'), 'NOT_FOUND');
      expect(await fingerprint(t, [signed.id])).toEqual(before);

      expect(
        ok(await t.gql(VERIFY_ARRIVAL, { id: arrival.id }, 'zhao.supervisor')).verifyCapitalArrival,
      ).toEqual({ id: arrival.id, amount: 300.5, verified: true });
      expect(await getProject(t, signed.id)).toMatchObject({
        arrivedInvestment: 300.5,
        arrivedVerified: 300.5,
      });
      const again = await t.gql(VERIFY_ARRIVAL, { id: arrival.id }, 'zhao.supervisor');
      refused(again, 'BAD_USER_INPUT');
      expect(await getProject(t, signed.id)).toMatchObject({ arrivedVerified: 300.5 });
      refused(await t.gql(VERIFY_ARRIVAL, { id: '999999' }, 'zhao.supervisor'), 'NOT_FOUND');
    });
  });

  describe('leaders: the projects they lead', () => {
    it('lets the 包抓领导 edit and move its project, and no other leader', async () => {
      let signed = await advance(t, await createProject(t, { chainId }), 'SIGNED');
      expect(signed.leader?.username).toBe('chen.leader');
      await expectEveryWriteRefused(signed, 'wang.leader', ['FORBIDDEN']);
      signed = ok(
        await t.gql(
          UPDATE_PROJECT,
          { id: signed.id, version: signed.version, input: { name: '领导改名' } },
          'chen.leader',
        ),
      ).updateProject as ProjectView;
      expect(signed.name).toBe('领导改名');
      const landed = ok(
        await moveProject(t, signed, 'LANDED', stageEvidence(t, 'LANDED'), 'chen.leader'),
      ).moveProject as ProjectView;
      expect(landed.stage).toBe('LANDED');
    });

    it('refuses a leader every write on a project without a leader, even in its own county', async () => {
      const project = await createProject(t, { chainId });
      await expectEveryWriteRefused(project, 'chen.leader', ['FORBIDDEN']);
    });

    it('lets a leader named while negotiating move the project to 签约 without naming itself again', async () => {
      let project = await createProject(t, { chainId });
      project = ok(
        await t.gql(
          UPDATE_PROJECT,
          {
            id: project.id,
            version: project.version,
            input: { leaderId: userId(t, 'chen.leader') },
          },
          'zhang.staff',
        ),
      ).updateProject as ProjectView;
      const { leaderId: _leaderId, ...evidence } = stageEvidence(t, 'SIGNED');
      const signed = ok(await moveProject(t, project, 'SIGNED', evidence, 'chen.leader'))
        .moveProject as ProjectView;
      expect(signed).toMatchObject({ stage: 'SIGNED', leader: { username: 'chen.leader' } });
    });
  });

  it('counts no rows written by all the refusals above', async () => {
    // Every refusal was checked on its own; the totals still add up to the successful calls only.
    expect(await rowCount(t, 'audit_event', 'action = ?', ['TERMINATE'])).toBe(0);
    expect(await rowCount(t, 'capital_arrival', 'voucherNo LIKE ?', ['V-%'])).toBe(0);
  });
});
