// `npm run restore -- <file>`: restores a backup into an empty database (DATABASE_URL or the
// SQLite file), then rebuilds the derived data (flags, totals) with `npm run recompute`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nx } from './run.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <file>');
  process.exit(1);
}
const path = resolve(file);
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
nx('run-many', '-t', 'build', '--projects=domain,server');
const restored = spawnSync(process.execPath, ['server/dist/backup.js', 'restore', path], {
  stdio: 'inherit',
});
if (restored.status !== 0) process.exit(restored.status ?? 1);
const rebuild = existsSync('server/dist/recompute.js')
  ? spawnSync(process.execPath, ['server/dist/recompute.js'], { stdio: 'inherit' })
  : spawnSync(process.execPath, ['server/dist/backup.js', 'recompute-flags', path], {
      stdio: 'inherit',
    });
process.exit(rebuild.status ?? 1);
