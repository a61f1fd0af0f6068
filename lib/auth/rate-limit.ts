/**
 * Failed sign-in attempts, counted in memory per e-mail + IP address:
 * after MAX_FAILURES within the window, further attempts are refused until
 * the window ends. One process only (no shared store): a brake on password
 * guessing, not a distributed guarantee.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
const MAX_KEYS = 10_000;

type Entry = { failures: number; windowStart: number };

export class FailureLimiter {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.windowStart >= this.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  isBlocked(key: string, now: number = Date.now()): boolean {
    return (this.current(key, now)?.failures ?? 0) >= this.maxFailures;
  }

  recordFailure(key: string, now: number = Date.now()): void {
    const entry = this.current(key, now);
    if (entry) entry.failures += 1;
    else {
      if (this.entries.size >= MAX_KEYS) this.prune(now);
      this.entries.set(key, { failures: 1, windowStart: now });
    }
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private prune(now: number) {
    for (const [key, entry] of this.entries)
      if (now - entry.windowStart >= this.windowMs) this.entries.delete(key);
    // Still full: forget the oldest half rather than grow without bound.
    if (this.entries.size >= MAX_KEYS) {
      const keys = [...this.entries.keys()].slice(0, Math.floor(MAX_KEYS / 2));
      for (const key of keys) this.entries.delete(key);
    }
  }
}

export function attemptKey(email: string, ip: string): string {
  return `${email.trim().toLowerCase()}|${ip}`;
}
