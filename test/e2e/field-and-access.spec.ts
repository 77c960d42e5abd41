import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BLOCKER_CATEGORIES, INVESTOR_TAGS, SOURCE_METHODS, todayIso } from '@luodi/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { seedDemoProjects } from '../../server/src/seed/demo-projects';
import { seedDemoTargets } from '../../server/src/seed/demo-targets';
import { artifactPath, CLIENT_DIR, launchChromium } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

// Evaluated through the debugging protocol: the page's Content-Security-Policy refuses inline scripts.
const AXE_SOURCE = readFileSync(
  resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

const DESKTOP = { width: 1440, height: 900 };

/** A run of Chinese characters and full-width punctuation. */
const CJK_RUN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/;
/** Words that stay Chinese in English: the language switch names Chinese in Chinese. */
const OWN_NAMES = new Set(['中文']);
/** Stored as Chinese words but shown translated: not data for the English check. */
const CHOICE_WORDS = new Set<string>([...SOURCE_METHODS, ...INVESTOR_TAGS, ...BLOCKER_CATEGORIES]);
const PHONE = { width: 390, height: 844 };

interface Viewport {
  name: 'desktop' | 'phone';
  size: { width: number; height: number };
}
const VIEWPORTS: Viewport[] = [
  { name: 'desktop', size: DESKTOP },
  { name: 'phone', size: PHONE },
];

interface Reading {
  page: string;
  viewport: Viewport['name'];
  scrollWidth: number;
  wide: string[];
  serious: { id: string; impact: string; nodes: number; target: string }[];
}

/** Reads until `done` holds or the time is up, and returns the last reading. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Every main page, the user who works on it and what shows it is ready. */
interface MainPage {
  name: string;
  user: string;
  path: string;
  /** Opens what the page is about once the page is there (a drawer, a dialog). */
  open?: (page: Page, viewport: Viewport) => Promise<void>;
}

/**
 * The field and everyone: every main page at 1440 px and at 390 px with touch, checked with
 * axe-core (no serious or critical violation) and for width (the page never scrolls sideways).
 */
describe('every main page, on a desktop and on a phone', () => {
  let t: TestApp;
  let browser: Browser;
  let ownProject: Project;
  const readings: Reading[] = [];
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npm test`);
    t = await startTestApp({ CLIENT_DIR });
    const today = todayIso();
    await t.dataSource.transaction(async (manager) => {
      await seedDemoProjects(manager, t.accounts, today);
      await seedDemoTargets(manager, t.accounts, today);
    });
    const zhang = t.accounts.users.get('zhang.staff')!;
    ownProject = (await t.dataSource.getRepository(Project).findOne({
      where: { ownerId: zhang.id, stage: 'NEGOTIATING', status: 'ACTIVE' },
      order: { id: 'ASC' },
    }))!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    writeFileSync(artifactPath('field-and-access.json'), JSON.stringify(readings, null, 2));
    for (const context of contexts.values()) await context.close();
    await browser?.close();
    await t?.close();
  });

  /** A signed-in page for the user at the viewport, in Chinese unless asked otherwise. */
  async function pageFor(user: string, viewport: Viewport, english = false): Promise<Page> {
    const key = `${user}@${viewport.name}${english ? '@en' : ''}`;
    let context = contexts.get(key);
    if (!context) {
      const token = await t.tokenFor(user);
      context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: viewport.size,
        ...(viewport.name === 'phone'
          ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
          : {}),
      });
      await context.addInitScript(
        ([session]) => window.localStorage.setItem('luodi.session', session),
        [JSON.stringify({ token, username: user })],
      );
      if (english)
        await context.addInitScript(() => window.localStorage.setItem('luodi.locale', 'en-US'));
      contexts.set(key, context);
    }
    return context.newPage();
  }

  async function settle(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(900); // charts' and drawers' entry animations
  }

  async function measure(page: Page, name: string, viewport: Viewport) {
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as any).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        target: v.nodes
          .slice(0, 6)
          .map((node: any) => `${node.target} ${node.any?.[0]?.message ?? ''}`)
          .join(' | '),
      }));
    });
    const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    // What sticks out, for the report when the page is too wide.
    const wide = await page.evaluate((width) => {
      const clipped = (element: Element) => {
        for (let up = element.parentElement; up; up = up.parentElement) {
          if (
            getComputedStyle(up).overflowX !== 'visible' &&
            up.getBoundingClientRect().right <= width + 0.5
          )
            return true;
        }
        return false;
      };
      const out: string[] = [];
      for (const element of Array.from(document.querySelectorAll('body *'))) {
        const box = element.getBoundingClientRect();
        if (box.right > width + 0.5 && out.length < 6 && !clipped(element))
          out.push(`${element.tagName}.${element.className} ${Math.round(box.right)}`);
      }
      return out;
    }, viewport.size.width);
    const serious = (violations as Reading['serious']).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    readings.push({ page: name, viewport: viewport.name, scrollWidth, wide, serious });
    await page.screenshot({ path: artifactPath(`field-${name}-${viewport.name}.png`) });
    return { scrollWidth, serious };
  }

  /** Every text the database holds (names of projects, places, people, notes …): data, not UI. */
  async function dataTexts(): Promise<string> {
    const texts: string[] = [];
    for (const entity of t.dataSource.entityMetadatas) {
      const columns = entity.columns.filter((column) =>
        ['varchar', 'text', 'simple-json', 'json', String].includes(column.type as never),
      );
      if (columns.length === 0) continue;
      const rows = await t.dataSource
        .createQueryBuilder()
        .select(columns.map((column) => `e.${column.databaseName}`))
        .from(entity.tableName, 'e')
        .getRawMany();
      for (const row of rows)
        for (const value of Object.values(row))
          if (typeof value === 'string' && !CHOICE_WORDS.has(value)) texts.push(value);
    }
    return texts.join('\n');
  }

  /** Chinese in the visible text (and placeholders) of the page that no data value explains. */
  async function untranslated(page: Page, data: string): Promise<string[]> {
    const runs = await page.evaluate((pattern) => {
      const found: string[] = [];
      const cjk = new RegExp(pattern, 'g');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          continue;
        if (parent.closest('.luodi-visually-hidden')) continue;
        for (const match of (node.textContent ?? '').matchAll(cjk)) found.push(match[0]);
      }
      for (const input of Array.from(document.querySelectorAll('[placeholder]')))
        for (const match of (input.getAttribute('placeholder') ?? '').matchAll(cjk))
          found.push(match[0]);
      return found;
    }, CJK_RUN.source);
    return [...new Set(runs)].filter((run) => !data.includes(run) && !OWN_NAMES.has(run));
  }

  /** Opens the move to 签约 of zhang's own card: the sheet on a phone, the keyboard on a desk. */
  async function openEvidenceDialog(page: Page) {
    const card = page.locator(`[data-project-id="${ownProject.id}"]`);
    await card.waitFor();
    const moveButton = page.getByRole('button', { name: `移动到… “${ownProject.name}”` });
    if (await moveButton.isVisible()) {
      await moveButton.click();
      const sheet = page.getByRole('dialog', { name: /移动到/ });
      await sheet.waitFor();
      await page.waitForTimeout(400); // the sheet slides up
      await page.screenshot({ path: artifactPath('field-move-sheet-phone.png') });
      await sheet.getByRole('button', { name: /^签\s*约$/ }).click();
    } else {
      await card.focus();
      await page.keyboard.press('Space');
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
      await page.keyboard.press('Space');
    }
    await page.getByRole('dialog', { name: new RegExp(`推进“${ownProject.name}”`) }).waitFor();
  }

  const PAGES: MainPage[] = [
    { name: 'board', user: 'zhang.staff', path: '/board' },
    {
      name: 'drawer',
      user: 'zhang.staff',
      path: '/board',
      open: async (page) => {
        await page.goto(`${t.url}/board?project=${ownProject.id}`);
        await page.getByRole('dialog').filter({ hasText: ownProject.name }).first().waitFor();
      },
    },
    { name: 'evidence', user: 'zhang.staff', path: '/board', open: openEvidenceDialog },
    { name: 'home', user: 'zhang.staff', path: '/home' },
    { name: 'cockpit', user: 'wang.leader', path: '/cockpit' },
    { name: 'report', user: 'wang.leader', path: '/cockpit/report' },
    { name: 'inspection', user: 'zhao.supervisor', path: '/inspection' },
    { name: 'notices', user: 'zhao.supervisor', path: '/notices' },
    { name: 'dispatch', user: 'zhang.staff', path: '/dispatch' },
    { name: 'users', user: 'admin', path: '/settings/users' },
    { name: 'thresholds', user: 'admin', path: '/settings/thresholds' },
    { name: 'targets', user: 'admin', path: '/settings/targets' },
    { name: 'departments', user: 'admin', path: '/settings/departments' },
    { name: 'org-units', user: 'admin', path: '/settings/org-units' },
    { name: 'chains', user: 'admin', path: '/settings/chains' },
    { name: 'audit-log', user: 'admin', path: '/settings/audit-log' },
  ];

  for (const viewport of VIEWPORTS) {
    // FIELD_PAGES=board,cockpit checks only those pages.
    const only = process.env.FIELD_PAGES?.split(',');
    for (const main of PAGES.filter((entry) => !only || only.includes(entry.name))) {
      it(`${main.name} at ${viewport.size.width} px: no serious accessibility violation, no sideways scroll`, async () => {
        const page = await pageFor(main.user, viewport);
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${t.url}${main.path}`);
        await page
          .getByRole('heading', { level: 1 })
          .first()
          .waitFor()
          .catch((error: Error) => {
            throw new Error(`${error.message}\n${problems.join('\n')}`);
          });
        await settle(page);
        if (main.open) {
          await main.open(page, viewport);
          await settle(page);
        }
        const { scrollWidth, serious } = await measure(page, main.name, viewport);
        await page.close();
        expect(serious).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(viewport.size.width);
      });
    }
  }

  describe('in English', () => {
    const english: Viewport = { name: 'desktop', size: DESKTOP };
    let data = '';
    beforeAll(async () => {
      data = await dataTexts();
    });

    const ENGLISH_PAGES: MainPage[] = [
      ...PAGES.filter((main) => main.name !== 'drawer' && main.name !== 'evidence'),
      {
        name: 'drawer',
        user: 'zhang.staff',
        path: '/board',
        open: async (page) => {
          await page.goto(`${t.url}/board?project=${ownProject.id}`);
          const drawer = page.getByRole('dialog').filter({ hasText: ownProject.name }).first();
          await drawer.waitFor();
          await drawer.getByRole('tab', { name: 'Timeline' }).click();
        },
      },
      {
        name: 'evidence',
        user: 'zhang.staff',
        path: '/board',
        open: async (page) => {
          const card = page.locator(`[data-project-id="${ownProject.id}"]`);
          await card.focus();
          await page.keyboard.press('Space');
          await page.waitForTimeout(300);
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(400);
          await page.keyboard.press('Space');
          await page.getByRole('dialog', { name: new RegExp(`Move “`) }).waitFor();
        },
      },
    ];
    const only = process.env.FIELD_PAGES?.split(',');
    for (const main of ENGLISH_PAGES.filter((entry) => !only || only.includes(entry.name))) {
      it(`${main.name}: no Chinese outside the data`, async () => {
        const page = await pageFor(main.user, english, true);
        await page.goto(`${t.url}${main.path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await settle(page);
        if (main.open) {
          await main.open(page, english);
          await settle(page);
        }
        const left = await untranslated(page, data);
        await page.screenshot({ path: artifactPath(`field-${main.name}-english.png`) });
        await page.close();
        expect(left).toEqual([]);
      });
    }
  });

  it('on a phone, staff move a card to 签约 with its evidence from the sheet, then take it back with 撤销', async () => {
    const zhang = t.accounts.users.get('zhang.staff')!;
    const [, project] = await t.dataSource.getRepository(Project).find({
      where: { ownerId: zhang.id, stage: 'NEGOTIATING', status: 'ACTIVE' },
      order: { id: 'ASC' },
      take: 2,
    });
    const page = await pageFor('zhang.staff', VIEWPORTS[1]);
    await page.goto(`${t.url}/board`);
    await page.getByRole('button', { name: `移动到… “${project.name}”` }).click();
    await page
      .getByRole('dialog', { name: /移动到/ })
      .getByRole('button', { name: /^签\s*约$/ })
      .click();
    const dialog = page.getByRole('dialog', {
      name: new RegExp(`推进“${project.name}”到「签约」`),
    });
    await dialog.waitFor();
    // Typed, then Tab: the picker keeps a valid date on leaving the field (Enter would submit).
    const fillDate = async (label: string, date: string) => {
      await dialog.getByLabel(label).click();
      await dialog.getByLabel(label).fill(date);
      await page.keyboard.press('Tab');
    };
    const today = todayIso();
    const year = Number(today.slice(0, 4));
    await fillDate('签约日期', today);
    await dialog.getByLabel('合同编号').fill('HT-PHONE-001');
    await dialog.getByLabel('合同引资额（万元）').fill('8000');
    await dialog.getByLabel('包抓领导').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await fillDate('计划开工日期', `${year + 1}-03-01`);
    await fillDate('计划投产日期', `${year + 2}-06-30`);
    await page.screenshot({ path: artifactPath('field-evidence-filled-phone.png') });
    await dialog.getByRole('button', { name: '确认推进' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The phone shows the stage the card went to, with the focus back on the card.
    const card = page.locator(`[data-project-id="${project.id}"]`);
    await card.waitFor();
    expect(
      await until(
        () => page.evaluate(() => document.activeElement?.getAttribute('data-project-id')),
        (id) => id === String(project.id),
      ),
    ).toBe(String(project.id));
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: artifactPath('field-moved-phone.png') });

    await page
      .getByRole('button', { name: new RegExp(`撤销把“${project.name}”推进到「签约」`) })
      .click();
    await page.getByText(`已撤销：“${project.name}”回到「在谈」`).waitFor();
    const stageNow = async () =>
      (await t.dataSource.getRepository(Project).findOneBy({ id: project.id }))!.stage;
    expect(await until(stageNow, (stage) => stage === 'NEGOTIATING')).toBe('NEGOTIATING');
    await page.close();
  });
});
