import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import {
  BackupError,
  backupDatabase,
  restoreDatabase,
  rowCounts,
  snapshotOf,
} from '../../server/src/database/backup';
import { openDatabase } from '../../server/src/database/open-database';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-accounts';
import { seedDemoData } from '../../server/src/seed/seed-demo';
import { createApp } from '../../server/src/server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('backup and restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let live: DataSource;
  let app: INestApplication;
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'luodi-backup-'));
  const opened: DataSource[] = [];

  beforeAll(async () => {
    source = await createTestDatabase();
    live = await openDatabase(source.config.database);
    await seedDemoData(live);
    app = await createApp(source.config, live);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    for (const dataSource of [live, ...opened])
      if (dataSource.isInitialized) await dataSource.destroy();
    await source.drop();
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const login = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($p: String!) { login(username: "admin", password: $p) { token } }',
        variables: { p: DEMO_PASSWORD },
      }),
    }).then((response) => response.json());

  async function freshTarget(): Promise<DataSource> {
    await target?.drop();
    target = await createTestDatabase();
    const dataSource = await openDatabase(target.config.database);
    opened.push(dataSource);
    return dataSource;
  }

  it('writes a snapshot of the running server that restores into an empty database with every table equal', async () => {
    await login();
    const before = await snapshotOf(live);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    expect(before.project.length).toBeGreaterThan(10);
    const file = join(dir, source.engine === 'sqlite' ? 'luodi.sqlite' : 'luodi.jsonl');
    const written = await backupDatabase(source.config.database, live, file);
    expect(written.rows).toBeGreaterThan(100);

    const restored = await freshTarget();
    const result = await restoreDatabase(restored, file);
    expect(result.rows).toBe(written.rows);
    const after = await snapshotOf(restored);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) {
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    }
  });

  it('stays consistent while the server writes, and refuses a database that is not empty', async () => {
    const file = join(dir, source.engine === 'sqlite' ? 'busy.sqlite' : 'busy.jsonl');
    const countBefore = (await rowCounts(live)).audit_event;
    const writes = Promise.all(Array.from({ length: 10 }, () => login()));
    await backupDatabase(source.config.database, live, file);
    await writes;
    const countAfter = (await rowCounts(live)).audit_event;

    const restored = await freshTarget();
    await restoreDatabase(restored, file);
    const counts = await rowCounts(restored);
    expect(counts.audit_event).toBeGreaterThanOrEqual(countBefore);
    expect(counts.audit_event).toBeLessThanOrEqual(countAfter);
    // Every session of the snapshot has its login event, none more: one moment, not a blur.
    expect(counts.session).toBe(
      Number(
        (await restored.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'LOGIN'`))[0].n,
      ),
    );
    await expect(restoreDatabase(restored, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(restored, file)).rejects.toThrow(/not empty/);
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const restored = await freshTarget();
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'hello\n');
    await expect(restoreDatabase(restored, junk)).rejects.toThrow(BackupError);
    expect(Object.values(await rowCounts(restored)).every((n) => n === 0)).toBe(true);
  });
});
