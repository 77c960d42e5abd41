import { addDays, todayIso } from '@luodi/domain';
import type { INestApplication } from '@nestjs/common';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { createAdmin } from '../../server/src/create-admin';
import { openDatabase } from '../../server/src/database/open-database';
import { createApp } from '../../server/src/server';
import { artifactPath, CLIENT_DIR, launchChromium, PAGE_OPTIONS } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ADMIN_PASSWORD = 'Xiangxi-Zhaoshang-2026';
const STAFF_PASSWORD = 'Luxi-Gaoxin-Staff-88';
const STAFF_FIRST_PASSWORD = 'Luxi-First-Password-1';
const LEADER_PASSWORD = 'Xiangxi-Leader-2026';
const AXE = join(require.resolve('axe-core'), '..', 'axe.min.js');

/**
 * A real city's first day, from an empty database: create-admin, then the administrator builds
 * the org-unit tree, the chains and the accounts in the browser; the first 招商专员 changes the
 * one-time password, then creates and signs the first project.
 */
describe('a city sets itself up from an empty database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let app: INestApplication;
  let url: string;
  let browser: Browser;
  /** The one-time password the administrator hands the staff member. */
  let oneTime = '';

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    database = await createTestDatabase({ CLIENT_DIR });
    await createAdmin(database.config.database, {
      username: 'boss',
      name: '局长',
      password: ADMIN_PASSWORD,
      city: '湘西市',
    });
    dataSource = await openDatabase(database.config.database);
    app = await createApp(database.config, dataSource);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  async function signIn(username: string, password: string, path: string): Promise<Page> {
    // bypassCSP: the axe check injects its script into the page.
    const context = await browser.newContext({ ...PAGE_OPTIONS, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${url}${path}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return page;
  }

  /** Picks `option` in the antd select labelled `label` inside `scope`. */
  async function choose(page: Page, label: string, option: string) {
    await page.getByRole('dialog').getByLabel(label).click();
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click();
  }

  /** The first project's card: its name is its text, starting "项目名称，阶段". */
  const cardOf = (page: Page, stage: string) =>
    page.getByRole('button', {
      name: new RegExp(`^泸溪高新区锰锌新材料循环产业园项目\\s?，${stage}(\\s|$)`),
    });

  /** Answers the open 确定 / 取消 question. */
  async function confirm(page: Page) {
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.locator('.ant-popover:visible').waitFor({ state: 'hidden' });
  }

  /** Screenshots at desktop and phone width, and an axe check that finds nothing serious. */
  async function lookAt(page: Page, name: string) {
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(`${name}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(`${name}-390.png`), fullPage: true });
    await page.setViewportSize(PAGE_OPTIONS.viewport);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } })
        .axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: { id: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        }));
    });
    expect(violations).toEqual([]);
  }

  async function addUnit(page: Page, under: string | null, name: string, kind?: string) {
    if (under) await page.getByRole('button', { name: `添加下级 ${under}` }).click();
    else await page.getByRole('button', { name: '新增单位' }).click();
    const dialog = page.getByRole('dialog', { name: '新增单位' });
    await dialog.getByLabel('单位名称').fill(name);
    if (kind) await choose(page, '类型', kind);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name, exact: true }).waitFor();
  }

  async function addUser(
    page: Page,
    username: string,
    name: string,
    role: string,
    unit: string,
    password: string,
  ) {
    await page.getByRole('button', { name: /新建用户/ }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill(name);
    await form.getByLabel(/密码/).fill(password);
    await choose(page, '角色', role);
    await form.getByLabel('所属单位').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle(new RegExp(`^${unit}（`))
      .click();
    await form.getByRole('button', { name: /创\s*建|保\s*存|确\s*定/ }).click();
    await page.getByRole('cell', { name: username, exact: true }).waitFor();
  }

  it('the administrator builds the city: two counties, a park, a township', async () => {
    const page = await signIn('boss', ADMIN_PASSWORD, '/settings/org-units');
    await page.getByRole('heading', { name: '组织机构' }).waitFor();
    await page.getByRole('cell', { name: '湘西市', exact: true }).waitFor();
    await addUnit(page, null, '泸溪县');
    await addUnit(page, null, '花垣县');
    await addUnit(page, '泸溪县', '泸溪高新区');
    await addUnit(page, '泸溪县', '武溪镇', '乡镇/街道');

    // A unit that still holds others cannot be deactivated, and the refusal says why.
    await page.getByRole('button', { name: '停用 泸溪县' }).click();
    await confirm(page);
    await page.getByText('该单位下还有 2 个启用的下级单位，不能停用').waitFor();
    await page.getByRole('button', { name: '停用 花垣县' }).click();
    await confirm(page);
    await page.getByRole('cell', { name: '已停用' }).waitFor();
    await page.getByRole('button', { name: '启用 花垣县' }).click();
    await confirm(page);
    await page.getByText('已启用', { exact: true }).first().waitFor();
    await lookAt(page, 'org-units-admin');
  });

  it('adds two chains, the accounts, then names each chain’s 链长', async () => {
    const page = await signIn('boss', ADMIN_PASSWORD, '/settings/chains');
    await page.getByRole('heading', { name: '产业链' }).waitFor();
    await page.getByText('还没有产业链').waitFor();
    for (const [name, park] of [
      ['锰锌钒新材料', '泸溪高新区'],
      ['白酒', null],
    ] as const) {
      await page.getByRole('button', { name: '新增产业链' }).click();
      const dialog = page.getByRole('dialog', { name: '新增产业链' });
      await dialog.getByLabel('产业链名称').fill(name);
      if (park) {
        await choose(page, '重点园区', park);
        await page.keyboard.press('Escape');
      }
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name, exact: true }).waitFor();
    }

    await page.goto(`${url}/settings/users`);
    await addUser(page, 'wang.leader', '王建国', '领导', '湘西市', LEADER_PASSWORD);
    await addUser(page, 'chen.leader', '陈志强', '领导', '泸溪县', LEADER_PASSWORD);
    await addUser(page, 'zhang.staff', '张明', '招商专员', '泸溪县', STAFF_FIRST_PASSWORD);
    // The first password is set by the administrator: a one-time one the user must change.
    await page
      .getByRole('row', { name: /zhang\.staff/ })
      .getByRole('button', { name: '重置密码' })
      .click();
    await confirm(page);
    const shown = page.getByRole('dialog', { name: '“张明”的临时密码' });
    oneTime = ((await shown.getByLabel('临时密码').textContent()) ?? '').trim();
    expect(oneTime.length).toBeGreaterThanOrEqual(10);
    await shown.getByRole('button', { name: '我已记下' }).click();

    await page.goto(`${url}/settings/chains`);
    for (const [chain, leader] of [
      ['锰锌钒新材料', '王建国'],
      ['白酒', '陈志强'],
    ]) {
      await page.getByRole('button', { name: `编辑 ${chain}` }).click();
      const dialog = page.getByRole('dialog', { name: '编辑' });
      await choose(page, '链长', leader);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: leader, exact: true }).waitFor();
    }
    await lookAt(page, 'chains-admin');
  });

  it('the first 招商专员 changes the one-time password, creates the first project with its investor tags and signs it', async () => {
    const page = await signIn('zhang.staff', oneTime, '/board');
    await page.getByText('请先修改密码').first().waitFor();
    await page.getByLabel('临时密码（管理员提供）').fill(oneTime);
    await page.getByLabel('新密码', { exact: true }).fill(STAFF_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').first().waitFor();
    if (!page.url().endsWith('/board')) await page.goto(`${url}/board`);
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
    await page
      .getByRole('button', { name: /新建项目/ })
      .first()
      .click();
    const form = page.getByRole('dialog', { name: '新建项目' });
    await form.getByLabel('项目名称').fill('泸溪高新区锰锌新材料循环产业园项目');
    await form.getByLabel('投资方名称').fill('湖南锰锌循环科技股份有限公司');
    await choose(page, '投资方标签', '上市公司');
    await form.getByLabel('项目名称').click();
    await form.getByLabel('所属县市区 / 园区').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('泸溪高新区（园区）').click();
    await choose(page, '产业链', '锰锌钒新材料');
    await choose(page, '招商方式', '以商招商');
    await form.getByRole('button', { name: /保\s*存|创\s*建/ }).click();
    const card = cardOf(page, '在谈');
    await card.waitFor();

    // Sign it with the keyboard: space, arrow right, space asks for the signing evidence.
    await card.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    await page.keyboard.press('Space');
    const dialog = page.getByRole('dialog', { name: /到「签约」/ });
    await dialog.waitFor();
    await dialog.getByLabel('合同编号').fill('XX-GX-2026-001');
    await dialog.getByLabel('合同引资额（万元）').fill('30000');
    await choose(page, '包抓领导', '陈志强');
    const year = new Date().getFullYear();
    for (const [label, date] of [
      ['签约日期', addDays(todayIso(), -3)],
      ['计划开工日期', `${year + 1}-03-01`],
      ['计划投产日期', `${year + 2}-06-30`],
    ]) {
      await dialog.getByLabel(label).click();
      await dialog.getByLabel(label).fill(date);
      await page.keyboard.press('Tab');
    }
    await page.screenshot({ path: artifactPath('first-project-signing.png') });
    await dialog.getByRole('button', { name: '确认推进' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await cardOf(page, '签约').waitFor();

    // From the drawer to the investor's page.
    await cardOf(page, '签约').click();
    await page.getByRole('link', { name: '湖南锰锌循环科技股份有限公司' }).click();
    await page.getByRole('heading', { name: '湖南锰锌循环科技股份有限公司' }).waitFor();
    await page.getByText('上市公司').first().waitFor();
    await page.getByText('3.00 亿元').first().waitFor();
    await lookAt(page, 'investor-page');
  });
});
