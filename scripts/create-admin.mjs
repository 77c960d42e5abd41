// `npm run create-admin`: makes the first administrator outside demo mode (no default passwords).
// Usage: npm run create-admin -- <username> "<name>" [--city 湘西市]
// Asks for the password in a terminal, or reads ADMIN_PASSWORD. On an empty database it also
// creates the root unit (a 市 named by --city, 本市 by default).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

process.chdir(new URL('..', import.meta.url).pathname);
if (!existsSync('server/dist/create-admin.js')) {
  const build = spawnSync(
    'npx',
    ['--no-install', 'nx', 'run', 'server:build', '--outputStyle=static'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(
  process.execPath,
  ['server/dist/create-admin.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
