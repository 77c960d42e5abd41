import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import type { DataSource, QueryRunner } from 'typeorm';
import type { DatabaseConfig } from '../config/config';

/**
 * Backups of a running server, and restores into an empty database.
 * - SQLite: the online backup API of better-sqlite3, page by page beside the live server: the
 *   file is a consistent SQLite database of one moment.
 * - MySQL: every table read inside one `START TRANSACTION WITH CONSISTENT SNAPSHOT` (InnoDB
 *   keeps the view of that moment while the server writes on), written as JSON lines. The
 *   equivalent `mysqldump --single-transaction` line is printed for operators who prefer it.
 * A restore reads either kind, migrates the empty target, and inserts every row in one
 * transaction with foreign keys checked at commit; derived data is rebuilt afterwards.
 */

export const BACKUP_FORMAT = 'luodi-backup';
export const BACKUP_VERSION = 1;
const SQLITE_MAGIC = 'SQLite format 3\u0000';
const BATCH = 500;
const PAGE = 5000;
/** TypeORM's own bookkeeping; migrations are compared, not copied. */
const SKIPPED_TABLES = new Set(['migrations', 'typeorm_metadata', 'query-result-cache']);

export type Row = Record<string, unknown>;

export class BackupError extends Error {}

interface TableDump {
  table: string;
  columns: string[];
}

/** The application tables of a database, sorted by name. */
export async function tablesOf(dataSource: DataSource | QueryRunner): Promise<string[]> {
  const sqlite = isSqlite(dataSource);
  const rows: { name: string }[] = sqlite
    ? await dataSource.query(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
      )
    : await dataSource.query(
        'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = ?',
        ['BASE TABLE'],
      );
  return rows
    .map((row) => row.name)
    .filter((name) => !SKIPPED_TABLES.has(name))
    .sort();
}

function isSqlite(source: DataSource | QueryRunner): boolean {
  const options =
    'connection' in source && source.connection
      ? source.connection.options
      : (source as DataSource).options;
  return options.type === 'better-sqlite3';
}

const quote = (source: DataSource | QueryRunner, name: string) =>
  isSqlite(source) ? `"${name.replace(/"/g, '""')}"` : `\`${name.replace(/`/g, '``')}\``;

