import { Workbook } from 'exceljs';
import { Department } from '../../server/src/modules/blockers/entities/department.entity';
import { todayIso } from '@luodi/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  advance,
  auditEventsOf,
  badFields,
  createProject,
  getProject,
  ok,
  orgUnitId,
  PROJECT_FIELDS,
  refused,
  updateProject,
  userId,
} from '../support/pipeline-fixtures';

const UNIT = 'id name kind active parent { id }';
const CREATE_UNIT = `mutation ($input: OrgUnitInput!) { createOrgUnit(input: $input) { ${UNIT} } }`;
const UPDATE_UNIT = `mutation ($id: ID!, $input: OrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ${UNIT} } }`;
const SET_UNIT_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setOrgUnitActive(id: $id, active: $active) { ${UNIT} } }`;
const CHAIN = 'id name active chainLeader { id } leadDepartment { id name } keyParks { id name }';
const CREATE_CHAIN = `mutation ($input: ChainInput!) { createChain(input: $input) { ${CHAIN} } }`;
const UPDATE_CHAIN = `mutation ($id: ID!, $input: ChainInput!) { updateChain(id: $id, input: $input) { ${CHAIN} } }`;
const SET_CHAIN_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setChainActive(id: $id, active: $active) { ${CHAIN} } }`;
const INVESTOR = `query ($id: ID!) { investor(id: $id) { id name creditCode tags totalContracted totalArrived projects { id name } } }`;

