/**
 * Query words reduced to their stems (Porter's, from the `stemmer` package), so
 * that a search finds the other forms of its words: "directing" finds "direct",
 * "priced" finds "price", "strandings" finds "stranding". The index keeps words
 * as written; a stem is searched as a prefix, as any word of four letters is.
 */
import { stemmer } from 'stemmer';

/** The terms with each word stemmed, or undefined when no word has a stem of its own four letters long. */
export function stemmedTerms(terms: string[]): string[] | undefined {
  return withOtherForms(terms, (term) => {
    const stem = stemmer(term);
    return stem === term || stem.length < 4 ? undefined : stem;
  });
}

/**
 * The terms with each word of three letters in its other number ("job" and "jobs", "cuts" and "cut", "tax" and "taxes"):
 * a stem that short is searched neither as a prefix nor by its stem, so "job cuts" would never find "36,000 jobs".
 * Undefined when no word is that short.
 */
export function otherNumberOfShortTerms(terms: string[]): string[] | undefined {
  return withOtherForms(terms, otherNumber);
}

function otherNumber(term: string): string | undefined {
  if (!/^[a-z]+$/.test(term)) return undefined;
  if (term.length === 3 && !term.endsWith('s')) return /[xz]$/.test(term) ? `${term}es` : `${term}s`;
  if (term.length === 4 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, 3);
  if (term.length === 5 && /[xz]es$/.test(term)) return term.slice(0, 3);
  return undefined;
}

/** Each term in the form `formOf` gives it (or as it is, when it gives none); undefined when no term changed. */
function withOtherForms(terms: string[], formOf: (term: string) => string | undefined): string[] | undefined {
  let changed = false;
  const forms = terms.map((term) => {
    const form = formOf(term);
    if (form === undefined) return term;
    changed = true;
    return form;
  });
  return changed ? forms : undefined;
}
