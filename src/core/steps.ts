/**
 * Work done in steps: a generator that yields, between pieces of its work, a
 * word on what it is doing. Run whole with finish(); a caller on a thread that
 * must keep answering (a running bot) can instead let other work run between
 * steps, without the work itself knowing about event loops or timers.
 */
export type Steps<T> = Generator<string, T, void>;

/** Runs the steps to the end, at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
