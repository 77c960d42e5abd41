import { addDays, todayIso } from '@luodi/domain';
import { Workbook, type Worksheet } from 'exceljs';
import { AuditEvent } from '../../server/src/modules/audit/audit-event.entity';
import { Investor } from '../../server/src/modules/projects/entities/investor.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { insertProject } from '../support/project-rows';
import { startTestApp, type TestApp } from '../support/test-app';

const LEDGER_HEADERS = [
  '项目编号',
  '项目名称',
  '投资方',
  '投资方统一社会信用代码',
  '项目公司统一社会信用代码',
  '所属单位',
  '产业链',
  '阶段',
  '状态',
  '签约日期',
  '落地日期',
  '开工日期',
  '投产日期',
  '合同引资额（万元）',
  '到位资金合计（万元）',
  '已核实到位（万元）',
  '未核实到位（万元）',
  '包抓领导',
  '挂钩专员',
  '预警',
];
const FLAGGED_HEADERS = [
  '项目编号',
  '项目名称',
  '所属单位',
  '阶段',
  '预警级别',
  '预警类型',
  '预警原因',
  '亮灯日期',
  '已亮灯天数',
  '包抓领导',
  '挂钩专员',
];
const MONEY_COLUMNS = [14, 15, 16, 17];
const COMPANY_CODE = '91350100M000100Y43';
const INVESTOR_CODE = '91433100MA4L0001XF';

