import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve(__dirname, '../../server/dist/main.js');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'luodi-start-')),
      ...env,
    },
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: result.status, stderr: result.stderr.trim().split('\n').filter(Boolean) };
}

describe('starting the server with bad settings', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first`);
  });

  it.each([
    [{ PORT: 'abc' }, 'luodi: PORT must be an integer from 0 to 65535 (got "abc")'],
    [
      { DATABASE_URL: 'postgres://db/luodi', JWT_SECRET: 'x'.repeat(32) },
      'luodi: DATABASE_URL must start with mysql:// (got "postgres://")',
    ],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:1/luodi', JWT_SECRET: 'x'.repeat(32) },
      /^luodi: Cannot open the database \(MySQL root@127\.0\.0\.1:1\/luodi\): .*ECONNREFUSED/,
    ],
  ])('refuses %j with one clear line and a non-zero exit', (env, expected) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr).toHaveLength(1);
    if (typeof expected === 'string') expect(stderr[0]).toBe(expected);
    else expect(stderr[0]).toMatch(expected);
  });
});
