import { todayIso } from '@luodi/domain';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { seedDemoProjects } from '../../server/src/seed/demo-projects';
import { startTestApp, type TestApp } from '../support/test-app';
import { measure } from './percentiles';

const BOARD = `query ($filter: ProjectFilter) { board(filter: $filter) { columns { stage totalCount totalContracted
  projects(first: 20) { edges { node { id name version daysInStage contractedInvestment arrivedInvestment
    investor { name } owner { name } leader { name } flags { kind level reason } } } pageInfo { hasNextPage endCursor } } } } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $to: Stage!, $evidence: StageEvidenceInput, $reason: String) {
  moveProject(id: $id, version: $version, toStage: $to, evidence: $evidence, reason: $reason) { id version stage } }`;

/** p50/p95 of `board` and `moveProject` on the demo data (SQLite, or MySQL with DATABASE_URL). */
describe('pipeline benchmark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction((manager) => seedDemoProjects(manager, t.accounts, todayIso()));
  });
  afterAll(() => t.close());

  it('measures board and moveProject', async () => {
    process.stdout.write(
      `\nengine: ${t.engine}, projects: ${await t.dataSource.getRepository(Project).count()}\n`,
    );
    await t.gql(BOARD, {}, 'wang.leader');
    await measure('board (city leader, all columns, 20 cards each)', 200, () =>
      t.gql(BOARD, {}, 'wang.leader'),
    );
    await measure('board filtered by flag FAKE_PROJECT', 100, () =>
      t.gql(BOARD, { filter: { flag: 'FAKE_PROJECT' } }, 'wang.leader'),
    );

    const card = await t.dataSource.getRepository(Project).findOneByOrFail({
      stage: 'NEGOTIATING',
      ownerId: t.accounts.users.get('zhang.staff')!.id,
      status: 'ACTIVE',
    });
    const today = todayIso();
    const evidence = {
      signedOn: today,
      contractNo: 'BENCH-001',
      contractedInvestment: 12000,
      leaderId: String(t.accounts.users.get('wang.leader')!.id),
      plannedStartOn: today,
      plannedOperatingOn: today,
    };
    let version = card.version;
    await measure('moveProject (forward 在谈→签约 / correction back)', 200, async (i) => {
      const forward = i % 2 === 0;
      const result = await t.gql(
        MOVE,
        forward
          ? { id: String(card.id), version, to: 'SIGNED', evidence }
          : { id: String(card.id), version, to: 'NEGOTIATING', reason: '基准测试回退' },
        forward ? 'zhang.staff' : 'zhao.supervisor',
      );
      if (!result.data?.moveProject) throw new Error(JSON.stringify(result.errors));
      version = result.data.moveProject.version;
    });
  });
});
