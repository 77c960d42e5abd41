export interface ThrottleLimits {
  /** Failures of one username from addresses that are not its usual ones, before delays. */
  perUsername: number;
  /** Failures from one address before it is refused for usernames it has no history with. */
  perAddress: number;
  windowSeconds: number;
  /** Failures of one (username, address) pair before each next try must wait. */
  freeAttempts: number;
  maxDelaySeconds: number;
}

/**
 * Login throttling that an attacker cannot turn against the owner of an account:
 * - per (username, address) pair a progressive delay: after `freeAttempts` failures the next
 *   try waits 1 s, then 2, 4 … up to `maxDelaySeconds` after the last failure;
 * - per username, failures from strangers' addresses (each address counting at most
 *   `freeAttempts`, so one address cannot trip it alone) slow further strangers the same way;
 * - per address, a ceiling of failures in the window, after which that address may only try
 *   usernames it has logged in as before;
 * - an address the user recently logged in from ("usual") is exempt from the username-wide
 *   counter and the address ceiling, so the right password from there always works unless that
 *   very pair is being hammered, and then only after a short wait.
 * Nothing here refuses a correct password for longer than `maxDelaySeconds`, and never locks.
 * In memory on purpose: one server process guards its own door.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits) {}

  /** Seconds to wait before this attempt may be checked, or 0 to check it now. */
  waitSeconds(username: string, address: string, usual: boolean, now: number): number {
    const pair = this.recent(pairKey(username, address), now);
    let waitUntil = this.delayedUntil(pair, this.limits.freeAttempts);
    if (!usual) {
      const perAddress = this.recent(addressKey(address), now);
      if (perAddress.length >= this.limits.perAddress)
        waitUntil = Math.max(waitUntil, perAddress[0] + this.limits.windowSeconds * 1000);
      const perUser = this.recent(userKey(username), now);
      waitUntil = Math.max(waitUntil, this.delayedUntil(perUser, this.limits.perUsername));
    }
    return Math.max(0, Math.ceil((waitUntil - now) / 1000));
  }

  fail(username: string, address: string, usual: boolean, now: number): void {
    const pair = this.push(pairKey(username, address), now);
    this.push(addressKey(address), now);
    if (!usual && pair <= this.limits.freeAttempts) this.push(userKey(username), now);
  }

  /** A successful login clears its pair; the username and address counters run out by time. */
  succeed(username: string, address: string): void {
    this.failures.delete(pairKey(username, address));
  }

  private delayedUntil(failures: number[], free: number): number {
    if (failures.length < free) return 0;
    const over = failures.length - free;
    const delay = Math.min(2 ** over, this.limits.maxDelaySeconds) * 1000;
    return failures[failures.length - 1] + delay;
  }

  private recent(key: string, now: number): number[] {
    const windowMs = this.limits.windowSeconds * 1000;
    const recent = (this.failures.get(key) ?? []).filter((at) => now - at < windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    return recent;
  }

  private push(key: string, now: number): number {
    const list = [...this.recent(key, now), now];
    // Bounded: the window never needs more than a few thousand timestamps per key.
    this.failures.set(key, list.slice(-5000));
    return list.length;
  }
}

const pairKey = (username: string, address: string) => `p:${username}\u0000${address}`;
const userKey = (username: string) => `u:${username}`;
const addressKey = (address: string) => `a:${address}`;
