import { DEFAULT_THRESHOLDS } from '@luodi/domain';
import { createHmac } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { AppConfig } from '../../server/src/config/config';
import { APP_CONFIG } from '../../server/src/config/config.module';
import { Clock } from '../../server/src/modules/auth/clock';
import { AuditLogService } from '../../server/src/modules/audit/audit-log.service';
import { errorCodes, type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { username mustChangePassword } }';
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id name role orgUnit { name } } }`;
const RESET = 'mutation ($id: ID!) { resetUserPassword(id: $id) }';
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const SET_ACTIVE =
  'mutation ($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { active } }';
const AUDIT_LOG = `query ($first: Int, $after: String, $entity: String, $actorId: ID, $action: String, $from: Date, $to: Date) {
  auditLog(first: $first, after: $after, entity: $entity, actorId: $actorId, action: $action, from: $from, to: $to) {
    edges { cursor node { id at action entity entityId changes address actor { id username name } } }
    pageInfo { hasNextPage endCursor } } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id username } }`;
const STRONG = 'Luxi-park-2026!';

/** One GraphQL request with a given token and extra headers (X-Forwarded-For). */
async function post(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GraphQLResponse), status: response.status };
}

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const loginFrom = (t: TestApp, username: string, password: string, address?: string) =>
  post(
    t,
    LOGIN,
    { u: username, p: password },
    undefined,
    address ? { 'x-forwarded-for': address } : {},
  );
const tokenOf = (response: GraphQLResponse) => response.data?.login?.token as string | undefined;

const idOf = (t: TestApp, username: string) => String(t.accounts.users.get(username)!.id);
const unitOf = (t: TestApp, key: string) => String(t.accounts.orgUnits.get(key)!.id);

async function lastEvent(t: TestApp, where: string, params: unknown[] = []) {
  const [row] = await t.dataSource.query(
    `SELECT actorId, action, entity, entityId, changes, address FROM audit_event WHERE ${where} ORDER BY id DESC LIMIT 1`,
    params,
  );
  return row
    ? {
        ...row,
        actorId: row.actorId === null ? null : Number(row.actorId),
        entityId: Number(row.entityId),
      }
    : null;
}

describe('accounts: users admin, passwords, sessions, audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('updateUser', () => {
    it('is for admins only, names bad fields, and audits before → after', async () => {
      const id = idOf(t, 'li.staff');
      for (const as of ['zhang.staff', 'wang.leader', 'zhao.supervisor'])
        expect(errorCodes(await t.gql(UPDATE_USER, { id, input: { name: '李四' } }, as))).toEqual([
          'FORBIDDEN',
        ]);
      const bad = await t.gql(
        UPDATE_USER,
        { id, input: { name: '\u200b\u200b', orgUnitId: '999999' } },
        'admin',
      );
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(bad.errors![0].extensions!.fields!).sort()).toEqual(['name', 'orgUnitId']);
      expect(
        errorCodes(await t.gql(UPDATE_USER, { id: '999999', input: { name: '某' } }, 'admin')),
      ).toEqual(['NOT_FOUND']);
      const badRole = await t.gql(UPDATE_USER, { id, input: { role: 'EMPEROR' } }, 'admin');
      expect(Object.keys(badRole.errors![0].extensions!.fields!)).toEqual(['role']);

      const updated = await t.gql(
        UPDATE_USER,
        { id, input: { name: '李强', role: 'LEADER', orgUnitId: unitOf(t, 'luxi') } },
        'admin',
      );
      expect(updated.data?.updateUser).toEqual({
        id,
        name: '李强',
        role: 'LEADER',
        orgUnit: { name: '泸溪县' },
      });
      const event = await lastEvent(t, `entity = 'User' AND action = 'UPDATE'`);
      expect(event).toMatchObject({ actorId: Number(idOf(t, 'admin')), entityId: Number(id) });
      expect(JSON.parse(event.changes)).toEqual({
        name: { before: '李芳', after: '李强' },
        role: { before: 'STAFF', after: 'LEADER' },
        orgUnitId: { before: Number(unitOf(t, 'huayuan')), after: Number(unitOf(t, 'luxi')) },
      });
      // The new role applies to the very next request of an existing session.
      const me = await t.gql('{ me { role } }', {}, 'li.staff');
      expect(me.data?.me.role).toBe('LEADER');
      expect(
        errorCodes(
          await t.gql(UPDATE_USER, { id: idOf(t, 'admin'), input: { role: 'STAFF' } }, 'admin'),
        ),
      ).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('resetUserPassword and changePassword', () => {
    it('gives a one-time password that works once and forces a change first', async () => {
      const id = idOf(t, 'chen.leader');
      const oldToken = await t.tokenFor('chen.leader');
      expect(errorCodes(await t.gql(RESET, { id }, 'zhao.supervisor'))).toEqual(['FORBIDDEN']);
      const reset = await t.gql(RESET, { id }, 'admin');
      const oneTime = reset.data?.resetUserPassword as string;
      expect(oneTime).toMatch(/^[A-Za-z0-9]{14}$/);
      // Every session of the user ended with the reset, and the old password is gone.
      expect(errorCodes(await post(t, ME, {}, oldToken))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await t.login('chen.leader'))).toEqual(['UNAUTHENTICATED']);
      const event = await lastEvent(t, `action = 'RESET_PASSWORD'`);
      expect(event).toMatchObject({ entity: 'User', entityId: Number(id) });
      expect(event.changes).not.toContain(oneTime);

      const token = tokenOf(await t.login('chen.leader', oneTime))!;
      expect((await post(t, ME, {}, token)).data?.me).toEqual({
        username: 'chen.leader',
        mustChangePassword: true,
      });
      const blocked = await post(t, '{ orgUnits { id } }', {}, token);
      expect(errorCodes(blocked)).toEqual(['FORBIDDEN']);
      expect(blocked.errors?.[0].extensions?.passwordChangeRequired).toBe(true);

      expect((await post(t, CHANGE, { c: oneTime, n: STRONG }, token)).data?.changePassword).toBe(
        true,
      );
      expect((await post(t, ME, {}, token)).data?.me.mustChangePassword).toBe(false);
      expect(
        (await post(t, '{ orgUnits { id } }', {}, token)).data?.orgUnits.length,
      ).toBeGreaterThan(0);
      expect(errorCodes(await t.login('chen.leader', oneTime))).toEqual(['UNAUTHENTICATED']);
      expect(tokenOf(await t.login('chen.leader', STRONG))).toBeTruthy();
      const change = await lastEvent(t, `action = 'CHANGE_PASSWORD'`);
      expect(change).toMatchObject({ actorId: Number(id), entity: 'User', entityId: Number(id) });
      expect(change.address).toMatch(/127\.0\.0\.1/);
      expect(change.changes).not.toContain(STRONG);
    });

    it('ends the user’s other sessions when the password changes, and keeps this one', async () => {
      const here = tokenOf(await t.login('sun.staff'))!;
      const elsewhere = tokenOf(await t.login('sun.staff'))!;
      expect(
        (await post(t, CHANGE, { c: 'luodi2026', n: STRONG }, here)).data?.changePassword,
      ).toBe(true);
      expect((await post(t, ME, {}, here)).data?.me.username).toBe('sun.staff');
      expect(errorCodes(await post(t, ME, {}, elsewhere))).toEqual(['UNAUTHENTICATED']);
      const event = await lastEvent(t, `action = 'CHANGE_PASSWORD'`);
      expect(JSON.parse(event.changes)).toMatchObject({ otherSessionsEnded: { after: 1 } });
    });

    it('refuses a wrong current password and every weak new one, naming the field', async () => {
      const token = await t.tokenFor('liu.leader');
      const wrong = await post(t, CHANGE, { c: 'not-my-password', n: STRONG }, token);
      expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect(wrong.errors?.[0].extensions?.fields).toEqual({ currentPassword: '当前密码不正确' });
      for (const weak of [
        '',
        '          ',
        '\u0000'.repeat(12),
        '\u200b'.repeat(12),
        'short1!',
        'woaini1314',
        '1qaz2wsx3edc',
        'aaaaaaaaaaaa',
        'liu.leader-2026',
        'x'.repeat(300),
      ]) {
        const response = await post(t, CHANGE, { c: 'luodi2026', n: weak }, token);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(Object.keys(response.errors![0].extensions!.fields!)).toEqual(['newPassword']);
      }
      // The demo password is 9 characters: it still verifies, it just cannot be chosen again.
      expect(tokenOf(await t.login('liu.leader'))).toBeTruthy();
    });

    it('keeps verifying old bcrypt hashes and stores argon2id at the next login', async () => {
      const id = idOf(t, 'li.staff');
      const legacy = bcrypt.hashSync('old-bcrypt-password', 10);
      await t.dataSource.query('UPDATE user SET passwordHash = ? WHERE id = ?', [
        legacy,
        Number(id),
      ]);
      expect(tokenOf(await t.login('li.staff', 'old-bcrypt-password'))).toBeTruthy();
      const [{ passwordHash }] = await t.dataSource.query(
        'SELECT passwordHash FROM user WHERE id = ?',
        [Number(id)],
      );
      expect(passwordHash).toMatch(/^\$argon2id\$/);
      expect(tokenOf(await t.login('li.staff', 'old-bcrypt-password'))).toBeTruthy();
      // Past bcrypt's 72 bytes nothing is dropped: a longer password is a different password.
      const long = '招'.repeat(30);
      expect(errorCodes(await t.login('li.staff', `${long}x`))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('sessions', () => {
    it('refuses a deactivated user’s old token at once, and after reactivation too', async () => {
      const id = idOf(t, 'zhou.staff');
      const oldToken = await t.tokenFor('zhou.staff');
      expect((await post(t, ME, {}, oldToken)).data?.me.username).toBe('zhou.staff');
      await t.gql(SET_ACTIVE, { id, a: false }, 'admin');
      expect(errorCodes(await post(t, ME, {}, oldToken))).toEqual(['UNAUTHENTICATED']);
      await t.gql(SET_ACTIVE, { id, a: true }, 'admin');
      expect(errorCodes(await post(t, ME, {}, oldToken))).toEqual(['UNAUTHENTICATED']);
      expect(tokenOf(await t.login('zhou.staff'))).toBeTruthy();
    });

    it('ends the session on logout, audited with the address', async () => {
      const token = tokenOf(await t.login('wang.leader'))!;
      expect((await post(t, 'mutation { logout }', {}, token)).data?.logout).toBe(true);
      expect(errorCodes(await post(t, ME, {}, token))).toEqual(['UNAUTHENTICATED']);
      const event = await lastEvent(t, `action = 'LOGOUT'`);
      expect(event).toMatchObject({ entity: 'Login', actorId: Number(idOf(t, 'wang.leader')) });
      expect(event.address).toMatch(/127\.0\.0\.1/);
    });

    it('pins HS256: a token in another algorithm or unsigned is refused', async () => {
      const token = tokenOf(await t.login('zhang.staff'))!;
      const [, payload] = token.split('.');
      const secret = t.app.get<symbol, AppConfig>(APP_CONFIG).jwtSecret;
      const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      expect(errorCodes(await post(t, ME, {}, unsigned))).toEqual(['UNAUTHENTICATED']);
      const header = b64({ alg: 'HS512', typ: 'JWT' });
      const signature = createHmac('sha512', secret)
        .update(`${header}.${payload}`)
        .digest('base64url');
      expect(errorCodes(await post(t, ME, {}, `${header}.${payload}.${signature}`))).toEqual([
        'UNAUTHENTICATED',
      ]);
      const forgedSub = `${token.split('.')[0]}.${b64({ sub: 'abc', sid: 'x' })}.${token.split('.')[2]}`;
      expect(errorCodes(await post(t, ME, {}, forgedSub))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('login audit and addresses', () => {
    it('records logins and failed logins (known and unknown usernames) with the address', async () => {
      await t.login('zhao.supervisor', 'wrong-password-1');
      const failed = await lastEvent(t, `action = 'LOGIN_FAILED'`);
      expect(failed).toMatchObject({
        entity: 'Login',
        actorId: Number(idOf(t, 'zhao.supervisor')),
      });
      expect(failed.changes).not.toContain('wrong-password-1');
      await t.login('no.such.person', 'whatever-it-is');
      const unknown = await lastEvent(t, `action = 'LOGIN_FAILED'`);
      expect(unknown).toMatchObject({ entity: 'Login', actorId: null, entityId: 0 });
      // Without TRUSTED_PROXIES a forged X-Forwarded-For is ignored.
      await loginFrom(t, 'zhao.supervisor', 'wrong-password-2', '203.0.113.9');
      expect((await lastEvent(t, `action = 'LOGIN_FAILED'`)).address).toMatch(/127\.0\.0\.1/);
      const log = await t.gql(AUDIT_LOG, { action: 'LOGIN_FAILED', first: 5 }, 'zhao.supervisor');
      const actors = log.data?.auditLog.edges.map((edge: any) => edge.node.actor);
      expect(actors).toContainEqual({
        id: '0',
        username: 'no.such.person',
        name: '（未知用户名）',
      });
    });
  });

  describe('auditLog', () => {
    it('shows a threshold change to a supervisor and an admin, and nothing to staff or leaders', async () => {
      const update = `mutation ($input: FlagThresholdsInput!) { updateFlagThresholds(input: $input) { fakeProjectDays } }`;
      const input = JSON.parse(JSON.stringify({ ...DEFAULT_THRESHOLDS, fakeProjectDays: 75 }));
      expect(errorCodes(await t.gql(update, { input }, 'admin'))).toEqual([]);
      for (const as of ['zhao.supervisor', 'admin']) {
        const log = await t.gql(AUDIT_LOG, { entity: 'Setting', first: 10 }, as);
        const [event] = log.data!.auditLog.edges.map((edge: any) => edge.node);
        expect(event).toMatchObject({
          action: 'UPDATE_THRESHOLDS',
          entity: 'Setting',
          actor: { username: 'admin' },
        });
        expect(JSON.parse(event.changes)).toMatchObject({
          fakeProjectDays: { before: 90, after: 75 },
        });
      }
      for (const as of ['zhang.staff', 'wang.leader']) {
        const refused = await t.gql(AUDIT_LOG, {}, as);
        expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
        expect(refused.data).toBeNull();
      }
    });

    it('filters by actor, entity, action and period and pages by cursor, newest first', async () => {
      const adminId = idOf(t, 'admin');
      const all: any[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const response: GraphQLResponse = await t.gql(
          AUDIT_LOG,
          { first: 3, after, actorId: adminId },
          'zhao.supervisor',
        );
        const { edges, pageInfo } = response.data!.auditLog;
        all.push(...edges.map((edge: any) => edge.node));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      const ids = all.map((event) => Number(event.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(ids.length);
      expect(all.every((event) => event.actor.username === 'admin')).toBe(true);
      const [{ n }] = await t.dataSource.query(
        'SELECT COUNT(*) AS n FROM audit_event WHERE actorId = ?',
        [Number(adminId)],
      );
      expect(all).toHaveLength(Number(n));

      const users = await t.gql(AUDIT_LOG, { entity: 'User', action: 'RESET_PASSWORD' }, 'admin');
      expect(users.data!.auditLog.edges.length).toBeGreaterThan(0);
      expect(
        users.data!.auditLog.edges.every((edge: any) => edge.node.action === 'RESET_PASSWORD'),
      ).toBe(true);
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const todays = await t.gql(AUDIT_LOG, { from: today, to: today, first: 200 }, 'admin');
      expect(todays.data!.auditLog.edges.length).toBeGreaterThan(0);
      const none = await t.gql(AUDIT_LOG, { from: '2020-01-01', to: '2020-01-31' }, 'admin');
      expect(none.data!.auditLog.edges).toEqual([]);

      for (const [variables, field] of [
        [{ first: 0 }, 'first'],
        [{ first: -1 }, 'first'],
        [{ after: 'abc' }, 'after'],
        [{ entity: "User' OR 1=1" }, 'entity'],
        [{ action: 'x'.repeat(100) }, 'action'],
        [{ from: '2026-02-01', to: '2026-01-01' }, 'to'],
      ] as const) {
        const bad = await t.gql(AUDIT_LOG, variables, 'admin');
        expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
        expect(Object.keys(bad.errors![0].extensions!.fields!)).toEqual([field]);
      }
    });

    it('is append-only: no mutation writes or removes audit events', async () => {
      const schema = await t.gql('{ __schema { mutationType { fields { name } } } }', {}, 'admin');
      const names: string[] = schema.data.__schema.mutationType.fields.map(
        (field: any) => field.name,
      );
      expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
    });

    it('reads pages through an index on both engines', async () => {
      const service = t.app.get(AuditLogService);
      for (const [filter, index] of [
        [{ entity: 'Project' }, 'idx_audit_entity_id'],
        [{ actorId: adminIdNumber(t) }, 'idx_audit_actor'],
        [{ action: 'LOGIN' }, 'idx_audit_action'],
      ] as const) {
        const [sql, params] = service.sqlOf(filter as any);
        const plan = JSON.stringify(
          t.engine === 'sqlite'
            ? await t.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params)
            : await t.dataSource.query(`EXPLAIN ${sql}`, params),
        );
        expect(plan).toContain(index);
        expect(plan).not.toMatch(/SCAN (event|audit_event)\b(?! USING)|"type":"ALL"/);
      }
      const [sql, params] = service.sqlOf({});
      const plan = JSON.stringify(
        t.engine === 'sqlite'
          ? await t.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, params)
          : await t.dataSource.query(`EXPLAIN ${sql}`, params),
      );
      expect(plan).not.toMatch(/TEMP B-TREE|filesort/);
    });

    it('exports the filtered log to Excel for supervisors, audited as an export', async () => {
      const download = (as: string) =>
        t.tokenFor(as).then((token) =>
          fetch(`${t.url}/export/audit-log.xlsx?entity=User`, {
            headers: { authorization: `Bearer ${token}` },
          }),
        );
      const refused = await download('zhang.staff');
      expect(refused.status).toBe(403);
      const response = await download('zhao.supervisor');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
      const { Workbook } = await import('exceljs');
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const sheet = workbook.getWorksheet('操作日志')!;
      expect(sheet.getRow(1).values).toEqual(
        expect.arrayContaining(['时间', '操作人', '操作', '对象', '来源地址', '变更内容']),
      );
      expect(sheet.rowCount).toBeGreaterThan(2);
      const event = await lastEvent(t, `action = 'EXPORT'`);
      expect(event).toMatchObject({
        entity: 'Export',
        actorId: Number(idOf(t, 'zhao.supervisor')),
      });
      expect(JSON.parse(event.changes)).toMatchObject({
        file: { after: 'audit-log.xlsx' },
        query: { after: { entity: 'User' } },
      });
      const ledger = await fetch(`${t.url}/export/projects.xlsx`, {
        headers: { authorization: `Bearer ${await t.tokenFor('zhang.staff')}` },
      });
      expect(ledger.status).toBe(200);
      expect(await lastEvent(t, `action = 'EXPORT'`)).toMatchObject({
        actorId: Number(idOf(t, 'zhang.staff')),
      });
    });
  });

  describe('imports in the audit log', () => {
    it('records a refused import with who, where and why', async () => {
      const response = await fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await t.tokenFor('zhang.staff')}`,
          'content-type': 'application/octet-stream',
        },
        body: Buffer.from('not a workbook'),
      });
      expect(response.status).toBe(400);
      const event = await lastEvent(t, `entity = 'Import'`);
      expect(event).toMatchObject({
        action: 'IMPORT_REFUSED',
        actorId: Number(idOf(t, 'zhang.staff')),
      });
      expect(event.address).toMatch(/127\.0\.0\.1/);
      expect(JSON.parse(event.changes).file.after).toBe('projects.xlsx');
    });
  });

  describe('createUser under concurrency', () => {
    it('lets one of 20 simultaneous creates win; the rest name username, and nothing logs the hash', async () => {
      const written: string[] = [];
      const capture = (stream: NodeJS.WriteStream) => {
        const original = stream.write.bind(stream);
        stream.write = ((chunk: unknown, ...rest: unknown[]) => {
          written.push(String(chunk));
          return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
        }) as typeof stream.write;
        return () => {
          stream.write = original as typeof stream.write;
        };
      };
      const restore = [capture(process.stdout), capture(process.stderr)];
      const token = await t.tokenFor('admin');
      const input = {
        username: 'race.user',
        name: '并发',
        password: STRONG,
        role: 'STAFF',
        orgUnitId: unitOf(t, 'luxi'),
      };
      let results: GraphQLResponse[];
      try {
        results = await Promise.all(
          Array.from({ length: 20 }, () => post(t, CREATE_USER, { input }, token)),
        );
      } finally {
        restore.forEach((undo) => undo());
      }
      expect(results.filter((result) => result.data?.createUser)).toHaveLength(1);
      const failures = results.filter((result) => !result.data?.createUser);
      expect(failures).toHaveLength(19);
      for (const failure of failures) {
        expect(errorCodes(failure)).toEqual(['BAD_USER_INPUT']);
        expect(failure.errors?.[0].extensions?.fields).toEqual({ username: '该用户名已被使用' });
      }
      const log = written.join('');
      expect(log).not.toMatch(/argon2id|INSERT INTO/i);
      expect(
        await t.dataSource.query(`SELECT COUNT(*) AS n FROM user WHERE username = 'race.user'`),
      ).toEqual([{ n: t.engine === 'sqlite' ? 1 : '1' }]);
    });
  });
});

