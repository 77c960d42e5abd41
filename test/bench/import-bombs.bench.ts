import { startTestApp, type TestApp } from '../support/test-app';
import { rowBomb, zipBomb } from '../support/xlsx-bombs';

/**
 * The import's refusal of a zip bomb (a ~400 KB .xlsx whose sheet XML inflates to 400 MB) and
 * of a 1,000,000-row sheet: time to the answer and the server's memory growth meanwhile
 * (the server runs in this process; memory is sampled every 2 ms while the request runs).
 */
describe('import bombs benchmark', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('zhang.staff');
  });
  afterAll(() => t.close());

  async function measure(label: string, file: Buffer) {
    const runs: string[] = [];
    for (let run = 0; run < 5; run++) {
      (global as { gc?: () => void }).gc?.();
      const base = process.memoryUsage();
      let peakRss = base.rss;
      let peakHeap = base.heapUsed + base.arrayBuffers;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed + now.arrayBuffers);
      }, 2);
      const started = process.hrtime.bigint();
      const response = await fetch(`${t.url}/import/projects.xlsx`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: file,
      });
      const body: any = await response.json();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      runs.push(
        `  run ${run + 1}: HTTP ${response.status} in ${ms.toFixed(0)} ms, ` +
          `+${mb(peakRss - base.rss)} MB RSS, +${mb(peakHeap - base.heapUsed - base.arrayBuffers)} MB heap+buffers — ${body.fields?.file}`,
      );
    }
    console.info(`${label} (${(file.length / 1024).toFixed(0)} KB file):\n${runs.join('\n')}`);
  }

  it('refuses the zip bomb', async () => {
    await measure('zip bomb, sheet XML of 400 MB', await zipBomb(400));
    await measure('zip bomb whose headers claim 1,000 bytes', await zipBomb(400, true));
  });

  it('refuses the row bomb', async () => {
    await measure('row bomb, 1,000,000 rows', await rowBomb(1_000_000));
  });
});
