/** What a fake server received, in order, with a way to wait for a request that has not arrived yet. */
export class Recorder<T> {
  readonly items: T[] = [];
  private waiters: { match: (item: T) => boolean; resolve: (item: T) => void }[] = [];

  record(item: T): void {
    this.items.push(item);
    this.waiters = this.waiters.filter((w) => (w.match(item) ? (w.resolve(item), false) : true));
  }

  /** Resolves with the first item from index `since` on (already recorded or future) that matches. */
  waitFor(match: (item: T) => boolean, since = 0, timeoutMs = 5000): Promise<T> {
    const seen = this.items.slice(since).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching request arrived')), timeoutMs);
      this.waiters.push({ match, resolve: (item) => (clearTimeout(timer), resolve(item)) });
    });
  }
}
