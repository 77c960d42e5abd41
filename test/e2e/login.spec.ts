import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { artifactPath, CLIENT_DIR, launchChromium } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

describe('logging in through the real client', () => {
  let t: TestApp;
  let browser: Browser;

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

  it('shows the login screen, refuses a wrong password, and lets zhang.staff in', async () => {
    const page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(t.url);
    await page.getByLabel('用户名').fill('zhang.staff');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').waitFor();
    await page.screenshot({ path: artifactPath('login-error.png') });

    await page.getByLabel('密码').fill('luodi2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('张明').first().waitFor();
    await page.goto(`${t.url}/home`);
    // The org-unit tree comes from the server's orgUnits query, scoped to zhang.staff's county.
    await page.getByText('泸溪高新区').first().waitFor();
    expect(await page.getByText('花垣县').count()).toBe(0);
    await page.screenshot({ path: artifactPath('home-zhang-staff.png'), fullPage: true });
    await page.close();
  });

  it('opens the user administration for the admin from a deep link', async () => {
    const page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${t.url}/settings/users`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('luodi2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('cell', { name: 'zhao.supervisor' }).waitFor();
    await page.screenshot({ path: artifactPath('users-admin.png'), fullPage: true });
    await page.close();
  });
});
