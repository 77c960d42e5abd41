import { existsSync, readFileSync } from 'node:fs';
import { addDays, todayIso } from '@luodi/domain';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { seedDemoBlockers } from '../../server/src/seed/demo-blockers';
import { seedDemoProjects } from '../../server/src/seed/demo-projects';
import { artifactPath, CLIENT_DIR, launchChromium, signInAt } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const PROJECT_NAME = '泸溪锰锌新材料循环产业园项目';
const BLOCKER_TEXT = '园区三期 120 亩用地征收报批尚未启动，影响项目落地';

/**
 * 交办问题 in the browser: staff hand a 土地 problem to 自然资源局 from the drawer, the card and
 * the 调度 page show it, the project's leader closes it (销号) and the card clears.
 */
describe('blockers and the dispatch page', () => {
  let t: TestApp;
  let browser: Browser;
  let projectId: string;

  const gqlOk = async <T = any>(
    query: string,
    variables: Record<string, unknown>,
    as: string,
  ): Promise<T> => {
    const response = await t.gql<T>(query, variables, as);
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };

  const signIn = (username: string, path: string) => signInAt(browser, t.url, username, path);

  const boardPath = () => `/board?search=${encodeURIComponent(PROJECT_NAME)}`;
  const cardOf = (page: Page) =>
    page.getByRole('button', { name: new RegExp(`^${PROJECT_NAME}\\s?，签约(\\s|$)`) });
  const blockersTab = async (page: Page): Promise<Locator> => {
    await page.getByRole('tab', { name: '交办问题' }).click();
    const tab = page.getByTestId('blockers-tab');
    await tab.waitFor();
    return tab;
  };
  async function choose(page: Page, label: string, option: string) {
    await page.getByLabel(label).click();
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click();
  }

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    // The demo city around our project, so the 调度 page looks like a real meeting's.
    await t.dataSource.transaction(async (manager) => {
      await seedDemoProjects(manager, t.accounts, todayIso());
      await seedDemoBlockers(manager, t.accounts, todayIso());
    });
    const chain = await t.dataSource
      .getRepository(IndustryChain)
      .findOneByOrFail({ name: '锰锌钒新材料' });
    const { createProject } = await gqlOk(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }`,
      {
        input: {
          name: PROJECT_NAME,
          investorName: '湖南锰锌循环科技有限公司',
          orgUnitId: String(t.accounts.orgUnits.get('luxi')!.id),
          chainId: String(chain.id),
          chainRole: 'EXTEND',
          sourceMethod: '以商招商',
          plannedInvestment: 30000,
        },
      },
      'zhang.staff',
    );
    await gqlOk(
      `mutation ($id: ID!, $version: Int!, $evidence: StageEvidenceInput) { moveProject(id: $id, version: $version, toStage: SIGNED, evidence: $evidence) { id } }`,
      {
        id: createProject.id,
        version: createProject.version,
        evidence: {
          signedOn: addDays(todayIso(), -20),
          contractNo: '泸招合〔2026〕031号',
          contractedInvestment: 30000,
          leaderId: String(t.accounts.users.get('chen.leader')!.id),
          plannedStartOn: addDays(todayIso(), 60),
          plannedOperatingOn: addDays(todayIso(), 420),
        },
      },
      'zhang.staff',
    );
    projectId = createProject.id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets zhang.staff hand a 土地 blocker to 自然资源局; the card and the 调度 page show it', async () => {
    const page = await signIn('zhang.staff', boardPath());
    const card = cardOf(page);
    await card.waitFor();
    expect(await card.getByTestId('blocker-count').count()).toBe(0);

    await card.click();
    const tab = await blockersTab(page);
    await tab.getByText('暂无交办问题').waitFor();
    await choose(page, '问题类别', '土地');
    await choose(page, '责任部门', '自然资源局');
    await tab.getByLabel('问题描述').fill(BLOCKER_TEXT);
    await tab.getByRole('button', { name: /交\s*办/ }).click();
    await page.getByText('问题已交办').waitFor();
    const row = tab.locator('[data-blocker-id]').filter({ hasText: BLOCKER_TEXT });
    await row.waitFor();
    await row.getByText('自然资源局（向国平 0743-8221016）', { exact: false }).waitFor();
    await tab.getByText('未销号的交办问题 1 项', { exact: false }).waitFor();
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await page.screenshot({ path: artifactPath('blockers-tab.png') });

    await page.keyboard.press('Escape');
    const count = card.getByTestId('blocker-count');
    await count.waitFor();
    expect(await count.textContent()).toBe('交办 1');
    expect(await count.getAttribute('data-overdue')).toBeNull();

    // 调度: grouped by department, our blocker sits under 自然资源局; the demo's overdue one leads.
    await page.getByRole('link', { name: '调度' }).click();
    const dispatch = page.getByTestId('dispatch-page');
    await dispatch.waitFor();
    await page.getByText('按责任部门', { exact: true }).click();
    const group = dispatch.locator('section[data-group="自然资源局"]');
    await group.getByText(PROJECT_NAME).waitFor();
    const rows = group.locator('tr[data-blocker-id]');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-overdue')).toBe('true');
    expect(await rows.nth(1).textContent()).toContain(BLOCKER_TEXT);
    await dispatch.getByTestId('dispatch-summary').getByText('合计').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`交办问题调度表-${todayIso()}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as never);
    const lines = workbook.getWorksheet('交办问题调度表')!.getSheetValues().slice(2) as unknown[][];
    // zhang.staff works in 泸溪县: the export holds that county's open blockers, ours among them.
    expect(lines.some((line) => line[5] === PROJECT_NAME && line[3] === '自然资源局')).toBe(true);
    expect(lines.every((line) => ['泸溪县', '泸溪高新区'].includes(line[6] as string))).toBe(true);

    await page.getByText('按领导', { exact: true }).click();
    await dispatch.locator('section[data-group="陈志强"]').getByText(PROJECT_NAME).waitFor();
    await page.screenshot({ path: artifactPath('dispatch.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: artifactPath('dispatch-print.png'), fullPage: true });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    await page.close();
  });

  it('lets the project’s leader close it (销号) with a note, and the card count clears', async () => {
    const page = await signIn('chen.leader', `${boardPath()}&project=${projectId}`);
    const tab = await blockersTab(page);
    const row = tab.locator('[data-blocker-id]').filter({ hasText: BLOCKER_TEXT });
    await row.getByRole('button', { name: /销\s*号/ }).click();
    const dialog = page.getByRole('dialog', { name: '销号' });
    await dialog
      .getByLabel('销号说明（如何解决的）')
      .fill('县自然资源局已完成征收报批，用地已挂牌');
    await dialog.getByRole('button', { name: '确认销号' }).click();
    await page.getByText('已销号', { exact: true }).first().waitFor();
    await row
      .getByText('由 陈志强 销号：县自然资源局已完成征收报批，用地已挂牌', { exact: false })
      .waitFor();
    await tab.getByText('未销号的交办问题 0 项', { exact: false }).waitFor();
    // The project's timeline tells the blocker's story in words.
    await page.getByRole('tab', { name: '时间线' }).click();
    const timeline = page.getByRole('tabpanel', { name: '时间线' });
    await timeline.getByText('交办问题销号').waitFor();
    await page.screenshot({ path: artifactPath('blockers-timeline.png') });
    await timeline.getByText('交办问题', { exact: true }).waitFor();
    await timeline.getByText('状态：办理中 → 已销号', { exact: false }).waitFor();
    await timeline.getByText('责任部门：空 → 自然资源局', { exact: false }).waitFor();

    await page.keyboard.press('Escape');
    const card = cardOf(page);
    await card.waitFor();
    await card.getByTestId('blocker-count').waitFor({ state: 'detached' });

    // The demo's overdue blocker turns its card's count red.
    await page.goto(
      `${t.url}/board?search=${encodeURIComponent('馥郁香型白酒原酒基酒储备库项目')}`,
    );
    const overdue = page
      .getByRole('button', { name: /^馥郁香型白酒原酒基酒储备库项目\s?，签约(\s|$)/ })
      .getByTestId('blocker-count');
    await overdue.waitFor();
    expect(await overdue.textContent()).toBe('交办 1');
    expect(await overdue.getAttribute('data-overdue')).toBe('true');
    await page.screenshot({ path: artifactPath('board-overdue-blocker.png') });

    const { project } = await gqlOk(
      `query ($id: ID!) { project(id: $id) { openBlockerCount blockers { status resolvedBy { username } } } }`,
      { id: projectId },
      'admin',
    );
    expect(project).toEqual({
      openBlockerCount: 0,
      blockers: [{ status: 'RESOLVED', resolvedBy: { username: 'chen.leader' } }],
    });
    await page.close();
  });
  it('lets the admin add a 责任部门 under 设置, which staff can then hand blockers to', async () => {
    const page = await signIn('admin', '/settings/departments');
    await page.getByRole('heading', { name: '责任部门' }).waitFor();
    await page.getByRole('cell', { name: '自然资源局', exact: true }).waitFor();
    await page.getByRole('button', { name: /新增部门/ }).click();
    const dialog = page.getByRole('dialog', { name: '新增部门' });
    await dialog.getByLabel('部门名称').fill('水利局');
    await dialog.getByLabel('联系人').fill('彭军');
    await dialog.getByLabel('联系电话').fill('0743-8221088');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '水利局', exact: true }).waitFor();
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await page.screenshot({ path: artifactPath('departments-admin.png') });
    const { departments } = await gqlOk(
      `query { departments { name contactPerson } }`,
      {},
      'zhang.staff',
    );
    expect(departments).toContainEqual({ name: '水利局', contactPerson: '彭军' });
    await page.close();
  });
});
