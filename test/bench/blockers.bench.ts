import { addDays, BLOCKER_CATEGORIES, todayIso } from '@luodi/domain';
import { Blocker } from '../../server/src/modules/blockers/entities/blocker.entity';
import { Department } from '../../server/src/modules/blockers/entities/department.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { seedDemoBlockers } from '../../server/src/seed/demo-blockers';
import { seedDemoProjects } from '../../server/src/seed/demo-projects';
import { startTestApp, type TestApp } from '../support/test-app';
import { measure } from './percentiles';

const BLOCKERS = 2000;

const OPEN_PAGE = `query { blockers(filter: { open: true }, first: 50) { totalCount edges { node {
  id overdue overdueDays ageDays department { name } responsibleLeader { name }
  project { id name openBlockerCount flags { kind level } orgUnit { name } } } } } }`;
const DISPATCH_ALL = `query ($after: String) { blockers(filter: { open: true }, first: 500, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id category description dueOn overdueDays ageDays
  department { name } responsibleLeader { name } project { code name orgUnit { name } } } } } }`;
const SUMMARY = `query ($from: Date!, $to: Date!) { dispatchSummary(from: $from, to: $to) { rows { key raised resolved resolutionRate stillOpen } total { raised } } }`;
const BOARD = `query { board { columns { stage projects(first: 50) { edges { node { id openBlockerCount flags { kind level } } } } } } }`;
const RAISE = `mutation ($input: RaiseBlockerInput!) { raiseBlocker(input: $input) { id version } }`;
const RESOLVE = `mutation ($id: ID!, $version: Int!) { resolveBlocker(id: $id, version: $version, note: "已办结") { id } }`;

/** 交办问题 with 2,000 blockers on the demo city: list, 调度 sheet, summary, export, writes. */
describe('blockers benchmark', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const today = todayIso();
    await t.dataSource.transaction(async (manager) => {
      await seedDemoProjects(manager, t.accounts, today);
      await seedDemoBlockers(manager, t.accounts, today);
    });
    const projects = await t.dataSource.getRepository(Project).findBy({ status: 'ACTIVE' });
    const departments = await t.dataSource.getRepository(Department).find();
    const started = Date.now();
    const rows = Array.from({ length: BLOCKERS }, (_, n) => {
      const project = projects[n % projects.length];
      const raisedOn = addDays(today, -(n % 365));
      const status = n % 3 === 0 ? 'RESOLVED' : n % 7 === 0 ? 'ESCALATED' : 'OPEN';
      const at = new Date();
      return {
        projectId: project.id,
        category: BLOCKER_CATEGORIES[n % BLOCKER_CATEGORIES.length],
        description: `基准测试问题 ${n}`,
        departmentId: departments[n % departments.length].id,
        raisedById: project.ownerId,
        raisedOn,
        dueOn: addDays(raisedOn, 10 + (n % 60)),
        status,
        resolutionNote: status === 'RESOLVED' ? '已办结' : null,
        resolvedById: status === 'RESOLVED' ? project.ownerId : null,
        resolvedAt: status === 'RESOLVED' ? at : null,
        resolvedOn: status === 'RESOLVED' ? today : null,
        escalationNote: status === 'ESCALATED' ? '提请调度' : null,
        escalatedToId: status === 'ESCALATED' ? t.accounts.users.get('wang.leader')!.id : null,
        escalatedAt: status === 'ESCALATED' ? at : null,
        reopenReason: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
    });
    for (let i = 0; i < rows.length; i += 200)
      await t.dataSource.getRepository(Blocker).insert(rows.slice(i, i + 200));
    await t.app.get(FlagsService).refresh(
      t.dataSource.manager,
      projects.map((p) => p.id),
    );
    process.stdout.write(
      `[${t.engine}] ${BLOCKERS} blockers on ${projects.length} projects inserted and flags refreshed in ${Date.now() - started} ms\n`,
    );
  });
  afterAll(() => t.close());

  it('prints the timings', async () => {
    const ok = async (query: string, variables: Record<string, unknown>, as: string) => {
      const response = await t.gql(query, variables, as);
      if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
      return response.data;
    };
    await ok(OPEN_PAGE, {}, 'admin');
    await measure(`[${t.engine}] blockers(open, first 50) + cards`, 20, () =>
      ok(OPEN_PAGE, {}, 'admin'),
    );
    await measure(`[${t.engine}] 调度 sheet: every open blocker`, 10, async () => {
      let after: string | null = null;
      do {
        const page: any = (await ok(DISPATCH_ALL, { after }, 'zhao.supervisor')).blockers;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    });
    const from = addDays(todayIso(), -365);
    await measure(`[${t.engine}] dispatchSummary (a year)`, 20, () =>
      ok(SUMMARY, { from, to: todayIso() }, 'zhao.supervisor'),
    );
    const token = await t.tokenFor('zhao.supervisor');
    await measure(`[${t.engine}] GET /export/dispatch.xlsx`, 5, async () => {
      const response = await fetch(`${t.url}/export/dispatch.xlsx?from=${from}&to=${todayIso()}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status !== 200) throw new Error(`export answered ${response.status}`);
      await response.arrayBuffer();
    });
    await measure(`[${t.engine}] board (first 50 per column) with counts`, 10, () =>
      ok(BOARD, {}, 'admin'),
    );
    const project = await t.dataSource
      .getRepository(Project)
      .findOneByOrFail({ name: '馥郁香型白酒原酒基酒储备库项目' });
    const department = await t.dataSource
      .getRepository(Department)
      .findOneByOrFail({ name: '自然资源局' });
    await measure(`[${t.engine}] raiseBlocker + resolveBlocker`, 20, async () => {
      const { raiseBlocker } = await ok(
        RAISE,
        {
          input: {
            projectId: String(project.id),
            category: '土地',
            description: '基准写入',
            departmentId: String(department.id),
            dueOn: addDays(todayIso(), 5),
          },
        },
        'zhang.staff',
      );
      await ok(RESOLVE, { id: raiseBlocker.id, version: raiseBlocker.version }, 'zhang.staff');
    });
  });
});
