/**
 * A polite pace per site: requests to one host start at least `gapMs` apart
 * (in this process), whichever feed or item they are for. Each caller reserves
 * the next free start time for its host, then waits until then.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export class HostPacer {
  private readonly nextStart = new Map<string, number>();

  constructor(
    private readonly gapMs: number,
    private readonly now: () => Date = () => new Date(),
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Waits for this host's next turn. Resolves at once when the host has been quiet for `gapMs`. */
  async wait(url: string, signal?: AbortSignal): Promise<void> {
    const host = hostOf(url);
    const now = this.now().getTime();
    const start = Math.max(now, this.nextStart.get(host) ?? 0);
    this.nextStart.set(host, start + this.gapMs);
    // Forget hosts whose turn is long past, so the map stays small.
    if (this.nextStart.size > 1000) for (const [h, t] of this.nextStart) if (t < now) this.nextStart.delete(h);
    if (start > now) await this.sleep(start - now, signal);
  }
}

/** The host an address names (with its port), lower-case; empty when it is not an address. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}
