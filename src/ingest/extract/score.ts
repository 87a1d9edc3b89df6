/**
 * The public article-extraction benchmark's metric, exactly as its README
 * states it, so our numbers can sit beside the published ones:
 *   - tokens are `\w+` runs; a text becomes its 4-token shingles, with counts;
 *   - per page, tp = shared shingles, fp = extra predicted, fn = missed, each
 *     divided by tp + fp + fn;
 *   - precision is averaged over pages with tp + fp > 0, recall over pages
 *     with tp + fn > 0; a page with fp = fn = 0 scores 1 on both;
 *   - F1 = 2PR / (P + R) of those two means.
 */

export const SHINGLE_SIZE = 4;

/** `\w+` runs as the benchmark's Python sees them: Unicode letters, numbers and `_` (not combining marks). */
export function tokensOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Shingles with their counts; a text shorter than one shingle is one shingle of what it has. */
export function shinglesOf(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokensOf(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  if (tokens.length === 0) return counts;
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** tp, fp and fn each divided by tp + fp + fn (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  /** undefined when the page has nothing to average (tp + fp = 0, or tp + fn = 0). */
  precision: number | undefined;
  recall: number | undefined;
}

export function scorePage(predicted: string, expected: string): PageScore {
  const got = shinglesOf(predicted);
  const want = shinglesOf(expected);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const shared = Math.min(count, want.get(key) ?? 0);
    tp += shared;
    fp += count - shared;
  }
  for (const [key, count] of want) fn += Math.max(0, count - (got.get(key) ?? 0));
  const total = tp + fp + fn;
  // Both texts empty: the page has nothing to average on either side.
  if (total === 0) return { tp: 0, fp: 0, fn: 0, precision: undefined, recall: undefined };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  // Nothing extra and nothing missed is a perfect page, whatever its size.
  if (fp === 0 && fn === 0) return { tp: ntp, fp: 0, fn: 0, precision: 1, recall: 1 };
  return {
    tp: ntp,
    fp: nfp,
    fn: nfn,
    precision: ntp + nfp > 0 ? ntp / (ntp + nfp) : undefined,
    recall: ntp + nfn > 0 ? ntp / (ntp + nfn) : undefined,
  };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(pages.flatMap((p) => (p.precision === undefined ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === undefined ? [] : [p.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}
