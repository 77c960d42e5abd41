import { addDays, flagSchedules, flagStanding, todayIso } from '@luodi/domain';
import type { DataSource } from 'typeorm';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { recomputeDerived } from '../../server/src/modules/projects/recompute';
import { growProvince } from '../bench/province';
import { startTestApp, type TestApp } from '../support/test-app';

const cents = (value: unknown) => Math.round(Number(value ?? 0) * 100);

/** Every derived figure compared with the same figure computed from the source rows. */
async function mismatches(dataSource: DataSource, flags: FlagsService): Promise<string[]> {
  const found: string[] = [];
  const tally = new Map<string, string>(
    (
      await dataSource.query(
        'SELECT orgUnitId, chainId, stage, status, projects, contracted, planned FROM project_tally WHERE projects <> 0',
      )
    ).map((r: Record<string, unknown>) => [
      `${r.orgUnitId}/${r.chainId}/${r.stage}/${r.status}`,
      `${Number(r.projects)} ${cents(r.contracted)} ${cents(r.planned)}`,
    ]),
  );
  const fromProjects = await dataSource.query(
    `SELECT orgUnitId, chainId, stage, status, COUNT(*) AS projects,
       SUM(contractedInvestment) AS contracted, SUM(plannedInvestment) AS planned
     FROM project GROUP BY orgUnitId, chainId, stage, status`,
  );
  for (const r of fromProjects) {
    const key = `${r.orgUnitId}/${r.chainId}/${r.stage}/${r.status}`;
    const expected = `${Number(r.projects)} ${cents(r.contracted)} ${cents(r.planned)}`;
    if (tally.get(key) !== expected) found.push(`tally ${key}: ${tally.get(key)} ≠ ${expected}`);
    tally.delete(key);
  }
  for (const [key, value] of tally) found.push(`tally ${key}: ${value} has no projects`);

  const calendar = new Map<string, string>();
  for (const r of await dataSource.query('SELECT * FROM flag_calendar'))
    if (Number(r.yellowStarts) || Number(r.redStarts) || Number(r.bothStarts))
      calendar.set(
        `${r.orgUnitId}/${r.kind}/${r.month}`,
        `${Number(r.yellowStarts)} ${Number(r.redStarts)} ${Number(r.bothStarts)}`,
      );
  const fromFlags = new Map<string, number[]>();
  for (const f of await dataSource.query(
    'SELECT orgUnitId, kind, yellowOn, redOn FROM project_flag',
  )) {
    const day = (d: unknown) => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 7);
    const count = (date: unknown, column: number) => {
      if (date === null) return;
      const key = `${f.orgUnitId}/${f.kind}/${day(date)}`;
      const counts = fromFlags.get(key) ?? [0, 0, 0];
      counts[column] += 1;
      fromFlags.set(key, counts);
    };
    count(f.yellowOn, 0);
    count(f.redOn, 1);
    if (f.yellowOn !== null && f.redOn !== null)
      count(String(f.yellowOn) > String(f.redOn) ? f.yellowOn : f.redOn, 2);
  }
  for (const [key, counts] of fromFlags) {
    if (calendar.get(key) !== counts.join(' '))
      found.push(`flag calendar ${key}: ${calendar.get(key)} ≠ ${counts.join(' ')}`);
    calendar.delete(key);
  }
  for (const [key, value] of calendar) found.push(`flag calendar ${key}: ${value} has no flags`);

  const sums = await dataSource.query(
    `SELECT p.id, p.arrivedInvestment, p.arrivedVerified,
       (SELECT SUM(a.amount) FROM capital_arrival a WHERE a.projectId = p.id AND a.rejected = 0) AS arrived,
       (SELECT SUM(a.amount) FROM capital_arrival a WHERE a.projectId = p.id AND a.verified = 1 AND a.rejected = 0) AS verified
     FROM project p`,
  );
  for (const r of sums) {
    if (
      cents(r.arrivedInvestment) !== cents(r.arrived) ||
      cents(r.arrivedVerified) !== cents(r.verified)
    )
      found.push(
        `arrivals of #${r.id}: ${r.arrivedInvestment}/${r.arrivedVerified} ≠ ${r.arrived}/${r.verified}`,
      );
  }

  for (const r of await dataSource.query(
    `SELECT p.id, p.searchText, p.name, p.code, i.name AS investorName
     FROM project p JOIN investor i ON i.id = p.investorId`,
  ))
    if (r.searchText !== `${r.name} ${r.code} ${r.investorName}`)
      found.push(`search text of #${r.id}: ${r.searchText}`);

  const projects = await dataSource.getRepository(Project).find({ order: { id: 'ASC' } });
  const related = await flags.relatedFacts(projects);
  const thresholds = await flags.thresholds();
  const stored = new Map<number, string[]>();
  for (const row of await dataSource.query(
    'SELECT projectId, kind, yellowOn, redOn, orgUnitId FROM project_flag',
  ))
    stored.set(Number(row.projectId), [
      ...(stored.get(Number(row.projectId)) ?? []),
      `${row.kind} ${row.yellowOn} ${row.redOn} ${row.orgUnitId}`,
    ]);
  const today = todayIso();
  for (const project of projects) {
    const schedules = flagSchedules(flags.factsOf(project, related.get(project.id)!), thresholds);
    const expected = schedules.map(
      (s) => `${s.kind} ${s.yellowOn} ${s.redOn} ${project.orgUnitId}`,
    );
    const actual = stored.get(project.id) ?? [];
    if (JSON.stringify(actual.sort()) !== JSON.stringify(expected.sort()))
      found.push(`flags of #${project.id}: ${actual.join('; ')} ≠ ${expected.join('; ')}`);
    const standing = flagStanding(schedules, today);
    const rank = standing.level === 'RED' ? 1 : standing.level === 'YELLOW' ? 2 : null;
    if (
      project.redSince !== standing.redSince ||
      project.flagRank !== rank ||
      project.flagSince !== standing.since ||
      project.flagUntil !== standing.until
    )
      found.push(`standing of #${project.id}`);
  }
  return found;
}

