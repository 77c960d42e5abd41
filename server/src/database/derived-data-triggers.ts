import type { DataSource, QueryRunner } from 'typeorm';
import { recomputeSearchText, recomputeTally, searchTextSql } from '../modules/projects/recompute';

type Engine = 'mysql' | 'sqlite';

/** The columns a project adds to its tally row by, and the row's key. */
const TALLIED = [
  'orgUnitId',
  'chainId',
  'stage',
  'status',
  'contractedInvestment',
  'plannedInvestment',
];
const KEY = ['orgUnitId', 'chainId', 'stage', 'status'];
const TALLY_TRIGGERS = [
  'trg_project_tally_insert',
  'trg_project_tally_update',
  'trg_project_tally_delete',
];
const SEARCH_TRIGGERS = [
  'trg_project_search_insert',
  'trg_project_search_update',
  'trg_investor_search_update',
];
const TRIGGERS = [...TALLY_TRIGGERS, ...SEARCH_TRIGGERS];

/** One statement adding (+1) or taking away (-1) a row image of `project` to its tally row. */
function shift(engine: Engine, row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const amount = (column: string) => `${sign < 0 ? '-' : ''}COALESCE(${row}.${column}, 0)`;
  const insert = `INSERT INTO project_tally (${KEY.join(', ')}, projects, contracted, planned)
    VALUES (${KEY.map((c) => `${row}.${c}`).join(', ')}, ${sign}, ${amount('contractedInvestment')}, ${amount('plannedInvestment')})`;
  return engine === 'mysql'
    ? `${insert} ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
        contracted = contracted + VALUES(contracted), planned = planned + VALUES(planned)`
    : `${insert} ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET projects = projects + excluded.projects,
        contracted = ROUND(contracted + excluded.contracted, 2), planned = ROUND(planned + excluded.planned, 2);`;
}

function tallyTriggers(engine: Engine): string[] {
  const [inserted, updated, deleted] = TALLY_TRIGGERS;
  if (engine === 'mysql') {
    const same = TALLIED.map((c) => `OLD.${c} <=> NEW.${c}`).join(' AND ');
    return [
      `CREATE TRIGGER ${inserted} AFTER INSERT ON project FOR EACH ROW ${shift(engine, 'NEW', 1)}`,
      `CREATE TRIGGER ${updated} AFTER UPDATE ON project FOR EACH ROW
       BEGIN
         IF NOT (${same}) THEN
           ${shift(engine, 'OLD', -1)};
           ${shift(engine, 'NEW', 1)};
         END IF;
       END`,
      `CREATE TRIGGER ${deleted} AFTER DELETE ON project FOR EACH ROW ${shift(engine, 'OLD', -1)}`,
    ];
  }
  const changed = TALLIED.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  return [
    `CREATE TRIGGER ${inserted} AFTER INSERT ON project BEGIN ${shift(engine, 'NEW', 1)} END`,
    `CREATE TRIGGER ${updated} AFTER UPDATE OF ${TALLIED.join(', ')} ON project WHEN ${changed}
     BEGIN ${shift(engine, 'OLD', -1)} ${shift(engine, 'NEW', 1)} END`,
    `CREATE TRIGGER ${deleted} AFTER DELETE ON project BEGIN ${shift(engine, 'OLD', -1)} END`,
  ];
}

/** The project's search text follows its name, code and investor, and the investor's renames. */
function searchTriggers(engine: Engine): string[] {
  const [inserted, updated, renamed] = SEARCH_TRIGGERS;
  const investorOf = (project: string) =>
    `(SELECT i.name FROM investor i WHERE i.id = ${project}.investorId)`;
  if (engine === 'mysql') {
    const same = ['name', 'code', 'investorId'].map((c) => `OLD.${c} <=> NEW.${c}`).join(' AND ');
    return [
      `CREATE TRIGGER ${inserted} BEFORE INSERT ON project FOR EACH ROW
       SET NEW.searchText = ${searchTextSql(engine, 'NEW', investorOf('NEW'))}`,
      `CREATE TRIGGER ${updated} BEFORE UPDATE ON project FOR EACH ROW
       BEGIN
         IF NOT (${same}) THEN SET NEW.searchText = ${searchTextSql(engine, 'NEW', investorOf('NEW'))}; END IF;
       END`,
      `CREATE TRIGGER ${renamed} AFTER UPDATE ON investor FOR EACH ROW
       BEGIN
         IF NOT (OLD.name <=> NEW.name) THEN
           UPDATE project SET searchText = ${searchTextSql(engine, 'project', 'NEW.name')} WHERE investorId = NEW.id;
         END IF;
       END`,
    ];
  }
  const write = `UPDATE project SET searchText = ${searchTextSql(engine, 'NEW', investorOf('NEW'))} WHERE id = NEW.id;`;
  return [
    `CREATE TRIGGER ${inserted} AFTER INSERT ON project BEGIN ${write} END`,
    `CREATE TRIGGER ${updated} AFTER UPDATE OF name, code, investorId ON project BEGIN ${write} END`,
    `CREATE TRIGGER ${renamed} AFTER UPDATE OF name ON investor WHEN OLD.name IS NOT NEW.name
     BEGIN UPDATE project SET searchText = ${searchTextSql(engine, 'project', 'NEW.name')} WHERE investorId = NEW.id; END`,
  ];
}

const engineOf = (dataSource: DataSource): Engine =>
  dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';

/**
 * Makes sure the triggers that keep `project_tally` and the projects' search text exist; when any is missing (a new database, or a migration that rebuilt a
 * table), creates them and rebuilds what they keep from the source rows in the same transaction,
 * so no write is ever counted twice or missed.
 */
export async function ensureDerivedDataTriggers(dataSource: DataSource): Promise<void> {
  const engine = engineOf(dataSource);
  const existing: { name: string }[] =
    engine === 'sqlite'
      ? await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
      : await dataSource.query(
          `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()`,
        );
  const names = new Set(existing.map((row) => row.name));
  if (TRIGGERS.every((name) => names.has(name))) return;
  await dataSource.transaction(async (manager) => {
    for (const name of TRIGGERS) await manager.query(`DROP TRIGGER IF EXISTS ${name}`);
    for (const statement of [...tallyTriggers(engine), ...searchTriggers(engine)])
      await manager.query(statement);
    await recomputeTally(manager);
    await recomputeSearchText(manager);
  });
}

export async function dropDerivedDataTriggers(queryRunner: QueryRunner): Promise<void> {
  for (const name of TRIGGERS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${name}`);
}
