/**
 * The word lists briefbot reads names with, each generated from a well-kept
 * data set by a script in scripts/ and shipped in ./data (one lower-case
 * entry a line). A test holds each file to what its script makes.
 */
import { readFileSync } from 'node:fs';
import { once } from '../once.ts';

/**
 * A list read when first asked: a command answered from a snapshot never
 * reads names, and the lists cost a one-shot `npm run ask` some 40 ms.
 */
function wordList(file: string): () => Set<string> {
  return once(() => new Set(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean)));
}

// Given names (19,000, without accents), by scripts/givenNames.ts from the @stdlib English first-name datasets and the
// first names of faker's 77 locales. A capitalised pair that opens with one of them is a person far more often than
// not ("Michael Webb", "Kamala Harris", "Bukola Saraki"), which no list of roles or verbs can tell on its own.
const GIVEN_NAMES = wordList('given-names.txt');
// First names given to children of every origin that the list above lacks ("Hrithik", "Sajid", "Barack"), from
// gender-detection-from-name's birth-register lists by scripts/worldGivenNames.ts. Asked only after the list above.
const WORLD_GIVEN_NAMES = wordList('world-given-names.txt');
// Words for what people are, from WordNet 3.1's noun.person file ("goalie", "counsel", "deportee", "pundit"), by
// scripts/personNouns.ts. A description whose head is one of them describes a person.
const PERSON_WORDS = wordList('person-nouns.txt');
// Those of them WordNet's sense-tagged corpora use mostly for something else ("date", "threat", "planet"), by the same script.
const MOSTLY_THING_NOUNS = wordList('mostly-thing-nouns.txt');
// Names WordNet gives famous people alone and nothing else ("Gogh", "van Gogh", "Obama"), by scripts/famousNames.ts.
const FAMOUS_NAMES = wordList('famous-names.txt');
// Names WordNet gives places and heavenly bodies and no one ("China", "San Francisco"), by scripts/placeNames.ts.
const PLACE_NAMES = wordList('place-names.txt');
// Kinds of people WordNet capitalises ("American", "Muslim", "Democrat"), by scripts/groupNouns.ts.
const GROUP_NOUNS = wordList('group-nouns.txt');
// Words WordNet knows only as verbs ("investigate", "urges"), by scripts/verbOnlyWords.ts.
const VERB_ONLY_WORDS = wordList('verb-only-words.txt');
// Companies, organisations, bands and teams compromise's lexicon names ("Costco", "Microsoft"), by scripts/organisationNames.ts.
const ORGANISATION_NAMES = wordList('organisation-names.txt');
// Kinds of organisation, from WordNet 3.1's synsets under organization.n.01 ("association", "think tank"), by
// scripts/organisationNouns.ts.
const ORGANISATION_NOUNS = wordList('organisation-nouns.txt');
// Words for relatives and spouses, from WordNet 3.1's synsets under relative.n.01 and spouse.n.01 ("sister", "stepson"), by
// scripts/kinNouns.ts.
const KIN_NOUNS = wordList('kin-nouns.txt');
// Family names of the 1990 US census that are no word, place or thing WordNet knows ("Pospisil", "Szczesny"), by scripts/surnames.ts.
const SURNAMES = wordList('surnames.txt');
// Words WordNet knows as ordinary words or as a place's, group's or thing's name ("bang", "warrior", "madrid"), by
// scripts/dictionaryWords.ts. A name none of whose words it holds is shaped only as people's names are.
const DICTIONARY_WORDS = wordList('dictionary-words.txt');

/** Whether a list written without accents holds the word: "José" is "jose" there. */
function holdsName(list: Set<string>, word: string): boolean {
  const lower = word.toLowerCase();
  if (list.has(lower)) return true;
  // Only a word with letters beyond ASCII can lose an accent (most words asked about are not names at all).
  return /[^\x00-\x7f]/.test(lower) && list.has(withoutAccents(lower));
}
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

export function isGivenName(word: string): boolean {
  return holdsName(GIVEN_NAMES(), word);
}

/** A given name of either list: whether a capitalised pair opens with a first name at all. */
export function isWorldGivenName(word: string): boolean {
  return holdsName(GIVEN_NAMES(), word) || holdsName(WORLD_GIVEN_NAMES(), word);
}

/** Whether a word is a family name the census lists and WordNet knows as nothing else. */
export function isKnownSurname(word: string): boolean {
  return holdsName(SURNAMES(), word);
}

export function isPersonWord(word: string): boolean {
  return PERSON_WORDS().has(word);
}

/** Whether the words ("Van Gogh", "Obama") are a famous person's name as WordNet writes it alone. */
export function isFamousName(words: string[]): boolean {
  return FAMOUS_NAMES().has(words.join(' ').toLowerCase());
}

/** Whether the name ("China", "San Francisco") is a place's as WordNet writes it, and no one's. */
export function isPlaceName(name: string): boolean {
  return PLACE_NAMES().has(name.toLowerCase());
}

/** Whether a word names a kind of people, in the singular or plural: "American", "Democrats". */
export function isGroupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return GROUP_NOUNS().has(lower) || (lower.endsWith('s') && GROUP_NOUNS().has(lower.slice(0, -1)));
}

/** A word for a person that is mostly a word for something else: "the October 2015 date was" refers back to no one. */
export function isMostlyThingNoun(word: string): boolean {
  return MOSTLY_THING_NOUNS().has(word);
}

/** Whether a word names a relative or a spouse: "sister", "grandson", "wife". */
export function isKinNoun(word: string): boolean {
  return KIN_NOUNS().has(word);
}

/** A word that is never part of a description of a person: read backwards from a name, it ends one. */
export function isVerbOnlyWord(word: string): boolean {
  return VERB_ONLY_WORDS().has(word);
}

/** Whether the name ("Costco", "Goldman Sachs") is a company's or organisation's that is no one's given or famous name. */
export function isOrganisationName(name: string): boolean {
  return ORGANISATION_NAMES().has(name.toLowerCase());
}

/** Whether WordNet knows the word, or its singular, as an ordinary word or a place's or thing's name: "Warriors", "Bang". */
export function isDictionaryWord(word: string): boolean {
  const list = DICTIONARY_WORDS();
  return formsOf(withoutAccents(word.toLowerCase())).some((form) => list.has(form));
}

/** Whether a lower-case word, or its singular, is a kind of organisation or a word for a person: "newspaper", "members". */
export function isOrganisationOrPersonNoun(word: string): boolean {
  return formsOf(word).some((form) => ORGANISATION_NOUNS().has(form) || PERSON_WORDS().has(form));
}

/** A lower-case word and, if it may be a plural, the singulars it may have: "armies", "armie", "army", "armi". */
function formsOf(word: string): string[] {
  return word.endsWith('s') ? [word, word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')] : [word];
}

/**
 * Whether a description's head, its last one or two lower-case words before a preposition, is a kind of organisation:
 * "a Beijing-based think tank", "an international association for launch sites".
 */
export function hasOrganisationHead(description: string): boolean {
  const words = description.split(/\s+/);
  const end = words.findIndex((word, at) => at > 0 && HEAD_ENDS.has(word));
  const head = (end === -1 ? words : words.slice(0, end)).filter((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word));
  const last = head.at(-1);
  if (last === undefined) return false;
  return ORGANISATION_NOUNS().has(last) || (head.length > 1 && ORGANISATION_NOUNS().has(`${head.at(-2)} ${last}`));
}
const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'based', 'that', 'which', 'who', 'whose', 'by']);
