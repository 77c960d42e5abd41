import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  artifactPath,
  CLIENT_DIR,
  launchChromium,
  PAGE_OPTIONS,
  signInAt,
} from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

// Evaluated through the debugging protocol: the page's Content-Security-Policy refuses inline scripts.
const AXE_SOURCE = readFileSync(
  resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'Huayuan-park-2026!';

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.nodes.map((node: any) => node.target).join(', ')}`);
  });
}

/** Screenshots at 1440 px and at 390 px, and the axe check at both. */
async function capture(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PAGE_OPTIONS.viewport);
  await page.waitForTimeout(300);
  await page.screenshot({ path: artifactPath(`${name}.png`), fullPage: true });
  expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  await page.screenshot({ path: artifactPath(`${name}-phone.png`), fullPage: true });
  expect({ name, phone: await seriousViolations(page) }).toEqual({ name, phone: [] });
  await page.setViewportSize(PAGE_OPTIONS.viewport);
}

describe('accounts in the browser: users admin, a reset password, the audit log', () => {
  let t: TestApp;
  let browser: Browser;
  let oneTime = '';

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets the admin edit a user and reset the password, shown once', async () => {
    const page = await signInAt(browser, t.url, 'admin', '/settings/users');
    await page.getByRole('heading', { name: '设置 · 用户' }).waitFor();
    await page.getByText('li.staff').waitFor();
    await capture(page, 'users-admin');

    const row = page.getByRole('row').filter({ hasText: 'li.staff' });
    await row.getByRole('button', { name: '编辑' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('姓名').fill('李芳芳');
    await page.screenshot({ path: artifactPath('users-edit.png') });
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存“李芳芳”').waitFor();

    await row.getByRole('button', { name: '重置密码' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    const modal = page.getByRole('dialog').filter({ hasText: '临时密码' });
    await modal.waitFor();
    oneTime = (await modal.locator('code').first().innerText()).trim();
    expect(oneTime).toMatch(/^[A-Za-z0-9]{14}$/);
    await capture(page, 'users-reset-password');
    await modal.getByRole('button', { name: '我已记下' }).click();
    await row.getByText('待修改密码').waitFor();
    await page.context().close();
  });

  it('makes the user change the one-time password before anything else', async () => {
    const context = await browser.newContext(PAGE_OPTIONS);
    const page = await context.newPage();
    await page.goto(`${t.url}/board`);
    await page.getByLabel('用户名').fill('li.staff');
    await page.getByLabel('密码').fill(oneTime);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请先修改密码').first().waitFor();
    expect(await page.getByRole('heading', { name: '项目看板' }).count()).toBe(0);
    await capture(page, 'change-password-forced');

    await page.getByLabel('临时密码（管理员提供）').fill(oneTime);
    await page.getByLabel('新密码', { exact: true }).fill('woaini1314');
    await page.getByLabel('再次输入新密码').fill('woaini1314');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码过于常见，请换一个不易猜到的密码').waitFor();
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    // The app opens where the person was headed.
    await page.getByText('请先修改密码').first().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
    await page.screenshot({ path: artifactPath('change-password-done.png') });
    await context.close();
    expect((await t.login('li.staff', NEW_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('lets every user change their own password from the header', async () => {
    const page = await signInAt(browser, t.url, 'zhou.staff', '/home');
    await page.getByRole('button', { name: '修改密码' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('当前密码').fill('luodi2026');
    await dialog.getByLabel('新密码', { exact: true }).fill('zhou.staff-2026');
    await dialog.getByLabel('再次输入新密码').fill('zhou.staff-2026');
    await dialog.getByRole('button', { name: '修改密码' }).click();
    await dialog.getByText('密码不能包含用户名').waitFor();
    await page.screenshot({ path: artifactPath('change-password-header.png') });
    await dialog.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await dialog.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await dialog.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').waitFor();
    await page.context().close();
  });

  it('shows the supervisor the whole audit log, filterable, and exports it', async () => {
    const page = await signInAt(browser, t.url, 'zhao.supervisor', '/settings/audit-log');
    await page.getByRole('heading', { name: '设置 · 操作日志' }).waitFor();
    await page.getByRole('cell', { name: '重置密码' }).first().waitFor();
    await capture(page, 'audit-log');

    await page.getByLabel('操作类型').click();
    await page.keyboard.type('登录失败');
    await page.keyboard.press('Enter');
    await page.getByText('没有符合条件的记录').waitFor();
    await page.getByLabel('操作类型').click();
    await page.keyboard.type('重置密码');
    await page.keyboard.press('Enter');
    await page.getByRole('cell', { name: '重置密码' }).first().waitFor();
    expect(await page.getByRole('cell', { name: '登录', exact: true }).count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    expect((await download).suggestedFilename()).toMatch(/^操作日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.context().close();

    const staff = await signInAt(browser, t.url, 'zhang.staff', '/settings/audit-log');
    await staff
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await staff.context().close();
  });
});
