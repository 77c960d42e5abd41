// `npm start`: builds what is missing or changed (Nx caches the rest), then starts the server,
// which migrates the database, loads demo data into an empty one, and prints the URL and logins.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nx } from './run.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
if (!existsSync('node_modules')) {
  console.error('Dependencies are missing: run "npm install" first.');
  process.exit(1);
}
nx('run-many', '-t', 'build', '--projects=domain,server,client');
const server = spawn(process.execPath, ['server/dist/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
