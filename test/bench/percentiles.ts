/** Times `run` `count` times one after another and reports p50/p95/max in milliseconds. */
export async function measure(
  label: string,
  count: number,
  run: (i: number) => Promise<unknown>,
): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
  const line = `${label.padEnd(44)} n=${count}  p50=${at(0.5)} ms  p95=${at(0.95)} ms  max=${at(1)} ms`;
  process.stdout.write(`${line}\n`);
  return line;
}
