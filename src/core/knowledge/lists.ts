/** Lists as knowledge keeps them: at their length, and one shared empty list. */

/**
 * A finished list at its length: one grown by push has room for a dozen more,
 * and knowledge keeps one or more for every passage and entity.
 */
export function fitted<T>(items: T[]): T[] {
  return items.slice();
}

const NONE: readonly never[] = Object.freeze([]);

/** A finished list that is never changed again, at its length, or the one shared empty list. */
export function keptList<T>(items: readonly T[]): readonly T[] {
  return items.length > 0 ? items.slice() : NONE;
}
