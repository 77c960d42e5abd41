import { startTestApp, type TestApp } from '../support/test-app';
import {
  CREATE_USER,
  advance,
  auditEventsOf,
  badFields,
  createChains,
  createProject,
  daysAgo,
  daysAhead,
  fingerprint,
  flagOf,
  getProject,
  ok,
  orgUnitId,
  refused,
  today,
} from '../support/pipeline-fixtures';

const NOTICE = `id status demand dueOn version reply returnReason returnCount closingNote daysOverdue
  project { id name } issuedBy { username } repliedBy { username } closedBy { username } answerer { username }`;
const ISSUE = `mutation ($projectId: ID!, $input: IssueSupervisionInput!) { issueSupervision(projectId: $projectId, input: $input) { ${NOTICE} } }`;
const REPLY = `mutation ($id: ID!, $version: Int!, $reply: String!) { replySupervision(id: $id, version: $version, reply: $reply) { ${NOTICE} } }`;
const CLOSE = `mutation ($id: ID!, $version: Int!, $note: String) { closeSupervision(id: $id, version: $version, note: $note) { ${NOTICE} } }`;
const SEND_BACK = `mutation ($id: ID!, $version: Int!, $input: ReturnSupervisionInput!) { returnSupervision(id: $id, version: $version, input: $input) { ${NOTICE} } }`;
const LIST = `query ($status: SupervisionStatus, $projectId: ID, $mine: Boolean, $awaitingReply: Boolean) {
  supervisions(status: $status, projectId: $projectId, mine: $mine, awaitingReply: $awaitingReply) { ${NOTICE} } }`;

type Notice = {
  id: string;
  status: string;
  version: number;
  dueOn: string;
  daysOverdue: number | null;
  [key: string]: any;
};

