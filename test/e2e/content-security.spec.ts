import { existsSync } from 'node:fs';
import { todayIso } from '@luodi/domain';
import type { Browser } from 'playwright-core';
import { seedDemoBlockers } from '../../server/src/seed/demo-blockers';
import { seedDemoProjects } from '../../server/src/seed/demo-projects';
import { CLIENT_DIR, launchChromium, PAGE_OPTIONS } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The built client under the server's Content-Security-Policy: every main page (Ant Design's
 * inline styles, ECharts' canvas, the drawer, the dialogs) renders without one violation.
 */
describe('the client under the Content-Security-Policy', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    await t.dataSource.transaction(async (manager) => {
      await seedDemoProjects(manager, t.accounts, todayIso());
      await seedDemoBlockers(manager, t.accounts, todayIso());
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Signs in at `path` with every CSP report collected, from the page's first script on. */
  async function signInWatched(username: string, path: string) {
    const context = await browser.newContext(PAGE_OPTIONS);
    const consoleReports: string[] = [];
    await context.addInitScript(() => {
      const reports: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = reports;
      document.addEventListener('securitypolicyviolation', (event) =>
        reports.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        consoleReports.push(message.text());
    });
    await page.goto(`${t.url}${path}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill('luodi2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const reports = async () => [
      ...consoleReports,
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? [])),
    ];
    return { page, context, reports };
  }

  it.each([
    ['wang.leader', '/cockpit', 'canvas'],
    ['zhang.staff', '/board', '[data-testid="column-count"]'],
    ['zhao.supervisor', '/inspection', 'table'],
    ['admin', '/dispatch', 'table'],
  ])('%s opens %s with no violation', async (username, path, selector) => {
    const response = await fetch(`${t.url}${path}`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const { page, context, reports } = await signInWatched(username, path);
    await page.locator(selector).first().waitFor({ timeout: 20_000 });
    if (path === '/board') {
      // A card opens the project drawer (timeline, tabs, forms).
      await page
        .getByRole('region', { name: '签约', exact: true })
        .getByRole('button')
        .first()
        .click();
      await page.locator('.ant-drawer').first().waitFor({ timeout: 20_000 });
    }
    await page.waitForTimeout(500);
    expect(await reports()).toEqual([]);
    await context.close();
  });
});
