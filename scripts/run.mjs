import { spawnSync } from 'node:child_process';

/** Runs a command from the repo root with inherited output; exits with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function nx(...args) {
  run('npx', ['--no-install', 'nx', ...args, '--outputStyle=static'], {
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
    },
  });
}
