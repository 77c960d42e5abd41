import { existsSync } from 'node:fs';
import { addDays, STAGES, todayIso, type Stage } from '@luodi/domain';
import type { Browser, Page } from 'playwright-core';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { Investor } from '../../server/src/modules/projects/entities/investor.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import { CLIENT_DIR, launchChromium } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { measure } from './percentiles';

const CARDS = 2000;
const CHUNK = 100;
const DRAG_MS = 2000;

/** Row facts for a card of each stage: the evidence its stage needs, dates in order. */
function stageFacts(stage: Stage, n: number, leaderId: number): Partial<Project> {
  const days = (d: number) => addDays(todayIso(), -d);
  const signed = stage !== 'NEGOTIATING';
  const index = STAGES.indexOf(stage);
  return {
    stage,
    leaderId: signed ? leaderId : null,
    plannedInvestment: 1000 + (n % 50) * 100,
    contractedInvestment: signed ? 2000 + (n % 40) * 250 : null,
    arrivedInvestment: signed ? (n % 4) * 500 : 0,
    contractNo: signed ? `HT-B-${n}` : null,
    signedOn: signed ? days(300) : null,
    plannedStartOn: signed ? days(200) : null,
    plannedOperatingOn: signed ? days(20) : null,
    landedOn: index >= 2 ? days(250) : null,
    companyCreditCode: index >= 2 ? '91350100M000100Y43' : null,
    landArea: index >= 2 ? 40 + (n % 30) : null,
    startedOn: index >= 3 ? days(150) : null,
    permitNo: index >= 3 ? `SG-${n}` : null,
    operatingOn: index >= 4 ? days(10) : null,
    stageEnteredOn: days(10 + (n % 200)),
    lastProgressOn: days(10 + (n % 200)),
  };
}

