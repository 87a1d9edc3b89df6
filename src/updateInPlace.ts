/**
 * Applying a few changed articles to the running bot's knowledge on the main
 * thread, without holding it: the update's steps (updateKnowledgeSteps) run in
 * slices of about SLICE_MS, and between slices the event loop is free to
 * answer commands from the knowledge as it was. The new knowledge is handed
 * over in the same slice as the update's last step, so no command ever sees
 * the articles of one and the passage index of the other.
 *
 * Many changes at once go to a rebuild on a worker instead (IN_PLACE_LIMITS):
 * an update's last step, which takes the changed and removed articles' old
 * passages out of the index and files their new ones, cannot be cut, and a
 * few of its steps grow with the corpus (resolving names across all articles).
 */
import type { KnowledgeBase, KnowledgeChange } from './core/knowledge.ts';
import { updateKnowledgeSteps } from './core/knowledge.ts';

/** Work between two turns of the event loop. */
export const SLICE_MS = 20;

/**
 * At most this many files, holding at most this many passages (added and
 * removed), are applied in place. A feed poll saves at most 10 articles per
 * feed and `/sources add` one; a folder copied in, or a `git pull` of many
 * articles, goes aside. Up to these bounds an update in place is still much
 * cheaper than a rebuild (each article costs what it costs in a build, plus
 * a fixed part that grows with the corpus), and a rebuild's own hand-over
 * holds the main thread while its result is unpacked; the passage bound keeps
 * the per-article steps and the last step short.
 */
export const IN_PLACE_LIMITS = { files: 100, passages: 5_000 };

/** Why this change should be rebuilt aside rather than applied in place; undefined when in place is right. */
export function whyNotInPlace(kb: KnowledgeBase, change: KnowledgeChange, limits = IN_PLACE_LIMITS): string | undefined {
  if (!kb.entityState) return 'the knowledge has no per-article state to update';
  const files = change.upsert.length + change.remove.length;
  if (files > limits.files) return `${files} files changed at once (more than ${limits.files})`;
  const removed = new Set(change.remove);
  const passages =
    change.upsert.reduce((sum, a) => sum + a.passages.length + (kb.articleById.get(a.id)?.passages.length ?? 0), 0) +
    kb.articles.reduce((sum, a) => sum + (removed.has(a.id) ? a.passages.length : 0), 0);
  if (passages > limits.passages) return `${passages} passages changed at once (more than ${limits.passages})`;
  return undefined;
}

export interface InPlaceUpdate {
  kb: KnowledgeBase;
  /** From the first step to the hand-over. */
  ms: number;
  /** The longest the event loop was held at once, and the step that ended that slice. */
  longestSliceMs: number;
  longestStep: string;
  slices: number;
}

/**
 * Runs the update in slices and calls `handOver` with the new knowledge in the
 * slice that finishes it. The knowledge passed in must not be updated again
 * (its per-article state now belongs to the result); if this rejects, rebuild.
 */
export async function updateInSlices(kb: KnowledgeBase, change: KnowledgeChange, handOver: (kb: KnowledgeBase) => void, sliceMs = SLICE_MS): Promise<InPlaceUpdate> {
  const steps = updateKnowledgeSteps(kb, change);
  const started = performance.now();
  let sliceStart = started;
  let longest = { ms: 0, step: '' };
  let slices = 1;
  for (;;) {
    const next = steps.next();
    const held = performance.now() - sliceStart;
    if (next.done) {
      handOver(next.value);
      if (held > longest.ms) longest = { ms: held, step: 'passage index' };
      return { kb: next.value, ms: performance.now() - started, longestSliceMs: longest.ms, longestStep: longest.step, slices };
    }
    if (held < sliceMs) continue;
    if (held > longest.ms) longest = { ms: held, step: next.value };
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
    slices++;
  }
}
