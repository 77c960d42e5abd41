import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'luodi-config-'));
const secret = 'x'.repeat(40);

describe('loadConfig', () => {
  it('defaults to an embedded SQLite file, port 3000 and demo data', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'sqlite', path: join(dir, 'luodi.sqlite') });
    expect(config.demoData).toBe(true);
  });

  it('generates the embedded JWT secret once and reuses it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('keeps sessions 30 idle minutes, passwords without expiry and no proxy trusted by default', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.sessionIdleSeconds).toBe(1800);
    expect(config.passwordMaxAgeDays).toBeNull();
    expect(config.trustedProxies).toBe(false);
    const set = loadConfig({
      DATA_DIR: dataDir(),
      PASSWORD_MAX_AGE_DAYS: '90',
      TRUSTED_PROXIES: 'loopback, 10.0.0.0/8',
    });
    expect(set.passwordMaxAgeDays).toBe(90);
    expect(set.trustedProxies).toBe('loopback,10.0.0.0/8');
  });

  it('reads a MySQL URL with credentials and no demo data by default', () => {
    const config = loadConfig({
      DATABASE_URL: 'mysql://luodi:p%40ss@db.local:3307/luodi',
      JWT_SECRET: secret,
    });
    expect(config.database).toEqual({
      type: 'mysql',
      host: 'db.local',
      port: 3307,
      username: 'luodi',
      password: 'p@ss',
      database: 'luodi',
    });
    expect(config.demoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be an integer from 0 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ PORT: '-1' }, /^PORT must be/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a valid URL/],
    [
      { DATABASE_URL: 'postgres://x@y/z', JWT_SECRET: secret },
      /^DATABASE_URL must start with mysql:\/\//,
    ],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:3306/', JWT_SECRET: secret },
      /^DATABASE_URL must name a database/,
    ],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:3306/luodi' }, /^JWT_SECRET must be set/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32/],
    [{ DEMO_DATA: 'maybe' }, /^DEMO_DATA must be true or false/],
    [{ TRUSTED_PROXIES: 'everyone' }, /^TRUSTED_PROXIES must list addresses/],
    [{ PASSWORD_MAX_AGE_DAYS: '0' }, /^PASSWORD_MAX_AGE_DAYS must be an integer from 1/],
    [{ SESSION_IDLE_MINUTES: 'soon' }, /^SESSION_IDLE_MINUTES must be an integer/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });
});