/** 设置 → 组织机构 and 产业链, and investor tags: the admin builds a city of its own. */
describe('setting up a city: org units, chains, investor tags', () => {
  let t: TestApp;
  let departmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const department = await t.dataSource
      .getRepository(Department)
      .save({ name: '市工信局', contactPerson: null, phone: null, active: true, version: 1 });
    departmentId = String(department.id);
  });
  afterAll(() => t.close());

  const pathOf = async (id: string) =>
    (
      (await t.dataSource.query('SELECT path FROM org_unit WHERE id = ?', [Number(id)])) as {
        path: string;
      }[]
    )[0].path;

  describe('org units', () => {
    it('lets only admins write, and names the bad field', async () => {
      const input = { name: '吉首市', kind: 'COUNTY', parentId: orgUnitId(t, 'city') };
      for (const as of ['zhang.staff', 'wang.leader', 'zhao.supervisor'])
        refused(await t.gql(CREATE_UNIT, { input }, as), 'FORBIDDEN');
      expect(
        badFields(await t.gql(CREATE_UNIT, { input: { ...input, name: '  ' } }, 'admin')),
      ).toEqual(['name']);
      expect(
        badFields(await t.gql(CREATE_UNIT, { input: { ...input, kind: 'VILLAGE' } }, 'admin')),
      ).toEqual(['kind']);
      expect(
        badFields(await t.gql(CREATE_UNIT, { input: { ...input, parentId: null } }, 'admin')),
      ).toEqual(['parentId']);
      expect(
        badFields(await t.gql(CREATE_UNIT, { input: { ...input, parentId: '99999' } }, 'admin')),
      ).toEqual(['parentId']);
      // a 县 under a 园区, a 乡镇 under the 市
      expect(
        badFields(
          await t.gql(
            CREATE_UNIT,
            { input: { ...input, parentId: orgUnitId(t, 'luxi-park') } },
            'admin',
          ),
        ),
      ).toEqual(['kind']);
      expect(
        badFields(await t.gql(CREATE_UNIT, { input: { ...input, kind: 'TOWNSHIP' } }, 'admin')),
      ).toEqual(['kind']);
      expect(
        badFields(await t.gql(CREATE_UNIT, { input: { ...input, name: '泸溪县' } }, 'admin')),
      ).toEqual(['name']);
    });

    it('adds a county and a township under it, each audited, the path materialised', async () => {
      const county = ok(
        await t.gql(
          CREATE_UNIT,
          { input: { name: '吉首市', kind: 'COUNTY', parentId: orgUnitId(t, 'city') } },
          'admin',
        ),
      ).createOrgUnit;
      expect(county).toMatchObject({ name: '吉首市', kind: 'COUNTY', active: true });
      const town = ok(
        await t.gql(
          CREATE_UNIT,
          { input: { name: '乾州街道', kind: 'TOWNSHIP', parentId: county.id } },
          'admin',
        ),
      ).createOrgUnit;
      expect(await pathOf(town.id)).toBe(
        `${await pathOf(orgUnitId(t, 'city'))}${county.id}/${town.id}/`,
      );
      const [event] = await auditEventsOf(t, 'OrgUnit', town.id);
      expect(event).toMatchObject({ action: 'CREATE', actorId: t.accounts.users.get('admin')!.id });
      expect(event.changes.name).toEqual({ before: null, after: '乾州街道' });
    });

    it('renames and moves a unit, rewriting the path of its whole subtree', async () => {
      const park = ok(
        await t.gql(
          CREATE_UNIT,
          { input: { name: '保靖工业园', kind: 'PARK', parentId: orgUnitId(t, 'baojing') } },
          'admin',
        ),
      ).createOrgUnit;
      const town = ok(
        await t.gql(
          CREATE_UNIT,
          { input: { name: '迁陵镇', kind: 'TOWNSHIP', parentId: park.id } },
          'admin',
        ),
      ).createOrgUnit;
      const moved = ok(
        await t.gql(
          UPDATE_UNIT,
          {
            id: park.id,
            input: { name: '湘西经开区', kind: 'PARK', parentId: orgUnitId(t, 'city') },
          },
          'admin',
        ),
      ).updateOrgUnit;
      expect(moved).toMatchObject({ name: '湘西经开区', parent: { id: orgUnitId(t, 'city') } });
      const cityPath = await pathOf(orgUnitId(t, 'city'));
      expect(await pathOf(park.id)).toBe(`${cityPath}${park.id}/`);
      expect(await pathOf(town.id)).toBe(`${cityPath}${park.id}/${town.id}/`);
      const events = await auditEventsOf(t, 'OrgUnit', park.id);
      expect(events.at(-1)).toMatchObject({ action: 'MOVE' });
      expect(events.at(-1)!.changes.name).toEqual({ before: '保靖工业园', after: '湘西经开区' });

      // a 保靖县 user no longer sees the moved park; the city's admin tree has it under the city
      const units = ok(await t.gql('{ orgUnits { id } }', {}, 'sun.staff')).orgUnits;
      expect(units.map((u: { id: string }) => u.id)).not.toContain(park.id);
    });

    it('refuses a cycle, and a move that strands the people of live projects', async () => {
      refused(
        await t.gql(
          UPDATE_UNIT,
          {
            id: orgUnitId(t, 'luxi'),
            input: { name: '泸溪县', kind: 'COUNTY', parentId: orgUnitId(t, 'luxi-park') },
          },
          'admin',
        ),
        'BAD_USER_INPUT',
      );
      // zhang.staff (泸溪县) owns a project in 泸溪高新区; under 花垣县 he could not reach it.
      const chain = ok(
        await t.gql(CREATE_CHAIN, { input: { name: '新能源' } }, 'admin'),
      ).createChain;
      await createProject(t, { chainId: chain.id, orgUnit: 'luxi-park' });
      const refusal = refused(
        await t.gql(
          UPDATE_UNIT,
          {
            id: orgUnitId(t, 'luxi-park'),
            input: { name: '泸溪高新区', kind: 'PARK', parentId: orgUnitId(t, 'huayuan') },
          },
          'admin',
        ),
        'BAD_USER_INPUT',
      );
      expect(refusal.extensions?.fields?.parentId).toMatch(/1 个在办项目/);
      expect(await pathOf(orgUnitId(t, 'luxi-park'))).toBe(
        `${await pathOf(orgUnitId(t, 'luxi'))}${orgUnitId(t, 'luxi-park')}/`,
      );
    });

    it('refuses to deactivate a unit that holds live projects or users, saying what holds it', async () => {
      const refusal = refused(
        await t.gql(SET_UNIT_ACTIVE, { id: orgUnitId(t, 'luxi-park'), active: false }, 'admin'),
        'BAD_USER_INPUT',
      );
      expect(refusal.message).toBe('该单位下还有 1 个在办项目、1 名在职用户，不能停用');
      refused(
        await t.gql(SET_UNIT_ACTIVE, { id: orgUnitId(t, 'city'), active: false }, 'admin'),
        'BAD_USER_INPUT',
      );
      refused(
        await t.gql(
          SET_UNIT_ACTIVE,
          { id: orgUnitId(t, 'huayuan-park'), active: false },
          'li.staff',
        ),
        'FORBIDDEN',
      );
    });

    it('deactivates an empty unit: no new projects there, and reactivates it', async () => {
      const unit = orgUnitId(t, 'huayuan-park');
      expect(
        ok(await t.gql(SET_UNIT_ACTIVE, { id: unit, active: false }, 'admin')).setOrgUnitActive
          .active,
      ).toBe(false);
      expect((await auditEventsOf(t, 'OrgUnit', unit)).at(-1)).toMatchObject({
        action: 'DEACTIVATE',
        changes: { active: { before: true, after: false } },
      });
      const chain = ok(await t.gql('{ chains { id } }', {}, 'admin')).chains[0];
      const response = await t.gql(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: {
            name: '停用园区里的项目',
            investorName: '某公司',
            orgUnitId: unit,
            chainId: chain.id,
            sourceMethod: '以商招商',
          },
        },
        'li.staff',
      );
      expect(badFields(response)).toEqual(['orgUnitId']);
      // nor new users, nor users moved in
      const newUser = await t.gql(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username: 'park.staff',
            name: '园区专员',
            password: 'Huayuan-Park-2026',
            role: 'STAFF',
            orgUnitId: unit,
          },
        },
        'admin',
      );
      expect(badFields(newUser)).toEqual(['orgUnitId']);
      const moved = await t.gql(
        `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`,
        { id: userId(t, 'li.staff'), input: { orgUnitId: unit } },
        'admin',
      );
      expect(badFields(moved)).toEqual(['orgUnitId']);
      // and no new sub-unit under it
      expect(
        badFields(
          await t.gql(
            CREATE_UNIT,
            { input: { name: '某街道', kind: 'TOWNSHIP', parentId: unit } },
            'admin',
          ),
        ),
      ).toEqual(['parentId']);
      expect(
        ok(await t.gql(SET_UNIT_ACTIVE, { id: unit, active: true }, 'admin')).setOrgUnitActive
          .active,
      ).toBe(true);
    });
  });

  describe('industry chains', () => {
    it('lets only admins write; checks 链长, 牵头单位 and 重点园区', async () => {
      refused(await t.gql(CREATE_CHAIN, { input: { name: '白酒' } }, 'wang.leader'), 'FORBIDDEN');
      expect(badFields(await t.gql(CREATE_CHAIN, { input: { name: '' } }, 'admin'))).toEqual([
        'name',
      ]);
      expect(
        badFields(
          await t.gql(
            CREATE_CHAIN,
            {
              input: {
                name: '白酒',
                chainLeaderId: userId(t, 'zhang.staff'),
                leadDepartmentId: '99999',
                keyParkIds: [orgUnitId(t, 'luxi')],
              },
            },
            'admin',
          ),
        ),
      ).toEqual(['chainLeaderId', 'keyParkIds', 'leadDepartmentId']);
    });

    it('refuses the second of two chains named alike at once with a field error', async () => {
      const both = await Promise.all(
        [1, 2].map(() => t.gql(CREATE_CHAIN, { input: { name: '同时新建的链' } }, 'admin')),
      );
      expect(both.filter((r) => r.data?.createChain)).toHaveLength(1);
      const [loser] = both.filter((r) => r.errors);
      expect(badFields(loser)).toEqual(['name']);
    });

    it('adds, renames and retires a chain; its projects keep it, new ones cannot take it', async () => {
      const chain = ok(
        await t.gql(
          CREATE_CHAIN,
          {
            input: {
              name: '白酒',
              chainLeaderId: userId(t, 'wang.leader'),
              leadDepartmentId: departmentId,
              keyParkIds: [orgUnitId(t, 'luxi-park')],
            },
          },
          'admin',
        ),
      ).createChain;
      expect(chain).toMatchObject({
        name: '白酒',
        active: true,
        chainLeader: { id: userId(t, 'wang.leader') },
        leadDepartment: { name: '市工信局' },
        keyParks: [{ name: '泸溪高新区' }],
      });
      expect(badFields(await t.gql(CREATE_CHAIN, { input: { name: '白酒' } }, 'admin'))).toEqual([
        'name',
      ]);

      const renamed = ok(
        await t.gql(UPDATE_CHAIN, { id: chain.id, input: { name: '酒饮料' } }, 'admin'),
      ).updateChain;
      // left out: unchanged
      expect(renamed).toMatchObject({
        name: '酒饮料',
        chainLeader: { id: userId(t, 'wang.leader') },
      });
      expect(renamed.keyParks).toHaveLength(1);
      const cleared = ok(
        await t.gql(
          UPDATE_CHAIN,
          { id: chain.id, input: { name: '酒饮料', chainLeaderId: null, keyParkIds: [] } },
          'admin',
        ),
      ).updateChain;
      expect(cleared).toMatchObject({ chainLeader: null, keyParks: [] });

      const project = await createProject(t, { chainId: chain.id });
      const retired = ok(
        await t.gql(SET_CHAIN_ACTIVE, { id: chain.id, active: false }, 'admin'),
      ).setChainActive;
      expect(retired.active).toBe(false);
      expect((await getProject(t, project.id)).chain).toMatchObject({ id: chain.id });
      const refusal = await t.gql(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: {
            name: '撤销的链上的新项目',
            investorName: '某酒业公司',
            orgUnitId: orgUnitId(t, 'luxi'),
            chainId: chain.id,
            sourceMethod: '以商招商',
          },
        },
        'zhang.staff',
      );
      expect(badFields(refusal)).toEqual(['chainId']);
      // the board still files the old project under its chain
      const board = ok(
        await t.gql(
          `query ($f: ProjectFilter) { board(filter: $f) { columns { stage totalCount } } }`,
          { f: { chainId: chain.id } },
          'admin',
        ),
      ).board;
      expect(
        board.columns.find((c: { stage: string }) => c.stage === 'NEGOTIATING').totalCount,
      ).toBe(1);

      const actions = (await auditEventsOf(t, 'IndustryChain', chain.id)).map((e) => e.action);
      expect(actions).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'RETIRE']);
    });
  });

  describe('investor tags and the investor page', () => {
    it('round-trips tags through createProject and updateProject, refusing unknown ones', async () => {
      const chain = ok(
        await t.gql(CREATE_CHAIN, { input: { name: '电子信息' } }, 'admin'),
      ).createChain;
      expect(
        badFields(
          await t.gql(
            `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
            {
              input: {
                name: '标签项目',
                investorName: '某电子公司',
                orgUnitId: orgUnitId(t, 'luxi'),
                chainId: chain.id,
                sourceMethod: '以商招商',
                investorTags: ['世界500强', '宇宙500强'],
              },
            },
            'zhang.staff',
          ),
        ),
      ).toEqual(['investorTags']);
      const created = ok(
        await t.gql(
          `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version investor { id tags } } }`,
          {
            input: {
              name: '5G 模组项目',
              investorName: '华东电子集团有限公司',
              orgUnitId: orgUnitId(t, 'luxi'),
              chainId: chain.id,
              sourceMethod: '以商招商',
              investorTags: ['专精特新', '中国500强', '中国500强'],
            },
          },
          'zhang.staff',
        ),
      ).createProject;
      expect(created.investor.tags).toEqual(['中国500强', '专精特新']);

      const updated = ok(
        await updateProject(t, created, { investorTags: ['上市公司'] }),
      ).updateProject;
      expect(updated.version).toBe(created.version + 1);
      const events = await auditEventsOf(t, 'Project', created.id);
      expect(events.at(-1)!.changes.investorTags).toEqual({
        before: ['中国500强', '专精特新'],
        after: ['上市公司'],
      });

      // a second project of the same investor, in another county, signed with money
      const other = await advance(
        t,
        await createProject(t, {
          chainId: chain.id,
          orgUnit: 'huayuan',
          as: 'li.staff',
          investorName: '华东电子集团有限公司',
        }),
        'SIGNED',
        'li.staff',
        { SIGNED: { leaderId: userId(t, 'liu.leader') } },
      );

      const asAdmin = ok(await t.gql(INVESTOR, { id: created.investor.id }, 'admin')).investor;
      expect(asAdmin.tags).toEqual(['上市公司']);
      expect(asAdmin.projects.map((p: { id: string }) => p.id).sort()).toEqual(
        [created.id, other.id].sort(),
      );
      expect(asAdmin.totalContracted).toBe(other.contractedInvestment);
      expect(asAdmin.totalArrived).toBe(0);
      // 泸溪县 staff see only their county's project and its sums
      const asZhang = ok(
        await t.gql(INVESTOR, { id: created.investor.id }, 'zhang.staff'),
      ).investor;
      expect(asZhang.projects.map((p: { id: string }) => p.id)).toEqual([created.id]);
      expect(asZhang.totalContracted).toBe(0);
      // an investor with nothing in scope is not found
      const sun = await t.gql(INVESTOR, { id: created.investor.id }, 'sun.staff');
      refused(sun, 'NOT_FOUND');
      refused(await t.gql(INVESTOR, { id: '999999' }, 'admin'), 'NOT_FOUND');
      refused(await t.gql(INVESTOR, { id: 'x' }, 'admin'), 'BAD_USER_INPUT');
    });

    it('counts a 三类500强 target: signings of the year whose investor has one of the three tags', async () => {
      const year = Number(todayIso().slice(0, 4));
      const set = ok(
        await t.gql(
          `mutation ($input: SetTargetInput!) { setTarget(input: $input) { id metric target actual } }`,
          {
            input: {
              year,
              orgUnitId: orgUnitId(t, 'city'),
              metric: 'TOP500_SIGNED_COUNT',
              value: 4,
            },
          },
          'admin',
        ),
      ).setTarget;
      // 华东电子集团 is tagged 上市公司 only: its signing does not count yet
      expect(set).toMatchObject({ metric: 'TOP500_SIGNED_COUNT', target: 4, actual: 0 });
      const chain = ok(await t.gql('{ chains { id name } }', {}, 'admin')).chains.find(
        (c: { name: string }) => c.name === '电子信息',
      );
      const created = ok(
        await t.gql(
          `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`,
          {
            input: {
              name: '民营500强项目',
              investorName: '某民营集团',
              orgUnitId: orgUnitId(t, 'luxi'),
              chainId: chain.id,
              sourceMethod: '以商招商',
              investorTags: ['民营500强'],
            },
          },
          'zhang.staff',
        ),
      ).createProject;
      await advance(t, created, 'SIGNED');
      const targets = ok(
        await t.gql(
          `query ($year: Int!) { targets(year: $year) { metric actual } }`,
          { year },
          'admin',
        ),
      ).targets;
      expect(
        targets.find((x: { metric: string }) => x.metric === 'TOP500_SIGNED_COUNT').actual,
      ).toBe(1);
    });

    it('round-trips tags through the Excel template, the import and the ledger export', async () => {
      const auth = { authorization: `Bearer ${await t.tokenFor('zhang.staff')}` };
      const template = new Workbook();
      await template.xlsx.load(
        await (
          await fetch(`${t.url}/export/projects-template.xlsx`, { headers: auth })
        ).arrayBuffer(),
      );
      const headers = (template.getWorksheet('项目导入')!.getRow(1).values as string[]).slice(1);
      expect(headers).toContain('投资方标签');
      const explained = template.getWorksheet('填写说明')!;
      expect(explained.getColumn(4).values).toContain(
        '世界500强、中国500强、民营500强、上市公司、链主企业、专精特新',
      );
      // the retired chain 酒饮料 is no longer offered
      expect(String(explained.getColumn(4).values)).not.toContain('酒饮料');

      const upload = async (tags: string) => {
        const file = new Workbook();
        const sheet = file.addWorksheet('项目导入');
        const row: Record<string, string> = {
          项目名称: `导入标签项目${tags.length}`,
          投资方名称: `导入标签投资方${tags.length}`,
          所属单位: '泸溪县',
          产业链: '电子信息',
          招商方式: '以商招商',
          阶段: '在谈',
          投资方标签: tags,
        };
        sheet.addRow(headers);
        sheet.addRow(headers.map((header) => row[header] ?? null));
        return fetch(`${t.url}/import/projects.xlsx`, {
          method: 'POST',
          headers: {
            ...auth,
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
          body: Buffer.from(await file.xlsx.writeBuffer()),
        });
      };
      const refusedImport = await upload('世界500强、五百强');
      expect(refusedImport.status).toBe(400);
      expect(((await refusedImport.json()) as { rows: unknown[] }).rows).toEqual([
        expect.objectContaining({ row: 2, column: '投资方标签' }),
      ]);
      const imported = await upload('链主企业，世界500强');
      expect(imported.status).toBe(200);
      // a file from the older template, without the 投资方标签 column, still imports
      const older = new Workbook();
      const olderSheet = older.addWorksheet('项目导入');
      const olderHeaders = headers.filter((header) => header !== '投资方标签');
      olderSheet.addRow(olderHeaders);
      const olderRow: Record<string, string> = {
        项目名称: '旧模板项目',
        投资方名称: '旧模板投资方',
        所属单位: '泸溪县',
        产业链: '电子信息',
        招商方式: '以商招商',
        阶段: '在谈',
      };
      olderSheet.addRow(olderHeaders.map((header) => olderRow[header] ?? null));
      const olderImport = await fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        headers: {
          ...auth,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: Buffer.from(await older.xlsx.writeBuffer()),
      });
      expect(olderImport.status).toBe(200);

      const ledger = new Workbook();
      await ledger.xlsx.load(
        await (await fetch(`${t.url}/export/projects.xlsx`, { headers: auth })).arrayBuffer(),
      );
      const sheet = ledger.getWorksheet('项目台账')!;
      const header = (sheet.getRow(1).values as string[]).slice(1);
      const tagColumn = header.indexOf('投资方标签') + 1;
      const nameColumn = header.indexOf('项目名称') + 1;
      const tagsOf = (name: string) => {
        for (let r = 2; r <= sheet.rowCount; r++)
          if (sheet.getRow(r).getCell(nameColumn).value === name)
            return sheet.getRow(r).getCell(tagColumn).value;
        return undefined;
      };
      expect(tagsOf('导入标签项目11')).toBe('世界500强、链主企业');
      expect(tagsOf('5G 模组项目')).toBe('上市公司');
    });
  });
});
