// `npm run recompute`: rebuilds every derived fact (arrival totals, flag schedules and their
// summary dates, the board tally) from the source rows, in bounded batches with a progress line.
// Safe while the server runs. Run it after restoring a backup or bulk-loading rows.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nx } from './run.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
nx('run-many', '-t', 'build', '--projects=domain,server');
const result = spawnSync(process.execPath, ['server/dist/recompute.js'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
