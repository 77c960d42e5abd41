// `npm run backup -- <file>`: a consistent snapshot of the running server's database.
// SQLite: the online backup API (a SQLite file); MySQL: one consistent-snapshot transaction
// written as JSON lines (the equivalent mysqldump --single-transaction line is printed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nx } from './run.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run backup -- <file>');
  process.exit(1);
}
const cwd = process.cwd();
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
nx('run-many', '-t', 'build', '--projects=domain,server');
const result = spawnSync(process.execPath, ['server/dist/backup.js', 'backup', file], {
  stdio: 'inherit',
  cwd,
});
process.exit(result.status ?? 1);
