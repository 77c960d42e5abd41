/**
 * Counts requests per key in fixed windows, in the process's memory: enough for one server,
 * and nothing to deploy. A key over its limit waits until its window ends.
 */
export class RequestCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; the seconds to wait when it is over the limit, else 0. */
  hit(key: string, limit: number): number {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 50_000) this.prune(now);
      window = { count: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count > limit ? Math.max(1, Math.ceil((window.endsAt - now) / 1000)) : 0;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
