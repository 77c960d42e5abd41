import type { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import {
  createAdmin,
  CreateAdminError,
  nextSteps,
  parseArguments,
} from '../../server/src/create-admin';
import { openDatabase } from '../../server/src/database/open-database';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity';
import { OrgUnit } from '../../server/src/modules/org-units/org-unit.entity';
import { User } from '../../server/src/modules/users/user.entity';
import { createApp } from '../../server/src/server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const PASSWORD = 'Xiangxi-Zhaoshang-2026';
const SCRIPT = resolve(__dirname, '../../server/dist/create-admin.js');

/** `npm run create-admin` on an empty database (no demo data), then the admin signs in. */
describe('first run: create-admin on an empty database', () => {
  let database: TestDatabase;
  let dataSource: DataSource | undefined;
  let app: INestApplication | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await app?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database.drop();
  });

  it('reads `<username> "<name>" [--city X]`', () => {
    expect(parseArguments(['boss', '局长', '--city', '湘西市'])).toEqual({
      username: 'boss',
      name: '局长',
      city: '湘西市',
    });
    expect(parseArguments(['boss', '局长', '--city=湘西市']).city).toBe('湘西市');
    expect(parseArguments(['boss', '局长']).city).toBeNull();
    expect(() => parseArguments(['boss'])).toThrow(CreateAdminError);
    expect(() => parseArguments(['boss', '局长', '--town', 'x'])).toThrow(/unknown option/);
  });

  it('refuses a weak password and a bad username before touching the database', async () => {
    await expect(
      createAdmin(database.config.database, { username: 'boss', name: '局长', password: '123' }),
    ).rejects.toThrow(CreateAdminError);
    await expect(
      createAdmin(database.config.database, { username: 'B O', name: '局长', password: PASSWORD }),
    ).rejects.toThrow(/用户名/);
    await expect(
      createAdmin(database.config.database, {
        username: 'boss',
        name: '局长',
        password: 'Xiangxi-boss-2026',
      }),
    ).rejects.toThrow('密码不能包含用户名');
  });

  it('creates the root 市 named by --city and the administrator there, both audited', async () => {
    const result = await createAdmin(database.config.database, {
      username: 'boss',
      name: '局长',
      password: PASSWORD,
      city: '湘西市',
    });
    expect(result.createdRoot).toBe(true);
    expect(result.root).toMatchObject({ name: '湘西市', kind: 'CITY', parentId: null });
    expect(result.root.path).toBe(`/${result.root.id}/`);
    expect(result.user).toMatchObject({ username: 'boss', role: 'ADMIN' });
    expect(nextSteps(result)).toMatch(/设置 → 组织机构[\s\S]*设置 → 产业链[\s\S]*设置 → 用户/);
  });

  it('adds a second administrator at the same root and refuses a taken username', async () => {
    const second = await createAdmin(database.config.database, {
      username: 'deputy',
      name: '副局长',
      password: PASSWORD,
      city: '别的市',
    });
    expect(second.createdRoot).toBe(false);
    expect(second.root.name).toBe('湘西市');
    await expect(
      createAdmin(database.config.database, {
        username: 'boss',
        name: '局长',
        password: PASSWORD,
      }),
    ).rejects.toThrow(/已存在/);
  });

  it('leaves one root, two admins and their audit events; the admin signs in and builds the tree', async () => {
    dataSource = await openDatabase(database.config.database);
    expect(await dataSource.getRepository(OrgUnit).count()).toBe(1);
    expect(await dataSource.getRepository(User).countBy({ role: 'ADMIN' })).toBe(2);
    const events = await dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });
    expect(events.map((e) => `${e.entity}:${e.action}`)).toEqual([
      'OrgUnit:CREATE',
      'User:CREATE_ADMIN',
      'User:CREATE_ADMIN',
    ]);

    app = await createApp(database.config, dataSource);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const post = async (query: string, variables: Record<string, unknown>, token?: string) =>
      (await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: any; errors?: unknown[] };

    const login = await post(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'boss', p: PASSWORD },
    );
    expect(login.errors).toBeUndefined();
    const token = login.data.login.token as string;
    const units = await post('{ orgUnits { id name kind active parent { id } } }', {}, token);
    expect(units.data.orgUnits).toEqual([
      {
        id: String((await dataSource.getRepository(OrgUnit).findOneByOrFail({})).id),
        name: '湘西市',
        kind: 'CITY',
        active: true,
        parent: null,
      },
    ]);
    const county = await post(
      'mutation ($input: OrgUnitInput!) { createOrgUnit(input: $input) { id name kind parent { name } } }',
      { input: { name: '泸溪县', kind: 'COUNTY', parentId: units.data.orgUnits[0].id } },
      token,
    );
    expect(county.errors).toBeUndefined();
    expect(county.data.createOrgUnit).toMatchObject({ name: '泸溪县', parent: { name: '湘西市' } });
  });

  it('runs as the built script: weak passwords refused, then the admin and what to do next', () => {
    if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: npm test builds it first`);
    const db = database.config.database;
    const dbEnv =
      db.type === 'sqlite'
        ? { SQLITE_PATH: db.path, DATABASE_URL: '' }
        : {
            DATABASE_URL: `mysql://${encodeURIComponent(db.username)}${db.password ? `:${encodeURIComponent(db.password)}` : ''}@${db.host}:${db.port}/${db.database}`,
          };
    const run = (password: string | undefined, ...args: string[]) =>
      spawnSync(process.execPath, [SCRIPT, ...args], {
        encoding: 'utf8',
        input: '',
        env: {
          ...process.env,
          ...dbEnv,
          JWT_SECRET: 'first-run-secret-first-run-secret-0123',
          ADMIN_PASSWORD: password ?? '',
        },
      });
    const weak = run('12345678', 'clerk', '办公室');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/^luodi: 密码/);
    const noPassword = run(undefined, 'clerk', '办公室');
    expect(noPassword.status).toBe(1);
    expect(noPassword.stderr).toContain('ADMIN_PASSWORD');
    const usage = run(PASSWORD, 'clerk');
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('Usage: npm run create-admin');
    const made = run(PASSWORD, 'clerk', '办公室', '--city', '湘西市');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('已创建管理员 clerk（办公室），所属单位：湘西市');
    expect(made.stdout).toContain('设置 → 组织机构');
  });
});
