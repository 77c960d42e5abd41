import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

describe('accounts and access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_USERNAME: '3' });
  });
  afterAll(() => t.close());

  it('answers only ok at /healthz without a token', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('logs in with the demo password and answers me', async () => {
    const login = await t.login('zhang.staff');
    expect(login.data?.login.token).toEqual(expect.any(String));
    const me = await t.gql(
      '{ me { username name role orgUnit { name kind parent { name } } } }',
      {},
      'zhang.staff',
    );
    expect(me.data?.me).toEqual({
      username: 'zhang.staff',
      name: '张明',
      role: 'STAFF',
      orgUnit: { name: '泸溪县', kind: 'COUNTY', parent: { name: '湘西市' } },
    });
  });

  it('gives a wrong password and an unknown user the same error', async () => {
    const wrong = await t.login('wang.leader', 'not-the-password');
    const unknown = await t.login('nobody.here', 'not-the-password');
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0].message).toBe('用户名或密码错误');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it('refuses every operation but login without a valid token', async () => {
    expect(errorCodes(await t.gql('{ me { id } }'))).toEqual(['UNAUTHENTICATED']);
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.value' },
      body: JSON.stringify({ query: '{ orgUnits { id } }' }),
    });
    const body: any = await response.json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('slows a username hammered from one address there for a while, and nowhere else', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await t.login('li.staff', 'wrong-password');
    const locked = await t.login('li.staff');
    expect(errorCodes(locked)).toEqual(['UNAUTHENTICATED']);
    expect(locked.errors?.[0].message).toMatch(/登录失败次数过多，请 \d+ 秒后再试/);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await t.login('wang.leader')).data?.login.token).toBeTruthy();
  });

  it('shows staff only their own org-unit subtree and admins everything', async () => {
    const staff = await t.gql('{ orgUnits { name } }', {}, 'zhang.staff');
    expect(staff.data?.orgUnits.map((unit: { name: string }) => unit.name).sort()).toEqual(
      ['泸溪县', '泸溪高新区'].sort(),
    );
    const admin = await t.gql('{ orgUnits { name } }', {}, 'admin');
    expect(admin.data?.orgUnits).toHaveLength(6);
  });

  it('lists users by role within scope', async () => {
    const leaders = await t.gql('query { users(role: LEADER) { username } }', {}, 'wang.leader');
    expect(leaders.data?.users.map((user: { username: string }) => user.username).sort()).toEqual(
      ['chen.leader', 'liu.leader', 'wang.leader'].sort(),
    );
    const staffView = await t.gql('query { users { username } }', {}, 'zhang.staff');
    expect(staffView.data?.users.map((user: { username: string }) => user.username).sort()).toEqual(
      ['chen.leader', 'zhang.staff', 'zhou.staff'].sort(),
    );
  });

  describe('user administration', () => {
    const create = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id username role active orgUnit { name } } }`;
    const validInput = () => ({
      username: 'qian.staff',
      name: '钱进',
      password: 'long-enough-1',
      role: 'STAFF',
      orgUnitId: String(t.accounts.orgUnits.get('baojing')!.id),
    });

    it('lets only admins create users', async () => {
      const refused = await t.gql(create, { input: validInput() }, 'wang.leader');
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      const created = await t.gql(create, { input: validInput() }, 'admin');
      expect(created.data?.createUser).toMatchObject({
        username: 'qian.staff',
        role: 'STAFF',
        active: true,
        orgUnit: { name: '保靖县' },
      });
      expect((await t.login('qian.staff', 'long-enough-1')).data?.login.token).toBeTruthy();
    });

    it('names every bad field and writes nothing', async () => {
      const before = await t.dataSource.query('SELECT COUNT(*) AS n FROM user');
      const bad = await t.gql(
        create,
        {
          input: {
            ...validInput(),
            username: 'A B',
            name: '  ',
            password: 'short',
            orgUnitId: '9999',
          },
        },
        'admin',
      );
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(bad.errors![0].extensions!.fields!).sort()).toEqual([
        'name',
        'orgUnitId',
        'password',
        'username',
      ]);
      expect(await t.dataSource.query('SELECT COUNT(*) AS n FROM user')).toEqual(before);
      const duplicate = await t.gql(
        create,
        { input: { ...validInput(), username: 'zhang.staff' } },
        'admin',
      );
      expect(duplicate.errors?.[0].extensions?.fields).toEqual({ username: '该用户名已被使用' });
    });

    it('names a field of the wrong GraphQL type', async () => {
      const bad = await t.gql(create, { input: { ...validInput(), role: 'EMPEROR' } }, 'admin');
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(bad.errors![0].extensions!.fields!)).toEqual(['role']);
    });

    it('deactivates a user, who can no longer log in or use an old token, and audits it', async () => {
      const target = t.accounts.users.get('sun.staff')!;
      const oldToken = await t.tokenFor('sun.staff');
      const result = await t.gql(
        'mutation ($id: ID!) { setUserActive(id: $id, active: false) { active } }',
        { id: String(target.id) },
        'admin',
      );
      expect(result.data?.setUserActive.active).toBe(false);
      expect(errorCodes(await t.login('sun.staff'))).toEqual(['UNAUTHENTICATED']);
      const withOldToken = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${oldToken}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }).then((response) => response.json() as Promise<any>);
      expect(withOldToken.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const events = await t.dataSource.query(
        `SELECT action, changes FROM audit_event WHERE entity = 'User' AND entityId = ${target.id}`,
      );
      expect(events).toEqual([
        {
          action: 'DEACTIVATE',
          // The old token's session ended with the deactivation.
          changes: JSON.stringify({
            active: { before: true, after: false },
            sessionsEnded: { before: null, after: 1 },
          }),
        },
      ]);
    });

    it('refuses to let an admin deactivate their own account', async () => {
      const self = t.accounts.users.get('admin')!;
      const result = await t.gql(
        'mutation ($id: ID!) { setUserActive(id: $id, active: false) { active } }',
        { id: String(self.id) },
        'admin',
      );
      expect(result.errors?.[0].extensions?.fields).toEqual({ active: '不能停用自己的账号' });
    });
  });
});
