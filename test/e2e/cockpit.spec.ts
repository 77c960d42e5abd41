import { existsSync } from 'node:fs';
import { todayIso } from '@luodi/domain';
import type { Browser } from 'playwright-core';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { seedDemoProjects } from '../../server/src/seed/demo-projects';
import { seedDemoTargets } from '../../server/src/seed/demo-targets';
import { artifactPath, CLIENT_DIR, launchChromium, signInAt } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/** The leaders' cockpit on the demo city: period, drill-through to the board, the monthly report. */
describe('the leaders’ cockpit', () => {
  let t: TestApp;
  let browser: Browser;
  const today = todayIso();
  const lastYear = Number(today.slice(0, 4)) - 1;

  const signIn = (username: string, path: string) => signInAt(browser, t.url, username, path);

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    await t.dataSource.transaction(async (manager) => {
      await seedDemoProjects(manager, t.accounts, today);
      await seedDemoTargets(manager, t.accounts, today);
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets a leader change the period and open a county’s 落地率 bar on the board, showing exactly that cohort', async () => {
    const page = await signIn('wang.leader', '/board');
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
    await page.getByRole('menuitem', { name: '驾驶舱' }).click();
    await page.getByRole('heading', { name: '驾驶舱', exact: true }).waitFor();
    await page.getByTestId('kpi-landing').waitFor();
    await page.getByTestId('rank-bar').first().waitFor();
    await page.waitForTimeout(800); // the charts' entry animation
    await page.screenshot({ path: artifactPath('cockpit.png'), fullPage: true });

    await page.getByText('上年', { exact: true }).click();
    await page.waitForURL(/period=lastYear/);
    await page
      .getByTestId('cockpit-period')
      .filter({ hasText: `${lastYear}-01-01 ~ ${lastYear}-12-31` })
      .waitFor();

    // The cohort as the rates define it: 泸溪县's own projects signed last year, terminated ones included.
    const luxi = t.accounts.orgUnits.get('luxi')!;
    const cohort = await t.dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.orgUnitId = :unit AND p.signedOn >= :from AND p.signedOn <= :to', {
        unit: luxi.id,
        from: `${lastYear}-01-01`,
        to: `${lastYear}-12-31`,
      })
      .getMany();
    expect(cohort.length).toBeGreaterThan(0);
    const landed = cohort.filter((project) => project.landedOn !== null).length;
    const rate = `${(Math.round((landed / cohort.length) * 1000) / 10).toFixed(1)}%`;

    const bar = page.getByRole('button', { name: `泸溪县 落地率 ${rate}`, exact: true });
    await bar.waitFor();
    await bar.click();
    await page.getByRole('heading', { name: '项目看板' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/board');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      orgUnitId: String(luxi.id),
      directOrgUnitOnly: 'true',
      signedFrom: `${lastYear}-01-01`,
      signedTo: `${lastYear}-12-31`,
      includeTerminated: 'true',
    });
    await page
      .getByTestId('cohort-chip')
      .filter({ hasText: `签约日期：${lastYear}-01-01 ~ ${lastYear}-12-31` })
      .waitFor();

    const counts = page.getByTestId('column-count');
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid="column-count"]')].reduce(
          (sum, el) => sum + Number(el.textContent),
          0,
        ) === expected,
      cohort.length,
    );
    expect(await counts.count()).toBe(5);
    for (const project of cohort) {
      await page.getByText(project.name, { exact: true }).first().waitFor();
    }
    await page.screenshot({ path: artifactPath('cockpit-drill-board.png') });

    // Removing the chip widens the board again.
    await page.getByLabel(`移除筛选“签约日期：${lastYear}-01-01 ~ ${lastYear}-12-31”`).click();
    await page.waitForURL((next) => !next.searchParams.has('signedFrom'));
    await page.close();
  });

  it('prints the monthly report on one A4 page of tables', async () => {
    const month = today.slice(0, 7);
    const page = await signIn('wang.leader', `/cockpit/report?month=${month}`);
    const report = page.getByTestId('monthly-report');
    await report.waitFor();
    await page
      .getByRole('heading', {
        name: new RegExp(
          `湘西市招商引资项目调度报告（${month.slice(0, 4)}年${Number(month.slice(5))}月）`,
        ),
      })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(false);
    // Printed by Chromium itself on A4: the whole report on one sheet.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: artifactPath('monthly-report.png'), fullPage: true });
    await page.close();
  });

  it('lets an admin set a yearly target under 设置, validated and replaced in place', async () => {
    const page = await signIn('admin', '/settings/targets');
    await page.getByRole('heading', { name: '年度目标' }).waitFor();
    await page.locator('.ant-radio-button-wrapper', { hasText: '产业链' }).click();
    await page.getByRole('combobox', { name: '产业链' }).click();
    await page.getByTitle('生物医药', { exact: true }).click();
    await page.getByRole('combobox', { name: '指标' }).click();
    await page.getByTitle('签约数', { exact: true }).click();
    await page.getByRole('button', { name: '保存目标' }).click();
    await page.getByText('请填写目标值').waitFor();

    await page.getByLabel('目标值').fill('12');
    await page.getByRole('button', { name: '保存目标' }).click();
    await page.getByText('目标已保存').waitFor();
    const row = page.getByRole('row', { name: /生物医药 · 签约数/ });
    await row.getByRole('cell', { name: '12', exact: true }).waitFor();

    await page.getByLabel('目标值').fill('15');
    await page.getByRole('button', { name: '保存目标' }).click();
    await row.getByRole('cell', { name: '15', exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /生物医药 · 签约数/ }).count()).toBe(1);
    await page.screenshot({ path: artifactPath('targets-admin.png') });
    await page.close();
  });
});