describe('npm run recompute: derived data equals what the source rows give', () => {
  let t: TestApp;
  let flags: FlagsService;
  beforeAll(async () => {
    t = await startTestApp();
    flags = t.app.get(FlagsService);
    await t.dataSource
      .getRepository(IndustryChain)
      .save(['白酒', '锰锌钒新材料', '绿色食品'].map((name) => ({ name, chainLeaderId: null })));
    await growProvince(t.dataSource, 1500, todayIso());
  });
  afterAll(() => t.close());

  it('rebuilds bulk-loaded rows, which carry no derived data of their own', async () => {
    expect((await mismatches(t.dataSource, flags)).length).toBeGreaterThan(0);
    await recomputeDerived(t.dataSource, flags);
    expect(await mismatches(t.dataSource, flags)).toEqual([]);
  });

  it('keeps every figure in step through writes made in the app', async () => {
    const column = await t.gql(
      `query { boardColumn(stage: NEGOTIATING, filter: { ownerId: "${t.accounts.users.get('zhang.staff')!.id}" }) {
        projects(first: 5) { edges { node { id version } } } } }`,
      {},
      'zhang.staff',
    );
    const cards = column.data.boardColumn.projects.edges.map((e: { node: unknown }) => e.node);
    expect(cards.length).toBe(5);
    const leaderId = String(t.accounts.users.get('chen.leader')!.id);
    for (const [i, card] of cards.entries()) {
      const moved = await t.gql(
        `mutation ($id: ID!, $version: Int!, $evidence: StageEvidenceInput) {
          moveProject(id: $id, version: $version, toStage: SIGNED, evidence: $evidence) { id } }`,
        {
          id: card.id,
          version: card.version,
          evidence: {
            signedOn: todayIso(),
            contractNo: `HT-R-${i}`,
            contractedInvestment: 1000 + i,
            leaderId,
            plannedStartOn: addDays(todayIso(), 90),
            plannedOperatingOn: addDays(todayIso(), 400),
          },
        },
        'zhang.staff',
      );
      expect(moved.errors).toBeUndefined();
    }
    const arrival = await t.gql(
      `mutation ($id: ID!) { recordCapitalArrival(projectId: $id, input: { amount: 12.5, arrivedOn: "${todayIso()}", voucherNo: "PZ-R-1" }) { id } }`,
      { id: cards[0].id },
      'zhang.staff',
    );
    expect(arrival.errors).toBeUndefined();
    const terminated = await t.gql(
      `mutation ($id: ID!) { terminateProject(id: $id, version: 2, reason: "投资方撤资") { id } }`,
      { id: cards[1].id },
      'zhang.staff',
    );
    expect(terminated.errors).toBeUndefined();
    expect(await mismatches(t.dataSource, flags)).toEqual([]);
  });

  it('finds a project by its investor’s new name once the investor is renamed', async () => {
    const [{ investorId, code }] = await t.dataSource.query(
      `SELECT investorId, code FROM project WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
    );
    await t.dataSource.query('UPDATE investor SET name = ? WHERE id = ?', [
      '泸溪县锰锌新材料更名有限公司',
      investorId,
    ]);
    const found = await t.gql(
      `query { projects(filter: { search: "锰锌新材料更名" }, first: 50) { totalCount edges { node { code } } } }`,
      {},
      'admin',
    );
    expect(found.data.projects.edges.map((e: { node: { code: string } }) => e.node.code)).toContain(
      code,
    );
    expect(await mismatches(t.dataSource, flags)).toEqual([]);
  });

  it('puts back derived data that was lost or corrupted', async () => {
    await t.dataSource.query('DELETE FROM project_tally');
    await t.dataSource.query('DELETE FROM flag_calendar');
    await t.dataSource.query('DELETE FROM project_flag');
    await t.dataSource.query(
      `UPDATE project SET arrivedInvestment = 0, flagRank = NULL, flagUntil = NULL, searchText = ''`,
    );
    expect((await mismatches(t.dataSource, flags)).length).toBeGreaterThan(100);
    await recomputeDerived(t.dataSource, flags);
    expect(await mismatches(t.dataSource, flags)).toEqual([]);
  });
});
