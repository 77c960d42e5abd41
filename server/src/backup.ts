import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from './config/config';
import { BackupError, backupDatabase, mysqldumpLine, restoreDatabase } from './database/backup';
import { describeDatabase, openDatabase } from './database/open-database';
import { standaloneFlagsService } from './seed/standalone-flags';

/**
 * `npm run backup -- <file>` and `npm run restore -- <file>` (see scripts/backup.mjs and
 * scripts/restore.mjs, which build the server first and rebuild derived data after a restore).
 */
async function main(): Promise<void> {
  const [command, target] = process.argv.slice(2);
  if (!['backup', 'restore', 'recompute-flags'].includes(command ?? '') || !target) {
    throw new BackupError('usage: backup.js backup|restore <file>');
  }
  const file = resolve(target);
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  try {
    const started = Date.now();
    if (command === 'backup') {
      if (config.database.type === 'mysql') {
        const dump = mysqldumpLine(config.database);
        console.log(
          dump.installed
            ? `mysqldump is installed; the same consistent snapshot as SQL:\n  ${dump.line}`
            : `mysqldump is not installed here; with it the same snapshot as SQL would be:\n  ${dump.line}`,
        );
      }
      const { tables, rows } = await backupDatabase(config.database, dataSource, file);
      console.log(
        `Backed up ${describeDatabase(config.database)}: ${tables} tables, ${rows} rows → ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    } else if (command === 'recompute-flags') {
      // The rebuild when `npm run recompute` is not there: every project's flag schedule.
      const flags = standaloneFlagsService(dataSource);
      await dataSource.transaction(async (manager) =>
        flags.refreshAll(manager, await flags.thresholds(manager)),
      );
      console.log('Flags recomputed for every project.');
    } else {
      const { tables, rows } = await restoreDatabase(dataSource, file);
      console.log(
        `Restored ${file} into ${describeDatabase(config.database)}: ${tables} tables, ${rows} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`luodi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