describe('督办 supervisions', () => {
  let t: TestApp;
  let chainId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: chainId }] = await createChains(t);
    ok(
      await t.gql(
        CREATE_USER,
        {
          input: {
            username: 'huayuan.supervisor',
            name: '花垣督查',
            role: 'SUPERVISOR',
            orgUnitId: orgUnitId(t, 'huayuan'),
            password: 'Huayuan-check-2026',
          },
        },
        'admin',
      ),
    );
    t.usePassword('huayuan.supervisor', 'Huayuan-check-2026');
  });
  afterAll(() => t.close());

  const signedProject = async () => advance(t, await createProject(t, { chainId }), 'SIGNED');
  const issue = async (
    projectId: string,
    input = { demand: '说明签约后资金未到位的原因并提出整改时限', dueOn: daysAhead(10) },
    as = 'zhao.supervisor',
  ) => t.gql(ISSUE, { projectId, input }, as);
  const issued = async (projectId: string, dueOn = daysAhead(10)) =>
    ok(await issue(projectId, { demand: '限期说明推进情况', dueOn })).issueSupervision as Notice;

  it('runs issue → reply → send back → reply → close, each step audited', async () => {
    const project = await signedProject();
    const notice = await issued(project.id);
    expect(notice).toMatchObject({
      status: 'ISSUED',
      version: 1,
      issuedBy: { username: 'zhao.supervisor' },
      answerer: { username: 'chen.leader' },
    });

    const inbox = ok(await t.gql(LIST, { mine: true }, 'chen.leader')).supervisions as Notice[];
    expect(inbox.map((n) => n.id)).toContain(notice.id);
    expect(
      (ok(await t.gql(LIST, { mine: true }, 'wang.leader')).supervisions as Notice[]).map(
        (n) => n.id,
      ),
    ).not.toContain(notice.id);

    const replied = ok(
      await t.gql(
        REPLY,
        { id: notice.id, version: 1, reply: '已约谈投资方，首笔资金月底前到位' },
        'chen.leader',
      ),
    ).replySupervision as Notice;
    expect(replied).toMatchObject({
      status: 'REPLIED',
      version: 2,
      repliedBy: { username: 'chen.leader' },
    });

    const newDue = daysAhead(20);
    const sentBack = ok(
      await t.gql(
        SEND_BACK,
        { id: notice.id, version: 2, input: { reason: '请附银行进账凭证', dueOn: newDue } },
        'zhao.supervisor',
      ),
    ).returnSupervision as Notice;
    expect(sentBack).toMatchObject({
      status: 'RETURNED',
      returnCount: 1,
      returnReason: '请附银行进账凭证',
      dueOn: newDue,
    });

    const again = ok(
      await t.gql(REPLY, { id: notice.id, version: 3, reply: '进账凭证已上传' }, 'chen.leader'),
    ).replySupervision as Notice;
    const closed = ok(
      await t.gql(
        CLOSE,
        { id: notice.id, version: again.version, note: '资金已核实到位' },
        'zhao.supervisor',
      ),
    ).closeSupervision as Notice;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closingNote: '资金已核实到位',
      closedBy: { username: 'zhao.supervisor' },
    });

    const audit = await auditEventsOf(t, 'Supervision', notice.id);
    expect(audit.map((event) => event.action)).toEqual([
      'ISSUE_SUPERVISION',
      'REPLY_SUPERVISION',
      'RETURN_SUPERVISION',
      'REPLY_SUPERVISION',
      'CLOSE_SUPERVISION',
    ]);
    expect(audit[2].changes).toEqual({
      status: { before: 'REPLIED', after: 'RETURNED' },
      returnReason: { before: null, after: '请附银行进账凭证' },
      dueOn: { before: notice.dueOn, after: newDue },
    });
    const history = ok(
      await t.gql(
        `query ($id: ID!) { project(id: $id) { auditEvents { action entity } supervisions { id status } } }`,
        { id: project.id },
        'admin',
      ),
    ).project;
    expect(history.supervisions).toEqual([{ id: notice.id, status: 'CLOSED' }]);
    expect(
      history.auditEvents.filter((e: { entity: string }) => e.entity === 'Supervision'),
    ).toHaveLength(5);
  });

  it('lets only supervisors issue, close and send back, and only the answerer reply', async () => {
    const project = await signedProject();
    for (const as of ['zhang.staff', 'chen.leader', 'admin'])
      refused(await issue(project.id, undefined, as), 'FORBIDDEN');
    const notice = await issued(project.id);
    for (const as of ['zhang.staff', 'wang.leader', 'zhao.supervisor']) {
      refused(
        await t.gql(REPLY, { id: notice.id, version: 1, reply: '代为回复' }, as),
        'FORBIDDEN',
      );
    }
    const replied = ok(
      await t.gql(REPLY, { id: notice.id, version: 1, reply: '正在推进' }, 'chen.leader'),
    ).replySupervision as Notice;
    refused(
      await t.gql(CLOSE, { id: notice.id, version: replied.version }, 'chen.leader'),
      'FORBIDDEN',
    );
    refused(
      await t.gql(
        SEND_BACK,
        { id: notice.id, version: replied.version, input: { reason: '不行' } },
        'zhang.staff',
      ),
      'FORBIDDEN',
    );
  });

  it('lists awaited answers first by deadline, then the rest newest first', async () => {
    const project = await signedProject();
    const later = await issued(project.id, daysAhead(30));
    const sooner = await issued(project.id, daysAhead(5));
    const answered = await issued(project.id, daysAhead(1));
    ok(await t.gql(REPLY, { id: answered.id, version: 1, reply: '已处理' }, 'chen.leader'));
    const closedFirst = await issued(project.id, daysAhead(2));
    const replied = ok(
      await t.gql(REPLY, { id: closedFirst.id, version: 1, reply: '已整改' }, 'chen.leader'),
    ).replySupervision as Notice;
    ok(await t.gql(CLOSE, { id: closedFirst.id, version: replied.version }, 'zhao.supervisor'));
    const listed = ok(await t.gql(LIST, { projectId: project.id }, 'zhao.supervisor'))
      .supervisions as Notice[];
    expect(listed.map((n) => n.id)).toEqual([sooner.id, later.id, closedFirst.id, answered.id]);
  });

  it('has the 挂钩专员 answer while a project has no leader yet', async () => {
    const negotiating = await createProject(t, { chainId });
    const notice = await issued(negotiating.id);
    expect(notice.answerer.username).toBe('zhang.staff');
    ok(await t.gql(REPLY, { id: notice.id, version: 1, reply: '下周再次拜访' }, 'zhang.staff'));
  });

  it('keeps notices within the supervisor’s scope', async () => {
    const luxiProject = await signedProject();
    const before = await fingerprint(t, [luxiProject.id]);
    refused(await issue(luxiProject.id, undefined, 'huayuan.supervisor'), 'NOT_FOUND');
    const notice = await issued(luxiProject.id);
    expect(
      (ok(await t.gql(LIST, {}, 'huayuan.supervisor')).supervisions as Notice[]).map((n) => n.id),
    ).not.toContain(notice.id);
    expect(
      (ok(await t.gql(LIST, {}, 'li.staff')).supervisions as Notice[]).map((n) => n.id),
    ).not.toContain(notice.id);
    expect(
      (ok(await t.gql(LIST, {}, 'zhang.staff')).supervisions as Notice[]).map((n) => n.id),
    ).toContain(notice.id);
    const replied = ok(
      await t.gql(REPLY, { id: notice.id, version: 1, reply: '已整改' }, 'chen.leader'),
    ).replySupervision as Notice;
    refused(
      await t.gql(CLOSE, { id: notice.id, version: replied.version }, 'huayuan.supervisor'),
      'NOT_FOUND',
    );
    expect((await fingerprint(t, [luxiProject.id]))['project ' + luxiProject.id]).toEqual(
      before['project ' + luxiProject.id],
    );
  });

  it('names each bad field and writes nothing', async () => {
    const project = await signedProject();
    const before = await fingerprint(t, [project.id]);
    const rows = async () =>
      Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM supervision'))[0].n);
    const count = await rows();
    expect(badFields(await issue(project.id, { demand: '   ', dueOn: daysAgo(1) }))).toEqual([
      'demand',
      'dueOn',
    ]);
    expect(
      badFields(await issue(project.id, { demand: '督'.repeat(501), dueOn: daysAhead(400) })),
    ).toEqual(['demand', 'dueOn']);
    const notice = await issued(project.id);
    expect(
      badFields(await t.gql(REPLY, { id: notice.id, version: 1, reply: '' }, 'chen.leader')),
    ).toEqual(['reply']);
    expect(badFields(await t.gql(CLOSE, { id: notice.id, version: 1 }, 'zhao.supervisor'))).toEqual(
      ['id'],
    );
    expect(
      badFields(
        await t.gql(
          SEND_BACK,
          { id: notice.id, version: 1, input: { reason: '' } },
          'zhao.supervisor',
        ),
      ),
    ).toEqual(['id', 'reason']);
    expect(await rows()).toBe(count + 1);
    expect((await fingerprint(t, [project.id]))['project ' + project.id]).toEqual(
      before['project ' + project.id],
    );
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const project = await signedProject();
    const notice = await issued(project.id);
    ok(await t.gql(REPLY, { id: notice.id, version: 1, reply: '第一次回复' }, 'chen.leader'));
    refused(await t.gql(CLOSE, { id: notice.id, version: 1 }, 'zhao.supervisor'), 'CONFLICT');
    const [row] = ok(await t.gql(LIST, { projectId: project.id }, 'zhao.supervisor'))
      .supervisions as Notice[];
    expect(row).toMatchObject({ status: 'REPLIED', version: 2, reply: '第一次回复' });
  });

  describe('SUPERVISION_OVERDUE 督办逾期', () => {
    const setDue = (id: string, dueOn: string) =>
      t.dataSource.query('UPDATE supervision SET dueOn = ? WHERE id = ?', [dueOn, Number(id)]);
    const flagged = async (projectId: string) => {
      const connection = ok(
        await t.gql(
          `{ flaggedProjects(filter: { flag: SUPERVISION_OVERDUE }, first: 200) { edges { node { id } } } }`,
          {},
          'zhao.supervisor',
        ),
      );
      return connection.flaggedProjects.edges.some(
        (edge: { node: { id: string } }) => edge.node.id === projectId,
      );
    };

    it('turns red the day after the deadline while no answer is given, and goes out with the answer', async () => {
      const project = await signedProject();
      const notice = await issued(project.id, today());
      expect(flagOf(await getProject(t, project.id), 'SUPERVISION_OVERDUE')).toBeUndefined();

      // The card reads the notices live; the stored schedule follows the next write.
      await setDue(notice.id, daysAgo(1));
      expect(flagOf(await getProject(t, project.id), 'SUPERVISION_OVERDUE')).toEqual(
        expect.objectContaining({ level: 'RED', reason: '督办事项逾期 1 天未回复' }),
      );
      expect(
        (
          ok(await t.gql(LIST, { projectId: project.id }, 'zhao.supervisor'))
            .supervisions as Notice[]
        )[0].daysOverdue,
      ).toBe(1);

      ok(await t.gql(REPLY, { id: notice.id, version: 1, reply: '已回复' }, 'chen.leader'));
      expect(flagOf(await getProject(t, project.id), 'SUPERVISION_OVERDUE')).toBeUndefined();
      expect(await flagged(project.id)).toBe(false);
    });

    it('is found by flaggedProjects once issued with a deadline already past in the stored schedule', async () => {
      const project = await signedProject();
      const notice = await issued(project.id, today());
      await setDue(notice.id, daysAgo(3));
      expect(await flagged(project.id)).toBe(false);
      // A later write (an answer sent back re-opens it) rewrites the schedule from the rows.
      const replied = ok(
        await t.gql(REPLY, { id: notice.id, version: 1, reply: '处理中' }, 'chen.leader'),
      ).replySupervision as Notice;
      ok(
        await t.gql(
          SEND_BACK,
          { id: notice.id, version: replied.version, input: { reason: '未说明时限' } },
          'zhao.supervisor',
        ),
      );
      expect(await flagged(project.id)).toBe(true);
      expect(flagOf(await getProject(t, project.id), 'SUPERVISION_OVERDUE')?.reason).toBe(
        '督办事项逾期 3 天未回复',
      );
    });
  });
});
