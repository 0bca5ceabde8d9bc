/**
 * Counts hits per key in fixed windows, in memory: enough for one server process, which is
 * how Truce is served. Hand-written because it is a dozen lines and needs no store.
 * @example const logins = new RateLimiter(10, 15 * 60_000); if (!logins.hit(ip).ok) ...
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit; `ok` is false once the key has used its allowance, with the seconds until it renews. */
  hit(key: string): { ok: boolean; retryAfterSeconds: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      // Forget finished windows now and then, so the map does not grow with every address seen.
      if (this.windows.size > 10_000) for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
      window = { start: now, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return { ok: window.hits <= this.limit, retryAfterSeconds: (window.start + this.windowMs - now) / 1000 };
  }
}