/** UTC instants as the columns store them: 'YYYY-MM-DD HH:MM:SS.mmm'. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (Buffer.isBuffer(value)) return { base64: value.toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** A table's columns in order, and which of them form the primary key. */
async function columnsOf(
  source: DataSource | QueryRunner,
  table: string,
): Promise<{ columns: string[]; key: string[] }> {
  if (isSqlite(source)) {
    const rows: { name: string; pk: number }[] = await source.query(
      `PRAGMA table_info(${quote(source, table)})`,
    );
    return {
      columns: rows.map((row) => row.name),
      key: rows
        .filter((row) => row.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((row) => row.name),
    };
  }
  // Generated columns (investor.nameWithoutCode) are computed, never written.
  const rows: { name: string; keyed: string | null }[] = await source.query(
    `SELECT COLUMN_NAME AS name, COLUMN_KEY AS keyed FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%'
      ORDER BY ORDINAL_POSITION`,
    [table],
  );
  return {
    columns: rows.map((row) => row.name),
    key: rows.filter((row) => row.keyed === 'PRI').map((row) => row.name),
  };
}

async function primaryKey(runner: QueryRunner, table: string): Promise<string[]> {
  return (await columnsOf(runner, table)).key;
}

/** Every row of a table, a page at a time by its single-column key, or whole when it has none. */
async function* readTable(runner: QueryRunner, table: string): AsyncGenerator<Row> {
  const key = await primaryKey(runner, table);
  const name = quote(runner, table);
  if (key.length !== 1) {
    for (const row of (await runner.query(`SELECT * FROM ${name}`)) as Row[]) yield row;
    return;
  }
  const column = quote(runner, key[0]);
  let last: unknown = null;
  for (;;) {
    const page: Row[] =
      last === null
        ? await runner.query(`SELECT * FROM ${name} ORDER BY ${column} LIMIT ${PAGE}`)
        : await runner.query(
            `SELECT * FROM ${name} WHERE ${column} > ? ORDER BY ${column} LIMIT ${PAGE}`,
            [last],
          );
    for (const row of page) yield row;
    if (page.length < PAGE) return;
    last = page[page.length - 1][key[0]];
  }
}

async function migrationsOf(source: DataSource | QueryRunner): Promise<string[]> {
  const rows: { name: string }[] = await source.query(
    `SELECT name FROM ${quote(source, 'migrations')} ORDER BY name`,
  );
  return rows.map((row) => row.name);
}

/** The command an operator can use instead on MySQL, and whether it is installed here. */
export function mysqldumpLine(database: Extract<DatabaseConfig, { type: 'mysql' }>): {
  line: string;
  installed: boolean;
} {
  const line = `mysqldump --single-transaction --quick --routines --hex-blob --default-character-set=utf8mb4 -h ${database.host} -P ${database.port} -u ${database.username} -p ${database.database} > luodi.sql`;
  const probe = spawnSync('mysqldump', ['--version'], { stdio: 'ignore' });
  return { line, installed: probe.status === 0 };
}

/**
 * Writes a consistent snapshot of the live database to `file`: a SQLite database file on
 * SQLite, JSON lines on MySQL. The target is written beside and renamed when complete.
 */
export async function backupDatabase(
  database: DatabaseConfig,
  dataSource: DataSource,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  if (database.type === 'sqlite') {
    const live = new Database(database.path, { readonly: true, fileMustExist: true });
    try {
      await live.backup(partial);
    } finally {
      live.close();
    }
    const copy = new Database(partial, { readonly: true });
    try {
      const tables = (
        copy
          .prepare(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
          )
          .all() as { name: string }[]
      ).filter((table) => !SKIPPED_TABLES.has(table.name));
      const rows = tables.reduce(
        (sum, table) =>
          sum +
          (copy.prepare(`SELECT COUNT(*) AS n FROM "${table.name}"`).get() as { n: number }).n,
        0,
      );
      await rename(partial, file);
      return { tables: tables.length, rows };
    } finally {
      copy.close();
    }
  }

  const runner = dataSource.createQueryRunner();
  const out = createWriteStream(partial, { encoding: 'utf8' });
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  let rows = 0;
  let tables: string[] = [];
  try {
    await runner.connect();
    await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    tables = await tablesOf(runner);
    await write({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      engine: 'mysql',
      createdAt: new Date().toISOString(),
      migrations: await migrationsOf(runner),
      tables,
    });
    for (const table of tables) {
      const { columns } = await columnsOf(runner, table);
      await write({ table, columns } satisfies TableDump);
      for await (const row of readTable(runner, table)) {
        await write(columns.map((column) => plain(row[column])));
        rows++;
      }
    }
    await write({ end: true, rows });
    await runner.query('COMMIT');
  } finally {
    await runner.release();
    out.end();
    await once(out, 'close');
  }
  await rename(partial, file);
  return { tables: tables.length, rows };
}

/** What a backup file holds, read row by row whichever engine wrote it. */
interface BackupSource {
  migrations: string[];
  tables(): AsyncGenerator<{ table: string; columns: string[]; rows: AsyncGenerator<unknown[]> }>;
  close(): void;
}

function isSqliteFile(file: string): boolean {
  if (!existsSync(file) || statSync(file).size < 16) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

function sqliteSource(file: string): BackupSource {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const migrations = (
    db.prepare('SELECT name FROM migrations ORDER BY name').all() as { name: string }[]
  ).map((row) => row.name);
  const names = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string }[]
  )
    .map((row) => row.name)
    .filter((name) => !SKIPPED_TABLES.has(name));
  return {
    migrations,
    async *tables() {
      for (const table of names) {
        const columns = (
          db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]
        ).map((column) => column.name);
        const statement = db.prepare(`SELECT * FROM "${table}"`).raw(true);
        async function* rows() {
          for (const row of statement.iterate()) yield row as unknown[];
        }
        yield { table, columns, rows: rows() };
      }
    },
    close: () => db.close(),
  };
}

async function jsonSource(file: string): Promise<BackupSource> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }) })[
    Symbol.asyncIterator
  ]();
  const first = await lines.next();
  let header: { format?: string; version?: number; migrations?: string[] };
  try {
    header = JSON.parse(String(first.value ?? ''));
  } catch {
    throw new BackupError(`${file} is neither a SQLite database nor a Luodi backup`);
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION)
    throw new BackupError(`${file} is not a Luodi backup of version ${BACKUP_VERSION}`);
  let ended = false;
  const next = async (): Promise<unknown> => {
    const line = await lines.next();
    if (line.done) throw new BackupError(`${file} ends early: the backup is incomplete`);
    return JSON.parse(line.value);
  };
  return {
    migrations: header.migrations ?? [],
    async *tables() {
      let item = await next();
      while (!ended) {
        if ((item as { end?: boolean }).end) {
          ended = true;
          return;
        }
        const current = item as TableDump;
        let following: unknown = null;
        async function* rows() {
          for (;;) {
            const value = await next();
            if (Array.isArray(value)) yield value;
            else {
              following = value;
              return;
            }
          }
        }
        const generator = rows();
        yield { table: current.table, columns: current.columns, rows: generator };
        // Drain whatever the consumer did not read, to reach the next table.
        for await (const _row of generator) void _row;
        item = following;
      }
    },
    close: () => undefined,
  };
}

