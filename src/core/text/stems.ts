/**
 * Query words reduced to their stems (Porter's, from the `stemmer` package), so
 * that a search finds the other forms of its words: "directing" finds "direct",
 * "priced" finds "price", "strandings" finds "stranding". The index keeps words
 * as written; a stem is searched as a prefix, as any word of four letters is.
 */
import { stemmer } from 'stemmer';

/** The terms with each word stemmed, or undefined when no word has a stem of its own four letters long. */
export function stemmedTerms(terms: string[]): string[] | undefined {
  let changed = false;
  const stems = terms.map((term) => {
    const stem = stemmer(term);
    if (stem === term || stem.length < 4) return term;
    changed = true;
    return stem;
  });
  return changed ? stems : undefined;
}