/** The whole board in the browser with 2,000 cards: first render, loading them all, a drag's frame rate. */
describe('board benchmark (browser)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(`${CLIENT_DIR}/index.html`))
      throw new Error(`The client is not built at ${CLIENT_DIR}: run npx vite build client`);
    t = await startTestApp({ CLIENT_DIR });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function insertCards(): Promise<number> {
    const started = Date.now();
    const chain = await t.dataSource
      .getRepository(IndustryChain)
      .save({ name: '电子信息及5G应用', chainLeaderId: null });
    const ownerId = t.accounts.users.get('zhang.staff')!.id;
    const leaderId = t.accounts.users.get('chen.leader')!.id;
    const orgUnitId = t.accounts.orgUnits.get('luxi')!.id;
    const now = new Date();
    for (let offset = 0; offset < CARDS; offset += CHUNK) {
      const numbers = Array.from(
        { length: Math.min(CHUNK, CARDS - offset) },
        (_, i) => offset + i + 1,
      );
      await t.dataSource.transaction(async (manager) => {
        const investors = await manager
          .getRepository(Investor)
          .insert(numbers.map((n) => ({ name: `基准投资方${n}`, creditCode: null, tags: [] })));
        await manager.getRepository(Project).insert(
          numbers.map((n, i) => ({
            code: `XM-B-${n}`,
            name: `基准项目${n}号`,
            version: 1,
            status: 'ACTIVE' as const,
            investorId: investors.identifiers[i].id as number,
            orgUnitId,
            chainId: chain.id,
            chainRole: null,
            sourceMethod: '以商招商',
            ownerId,
            arrivedVerified: 0,
            leasedFloorArea: null,
            position: n * 1024,
            createdAt: now,
            updatedAt: now,
            terminatedOn: null,
            terminationReason: null,
            ...stageFacts(STAGES[n % STAGES.length], n, leaderId),
          })),
        );
      });
    }
    return Date.now() - started;
  }

  const cardCount = (page: Page) => page.locator('[data-project-id]').count();

  /** Scrolls every column to its end until each has loaded all its cards. */
  async function loadEverything(page: Page): Promise<{ ms: number; rounds: number }> {
    const started = Date.now();
    let rounds = 0;
    while ((await cardCount(page)) < CARDS && Date.now() - started < 300_000) {
      rounds++;
      await page.evaluate(() => {
        for (const list of document.querySelectorAll<HTMLElement>('[data-column]'))
          list.scrollTop = list.scrollHeight;
      });
      await page.waitForTimeout(50);
      await page.waitForFunction(() => !document.body.innerText.includes('正在加载…'), undefined, {
        timeout: 60_000,
      });
    }
    return { ms: Date.now() - started, rounds };
  }

  const startCounting = (page: Page) =>
    page.evaluate(() => {
      const w = window as any;
      w.__frames = [];
      w.__counting = true;
      const tick = (time: number) => {
        w.__frames.push(time);
        if (w.__counting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

  /** Frames seen since startCounting: rate, 95th percentile and worst gap between frames. */
  const stopCounting = (page: Page) =>
    page.evaluate(() => {
      const w = window as any;
      w.__counting = false;
      const frames: number[] = w.__frames;
      const gaps = frames
        .slice(1)
        .map((time, i) => time - frames[i])
        .sort((a, b) => a - b);
      const span = frames.length > 1 ? frames[frames.length - 1] - frames[0] : 0;
      return {
        fps: span > 0 ? ((frames.length - 1) * 1000) / span : 0,
        p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
        worst: gaps[gaps.length - 1] ?? 0,
        frames: frames.length,
      };
    });

  interface DragFigures {
    liftMs: number;
    dragMs: number;
    fps: number;
    p95: number;
    worst: number;
    frames: number;
    dropMs: number;
  }

  /**
   * Lifts the top card of 签约 with the mouse, carries it across into 落地 and up and down that
   * column for about two seconds while counting frames, drops it (the evidence dialog opens) and
   * cancels, which puts the card back.
   */
  async function measureDrag(page: Page): Promise<DragFigures> {
    for (const list of await page.locator('[data-column]').all())
      await list.evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(300);
    const source = page.locator('[data-column="SIGNED"] [data-project-id]').first();
    const from = (await source.boundingBox())!;
    const to = (await page.locator('[data-column="LANDED"]').boundingBox())!;
    const x0 = from.x + from.width / 2;
    const y0 = from.y + from.height / 2;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const liftStarted = Date.now();
    await page.mouse.move(x0 + 8, y0 + 8, { steps: 4 });
    await page.waitForSelector('[data-rfd-drag-handle-draggable-id][style*="position: fixed"]');
    const liftMs = Date.now() - liftStarted;

    await startCounting(page);
    const steps = 80;
    const dragStarted = Date.now();
    for (let i = 1; i <= steps; i++) {
      const f = i / steps;
      const x = x0 + (to.x + to.width / 2 - x0) * Math.min(1, f * 1.5);
      const y = y0 + Math.sin(f * Math.PI * 2) * 250 + 150 * f;
      await page.mouse.move(x, y);
      await page.waitForTimeout(DRAG_MS / steps - 4);
    }
    const dragMs = Date.now() - dragStarted;
    const frames = await stopCounting(page);

    const dropStarted = Date.now();
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: /推进/ });
    await dialog.waitFor();
    const dropMs = Date.now() - dropStarted;
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(300);
    return { liftMs, dragMs, ...frames, dropMs };
  }

  const line = (label: string, value: string) =>
    process.stdout.write(`${label.padEnd(56)} ${value}\n`);
  const report = (label: string, d: DragFigures) =>
    line(
      label,
      `lift ${d.liftMs} ms; ${d.fps.toFixed(1)} fps over ${d.dragMs} ms (frame p95 ${d.p95.toFixed(1)} ms, worst ${d.worst.toFixed(1)} ms); drop → dialog ${d.dropMs} ms`,
    );

  it('renders 2,000 cards and keeps a drag smooth', async () => {
    const inserted = await insertCards();
    process.stdout.write(
      `\nengine: ${t.engine}, cards: ${await t.dataSource.getRepository(Project).count()}\n`,
    );
    line('insert 2,000 projects (direct rows)', `${inserted} ms`);

    // What one "load more" costs the server: the API pages every column at once (see the report).
    const { BoardPageDocument } =
      await import('../../client/src/features/board/api/board-operations');
    const { print } = await import('graphql');
    const boardPage = print(BoardPageDocument as never);
    await t.gql(boardPage, { filter: {}, first: 30 }, 'zhang.staff');
    await measure('server: board page, 5 columns × 30 cards', 20, () =>
      t.gql(boardPage, { filter: {}, first: 30 }, 'zhang.staff'),
    );

    const page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(t.url);
    await page.getByLabel('用户名').fill('zhang.staff');
    await page.getByLabel('密码').fill('luodi2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('[data-project-id]').first().waitFor();

    // A fresh load of the board with the session in place: the first page of every column.
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      await page.goto(`${t.url}/board`);
      await page.locator('[data-project-id]').first().waitFor();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-project-id]').length >= 150,
      );
      samples.push(Date.now() - started);
    }
    samples.sort((a, b) => a - b);
    line(
      'first render of the board (navigation → 150 cards)',
      `median ${samples[2]} ms, min ${samples[0]} ms, max ${samples[4]} ms`,
    );

    {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      line('DOM elements / JS heap with the first pages', `${nodes} / ${heap.toFixed(0)} MB`);
    }
    const small = await measureDrag(page);
    report('drag across columns, first pages only (150 cards)', small);

    const loaded = await loadEverything(page);
    const shown = await cardCount(page);
    line(
      'load every card by scrolling the columns',
      `${loaded.ms} ms, ${loaded.rounds} rounds, ${shown} cards in the DOM`,
    );
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    line('DOM elements / JS heap with every card loaded', `${domNodes} / ${heapMb.toFixed(0)} MB`);

    await startCounting(page);
    await page.waitForTimeout(DRAG_MS);
    const idle = await stopCounting(page);
    line('idle board, 2,000 cards', `${idle.fps.toFixed(1)} fps`);
    report('drag across columns, 2,000 cards', await measureDrag(page));
    await page.close();
  });
});
