import { todayIso } from '@luodi/domain';
import { ProjectFlag } from '../../server/src/modules/projects/entities/project-flag.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { recomputeDerived } from '../../server/src/modules/projects/recompute';
import { insertCases } from '../support/bulk-projects';
import { flagCases } from '../support/flag-cases';
import { startTestApp, type TestApp } from '../support/test-app';
import { measure } from './percentiles';

const PROJECTS = 10_000;
const RUNS = 50;

// What a supervisors' list shows per row.
const FLAGGED = `query ($level: FlagLevel, $filter: ProjectFilter) {
  flaggedProjects(level: $level, filter: $filter, first: 50) {
    totalCount
    edges { node { id code name stage daysInStage contractedInvestment arrivedInvestment
      leader { name } owner { name } orgUnit { name } flags { kind level reason } } }
    pageInfo { hasNextPage endCursor } } }`;
// The same page without the per-row fields: what the SQL over project_flag costs on its own.
const FLAGGED_IDS = `query ($level: FlagLevel, $filter: ProjectFilter) {
  flaggedProjects(level: $level, filter: $filter, first: 50) { totalCount edges { node { id } } } }`;

/**
 * p50/p95 of the first page of flaggedProjects over 10,000 projects (SQLite, or MySQL with
 * DATABASE_URL): the threshold cases of the agreement test plus random ones, inserted in bulk,
 * with their flag rows and standings written by the server's own recompute.
 */
describe('flaggedProjects benchmark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('measures the first page of 50, with and without level and kind filters', async () => {
    const today = todayIso();
    const started = Date.now();
    const cases = flagCases(today, PROJECTS, 4242);
    await insertCases(t.dataSource, t.accounts, cases, today, 'XM-B');
    // The flag rows, their calendar and each project's standing, as the server writes them.
    await recomputeDerived(t.dataSource, t.app.get(FlagsService));
    const projects = await t.dataSource.getRepository(Project).count();
    const schedules = await t.dataSource.getRepository(ProjectFlag).count();
    process.stdout.write(
      `\nengine: ${t.engine}, projects: ${projects}, flag schedules: ${schedules}, written in ${Date.now() - started} ms\n`,
    );

    const run =
      (variables: Record<string, unknown>, as = 'zhao.supervisor', query = FLAGGED) =>
      async () => {
        const response = await t.gql(query, variables, as);
        if (!response.data) throw new Error(JSON.stringify(response.errors));
        return response.data.flaggedProjects.totalCount as number;
      };
    const scenarios: [string, Record<string, unknown>, string?][] = [
      ['all flagged (city supervisor)', {}],
      ['level RED', { level: 'RED' }],
      ['level YELLOW', { level: 'YELLOW' }],
      ['kind FAKE_PROJECT', { filter: { flag: 'FAKE_PROJECT' } }],
      ['level RED + kind STALLED', { level: 'RED', filter: { flag: 'STALLED' } }],
      ['kind LOW_LAND_YIELD (yellow only)', { filter: { flag: 'LOW_LAND_YIELD' } }],
      ['all flagged (county staff, 泸溪县)', {}, 'zhang.staff'],
    ];
    for (const [label, variables, as] of scenarios) {
      const total = await run(variables, as)();
      await measure(`${label} [${total} flagged]`, RUNS, run(variables, as));
    }
    await measure(
      'all flagged, ids only (the SQL alone)',
      RUNS,
      run({}, 'zhao.supervisor', FLAGGED_IDS),
    );
    await measure(
      'level RED, ids only',
      RUNS,
      run({ level: 'RED' }, 'zhao.supervisor', FLAGGED_IDS),
    );

    // The spreadsheets read the same queries, a whole list at a time.
    const token = await t.tokenFor('zhao.supervisor');
    const download = (path: string) => async () => {
      const response = await fetch(`${t.url}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.arrayBuffer();
    };
    await measure('GET /export/flagged.xlsx (whole list)', 3, download('/export/flagged.xlsx'));
    await measure('GET /export/projects.xlsx (10,000 rows)', 3, download('/export/projects.xlsx'));
  });
});
