import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { ensureDerivedDataTriggers } from './derived-data-triggers';

export class DatabaseUnavailableError extends Error {}

export function describeDatabase(database: DatabaseConfig): string {
  return database.type === 'sqlite'
    ? `SQLite file ${database.path}`
    : `MySQL ${database.username}@${database.host}:${database.port}/${database.database}`;
}

/** Opens the database (creating an empty MySQL schema or SQLite file if needed) and migrates it. */
export async function openDatabase(database: DatabaseConfig): Promise<DataSource> {
  try {
    if (database.type === 'sqlite') mkdirSync(dirname(database.path), { recursive: true });
    else await createMysqlDatabaseIfMissing(database);
    const dataSource = await new DataSource(dataSourceOptions(database)).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await ensureDerivedDataTriggers(dataSource);
    return dataSource;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseUnavailableError(
      `Cannot open the database (${describeDatabase(database)}): ${reason}`,
    );
  }
}

async function createMysqlDatabaseIfMissing(database: Extract<DatabaseConfig, { type: 'mysql' }>) {
  const connection = await createConnection({
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
    connectTimeout: 5000,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}
