import { existsSync } from 'node:fs';
import { addDays, todayIso } from '@luodi/domain';
import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { FlagsService } from '../../server/src/modules/projects/flags.service';
import { artifactPath, CLIENT_DIR, launchChromium } from '../support/browser';
import { insertProject } from '../support/project-rows';
import { startTestApp, type TestApp } from '../support/test-app';

const TEMPLATE_HEADERS = [
  '项目名称',
  '投资方名称',
  '投资方统一社会信用代码',
  '所属单位',
  '产业链',
  '招商方式',
  '阶段',
];

/** An import file in the template's columns, one row per entry. */
async function importFile(path: string, rows: (string | null)[][]): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('项目导入');
  const headers = [
    ...TEMPLATE_HEADERS,
    '链上作用',
    '挂钩专员',
    '计划投资额（万元）',
    '签约日期',
    '合同编号',
    '合同引资额（万元）',
    '包抓领导',
    '计划开工日期',
    '计划投产日期',
  ];
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The board's spreadsheet buttons in the browser: downloads and the import dialog. */
describe('ledger export and import on the board', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npx nx run client:build`);
    t = await startTestApp({ CLIENT_DIR });
    const today = todayIso();
    const rows = [
      await insertProject(t.dataSource, t.accounts, {
        code: 'XM-2026-00001',
        name: '泸溪铝基新材料',
        stage: 'SIGNED',
        leader: 'chen.leader',
        signedOn: addDays(today, -120),
        stageEnteredOn: addDays(today, -120),
        lastProgressOn: addDays(today, -120),
        contractedInvestment: 5000,
        contractNo: 'HT-001',
        plannedStartOn: addDays(today, 30),
        plannedOperatingOn: addDays(today, 300),
      }),
      await insertProject(t.dataSource, t.accounts, {
        code: 'XM-2026-00002',
        name: '泸溪白酒灌装线',
        stageEnteredOn: today,
        lastProgressOn: today,
      }),
    ];
    await t.dataSource.transaction((manager) =>
      t.app.get(FlagsService).refresh(
        manager,
        rows.map((row) => row.id),
      ),
    );
    browser = await launchChromium();
    page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(`${t.url}/board`);
    await page.getByLabel('用户名').fill('zhang.staff');
    await page.getByLabel('密码').fill('luodi2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('泸溪铝基新材料').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function downloadBy(buttonName: RegExp): Promise<{ name: string; workbook: Workbook }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName }).click(),
    ]);
    const path = artifactPath(`download-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    return { name: download.suggestedFilename(), workbook };
  }

  it('downloads the ledger and the flagged list as .xlsx files', async () => {
    const ledger = await downloadBy(/导出台账/);
    expect(ledger.name).toBe(`项目台账-${todayIso()}.xlsx`);
    expect(ledger.workbook.getWorksheet('项目台账')!.getColumn(1).values.slice(1)).toEqual([
      '项目编号',
      'XM-2026-00001',
      'XM-2026-00002',
    ]);
    const flagged = await downloadBy(/导出预警清单/);
    expect(flagged.name).toBe(`预警清单-${todayIso()}.xlsx`);
    expect(flagged.workbook.getWorksheet('预警清单')!.getRow(2).getCell(6).value).toBe(
      '疑似假项目',
    );
  });

  it('shows the rows an import refuses and imports nothing; a corrected file goes in', async () => {
    const before = await t.dataSource.getRepository(Project).count();
    // The download notices have gone, so the screenshots show the board as it stays.
    await page
      .locator('.ant-message-notice')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 });
    await page.screenshot({ path: artifactPath('board-ledger-actions.png') });
    await page.getByRole('button', { name: /导入项目/ }).click();
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入项目' });
    await dialog.waitFor();
    const bad = await importFile(artifactPath('import-with-bad-row.xlsx'), [
      ['辰溪电子元件', '辰溪电子有限公司', null, '泸溪县', '白酒', '以商招商', '在谈'],
      [
        '浦市酒厂扩建',
        '浦市酒业有限公司',
        '91433100MA4L0001X1',
        '泸溪县',
        '白酒',
        '以商招商',
        '在谈',
      ],
      ['武溪冷链物流', '武溪物流有限公司', null, '花垣县', '白酒', '敲门招商', '落地'],
    ]);
    await dialog.locator('input[type="file"]').setInputFiles(bad);
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('未导入任何项目：请修正以下 3 处错误后重新上传').waitFor();
    const errorRows = dialog.locator('.ant-table-tbody tr');
    expect(await errorRows.allInnerTexts()).toEqual([
      expect.stringMatching(/^3\s+投资方统一社会信用代码\s+统一社会信用代码校验位错误$/),
      expect.stringMatching(/^4\s+所属单位\s+「花垣县」不存在或不在您的管辖范围内$/),
      expect.stringMatching(/^4\s+阶段\s+只能导入「在谈」或「签约」项目/),
    ]);
    await page.screenshot({ path: artifactPath('import-errors.png') });
    expect(await t.dataSource.getRepository(Project).count()).toBe(before);

    const good = await importFile(artifactPath('import-corrected.xlsx'), [
      ['辰溪电子元件', '辰溪电子有限公司', null, '泸溪县', '白酒', '以商招商', '在谈'],
      [
        '浦市酒厂扩建',
        '浦市酒业有限公司',
        '91433100MA4L0001XF',
        '泸溪县',
        '白酒',
        '以商招商',
        '在谈',
      ],
    ]);
    await dialog.locator('input[type="file"]').setInputFiles(good);
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('已导入 2 个项目').waitFor();
    expect(await t.dataSource.getRepository(Project).count()).toBe(before + 2);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // The board reloads and shows the imported cards.
    await page.getByText('浦市酒厂扩建').first().waitFor();
  });
});
