import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = resolve(__dirname, '..', 'artifacts');
export const CLIENT_DIR = resolve(__dirname, '..', '..', 'client', 'dist');

/** Debian's Chromium, headless, with the background traffic a closed network refuses turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/** A desktop page in Beijing time, in Chinese: how the people this serves see it. */
export const PAGE_OPTIONS = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1440, height: 900 },
};

/** Opens `path` in a fresh context and signs in through the login form with the demo password. */
export async function signInAt(
  browser: Browser,
  baseUrl: string,
  username: string,
  path: string,
): Promise<Page> {
  const context = await browser.newContext(PAGE_OPTIONS);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('luodi2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}
