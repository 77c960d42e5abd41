import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { loadConfig, type AppConfig, type DatabaseConfig } from '../../server/src/config/config';

export interface TestDatabase {
  config: AppConfig;
  engine: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or — when DATABASE_URL
 * names a MySQL server — a new schema on it that is dropped afterwards.
 */
export async function createTestDatabase(
  overrides: Record<string, string> = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'luodi-test-'));
  const base = process.env.DATABASE_URL?.trim();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    CLIENT_DIR: process.env.CLIENT_DIR ?? join(dataDir, 'no-client'),
    LOGIN_LIMIT_PER_ADDRESS: '100000',
    // Benchmarks send far more than a person; the rate tests set their own low limits.
    RATE_LIMIT_PER_USER: '1000000',
    RATE_LIMIT_PER_ADDRESS: '10000000',
    ...overrides,
  };
  if (base) {
    const url = new URL(base);
    url.pathname = `/${url.pathname.replace(/^\//, '') || 'luodi'}_t${randomBytes(4).toString('hex')}`;
    env.DATABASE_URL = url.toString();
  }
  const config = loadConfig(env);
  return {
    config,
    engine: config.database.type,
    drop: async () => {
      if (config.database.type === 'mysql') await dropMysqlDatabase(config.database);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function dropMysqlDatabase(
  database: Extract<DatabaseConfig, { type: 'mysql' }>,
): Promise<void> {
  const connection = await createConnection({
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
  });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database.database}\``);
  } finally {
    await connection.end();
  }
}