describe('spreadsheet export and import', () => {
  let t: TestApp;
  const today = todayIso();
  const ago = (days: number) => addDays(today, -days);

  beforeAll(async () => {
    t = await startTestApp();
    const rows = [
      await insertProject(t.dataSource, t.accounts, {
        code: 'XM-2026-00001',
        name: '泸溪铝基新材料',
        stage: 'SIGNED',
        leader: 'chen.leader',
        signedOn: ago(200),
        stageEnteredOn: ago(200),
        lastProgressOn: ago(200),
        contractedInvestment: 5000,
        contractNo: 'HT-001',
        plannedStartOn: ago(10),
        plannedOperatingOn: addDays(today, 300),
      }),
      await insertProject(t.dataSource, t.accounts, {
        code: 'XM-2026-00002',
        name: '泸溪白酒灌装线',
        stageEnteredOn: ago(5),
        lastProgressOn: ago(5),
      }),
      await insertProject(t.dataSource, t.accounts, {
        code: 'XM-2026-00003',
        name: '花垣锰锌深加工',
        orgUnit: 'huayuan',
        owner: 'li.staff',
        leader: 'liu.leader',
        stage: 'LANDED',
        signedOn: ago(40),
        landedOn: ago(20),
        stageEnteredOn: ago(20),
        lastProgressOn: ago(3),
        contractedInvestment: 1234.56,
        arrivedInvestment: 1000.3,
        arrivedVerified: 800.1,
        companyCreditCode: COMPANY_CODE,
        leasedFloorArea: 2000,
        contractNo: 'HT-003',
        plannedStartOn: addDays(today, 30),
        plannedOperatingOn: addDays(today, 300),
      }),
      await insertProject(t.dataSource, t.accounts, {
        code: 'XM-2026-00004',
        name: '已终止的电子项目',
        status: 'TERMINATED',
        terminatedOn: ago(1),
        terminationReason: '投资方撤回',
        stageEnteredOn: ago(100),
        lastProgressOn: ago(100),
      }),
    ];
    await t.dataSource
      .getRepository(Investor)
      .update({ id: rows[2].investorId }, { creditCode: INVESTOR_CODE });
    await t.dataSource.transaction((manager) =>
      t.app.get(FlagsService).refresh(
        manager,
        rows.map((row) => row.id),
      ),
    );
  });
  afterAll(() => t.close());

  async function download(path: string, as?: string): Promise<Response> {
    return fetch(`${t.url}${path}`, {
      headers: as ? { authorization: `Bearer ${await t.tokenFor(as)}` } : {},
    });
  }

  async function sheetOf(response: Response, name: string): Promise<Worksheet> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook.getWorksheet(name)!;
  }

  const values = (sheet: Worksheet, row: number, columns: number) =>
    Array.from({ length: columns }, (_, i) => {
      const value = sheet.getRow(row).getCell(i + 1).value;
      return value === undefined ? null : value;
    });

  describe('GET /export/projects.xlsx', () => {
    it('writes the ledger cell by cell: headers, values, 万元 formats, a frozen header row', async () => {
      const sheet = await sheetOf(await download('/export/projects.xlsx', 'admin'), '项目台账');
      expect(sheet.rowCount).toBe(5);
      expect(values(sheet, 1, 20)).toEqual(LEDGER_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(2).width).toBe(30);
      expect(values(sheet, 2, 20)).toEqual([
        'XM-2026-00001',
        '泸溪铝基新材料',
        expect.stringMatching(/^投资方\d+$/),
        null,
        null,
        '泸溪县',
        '白酒',
        '签约',
        '推进中',
        ago(200),
        null,
        null,
        null,
        5000,
        0,
        0,
        0,
        '陈志强',
        '张明',
        [
          '红灯 疑似假项目：签约后 200 天未见到位资金',
          '红灯 推进滞后：在「签约」阶段已停留 200 天（上限 180 天）',
          '黄灯 资金到位率低：资金到位率 0%，低于 25%',
        ].join('\n'),
      ]);
      expect(values(sheet, 3, 20)).toEqual([
        'XM-2026-00002',
        '泸溪白酒灌装线',
        expect.any(String),
        null,
        null,
        '泸溪县',
        '白酒',
        '在谈',
        '推进中',
        null,
        null,
        null,
        null,
        null,
        0,
        0,
        0,
        null,
        '张明',
        null,
      ]);
      expect(values(sheet, 4, 20)).toEqual([
        'XM-2026-00003',
        '花垣锰锌深加工',
        expect.any(String),
        INVESTOR_CODE,
        COMPANY_CODE,
        '花垣县',
        '白酒',
        '落地',
        '推进中',
        ago(40),
        ago(20),
        null,
        null,
        1234.56,
        1000.3,
        800.1,
        200.2,
        '刘洋',
        '李芳',
        null,
      ]);
      expect(values(sheet, 5, 9)).toEqual([
        'XM-2026-00004',
        '已终止的电子项目',
        expect.any(String),
        null,
        null,
        '泸溪县',
        '白酒',
        '在谈',
        '已终止',
      ]);
      for (const column of MONEY_COLUMNS) {
        expect(sheet.getRow(4).getCell(column).numFmt).toBe('#,##0.00');
      }
      expect(sheet.getRow(1).getCell(14).font?.bold).toBe(true);
    });

    it('gives county staff only their county, and honours the filters', async () => {
      const luxi = await sheetOf(
        await download('/export/projects.xlsx', 'zhang.staff'),
        '项目台账',
      );
      expect(luxi.getColumn(1).values.slice(2)).toEqual([
        'XM-2026-00001',
        'XM-2026-00002',
        'XM-2026-00004',
      ]);
      const huayuan = await sheetOf(
        await download('/export/projects.xlsx', 'li.staff'),
        '项目台账',
      );
      expect(huayuan.getColumn(1).values.slice(2)).toEqual(['XM-2026-00003']);
      const fake = await sheetOf(
        await download('/export/projects.xlsx?flag=FAKE_PROJECT&search=%E9%93%9D', 'admin'),
        '项目台账',
      );
      expect(fake.getColumn(1).values.slice(2)).toEqual(['XM-2026-00001']);
      const active = await sheetOf(
        await download('/export/projects.xlsx?includeTerminated=false', 'zhang.staff'),
        '项目台账',
      );
      expect(active.getColumn(1).values.slice(2)).toEqual(['XM-2026-00001', 'XM-2026-00002']);
    });

    it('refuses requests without a Bearer token, tokens in the query string, bad filters and units out of scope', async () => {
      expect((await download('/export/projects.xlsx')).status).toBe(401);
      const token = await t.tokenFor('admin');
      expect((await fetch(`${t.url}/export/projects.xlsx?access_token=${token}`)).status).toBe(401);
      const bad = await download('/export/flagged.xlsx?level=PURPLE', 'admin');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { level: expect.any(String) },
      });
      const huayuanId = t.accounts.orgUnits.get('huayuan')!.id;
      expect(
        (await download(`/export/projects.xlsx?orgUnitId=${huayuanId}`, 'zhang.staff')).status,
      ).toBe(403);
    });
  });

  describe('GET /export/flagged.xlsx', () => {
    it('lists one row per lit flag in flaggedProjects order, with days since it lit', async () => {
      const sheet = await sheetOf(
        await download('/export/flagged.xlsx', 'wang.leader'),
        '预警清单',
      );
      expect(values(sheet, 1, 11)).toEqual(FLAGGED_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(4);
      expect(values(sheet, 2, 11)).toEqual([
        'XM-2026-00001',
        '泸溪铝基新材料',
        '泸溪县',
        '签约',
        '红灯',
        '疑似假项目',
        '签约后 200 天未见到位资金',
        ago(110),
        110,
        '陈志强',
        '张明',
      ]);
      expect(values(sheet, 3, 9)).toEqual([
        'XM-2026-00001',
        '泸溪铝基新材料',
        '泸溪县',
        '签约',
        '红灯',
        '推进滞后',
        '在「签约」阶段已停留 200 天（上限 180 天）',
        ago(19),
        19,
      ]);
      expect(values(sheet, 4, 9)).toEqual([
        'XM-2026-00001',
        '泸溪铝基新材料',
        '泸溪县',
        '签约',
        '黄灯',
        '资金到位率低',
        '资金到位率 0%，低于 25%',
        ago(110),
        110,
      ]);
      const yellow = await sheetOf(
        await download('/export/flagged.xlsx?level=YELLOW', 'wang.leader'),
        '预警清单',
      );
      expect(yellow.getColumn(6).values.slice(2)).toEqual(['资金到位率低']);
      const huayuan = await sheetOf(await download('/export/flagged.xlsx', 'li.staff'), '预警清单');
      expect(huayuan.rowCount).toBe(1);
    });
  });

  describe('import', () => {
    const projectCount = () => t.dataSource.getRepository(Project).count();

    async function templateHeaders(): Promise<string[]> {
      const response = await download('/export/projects-template.xlsx', 'zhang.staff');
      const workbook = new Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const explained = workbook.getWorksheet('填写说明')!;
      expect(explained.getColumn(1).values).toContain('签约日期');
      expect(explained.getColumn(4).values).toContain('泸溪县、泸溪高新区');
      return (workbook.getWorksheet('项目导入')!.getRow(1).values as string[]).slice(1);
    }

    async function upload(
      rows: Record<string, string | number | Date>[],
      as: string,
    ): Promise<{ status: number; body: any }> {
      const headers = await templateHeaders();
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('项目导入');
      sheet.addRow(headers);
      for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
      const response = await fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await t.tokenFor(as)}`,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      return { status: response.status, body: await response.json() };
    }

    const negotiating = (name: string) => ({
      项目名称: name,
      投资方名称: `${name}投资方`,
      所属单位: '泸溪县',
      产业链: '白酒',
      招商方式: '以商招商',
      阶段: '在谈',
    });
    const signed = (name: string) => ({
      ...negotiating(name),
      阶段: '签约',
      签约日期: new Date(`${ago(30)}T00:00:00Z`),
      合同编号: 'HT-IMPORT-1',
      '合同引资额（万元）': 8800.5,
      包抓领导: '陈志强',
      计划开工日期: addDays(today, 60),
      计划投产日期: addDays(today, 400),
    });

    it('writes nothing when one row is wrong, and names its row and column', async () => {
      const before = await projectCount();
      const result = await upload(
        [
          negotiating('导入一'),
          { ...negotiating('导入二'), 投资方统一社会信用代码: '91433100MA4L0001X1' },
          signed('导入三'),
        ],
        'zhang.staff',
      );
      expect(result.status).toBe(400);
      expect(result.body.rows).toEqual([
        { row: 3, column: '投资方统一社会信用代码', message: '统一社会信用代码校验位错误' },
      ]);
      expect(await projectCount()).toBe(before);
    });

    it('reports every bad row, including what only the create and move rules find, and rolls back', async () => {
      const before = await projectCount();
      const result = await upload(
        [
          negotiating('导入四'),
          { ...signed('导入五'), 签约日期: addDays(today, 3), '合同引资额（万元）': '很多' },
          { ...negotiating('导入六'), 挂钩专员: 'li.staff' },
          { ...negotiating('导入七'), 阶段: '落地' },
        ],
        'zhang.staff',
      );
      expect(result.status).toBe(400);
      expect(result.body.rows).toEqual([
        { row: 3, column: '合同引资额（万元）', message: '请填写数字（单位万元）' },
        { row: 3, column: '签约日期', message: expect.stringContaining('今天') },
        { row: 5, column: '阶段', message: expect.stringContaining('只能导入「在谈」或「签约」') },
      ]);
      // The owner check lives in the create path; it runs (and rolls back) once the sheet reads cleanly.
      const ownerOnly = await upload(
        [negotiating('导入八'), { ...negotiating('导入九'), 挂钩专员: 'li.staff' }],
        'zhang.staff',
      );
      expect(ownerOnly.status).toBe(400);
      expect(ownerOnly.body.rows).toEqual([
        { row: 3, column: '挂钩专员', message: '挂钩专员须为该单位或上级单位的在职招商专员' },
      ]);
      expect(await projectCount()).toBe(before);
    });

    it('creates every row in one go with their audit events', async () => {
      const before = await projectCount();
      const result = await upload([negotiating('导入甲'), signed('导入乙')], 'zhang.staff');
      expect(result).toEqual({
        status: 200,
        body: { created: 2, codes: [expect.stringMatching(/^XM-/), expect.stringMatching(/^XM-/)] },
      });
      expect(await projectCount()).toBe(before + 2);
      const [first, second] = await Promise.all(
        result.body.codes.map((code: string) =>
          t.dataSource.getRepository(Project).findOneByOrFail({ code }),
        ),
      );
      expect(first).toMatchObject({
        name: '导入甲',
        stage: 'NEGOTIATING',
        ownerId: t.accounts.users.get('zhang.staff')!.id,
      });
      expect(second).toMatchObject({
        name: '导入乙',
        stage: 'SIGNED',
        signedOn: ago(30),
        contractedInvestment: 8800.5,
        leaderId: t.accounts.users.get('chen.leader')!.id,
      });
      const events = await t.dataSource
        .getRepository(AuditEvent)
        .find({ where: [{ projectId: first.id }, { projectId: second.id }], order: { id: 'ASC' } });
      expect(events.map((event) => [event.projectId, event.action, event.actorId])).toEqual([
        [first.id, 'CREATE', t.accounts.users.get('zhang.staff')!.id],
        [second.id, 'CREATE', t.accounts.users.get('zhang.staff')!.id],
        [second.id, 'MOVE', t.accounts.users.get('zhang.staff')!.id],
      ]);
    });

    it('is for staff and admins only, and needs a token', async () => {
      expect((await upload([negotiating('领导导入')], 'chen.leader')).status).toBe(403);
      const anonymous = await fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        body: Buffer.from('x'),
      });
      expect(anonymous.status).toBe(401);
      const notExcel = await fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await t.tokenFor('zhang.staff')}` },
        body: Buffer.from('not a spreadsheet'),
      });
      expect(notExcel.status).toBe(400);
    });
  });
});
