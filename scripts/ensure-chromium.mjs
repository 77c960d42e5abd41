// The browser tests drive Debian's Chromium; install it (and a CJK font, so screenshots show
// Chinese rather than empty boxes) the way `playwright install --with-deps` would: apt-get as
// root, or stop with one line that says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const missing = [
    ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
    ...(hasChineseFont() ? [] : ['fonts-noto-cjk']),
  ];
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    if (missing.includes('chromium')) {
      console.error(
        `Browser tests need Chromium at ${CHROMIUM_PATH}: run "sudo apt-get install chromium fonts-noto-cjk" (or set CHROMIUM_PATH).`,
      );
      process.exit(1);
    }
    console.warn(
      'No Chinese font found: screenshots will show boxes ("sudo apt-get install fonts-noto-cjk").',
    );
    return;
  }
  console.log(`Installing ${missing.join(' and ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `apt-get finished but ${CHROMIUM_PATH} is still missing; install Chromium by hand.`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
