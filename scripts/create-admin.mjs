// `npm run create-admin`: makes the first administrator outside demo mode (no default passwords).
// Usage: npm run create-admin -- <username> "<name>"   (asks for the password, or reads ADMIN_PASSWORD)
import { createInterface } from 'node:readline/promises';
import { existsSync } from 'node:fs';
import { stdin, stdout } from 'node:process';
import { spawnSync } from 'node:child_process';

process.chdir(new URL('..', import.meta.url).pathname);
const [username, name] = process.argv.slice(2);
if (!username || !name) {
  console.error('Usage: npm run create-admin -- <username> "<full name>"');
  process.exit(1);
}
if (!existsSync('server/dist/create-admin.js')) {
  const build = spawnSync(
    'npx',
    ['--no-install', 'nx', 'run', 'server:build', '--outputStyle=static'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: stdin, output: stdout });
  password = await prompt.question('Password (at least 8 characters): ');
  prompt.close();
}
const result = spawnSync(process.execPath, ['server/dist/create-admin.js', username, name], {
  stdio: 'inherit',
  env: { ...process.env, ADMIN_PASSWORD: password },
});
process.exit(result.status ?? 1);
