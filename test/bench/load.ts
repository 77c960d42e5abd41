/** Request timing for the benchmarks: one at a time, and under several connections at once. */

export interface AloneResult {
  median: number;
  p95: number;
}
export interface LoadResult {
  perSecond: number;
  p50: number;
  p95: number;
  failed: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

const elapsedMs = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

/** `count` runs one after another, after one warm-up run. */
export async function alone(
  count: number,
  run: (i: number) => Promise<unknown>,
): Promise<AloneResult> {
  await run(-1);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await run(i);
    samples.push(elapsedMs(started));
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

/**
 * `connections` loops, each sending its next request when the last one answered, for `seconds`
 * (or until `limit` requests have started). A run that throws counts as failed.
 */
export async function underLoad(
  connections: number,
  seconds: number,
  run: (i: number) => Promise<unknown>,
  limit = Number.POSITIVE_INFINITY,
): Promise<LoadResult> {
  const samples: number[] = [];
  let failed = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline && next < limit) {
        const i = next++;
        const at = process.hrtime.bigint();
        try {
          await run(i);
          samples.push(elapsedMs(at));
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const wall = elapsedMs(started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    perSecond: samples.length / wall,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    failed,
  };
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
