import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | {
      type: 'mysql';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export interface AppConfig {
  port: number;
  /** Address to listen on; null = every interface (IPv4 and IPv6). */
  host: string | null;
  /** NODE_ENV=production: no GraphiQL, no introspection. */
  production: boolean;
  /** Requests per window on /graphql and the file endpoints, per signed-in user and per address. */
  requestLimits: { perUser: number; perAddress: number; windowSeconds: number };
  database: DatabaseConfig;
  jwtSecret: string;
  jwtTtlSeconds: number;
  demoData: boolean;
  clientDir: string;
  loginLimits: {
    perUsername: number;
    perAddress: number;
    windowSeconds: number;
    /** Failures of one username from one address before each next try must wait. */
    freeAttempts: number;
    maxDelaySeconds: number;
  };
  /** Sliding idle timeout; the absolute lifetime of a session is jwtTtlSeconds. */
  sessionIdleSeconds: number;
  /** Forced password change after this many days; null = passwords do not expire. */
  passwordMaxAgeDays: number | null;
  /** Express 'trust proxy': whose X-Forwarded-For names the client address. */
  trustedProxies: string | false;
}

/** Thrown for any bad setting; the message is the one line an operator needs. */
export class ConfigError extends Error {}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const database = parseDatabase(env);
  const dataDir = resolve(env.DATA_DIR ?? join(REPO_ROOT, 'data'));
  return {
    port: parseInteger(env, 'PORT', 3000, 0, 65535),
    host: parseHost(env),
    production: env.NODE_ENV?.trim() === 'production',
    requestLimits: {
      perUser: parseInteger(env, 'RATE_LIMIT_PER_USER', 1200, 1, 1_000_000),
      perAddress: parseInteger(env, 'RATE_LIMIT_PER_ADDRESS', 6000, 1, 10_000_000),
      windowSeconds: parseInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86400),
    },
    database,
    jwtSecret: resolveJwtSecret(env, database, dataDir),
    jwtTtlSeconds: parseInteger(env, 'JWT_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    demoData: parseBoolean(env, 'DEMO_DATA', database.type === 'sqlite'),
    clientDir: resolve(env.CLIENT_DIR ?? join(REPO_ROOT, 'client', 'dist')),
    loginLimits: {
      perUsername: parseInteger(env, 'LOGIN_LIMIT_PER_USERNAME', 5, 1, 10000),
      perAddress: parseInteger(env, 'LOGIN_LIMIT_PER_ADDRESS', 30, 1, 100000),
      windowSeconds: parseInteger(env, 'LOGIN_LIMIT_WINDOW_SECONDS', 900, 1, 86400),
      freeAttempts: parseInteger(env, 'LOGIN_FREE_ATTEMPTS', 3, 1, 100),
      maxDelaySeconds: parseInteger(env, 'LOGIN_MAX_DELAY_SECONDS', 60, 1, 3600),
    },
    sessionIdleSeconds: parseInteger(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60) * 60,
    passwordMaxAgeDays: env.PASSWORD_MAX_AGE_DAYS?.trim()
      ? parseInteger(env, 'PASSWORD_MAX_AGE_DAYS', 90, 1, 3650)
      : null,
    trustedProxies: parseTrustedProxies(env),
  };
}

function parseDatabase(env: Env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    const dataDir = resolve(env.DATA_DIR ?? join(REPO_ROOT, 'data'));
    return {
      type: 'sqlite',
      path: env.SQLITE_PATH ? resolve(env.SQLITE_PATH) : join(dataDir, 'luodi.sqlite'),
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a valid URL (expected mysql://user:pass@host:port/db): "${url}"`,
    );
  }
  if (parsed.protocol !== 'mysql:') {
    throw new ConfigError(`DATABASE_URL must start with mysql:// (got "${parsed.protocol}//")`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database)) {
    throw new ConfigError(
      `DATABASE_URL must name a database of letters, digits and _ after the host (got "${database}")`,
    );
  }
  const port = parsed.port ? Number(parsed.port) : 3306;
  return {
    type: 'mysql',
    host: parsed.hostname,
    port,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

/** Comma-separated addresses, CIDR ranges or Express's names (loopback, linklocal, uniquelocal). */
function parseTrustedProxies(env: Env): string | false {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw) return false;
  const parts = raw.split(',').map((part) => part.trim());
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  for (const part of parts) {
    if (!named.has(part) && !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(part)) {
      throw new ConfigError(
        `TRUSTED_PROXIES must list addresses, CIDR ranges or loopback/linklocal/uniquelocal (got "${part}")`,
      );
    }
  }
  return parts.join(',');
}

function parseHost(env: Env): string | null {
  const raw = env.HOST?.trim();
  if (raw === undefined || raw === '') return null;
  if (!/^[0-9A-Za-z.:_-]{1,253}$/.test(raw))
    throw new ConfigError(`HOST must be an IP address or host name (got "${raw}")`);
  return raw;
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

/**
 * A bare-machine start must work without secrets, so the embedded setup keeps a generated
 * secret next to its database; a shared database means a real deployment, which must say it.
 */
function resolveJwtSecret(env: Env, database: DatabaseConfig, dataDir: string): string {
  const given = env.JWT_SECRET?.trim();
  if (given) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return given;
  }
  if (database.type === 'mysql') {
    throw new ConfigError(
      'JWT_SECRET must be set (at least 32 characters) when DATABASE_URL is set',
    );
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
