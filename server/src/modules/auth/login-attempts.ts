/**
 * Counts failed logins per key in a sliding window. In-memory on purpose: one server process
 * guards its own door; a multi-instance deployment would move this to Redis.
 */
export class LoginAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  count(key: string, now = Date.now()): number {
    const recent = (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    return recent.length;
  }

  /** Milliseconds until the oldest counted failure leaves the window. */
  retryAfterMs(key: string, now = Date.now()): number {
    const oldest = this.failures.get(key)?.[0];
    return oldest === undefined ? 0 : Math.max(0, this.windowMs - (now - oldest));
  }

  fail(key: string, now = Date.now()): void {
    this.count(key, now);
    this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