/** Row counts of every application table: zero everywhere means an empty database. */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesOf(dataSource)) {
    const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${quote(dataSource, table)}`);
    counts[table] = Number(n);
  }
  return counts;
}

/**
 * The tables that triggers write (the board tally, the flag tallies): restored last, replacing
 * what the triggers made of the rows restored before them.
 */
async function triggerTargets(source: DataSource | QueryRunner): Promise<Set<string>> {
  // Only INSERT triggers fire during a restore (an investor's rename, for one, never does).
  const bodies: { body: string }[] = isSqlite(source)
    ? (
        (await source.query(`SELECT sql AS body FROM sqlite_master WHERE type = 'trigger'`)) as {
          body: string;
        }[]
      ).filter(({ body }) => /\b(?:BEFORE|AFTER)\s+INSERT\s+ON\b/i.test(String(body)))
    : await source.query(
        `SELECT ACTION_STATEMENT AS body FROM information_schema.TRIGGERS
          WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_MANIPULATION = 'INSERT'`,
      );
  const targets = new Set<string>();
  const written = /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE)\s+[`"]?(\w+)[`"]?/gi;
  for (const { body } of bodies)
    for (const match of String(body ?? '').matchAll(written)) targets.add(match[1]);
  return targets;
}

/**
 * Restores a backup into the freshly migrated, empty database behind `dataSource`, in one
 * transaction: all rows or none. Refuses a database that holds any row, and a backup made by
 * another set of migrations (restore with the version that wrote it, then upgrade).
 */
export async function restoreDatabase(
  dataSource: DataSource,
  file: string,
): Promise<{ tables: number; rows: number }> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const occupied = Object.entries(await rowCounts(dataSource)).filter(([, n]) => n > 0);
  if (occupied.length)
    throw new BackupError(
      `the target database is not empty (${occupied
        .slice(0, 5)
        .map(([table, n]) => `${table}: ${n}`)
        .join(', ')}); restore into a new, empty database`,
    );
  const source = isSqliteFile(file) ? sqliteSource(file) : await jsonSource(file);
  try {
    const expected = await migrationsOf(dataSource);
    if (JSON.stringify([...source.migrations].sort()) !== JSON.stringify([...expected].sort())) {
      throw new BackupError(
        `the backup was made with other migrations (${source.migrations.length} in the backup, ${expected.length} here); restore it with the version that wrote it`,
      );
    }
    const known = new Set(await tablesOf(dataSource));
    const runner = dataSource.createQueryRunner();
    let rows = 0;
    let tables = 0;
    await runner.connect();
    const sqlite = isSqlite(dataSource);
    try {
      if (!sqlite) await runner.query('SET FOREIGN_KEY_CHECKS = 0');
      await runner.startTransaction();
      // SQLite checks foreign keys at commit instead, so parents and children may come in any order.
      if (sqlite) await runner.query('PRAGMA defer_foreign_keys = ON');
      const derived = await triggerTargets(runner);
      const deferred: { table: string; columns: string[]; rows: unknown[][] }[] = [];
      const insertAll = async (
        table: string,
        columns: string[],
        values: AsyncIterable<unknown[]>,
      ) => {
        // Rows already here came from triggers on the tables restored before: the backup's
        // copy of this table replaces them.
        await runner.query(`DELETE FROM ${quote(runner, table)}`);
        const writable = new Set((await columnsOf(runner, table)).columns);
        const kept = columns.flatMap((column, index) => (writable.has(column) ? [index] : []));
        const names = kept.map((index) => quote(runner, columns[index])).join(', ');
        let batch: unknown[][] = [];
        const flush = async () => {
          if (!batch.length) return;
          const placeholders = batch.map(() => `(${kept.map(() => '?').join(', ')})`).join(', ');
          await runner.query(
            `INSERT INTO ${quote(runner, table)} (${names}) VALUES ${placeholders}`,
            batch
              .flat()
              .map((value) =>
                value && typeof value === 'object' && 'base64' in value
                  ? Buffer.from(String((value as { base64: string }).base64), 'base64')
                  : value,
              ),
          );
          rows += batch.length;
          batch = [];
        };
        for await (const row of values) {
          batch.push(kept.map((index) => row[index]));
          if (batch.length >= BATCH) await flush();
        }
        await flush();
      };
      for await (const { table, columns, rows: values } of source.tables()) {
        if (!known.has(table))
          throw new BackupError(`the backup has a table this version lacks: ${table}`);
        tables++;
        if (derived.has(table)) {
          // Written by triggers: kept aside (tallies are small) and restored after every source row.
          const held: unknown[][] = [];
          for await (const row of values) held.push(row);
          deferred.push({ table, columns, rows: held });
        } else {
          await insertAll(table, columns, values);
        }
      }
      for (const { table, columns, rows: held } of deferred) {
        await insertAll(
          table,
          columns,
          (async function* () {
            yield* held;
          })(),
        );
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      if (!sqlite) await runner.query('SET FOREIGN_KEY_CHECKS = 1').catch(() => undefined);
      await runner.release();
    }
    return { tables, rows };
  } finally {
    source.close();
  }
}

/** Every row of every table, in a form both engines give alike: for comparing databases. */
export async function snapshotOf(dataSource: DataSource): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    for (const table of await tablesOf(runner)) {
      const rows: string[] = [];
      for await (const row of readTable(runner, table)) {
        rows.push(
          JSON.stringify(
            Object.keys(row)
              .sort()
              .map((key) => [key, plain(row[key])]),
          ),
        );
      }
      result[table] = rows.sort();
    }
  } finally {
    await runner.release();
  }
  return result;
}
