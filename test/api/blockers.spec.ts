import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  advance,
  badFields,
  createChains,
  createProject,
  daysAgo,
  daysAhead,
  fingerprint,
  getProject,
  ok,
  type ProjectView,
  refused,
  today,
  userId,
} from '../support/pipeline-fixtures';

const BLOCKER_FIELDS = `id version category description status raisedOn dueOn overdue overdueDays ageDays
  resolutionNote resolvedAt resolvedOn escalationNote escalatedAt reopenReason
  department { id name } raisedBy { username } resolvedBy { username } escalatedTo { username }
  responsibleLeader { username }
  project { id openBlockerCount flags { kind level reason since } }`;

const CREATE_DEPARTMENT = `mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id name contactPerson phone active version } }`;
const UPDATE_DEPARTMENT = `mutation ($id: ID!, $version: Int!, $input: DepartmentInput!) {
  updateDepartment(id: $id, version: $version, input: $input) { id name contactPerson phone active version } }`;
const DEPARTMENTS = `query ($all: Boolean) { departments(includeInactive: $all) { id name active } }`;
const RAISE = `mutation ($input: RaiseBlockerInput!) { raiseBlocker(input: $input) { ${BLOCKER_FIELDS} } }`;
const RESOLVE = `mutation ($id: ID!, $version: Int!, $note: String!) { resolveBlocker(id: $id, version: $version, note: $note) { ${BLOCKER_FIELDS} } }`;
const ESCALATE = `mutation ($id: ID!, $version: Int!, $leaderId: ID!, $note: String!) {
  escalateBlocker(id: $id, version: $version, leaderId: $leaderId, note: $note) { ${BLOCKER_FIELDS} } }`;
const REOPEN = `mutation ($id: ID!, $version: Int!, $reason: String!) { reopenBlocker(id: $id, version: $version, reason: $reason) { ${BLOCKER_FIELDS} } }`;
const LIST = `query ($filter: BlockerFilter, $first: Int, $after: String) {
  blockers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id dueOn status project { id } } } } }`;
const PROJECT_BLOCKERS = `query ($id: ID!) { project(id: $id) { id openBlockerCount blockers { id status } flags { kind level reason since } } }`;
const SUMMARY = `query ($from: Date!, $to: Date!, $orgUnitId: ID) { dispatchSummary(from: $from, to: $to, orgUnitId: $orgUnitId) {
  from to rows { key label raised resolved resolutionRate stillOpen overdue } total { key label raised resolved resolutionRate stillOpen overdue } } }`;
const FLAGGED = `query { flaggedProjects(level: RED, filter: { flag: BLOCKER_OVERDUE }) { totalCount edges { node { id } } } }`;

interface BlockerView {
  id: string;
  version: number;
  status: string;
  dueOn: string;
  overdue: boolean;
  overdueDays: number;
  ageDays: number;
  resolutionNote: string | null;
  resolvedOn: string | null;
  reopenReason: string | null;
  escalationNote: string | null;
  department: { id: string; name: string };
  raisedBy: { username: string };
  resolvedBy: { username: string } | null;
  escalatedTo: { username: string } | null;
  responsibleLeader: { username: string } | null;
  project: {
    id: string;
    openBlockerCount: number;
    flags: { kind: string; level: string; reason: string; since: string }[];
  };
}