const adminIdNumber = (t: TestApp) => String(t.accounts.users.get('admin')!.id);

describe('login throttling behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUSTED_PROXIES: 'loopback',
      LOGIN_LIMIT_PER_ADDRESS: '30',
      LOGIN_LIMIT_PER_USERNAME: '10',
      PASSWORD_MAX_AGE_DAYS: '90',
    });
  });
  afterAll(() => t.close());

  it('never locks the right password out from a fresh address or the usual one', async () => {
    // Every attempt at one instant: the delays are decided by counts, not by how fast this machine is.
    const clock = t.app.get(Clock);
    clock.freeze();
    const usual = '10.1.1.1';
    expect(tokenOf(await loginFrom(t, 'li.staff', 'luodi2026', usual))).toBeTruthy();
    // One attacking address hammers the account.
    for (let i = 0; i < 25; i++)
      await loginFrom(t, 'li.staff', `guess-${i}-password`, '198.51.100.7');
    const slowed = await loginFrom(t, 'li.staff', 'luodi2026', '198.51.100.7');
    expect(errorCodes(slowed)).toEqual(['UNAUTHENTICATED']);
    expect(slowed.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(tokenOf(await loginFrom(t, 'li.staff', 'luodi2026', '192.0.2.50'))).toBeTruthy();
    // Many addresses hammer it: strangers wait, the usual address does not.
    for (let i = 0; i < 40; i++)
      await loginFrom(t, 'li.staff', `spray-${i}-password`, `203.0.113.${i + 1}`);
    const stranger = await loginFrom(t, 'li.staff', 'luodi2026', '192.0.2.99');
    expect(errorCodes(stranger)).toEqual(['UNAUTHENTICATED']);
    expect(tokenOf(await loginFrom(t, 'li.staff', 'luodi2026', usual))).toBeTruthy();
    // The attempts carry the forwarded address, which is trusted from the loopback proxy.
    const [row] = await t.dataSource.query(
      `SELECT address FROM audit_event WHERE action = 'LOGIN' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.address).toBe(usual);
    clock.freeze(false);
  });

  it('lets an office behind one address in, past the per-address ceiling, if they logged in there before', async () => {
    const office = '10.9.9.9';
    expect(tokenOf(await loginFrom(t, 'zhou.staff', 'luodi2026', office))).toBeTruthy();
    for (let i = 0; i < 35; i++) await loginFrom(t, `nobody${i}`, 'wrong-password', office);
    expect(errorCodes(await loginFrom(t, 'wang.leader', 'luodi2026', office))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(tokenOf(await loginFrom(t, 'zhou.staff', 'luodi2026', office))).toBeTruthy();
  });

  it('times out after 30 idle minutes (sliding) and after 12 hours whatever the activity', async () => {
    const clock = t.app.get(Clock);
    const token = tokenOf(await t.login('zhang.staff'))!;
    for (let i = 0; i < 3; i++) {
      clock.advance(25 * 60_000);
      expect((await post(t, ME, {}, token)).data?.me.username).toBe('zhang.staff');
    }
    clock.advance(31 * 60_000);
    const idle = await post(t, ME, {}, token);
    expect(errorCodes(idle)).toEqual(['UNAUTHENTICATED']);
    expect(idle.errors?.[0].message).toMatch(/长时间未操作/);

    const busy = tokenOf(await t.login('zhang.staff'))!;
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      clock.advance(20 * 60_000);
      expect(errorCodes(await post(t, ME, {}, busy))).toEqual([]);
    }
    clock.advance(40 * 60_000);
    expect(errorCodes(await post(t, ME, {}, busy))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a one-time password sign in for 24 hours only', async () => {
    const admin = tokenOf(await loginFrom(t, 'admin', 'luodi2026', '10.3.3.3'))!;
    const reset = await post(t, RESET, { id: idOf(t, 'liu.leader') }, admin);
    const oneTime = reset.data?.resetUserPassword as string;
    t.app.get(Clock).advance(25 * 3600_000);
    const late = await loginFrom(t, 'liu.leader', oneTime, '10.3.3.4');
    expect(errorCodes(late)).toEqual(['UNAUTHENTICATED']);
    expect(late.errors?.[0].message).toMatch(/临时密码已过期/);
  });

  it('forces a change of a password older than PASSWORD_MAX_AGE_DAYS', async () => {
    const token = tokenOf(await loginFrom(t, 'chen.leader', 'luodi2026', '10.2.2.2'))!;
    expect((await post(t, ME, {}, token)).data?.me.mustChangePassword).toBe(false);
    t.app.get(Clock).advance(91 * 86400_000);
    const fresh = tokenOf(await loginFrom(t, 'chen.leader', 'luodi2026', '10.2.2.2'))!;
    expect((await post(t, ME, {}, fresh)).data?.me.mustChangePassword).toBe(true);
    expect(errorCodes(await post(t, '{ orgUnits { id } }', {}, fresh))).toEqual(['FORBIDDEN']);
    expect((await post(t, CHANGE, { c: 'luodi2026', n: STRONG }, fresh)).data?.changePassword).toBe(
      true,
    );
    expect((await post(t, '{ orgUnits { id } }', {}, fresh)).data?.orgUnits.length).toBeGreaterThan(
      0,
    );
  });
});
