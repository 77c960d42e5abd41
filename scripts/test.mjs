// `npm test`: every Jest suite (unit, API integration, browser) in one run.
// Integration runs on a fresh SQLite file per test file, or on MySQL when DATABASE_URL is set.
// Extra arguments go to Jest, e.g. `npm test -- --selectProjects domain`.
import { ensureChromium } from './ensure-chromium.mjs';
import { nx, run } from './run.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const runsBrowserTests = !args.includes('--selectProjects') || args.includes('browser');
if (runsBrowserTests) ensureChromium();
// The start-up tests run the built server; the browser tests need the built client.
nx('run-many', '-t', 'build', `--projects=domain,server${runsBrowserTests ? ',client' : ''}`);
run('npx', ['--no-install', 'jest', ...args]);