/** 交办问题 (domain.md): handed to a department, 销号 one by one, overdue → BLOCKER_OVERDUE, 调度. */
describe('blockers and the dispatch sheet', () => {
  let t: TestApp;
  let chainId: string;
  const departments: Record<string, string> = {};
  /** A 签约 project of zhang.staff in 泸溪县 led by chen.leader. */
  let luxi: ProjectView;

  const raise = (input: Record<string, unknown>, as = 'zhang.staff') =>
    t.gql(
      RAISE,
      {
        input: {
          category: '土地',
          description: '项目用地尚未完成报批',
          departmentId: departments['自然资源局'],
          dueOn: daysAhead(15),
          ...input,
        },
      },
      as,
    );
  const raised = async (input: Record<string, unknown>, as = 'zhang.staff') =>
    ok(await raise(input, as)).raiseBlocker as BlockerView;
  const resolve = (
    b: Pick<BlockerView, 'id' | 'version'>,
    as = 'zhang.staff',
    note = '已完成用地报批',
  ) => t.gql(RESOLVE, { id: b.id, version: b.version, note }, as);
  const escalate = (
    b: Pick<BlockerView, 'id' | 'version'>,
    as = 'zhao.supervisor',
    leader = 'wang.leader',
    note = '提请调度会协调',
  ) => t.gql(ESCALATE, { id: b.id, version: b.version, leaderId: userId(t, leader), note }, as);
  const reopen = (
    b: Pick<BlockerView, 'id' | 'version'>,
    as = 'zhao.supervisor',
    reason = '现场核查问题仍未解决',
  ) => t.gql(REOPEN, { id: b.id, version: b.version, reason }, as);
  const signedProject = async (options: { as?: string; orgUnit?: string } = {}) =>
    advance(
      t,
      await createProject(t, { chainId, ...options }),
      'SIGNED',
      options.as ?? 'zhang.staff',
      {
        SIGNED: {
          leaderId: userId(t, options.orgUnit === 'huayuan' ? 'liu.leader' : 'chen.leader'),
        },
      },
    );
  const auditOf = async (entity: string, id: string) =>
    (
      (await t.dataSource.query(
        'SELECT action, actorId, projectId, changes FROM audit_event WHERE entity = ? AND entityId = ? ORDER BY id',
        [entity, Number(id)],
      )) as { action: string; actorId: number; projectId: number | null; changes: string }[]
    ).map((row) => ({
      ...row,
      projectId: row.projectId === null ? null : Number(row.projectId),
      changes: JSON.parse(row.changes),
    }));

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
    for (const [name, contactPerson, phone] of [
      ['自然资源局', '向国平', '0743-4221001'],
      ['发改委', '彭丽', '0743-4221002'],
      ['住建局', '石磊', '0743-4221003'],
      ['供电公司', '龙海', '0743-4221004'],
    ]) {
      departments[name] = ok(
        await t.gql(CREATE_DEPARTMENT, { input: { name, contactPerson, phone } }, 'admin'),
      ).createDepartment.id;
    }
    luxi = await signedProject();
  });
  afterAll(() => t.close());

  describe('departments', () => {
    it('are managed by admins only, audited, with version checks', async () => {
      refused(
        await t.gql(CREATE_DEPARTMENT, { input: { name: '人社局' } }, 'zhao.supervisor'),
        'FORBIDDEN',
      );
      refused(
        await t.gql(CREATE_DEPARTMENT, { input: { name: '人社局' } }, 'zhang.staff'),
        'FORBIDDEN',
      );
      const created = ok(
        await t.gql(
          CREATE_DEPARTMENT,
          { input: { name: ' 人社局 ', contactPerson: '田静', phone: '0743-4221005' } },
          'admin',
        ),
      ).createDepartment;
      expect(created).toMatchObject({
        name: '人社局',
        contactPerson: '田静',
        active: true,
        version: 1,
      });
      expect(
        badFields(
          await t.gql(CREATE_DEPARTMENT, { input: { name: '人社局', phone: 'call me' } }, 'admin'),
        ),
      ).toEqual(['name', 'phone']);
      expect(
        refused(
          await t.gql(CREATE_DEPARTMENT, { input: { name: '   ' } }, 'admin'),
          'BAD_USER_INPUT',
        ).extensions?.fields,
      ).toEqual({ name: '部门名称不能为空' });

      const updated = ok(
        await t.gql(
          UPDATE_DEPARTMENT,
          {
            id: created.id,
            version: 1,
            input: { name: '人社局', contactPerson: '田静', phone: '0743-4221005', active: false },
          },
          'admin',
        ),
      ).updateDepartment;
      expect(updated).toMatchObject({ active: false, version: 2 });
      refused(
        await t.gql(
          UPDATE_DEPARTMENT,
          { id: created.id, version: 1, input: { name: '人社局' } },
          'admin',
        ),
        'CONFLICT',
      );
      refused(
        await t.gql(
          UPDATE_DEPARTMENT,
          { id: '999999', version: 1, input: { name: '人社局' } },
          'admin',
        ),
        'NOT_FOUND',
      );

      const active = ok(await t.gql(DEPARTMENTS, {}, 'zhang.staff')).departments.map(
        (d: { name: string }) => d.name,
      );
      expect(active).toEqual(['自然资源局', '发改委', '住建局', '供电公司']);
      expect(ok(await t.gql(DEPARTMENTS, { all: true }, 'zhang.staff')).departments).toHaveLength(
        5,
      );
      // An inactive department takes no new blockers.
      expect(
        refused(await raise({ projectId: luxi.id, departmentId: created.id }), 'BAD_USER_INPUT')
          .extensions?.fields,
      ).toEqual({ departmentId: '该责任部门已停用' });

      expect(
        (await auditOf('Department', created.id)).map((event) => [event.action, event.changes]),
      ).toEqual([
        [
          'CREATE_DEPARTMENT',
          {
            name: { before: null, after: '人社局' },
            contactPerson: { before: null, after: '田静' },
            phone: { before: null, after: '0743-4221005' },
            active: { before: null, after: true },
          },
        ],
        ['UPDATE_DEPARTMENT', { active: { before: true, after: false } }],
      ]);
    });
  });

  describe('the life cycle', () => {
    it('raises, escalates, resolves (销号) and reopens, auditing each step with the card count', async () => {
      const project = await signedProject();
      const blocker = await raised({ projectId: project.id, description: '  用地指标未落实  ' });
      expect(blocker).toMatchObject({
        status: 'OPEN',
        version: 1,
        raisedOn: today(),
        overdue: false,
        ageDays: 0,
        department: { name: '自然资源局' },
        raisedBy: { username: 'zhang.staff' },
        responsibleLeader: { username: 'chen.leader' },
        project: { id: project.id, openBlockerCount: 1 },
      });
      const second = await raised(
        { projectId: project.id, category: '水电气', departmentId: departments['供电公司'] },
        'chen.leader',
      );
      expect(second.project.openBlockerCount).toBe(2);

      // Who may take it on: the active leaders at or above the project's unit.
      const leaders = ok(
        await t.gql(
          `query ($id: ID!) { project(id: $id) { escalationLeaders { username } } }`,
          { id: project.id },
          'zhang.staff',
        ),
      );
      expect(
        leaders.project.escalationLeaders.map((u: { username: string }) => u.username),
      ).toEqual(['wang.leader', 'chen.leader']);
      const escalated = ok(await escalate(blocker)).escalateBlocker as BlockerView;
      expect(escalated).toMatchObject({
        status: 'ESCALATED',
        version: 2,
        escalatedTo: { username: 'wang.leader' },
        responsibleLeader: { username: 'wang.leader' },
        escalationNote: '提请调度会协调',
      });
      expect(escalated.project.openBlockerCount).toBe(2);
      // The leader who took it on closes it, though he does not lead the project.
      const resolved = ok(
        await resolve(escalated, 'wang.leader', '调度会明确由县自然资源局专班办理，已办结'),
      ).resolveBlocker as BlockerView;
      expect(resolved).toMatchObject({
        status: 'RESOLVED',
        version: 3,
        resolvedBy: { username: 'wang.leader' },
        resolvedOn: today(),
        resolutionNote: '调度会明确由县自然资源局专班办理，已办结',
      });
      expect(resolved.project.openBlockerCount).toBe(1);

      const reopened = ok(await reopen(resolved)).reopenBlocker as BlockerView;
      expect(reopened).toMatchObject({
        status: 'OPEN',
        version: 4,
        reopenReason: '现场核查问题仍未解决',
        resolvedBy: null,
        resolvedOn: null,
        escalatedTo: null,
        responsibleLeader: { username: 'chen.leader' },
      });
      expect(reopened.project.openBlockerCount).toBe(2);
      const closedAgain = ok(await resolve(reopened, 'chen.leader')).resolveBlocker as BlockerView;
      expect(closedAgain).toMatchObject({ status: 'RESOLVED', version: 5 });

      const view = ok(await t.gql(PROJECT_BLOCKERS, { id: project.id }, 'zhao.supervisor')).project;
      expect(view.openBlockerCount).toBe(1);
      expect(view.blockers.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
        [second.id, 'OPEN'],
        [blocker.id, 'RESOLVED'],
      ]);

      const trail = await auditOf('Blocker', blocker.id);
      expect(trail.map((event) => [event.action, event.actorId, event.projectId])).toEqual([
        ['RAISE_BLOCKER', Number(userId(t, 'zhang.staff')), Number(project.id)],
        ['ESCALATE_BLOCKER', Number(userId(t, 'zhao.supervisor')), Number(project.id)],
        ['RESOLVE_BLOCKER', Number(userId(t, 'wang.leader')), Number(project.id)],
        ['REOPEN_BLOCKER', Number(userId(t, 'zhao.supervisor')), Number(project.id)],
        ['RESOLVE_BLOCKER', Number(userId(t, 'chen.leader')), Number(project.id)],
      ]);
      expect(trail[0].changes).toMatchObject({
        category: { before: null, after: '土地' },
        description: { before: null, after: '用地指标未落实' },
        status: { before: null, after: 'OPEN' },
      });
      expect(trail[1].changes).toEqual({
        status: { before: 'OPEN', after: 'ESCALATED' },
        escalationNote: { before: null, after: '提请调度会协调' },
        escalatedToId: { before: null, after: Number(userId(t, 'wang.leader')) },
      });
      expect(trail[2].changes).toMatchObject({
        status: { before: 'ESCALATED', after: 'RESOLVED' },
        resolvedById: { before: null, after: Number(userId(t, 'wang.leader')) },
      });
      expect(trail[3].changes).toMatchObject({
        status: { before: 'RESOLVED', after: 'OPEN' },
        reopenReason: { before: null, after: '现场核查问题仍未解决' },
        resolutionNote: { before: '调度会明确由县自然资源局专班办理，已办结', after: null },
      });
      // The project's own trail includes its blockers.
      const projectTrail = ok(
        await t.gql(
          `query ($id: ID!) { project(id: $id) { auditEvents { action entity } } }`,
          { id: project.id },
          'zhao.supervisor',
        ),
      ).project.auditEvents;
      expect(
        projectTrail.filter((event: { entity: string }) => event.entity === 'Blocker'),
      ).toHaveLength(6);
    });

    it('refuses steps the status does not allow, stale versions and bad input, changing nothing', async () => {
      const blocker = await raised({ projectId: luxi.id });
      expect(refused(await reopen(blocker), 'BAD_USER_INPUT').extensions?.fields).toEqual({
        status: '只有已销号的问题可以重新打开',
      });
      const escalated = ok(await escalate(blocker)).escalateBlocker as BlockerView;
      expect(refused(await escalate(escalated), 'BAD_USER_INPUT').extensions?.fields).toEqual({
        status: '只有办理中的问题可以提请领导协调',
      });
      // Someone else moved it on: the version we hold is stale.
      const conflict = refused(await resolve(blocker), 'CONFLICT');
      expect(conflict.extensions?.currentVersion).toBe(2);
      expect(
        refused(await resolve(escalated, 'zhang.staff', '  '), 'BAD_USER_INPUT').extensions?.fields,
      ).toEqual({ note: '销号说明不能为空' });
      expect(
        refused(await reopen({ ...escalated, version: 2 }, 'zhao.supervisor', ''), 'BAD_USER_INPUT')
          .extensions?.fields,
      ).toEqual({ status: '只有已销号的问题可以重新打开' });
      expect(
        badFields(
          await escalate(await raised({ projectId: luxi.id }), 'zhao.supervisor', 'liu.leader', ''),
        ),
      ).toEqual(['leaderId', 'note']);
      const resolved = ok(await resolve(escalated, 'chen.leader')).resolveBlocker as BlockerView;
      expect(
        refused(await resolve(resolved, 'chen.leader'), 'BAD_USER_INPUT').extensions?.fields,
      ).toEqual({ status: '该问题已销号' });
      expect(
        refused(await reopen(resolved, 'zhao.supervisor', ''), 'BAD_USER_INPUT').extensions?.fields,
      ).toEqual({ reason: '重新打开原因不能为空' });
    });

    it('checks what a blocker is raised with', async () => {
      const response = await raise({
        projectId: luxi.id,
        category: '环保',
        description: '',
        departmentId: '999999',
        dueOn: daysAgo(3),
        raisedOn: daysAhead(1),
      });
      const error = refused(response, 'BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual({
        category: '请选择有效的问题类别',
        description: '问题描述不能为空',
        departmentId: '责任部门不存在',
        raisedOn: '交办日期不能晚于今天',
        dueOn: '办结时限不能早于交办日期',
      });
      expect(error.message).toBe('请选择有效的问题类别');
      expect(
        refused(
          await raise({ projectId: luxi.id, raisedOn: daysAgo(2), dueOn: daysAgo(3) }),
          'BAD_USER_INPUT',
        ).extensions?.fields,
      ).toEqual({
        dueOn: '办结时限不能早于交办日期',
      });
      expect(badFields(await raise({ projectId: luxi.id, description: '长'.repeat(501) }))).toEqual(
        ['description'],
      );
      expect(badFields(await raise({ projectId: luxi.id, dueOn: '2026-02-30' }))).toEqual([
        'dueOn',
      ]);
    });
  });

  describe('roles and scope', () => {
    let blocker: BlockerView;
    beforeAll(async () => {
      blocker = await raised({ projectId: luxi.id, description: '供水管网未接入' });
    });

    it('lets only the project’s staff, its leader and admins raise', async () => {
      refused(await raise({ projectId: luxi.id }, 'zhao.supervisor'), 'FORBIDDEN');
      refused(await raise({ projectId: luxi.id }, 'wang.leader'), 'FORBIDDEN');
      // Out of the caller's subtree the project does not exist for them.
      refused(await raise({ projectId: luxi.id }, 'li.staff'), 'NOT_FOUND');
      refused(await raise({ projectId: luxi.id }, 'zhou.staff'), 'NOT_FOUND');
      ok(await raise({ projectId: luxi.id }, 'chen.leader'));
      ok(await raise({ projectId: luxi.id }, 'admin'));
    });

    it('lets supervisors escalate and reopen but not resolve; outsiders see nothing', async () => {
      const before = await fingerprint(t, [luxi.id]);
      refused(await resolve(blocker, 'zhao.supervisor'), 'FORBIDDEN');
      refused(await resolve(blocker, 'wang.leader'), 'FORBIDDEN');
      refused(await escalate(blocker, 'wang.leader'), 'FORBIDDEN');
      refused(await resolve(blocker, 'li.staff'), 'NOT_FOUND');
      refused(await escalate(blocker, 'liu.leader', 'liu.leader'), 'NOT_FOUND');
      refused(await reopen(blocker, 'sun.staff'), 'NOT_FOUND');
      refused(await resolve({ id: '999999', version: 1 }), 'NOT_FOUND');
      expect(await fingerprint(t, [luxi.id])).toEqual(before);
      expect(await auditOf('Blocker', blocker.id)).toHaveLength(1);
      // Reading follows the project's scope.
      const seenBy = async (as: string) =>
        ok(await t.gql(LIST, { filter: { projectId: luxi.id } }, as)).blockers.totalCount as number;
      expect(await seenBy('li.staff')).toBe(0);
      expect(await seenBy('zhao.supervisor')).toBeGreaterThan(0);
      expect(await seenBy('wang.leader')).toBe(await seenBy('admin'));
      refused(
        await t.gql(
          LIST,
          { filter: { orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id) } },
          'li.staff',
        ),
        'FORBIDDEN',
      );
      refused(
        await t.gql(
          SUMMARY,
          {
            from: daysAgo(10),
            to: today(),
            orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id),
          },
          'li.staff',
        ),
        'FORBIDDEN',
      );
      refused(await t.gql(LIST, {}), 'UNAUTHENTICATED');
    });

    it('refuses new blockers on a terminated project', async () => {
      const project = await signedProject();
      ok(
        await t.gql(
          `mutation ($id: ID!, $v: Int!) { terminateProject(id: $id, version: $v, reason: "投资方撤资") { id } }`,
          { id: project.id, v: project.version },
          'zhang.staff',
        ),
      );
      expect(
        refused(await raise({ projectId: project.id }), 'BAD_USER_INPUT').extensions?.fields,
      ).toEqual({ projectId: '已终止的项目不能交办问题' });
    });
  });

  describe('the overdue flag', () => {
    it('is not lit on the due day itself and turns RED the day after, until 销号', async () => {
      const project = await signedProject();
      const dueToday = await raised({
        projectId: project.id,
        raisedOn: daysAgo(5),
        dueOn: today(),
      });
      expect(dueToday).toMatchObject({ overdue: false, overdueDays: 0, ageDays: 5 });
      expect(
        dueToday.project.flags.find((flag) => flag.kind === 'BLOCKER_OVERDUE'),
      ).toBeUndefined();
      const redIds = async () =>
        ok(await t.gql(FLAGGED, {}, 'zhao.supervisor')).flaggedProjects.edges.map(
          (edge: { node: { id: string } }) => edge.node.id,
        ) as string[];
      expect(await redIds()).not.toContain(project.id);

      const dueYesterday = await raised({
        projectId: project.id,
        raisedOn: daysAgo(5),
        dueOn: daysAgo(1),
        departmentId: departments['发改委'],
        category: '审批',
      });
      expect(dueYesterday).toMatchObject({ overdue: true, overdueDays: 1 });
      expect(dueYesterday.project.flags.find((flag) => flag.kind === 'BLOCKER_OVERDUE')).toEqual({
        kind: 'BLOCKER_OVERDUE',
        level: 'RED',
        reason: '发改委 交办问题逾期 1 天',
        since: today(),
      });
      expect(await redIds()).toContain(project.id);
      expect(
        ok(
          await t.gql(LIST, { filter: { projectId: project.id, overdue: true } }, 'zhang.staff'),
        ).blockers.edges.map((e: { node: { id: string } }) => e.node.id),
      ).toEqual([dueYesterday.id]);

      const closed = ok(await resolve(dueYesterday)).resolveBlocker as BlockerView;
      expect(closed).toMatchObject({ overdue: false, overdueDays: 0 });
      expect(closed.project.flags.find((flag) => flag.kind === 'BLOCKER_OVERDUE')).toBeUndefined();
      expect(await redIds()).not.toContain(project.id);
      // Reopened, the same blocker is overdue again: the schedule follows every change.
      const again = ok(await reopen(closed)).reopenBlocker as BlockerView;
      expect(again.project.flags.find((flag) => flag.kind === 'BLOCKER_OVERDUE')?.level).toBe(
        'RED',
      );
      expect(await redIds()).toContain(project.id);
      expect((await getProject(t, project.id)).flags.map((flag) => flag.kind)).toContain(
        'BLOCKER_OVERDUE',
      );
    });
  });

  describe('the dispatch summary', () => {
    // An old period no other test writes into: every blocker here is raised 370–400 days ago.
    const from = daysAgo(400);
    const to = daysAgo(370);
    let luxiProject: ProjectView;

    beforeAll(async () => {
      luxiProject = await signedProject();
      const park = await signedProject({ orgUnit: 'luxi-park', as: 'zhou.staff' });
      const huayuan = await signedProject({ orgUnit: 'huayuan', as: 'li.staff' });
      const make = async (
        project: ProjectView,
        department: string,
        raisedAgo: number,
        end: 'open' | 'resolved' | 'overdue',
        as = 'zhang.staff',
      ) => {
        const dueOn = end === 'open' ? daysAhead(10) : daysAgo(raisedAgo - 20);
        const blocker = await raised(
          {
            projectId: project.id,
            departmentId: departments[department],
            raisedOn: daysAgo(raisedAgo),
            dueOn,
          },
          as,
        );
        if (end === 'resolved') ok(await resolve(blocker, as));
      };
      // 自然资源局: 4 in the period (3 销号, 1 open), 1 before it.
      await make(luxiProject, '自然资源局', 400, 'resolved');
      await make(luxiProject, '自然资源局', 390, 'resolved');
      await make(park, '自然资源局', 380, 'resolved', 'zhou.staff');
      await make(luxiProject, '自然资源局', 370, 'open');
      await make(luxiProject, '自然资源局', 401, 'open');
      // 发改委: 2 in the period, both open, one of them overdue; plus 1 in 花垣县.
      await make(luxiProject, '发改委', 395, 'open');
      await make(park, '发改委', 385, 'overdue', 'zhou.staff');
      await make(huayuan, '发改委', 375, 'resolved', 'li.staff');
      // 住建局: 1 raised and 销号. 供电公司: nothing raised.
      await make(luxiProject, '住建局', 372, 'resolved');
    });

    const summaryRows = async (as: string) => {
      const summary = ok(await t.gql(SUMMARY, { from, to }, as)).dispatchSummary;
      return [...summary.rows, summary.total].map((row: Record<string, unknown>) => [
        row.label,
        row.raised,
        row.resolved,
        row.resolutionRate,
        row.stillOpen,
        row.overdue,
      ]);
    };

    it('gives raised, 销号, 销号率 and still open per department for 泸溪县', async () => {
      //  department     raised  resolved  rate    still open  overdue
      expect(await summaryRows('chen.leader')).toEqual([
        ['自然资源局', 4, 3, 0.75, 1, 0],
        ['发改委', 2, 0, 0, 2, 1],
        ['住建局', 1, 1, 1, 0, 0],
        ['供电公司', 0, 0, null, 0, 0],
        ['合计', 7, 4, 4 / 7, 3, 1],
      ]);
    });

    it('counts the whole city for the city’s people, and only the park for the park', async () => {
      expect(await summaryRows('zhao.supervisor')).toEqual([
        ['自然资源局', 4, 3, 0.75, 1, 0],
        ['发改委', 3, 1, 1 / 3, 2, 1],
        ['住建局', 1, 1, 1, 0, 0],
        ['供电公司', 0, 0, null, 0, 0],
        ['合计', 8, 5, 5 / 8, 3, 1],
      ]);
      expect(await summaryRows('zhou.staff')).toEqual([
        ['自然资源局', 1, 1, 1, 0, 0],
        ['发改委', 1, 0, 0, 1, 1],
        ['住建局', 0, 0, null, 0, 0],
        ['供电公司', 0, 0, null, 0, 0],
        ['合计', 2, 1, 0.5, 1, 1],
      ]);
      expect(
        refused(await t.gql(SUMMARY, { from: to, to: from }, 'admin'), 'BAD_USER_INPUT').extensions
          ?.fields,
      ).toEqual({ to: '结束日期不能早于开始日期' });
    });

    it('filters and pages the open blockers, earliest due first', async () => {
      const all: { id: string; dueOn: string }[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: any = ok(
          await t.gql(
            LIST,
            { filter: { open: true, departmentId: departments['发改委'] }, first: 2, after },
            'zhao.supervisor',
          ),
        ).blockers;
        all.push(...page.edges.map((edge: { node: { id: string; dueOn: string } }) => edge.node));
        pages++;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const total = ok(
        await t.gql(
          LIST,
          { filter: { open: true, departmentId: departments['发改委'] } },
          'zhao.supervisor',
        ),
      ).blockers.totalCount;
      expect(all).toHaveLength(total);
      expect(pages).toBe(Math.ceil(total / 2));
      expect(new Set(all.map((b) => b.id)).size).toBe(total);
      expect(all.map((b) => b.dueOn)).toEqual([...all.map((b) => b.dueOn)].sort());
      const byLeader = ok(
        await t.gql(LIST, { filter: { leaderId: userId(t, 'liu.leader') } }, 'admin'),
      ).blockers;
      expect(
        byLeader.edges.map((e: { node: { project: { id: string } } }) => e.node.project.id),
      ).toEqual([expect.any(String)]);
      refused(await t.gql(LIST, { after: 'bogus' }, 'admin'), 'BAD_USER_INPUT');
    });

    it('exports the sheet as Excel in the caller’s scope, with Chinese headers and a frozen header row', async () => {
      const download = async (as?: string, query = '') =>
        fetch(`${t.url}/export/dispatch.xlsx?from=${from}&to=${to}${query}`, {
          headers: as ? { authorization: `Bearer ${await t.tokenFor(as)}` } : {},
        });
      expect((await download()).status).toBe(401);
      expect(
        (await download('li.staff', `&orgUnitId=${t.accounts.orgUnits.get('luxi')!.id}`)).status,
      ).toBe(403);
      const response = await download('chen.leader');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const [open, summary] = workbook.worksheets;
      expect(open.name).toBe('交办问题调度表');
      expect(open.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect((open.getRow(1).values as unknown[]).slice(1)).toEqual([
        '序号',
        '责任领导',
        '责任部门',
        '项目编号',
        '项目名称',
        '县市区',
        '问题类别',
        '问题描述',
        '交办日期',
        '办结时限',
        '已交办天数',
        '逾期天数',
        '状态',
      ]);
      const lines = open.getSheetValues().slice(2) as unknown[][];
      const expected = ok(await t.gql(LIST, { filter: { open: true }, first: 500 }, 'chen.leader'))
        .blockers.totalCount;
      expect(lines).toHaveLength(expected);
      expect(lines.every((line) => ['泸溪县', '泸溪高新区'].includes(line[6] as string))).toBe(
        true,
      );
      const overdueDays = lines.map((line) => line[12] as number);
      // Overdue first: the most overdue at the top, the not-yet-due at the bottom.
      expect(overdueDays).toEqual([...overdueDays].sort((a, b) => b - a));
      expect(overdueDays[0]).toBeGreaterThan(0);
      expect(summary.name).toBe('部门销号情况');
      expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(
        summary
          .getSheetValues()
          .slice(1, 7)
          .map((row) => (row as unknown[]).slice(1)),
      ).toEqual([
        ['责任部门', '交办数', '已销号', '销号率', '未销号', '其中逾期'],
        ['自然资源局', 4, 3, 0.75, 1, 0],
        ['发改委', 2, 0, 0, 2, 1],
        ['住建局', 1, 1, 1, 0, 0],
        ['供电公司', 0, 0, undefined, 0, 0],
        ['合计', 7, 4, 4 / 7, 3, 1],
      ]);
    });
  });

  describe('loading', () => {
    it('reads open counts and flags of a page of blockers in a constant number of statements', async () => {
      const query = `query ($first: Int) { blockers(first: $first) { edges { node { id department { name } raisedBy { name }
        responsibleLeader { name } project { id name openBlockerCount blockers { id } flags { kind } leader { name } escalationLeaders { name } } } } } }`;
      const statementsFor = async (first: number) => {
        let count = 0;
        const original = t.dataSource.logger;
        (t.dataSource as any).logger = {
          logQuery: () => count++,
          logQueryError() {},
          logQuerySlow() {},
          logSchemaBuild() {},
          logMigration() {},
          log() {},
        };
        try {
          const edges = ok(await t.gql(query, { first }, 'admin')).blockers.edges;
          return { count, rows: edges.length };
        } finally {
          (t.dataSource as any).logger = original;
        }
      };
      await statementsFor(2);
      const few = await statementsFor(2);
      const many = await statementsFor(40);
      expect(many.rows).toBeGreaterThan(10);
      expect(few.count).toBeGreaterThan(0);
      expect(many.count).toBe(few.count);
    });
  });
});
