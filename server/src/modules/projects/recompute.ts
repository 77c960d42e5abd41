import type { DataSource, EntityManager } from 'typeorm';
import type { FlagsService } from './flags.service';

/** Ids per transaction when arrival totals are rebuilt. */
const PAGE = 500;

export type RecomputeProgress = (line: string) => void;

/**
 * Rebuilds every fact derived from the source rows: the projects' arrival totals, then their flag
 * schedules and summary dates (a page of projects per transaction, so the server keeps serving),
 * then the board tally (one short transaction). Run after restoring a backup or loading rows in bulk.
 */
export async function recomputeDerived(
  dataSource: DataSource,
  flags: FlagsService,
  progress: RecomputeProgress = () => undefined,
): Promise<{ projects: number }> {
  const [{ total, maxId }] = await dataSource.query(
    'SELECT COUNT(*) AS total, MAX(id) AS maxId FROM project',
  );
  // Arrival totals first: the flags read them.
  for (let from = 0; from < Number(maxId ?? 0); from += PAGE) {
    await dataSource.transaction((manager) => recomputeArrivals(manager, from, from + PAGE));
  }
  progress(`recompute: arrival totals of ${Number(total)} projects`);
  const thresholds = await flags.thresholds();
  let done = 0;
  for (let afterId = 0; ;) {
    const from = afterId;
    const page = await dataSource.transaction((manager) =>
      flags.refreshPage(manager, from, thresholds),
    );
    if (!page) break;
    afterId = page.lastId;
    done += page.count;
    if (done % (PAGE * 20) < page.count || done === Number(total))
      progress(`recompute: flags ${done}/${Number(total)} projects`);
  }
  await dataSource.transaction(async (manager) => {
    await recomputeTally(manager);
    await recomputeFlagCalendar(manager);
  });
  for (let from = 0; from < Number(maxId ?? 0); from += PAGE * 10) {
    await dataSource.transaction((manager) => recomputeSearchText(manager, from, from + PAGE * 10));
  }
  progress('recompute: board tally, flag calendar and search text rebuilt');
  return { projects: Number(total) };
}

/** 到位资金 and 已核实到位资金 of the projects in (afterId, lastId]: rejected arrivals count for nothing. */
async function recomputeArrivals(manager: EntityManager, afterId: number, lastId: number) {
  await manager.query(
    `UPDATE project SET
       arrivedInvestment = (SELECT COALESCE(SUM(a.amount), 0) FROM capital_arrival a
                            WHERE a.projectId = project.id AND a.rejected = 0),
       arrivedVerified = (SELECT COALESCE(SUM(a.amount), 0) FROM capital_arrival a
                          WHERE a.projectId = project.id AND a.verified = 1 AND a.rejected = 0)
     WHERE id > ? AND id <= ?`,
    [afterId, lastId],
  );
}

const TALLY_KEY = 'orgUnitId, chainId, stage, status';

export async function recomputeTally(manager: EntityManager): Promise<void> {
  await manager.query('DELETE FROM project_tally');
  await manager.query(
    `INSERT INTO project_tally (${TALLY_KEY}, projects, contracted, planned)
     SELECT ${TALLY_KEY}, COUNT(*), COALESCE(SUM(contractedInvestment), 0), COALESCE(SUM(plannedInvestment), 0)
     FROM project GROUP BY ${TALLY_KEY}`,
  );
}

/** The flag calendar from the flag rows: see flag-calendar.entity.ts for what each column counts. */
export async function recomputeFlagCalendar(manager: EntityManager): Promise<void> {
  const later =
    manager.connection.options.type === 'better-sqlite3'
      ? 'MAX(yellowOn, redOn)'
      : 'GREATEST(yellowOn, redOn)';
  await manager.query('DELETE FROM flag_calendar');
  const parts: [string, string, string][] = [
    ['yellowOn', 'yellowStarts', 'yellowOn IS NOT NULL'],
    ['redOn', 'redStarts', 'redOn IS NOT NULL'],
    [later, 'bothStarts', 'yellowOn IS NOT NULL AND redOn IS NOT NULL'],
  ];
  for (const [day, column, when] of parts) {
    const rows: { orgUnitId: number; kind: string; month: string; n: number | string }[] =
      await manager.query(
        `SELECT COALESCE(orgUnitId, 0) AS orgUnitId, kind, SUBSTR(${day}, 1, 7) AS month, COUNT(*) AS n
         FROM project_flag WHERE ${when} GROUP BY COALESCE(orgUnitId, 0), kind, SUBSTR(${day}, 1, 7)`,
      );
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      const sqlite = manager.connection.options.type === 'better-sqlite3';
      await manager.query(
        `INSERT INTO flag_calendar (orgUnitId, kind, month, ${column})
         VALUES ${batch.map(() => '(?, ?, ?, ?)').join(', ')}
         ${
           sqlite
             ? `ON CONFLICT (orgUnitId, kind, month) DO UPDATE SET ${column} = excluded.${column}`
             : `ON DUPLICATE KEY UPDATE ${column} = VALUES(${column})`
         }`,
        batch.flatMap((row) => [row.orgUnitId, row.kind, row.month, Number(row.n)]),
      );
    }
  }
}

/**
 * A project's search text: its name, code and investor's name, in one narrow indexed column, so
 * a search reads one index instead of three columns and a join. Both engines compare it without
 * regard to ASCII case.
 */
export function searchTextSql(
  engine: 'mysql' | 'sqlite',
  project: string,
  investorName: string,
): string {
  return engine === 'mysql'
    ? `CONCAT_WS(' ', ${project}.name, ${project}.code, ${investorName})`
    : `${project}.name || ' ' || ${project}.code || ' ' || COALESCE(${investorName}, '')`;
}

/** The search text of the projects in (afterId, lastId], or of all of them. */
export async function recomputeSearchText(
  manager: EntityManager,
  afterId = 0,
  lastId = Number.MAX_SAFE_INTEGER,
): Promise<void> {
  const engine = manager.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  await manager.query(
    `UPDATE project SET searchText = ${searchTextSql(engine, 'project', '(SELECT i.name FROM investor i WHERE i.id = project.investorId)')}
     WHERE id > ? AND id <= ?`,
    [afterId, lastId],
  );
}
