/**
 * Finds runs of capitalised words ("Riccardo Valle", "The Khorasan Diary",
 * "Islamic Revolutionary Guard Corps") with their offsets in a sentence, and
 * tells names of people from names of organisations by their words alone.
 */

import { classOf, codePointAt, codePointBefore, isBlank, LETTER, NUMBER, UPPERCASE, widthOf } from '../text/characters.ts';
import { lowerCased, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS_ALSO_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { HONORIFIC_OR_TITLE, honorificWordsAt, isLegislator, isTitleOfAddress, TITLES } from './personWords.ts';
import { isDictionaryWord, isGivenName, isPersonWord, isPlaceName, isVerbOnlyWord } from './wordLists.ts';

export interface NameRun {
  text: string;
  words: string[];
  start: number;
  end: number;
}

// Lower-case words allowed inside a name, never at its edges.
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'e', 'wa']);
// Particles of personal names ("Osama bin Laden", "Ursula von der Leyen", "Ngugi wa Thiong'o").
// (Portuguese joins two family names with "e": "Joaquim Silva e Luna".)
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'e', 'wa']);
/** "bin", "Al", "von": a particle between the parts of a name. */
export const isNameParticle = (word: string) => NAME_PARTICLES.has(word.toLowerCase());

// With the abbreviations news writes before a date ("Oct. 10"), but not those that are also given names or their
// short forms (Jan, Mar, Jun, Jul): "Jan Egeland", "Jun Li" are people.
const ABBREVIATIONS_ALSO_NAMES = new Set(['Jan', 'Mar', 'Jun', 'Jul']);
const DAY_BEFORE = /\b\d{1,2}\s+$/;
const MONTHS = lowerCased([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.filter((short) => !ABBREVIATIONS_ALSO_NAMES.has(short))]).join(' ');
const WEEKDAYS = lowerCased(WEEKDAY_NAMES).join(' ');
// Capitalised words that start sentences or name things other than people.
const NEVER_IN_PERSON_NAMES = new Set(
  (`${MONTHS} ${WEEKDAYS} the a an he she it they we i this that these those in on at of for and but or if as by with from ` +
    // (Pronouns that open a title's or a thing's name: "His Majesty", "My Budget".)
    'him her his me you your our my their them its ' +
    'according following however despite similar operated frustrated additionally meanwhile although while when after before ' +
    'north south east west central northern southern eastern western united islamic national international republic state states ' +
    'kingdom democratic people people’s peoples federal royal new old great greater upper lower saint mount lake river gulf sea ocean ' +
    'god allah mr mrs ms dr prof sir lord lady yesterday today tomorrow tonight later earlier now then last next also still ' +
    'even only both all some many most several every each once recently into onto over under about through against without ' +
    'within upon beyond across behind toward towards another such any whose what which who where why how there here ' +
    'whether unless because since until though whereas perhaps maybe indeed amid among along around between beside neither either nor ' +
    // A question's opening verb: "Could Kat forgive him?", "Did Trump know?" ("Will" and "Can" are also given names).
    'could would should did does shall might must is are am was were has have had'
  ).split(' '),
);
const NAME_AFTER_FIRST = new Set(['he', 'north', 'south', 'east', 'west', 'saint']);
const WEEKDAY = new Set<string>(WEEKDAY_NAMES);
// "fired CEO Sam Altman Nov. 17": a month and its day after a full name say when. (Not the months that are names too:
// "Prime Minister Theresa May 17 …" is rare, "Theresa May" is not.)
const MONTH_BEFORE_DAY = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS].filter((month) => !(MONTHS_ALSO_NAMES as readonly string[]).includes(month)));
const DAY_AFTER = /^\s+\d{1,2}(?:st|nd|rd|th)?\b/;
const MONTH_OR_DAY = new Set(`${MONTHS} ${WEEKDAYS}`.split(' '));

/** A capitalised word that opens a sentence or clause and names nothing: "Meanwhile", "Yesterday", "Some". */
export function opensClauseOnly(word: string): boolean {
  return NEVER_IN_PERSON_NAMES.has(word.toLowerCase());
}

// Head words that mark a name as an organisation.
const ORGANISATION_WORDS = new Set(
  ('council party organisation organization group force forces corps army navy ministry agency committee commission union ' +
    'alliance front movement institute institution university college school company co corporation corp inc ltd llc plc gmbh bank ' +
    'fund association foundation network court parliament assembly congress senate nations brigade brigades ' +
    'department office bureau service services authority administration government police guard guards post times ' +
    'journal press news wire diary review herald tribune agency centre center program programme project initiative league ' +
    'club society trust board cabinet coalition facility partners hospital clinic laboratory observatory museum airline airlines ' +
    'airways holdings industries technologies media labs house street avenue road square bridge tower airport ' +
    'station stadium arena affairs ' +
    // Venues and local places: "Shoreline Amphitheatre", "Virginia Beach", "Napa County" name no one.
    'amphitheatre amphitheater pavilion theatre theater casino productions county city island beach ' +
    // Companies, studios, channels and events: "Tyvak Nano-Satellite Systems", "Balmond Studio", "Disney Channel", "LA Auto Show";
    // competitions and prizes: "Davis Cup", "Nobel Prize", "Sundance Festival" name no one either.
    'systems robotics aerospace motors studio studios channel index show festival awards ' +
    // The words companies end their names with: "Coresight Research", "Acme Foods", "Moody’s Analytics".
    'research foods energy capital ventures brands solutions consulting insurance securities analytics investments telecom telecoms ' +
    'enterprises communications entertainment pharmaceuticals resources properties realty logistics ' +
    'cup championship championships olympics tournament trophy prize ' +
    // Sides and stables: "Holden Racing Team", "Penske Racing".
    'team racing ' +
    // Roads, libraries, flights, fairs and reserves: "N. Mississippi Ave", "Merritt Parkway", "AirAsia Flight", "Jazz Fest",
    // "Kien Giang Biosphere Reserve".
    'ave blvd parkway highway freeway expressway alley library flight fest reserve').split(' '),
);

// Laws and treaties name no one ("Food Control Act", "Sherman Act", "Geneva Convention"): they make no person's name, and
// are left to the text otherwise, as works are.
const LAW_WORDS = new Set(['act', 'treaty', 'amendment', 'doctrine', 'accord', 'accords', 'convention', 'protocol']);

function isCapitalised(word: string): boolean {
  // Every word of every sentence comes through here: ASCII letters are told without a Unicode pattern.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return (classOf(codePointAt(word, 0)) & UPPERCASE) !== 0;
}

/** The word without an English possessive ("Wire’s" -> "Wire"): what `/^(.*?)[’']s?$/u` keeps, told by the last characters. */
function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x27 || last === 0x2019) return word.length > 1 ? word.slice(0, -1) : word;
  if (last === 0x73 && word.length > 2) {
    const before = word.charCodeAt(word.length - 2);
    if (before === 0x27 || before === 0x2019) return word.slice(0, -2);
  }
  return word;
}

/** Whether `text.slice(from, to)` matches `/^\s+$/`, without slicing. */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  return to > from && isBlank(text, from, to);
}

/** Where the word (`[\p{L}\p{N}][\p{L}\p{N}’'.&-]*`) that opens at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start + widthOf(codePointAt(text, start));
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x27 || code === 0x2e || code === 0x26 || code === 0x2d) i++;
      else break;
    } else if (code === 0x2019) i++;
    else {
      const codePoint = codePointAt(text, i);
      if ((classOf(codePoint) & (LETTER | NUMBER)) === 0) break;
      i += widthOf(codePoint);
    }
  }
  return i;
}

// What may open a name outside one: a capital, or any character beyond ASCII (told apart by the reading itself).
const CANDIDATE = /[A-Z\u0080-\uffff]/g;

/**
 * Whether `at` lies inside a word that opened before it: whether a letter or a digit stands before it with
 * nothing but word characters (`[\p{L}\p{N}’'.&-]`) between, as the word pattern would have read it.
 */
function insideWord(text: string, at: number): boolean {
  // A dash, a quotation mark or a space is in no word.
  const here = codePointAt(text, at);
  if (here !== 0x2019 && (here >= 128 ? (classOf(here) & (LETTER | NUMBER)) === 0 : !(here >= 65 && here <= 90))) return false;
  let i = at;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
      if (code !== 0x27 && code !== 0x2e && code !== 0x26 && code !== 0x2d) return false;
      i--;
    } else if (code === 0x2019) i--;
    else {
      const codePoint = codePointBefore(text, i);
      return (classOf(codePoint) & (LETTER | NUMBER)) !== 0;
    }
  }
  return false;
}

/** Whether a word opens at `i`: a letter or a digit. */
function opensWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (classOf(codePointAt(text, i)) & (LETTER | NUMBER)) !== 0;
}

// ("Drua’s No.10 Teti Tela", "world No.1": a number written with "No." as one word.)
const NUMBER_WORD = /^No\.\d/;

/**
 * The runs of capitalised words of a sentence, read word by word over the
 * string: a word is sliced only when it may open or continue a name (most
 * words, lower-case outside a name, are stepped over).
 */
export function nameRuns(sentence: string): NameRun[] {
  const found: NameRun[] = [];
  // The run being read: its words, where it starts and ends, and up to two connectors waiting for a capitalised word.
  let words: string[] | undefined;
  let start = 0;
  let end = 0;
  let connectors = 0;
  let firstConnector = '';
  let secondConnector = '';
  let lastEnd = 0;
  for (let at = 0; at < sentence.length; ) {
    if (!words) {
      // Outside a name, only a word opening with a capital or a letter beyond ASCII can start one: the search
      // jumps to the next such character (most text is lower-case words, stepped over without reading them).
      CANDIDATE.lastIndex = at;
      if (!CANDIDATE.test(sentence)) break;
      const candidate = CANDIDATE.lastIndex - 1;
      if (insideWord(sentence, candidate)) {
        // The rest of a word that opened with a small letter or a digit ("iPhone", "don’t"): it starts no name.
        at = wordEnd(sentence, candidate);
        continue;
      }
      at = candidate;
    }
    if (!opensWord(sentence, at)) {
      at++;
      continue;
    }
    const wordStart = at;
    const wordStop = wordEnd(sentence, at);
    at = wordStop;
    // Outside a name, a word opening with an ASCII letter that is no capital (most words) starts none.
    const code = sentence.charCodeAt(wordStart);
    if (!words && code < 128 && !(code >= 65 && code <= 90)) {
      lastEnd = wordStop;
      continue;
    }
    // Anything but spaces between two words (a comma, a dash, a quote) ends a name.
    if (words && !onlySpacesBetween(sentence, lastEnd, wordStart)) {
      found.push(runOf(sentence, words, start, end));
      words = undefined;
      connectors = 0;
    }
    lastEnd = wordStop;
    const dotless = trimTrailingDot(sentence.slice(wordStart, wordStop));
    const whole = withoutPossessive(dotless);
    // "a Taylor Swift-themed club", "the Trump-backed candidate": a name made a modifier ends at its hyphen.
    const modifier = whole.includes('-') ? nameAsModifier(whole) : undefined;
    const word = modifier ?? whole;
    // "Councillor Afrasiab Anwar MBE", "Ralph Fiennes OBE": the honours after a full name are no part of it.
    // "said Jo Doe Monday": a weekday after a full name says when (AP style), and is no part of the name.
    // ("former New Democrat MP Pierre Nantel": a post-nominal a name follows is the title of that name, not honours.)
    const honours = POST_NOMINALS.has(word) && !(isLegislator(word) && nameFollows(sentence, wordStop));
    // ("fired CEO Sam Altman Nov. 17": so does a month with its day, read only after a full name.)
    if (words && words.length >= 2 && connectors === 0 && (honours || WEEKDAY.has(word) || (MONTH_BEFORE_DAY.has(word) && DAY_AFTER.test(sentence.slice(wordStop, wordStop + 8))))) {
      found.push(runOf(sentence, words, start, end));
      words = undefined;
      continue;
    }
    // ("Moscow, 19 Mar Turkmenistan's president-elect": a month's short form that is also a name is a month after a day.)
    if (!words && ABBREVIATIONS_ALSO_NAMES.has(word) && DAY_BEFORE.test(sentence.slice(Math.max(0, wordStart - 4), wordStart))) continue;
    // (A number written with "No." as one word is none of the name after it.)
    if (NUMBER_WORD.test(word)) {
      if (words) found.push(runOf(sentence, words, start, end));
      words = undefined;
      connectors = 0;
    } else if (isCapitalised(word) || (words && ARTICLE_JOINED.test(word))) {
      if (words) {
        if (connectors > 0) words.push(firstConnector);
        if (connectors > 1) words.push(secondConnector);
        words.push(word);
      } else {
        words = [word];
        start = wordStart;
      }
      end = wordStart + word.length;
      connectors = 0;
      if (word.length !== dotless.length || modifier || endsSentenceInQuote(sentence, wordStart, wordStop, dotless)) {
        found.push(runOf(sentence, words, start, end));
        words = undefined;
      }
    } else if (words && connectors < 2 && CONNECTORS.has(word.toLowerCase())) {
      if (connectors === 0) firstConnector = word;
      else secondConnector = word;
      connectors++;
    } else if (words) {
      found.push(runOf(sentence, words, start, end));
      words = undefined;
      connectors = 0;
    }
  }
  if (words) found.push(runOf(sentence, words, start, end));
  const runs: NameRun[] = [];
  for (const run of found) {
    if (!run.words.includes('and')) addPersonAndAffiliation(runs, run, sentence);
    else for (const part of splitAtAnd(run, sentence)) addPersonAndAffiliation(runs, part, sentence);
  }
  return runs;
}

/** Whether a capitalised word follows `at` past spaces alone. */
function nameFollows(sentence: string, at: number): boolean {
  let i = at;
  while (i < sentence.length && isBlank(sentence, i, i + 1)) i++;
  return i > at && i < sentence.length && isCapitalised(sentence.slice(i, i + 2));
}

function runOf(sentence: string, words: string[], start: number, end: number): NameRun {
  // A run of one word is that word (its end is where the word ends).
  return { text: words.length === 1 ? words[0]! : sentence.slice(start, end), words, start, end };
}

/** The run, split into a person and where they work, each without a sentence's opening word. */
function addPersonAndAffiliation(runs: NameRun[], run: NameRun, sentence: string): void {
  // (Trimmed first: "As for Coach Kenroy Knibbs of Saddlers" is split at its "of", not its "for".)
  const trimmed = trimSentenceOpening(run, sentence);
  // Most runs hold no "of" or "for" after two words: no list for them.
  if (indexOfOfOrFor(trimmed.words) < 2) runs.push(trimmed);
  else runs.push(...splitPersonFromAffiliation(trimmed, sentence));
}

function subRun(words: string[], sentence: string, from: number): NameRun {
  const start = sentence.indexOf(words[0]!, from);
  const lastWord = words.at(-1)!;
  const end = sentence.indexOf(lastWord, start + words.slice(0, -1).join(' ').length) + lastWord.length;
  return { text: sentence.slice(start, end), words, start, end };
}

/**
 * "Amara Okafor of the Hanseatic Institute" is a person and where they work; so is "Dr. Amara Okafor of …"
 * and, opening a sentence, "As Dan Richter of Demand Media notes".
 */
function splitPersonFromAffiliation(run: NameRun, sentence: string): NameRun[] {
  const at = indexOfOfOrFor(run.words);
  let first = 0;
  const abbreviated = (word: string) => ABBREVIATION.test(word) && sentence.slice(run.start, run.end).includes(`${word}. `);
  while (first < at - 2 && (abbreviated(run.words[first]!) || (first === 0 && NEVER_IN_PERSON_NAMES.has(run.words[0]!.toLowerCase())))) first++;
  // ("Makueni Member of Parliament Dan Maanzo": a title that goes on past its "of" is no person and affiliation.)
  if (at < 2 || TAKES_OF.has(run.words[at - 1]!.toLowerCase())) return [run];
  if (!looksLikePersonName(run.words.slice(first, at))) {
    // "Former U.S. Sen. Richard Lugar of Indiana": a title before the name, whatever words open it.
    const title = run.words.slice(0, at - 2).findLastIndex((w) => HONORIFIC_OR_TITLE(w) || abbreviated(w));
    if (title < 0 || !looksLikePersonName(run.words.slice(title + 1, at))) return [run];
  }
  const rest = run.words.slice(at + 1);
  while (rest.length > 1 && CONNECTORS.has(rest[0]!.toLowerCase())) rest.shift();
  const person = subRun(run.words.slice(0, at), sentence, run.start);
  return rest.length > 0 && isCapitalised(rest[0]!) ? [person, subRun(rest, sentence, person.end)] : [person];
}

// Words for a post that a name of what it is of completes: "Member of Parliament", "Minister of Finance", "Chief of Staff".
// (Not every title word: "Marshal" and "Sheriff" are family names too, as in "Ann Marshal of Leith".)
const TAKES_OF = new Set(['member', 'minister', 'secretary', 'chief', 'head', 'director', 'president', 'governor', 'speaker', 'chairman', 'chairwoman', 'chair', 'commissioner']);

// "Dr", "Sen", "Gov" (a run holds them without their dot): an abbreviated honorific or title before a name.
const ABBREVIATION = /^\p{Lu}\p{Ll}{1,3}$/u;

function indexOfOfOrFor(words: string[]): number {
  for (let i = 0; i < words.length; i++) if (words[i] === 'of' || words[i] === 'for') return i;
  return -1;
}

/**
 * "Iran and Russia" is two names; "Belt and Road Initiative" is one: a single
 * word joined by "and" to a name ending in an organisation word belongs to it.
 */
function splitAtAnd(run: NameRun, sentence: string): NameRun[] {
  if (!run.words.includes('and')) return [run];
  const segments: string[][] = [[]];
  for (const word of run.words) {
    if (word === 'and') segments.push([]);
    else segments.at(-1)!.push(word);
  }
  const trimmed = segments.map((words) => {
    const copy = [...words];
    // ("Lee Evans and Al Murray", "Hamas and Al Qaeda": "Al" capitalised opens the next name whole.)
    while (copy.length > 1 && CONNECTORS.has(copy[0]!.toLowerCase()) && !GIVEN_NAME_PARTICLES.has(copy[0]!)) copy.shift();
    while (copy.length > 1 && CONNECTORS.has(copy.at(-1)!.toLowerCase())) copy.pop();
    return copy;
  });
  const merged: string[][] = [];
  for (const words of trimmed) {
    const previous = merged.at(-1);
    if (previous?.length === 1 && ORGANISATION_WORDS.has(words.at(-1)!.toLowerCase())) previous.push('and', ...words);
    else merged.push(words);
  }
  const parts: NameRun[] = [];
  let offset = run.start;
  for (const words of merged.filter((w) => w.length > 0 && isCapitalised(w[0]!))) {
    const part = subRun(words, sentence, offset);
    parts.push(part);
    offset = part.end;
  }
  return parts;
}

// Abbreviations of five letters or more, written with their dot inside a name ("Calif. Gov. Jo Doe").
const LONG_ABBREVIATIONS = new Set(['Calif', 'Assoc', 'Comdr', 'Lieut', 'Messrs', 'Sergt']);

/**
 * "…trusting ABS-CBN and Star Magic. Thank you …": a word of five letters or more with a full stop, inside a quotation the
 * sentence splitter keeps whole, ends its sentence, and the name (not an abbreviation or an initial).
 */
function endsSentenceInQuote(sentence: string, wordStart: number, wordStop: number, dotless: string): boolean {
  const trimmed = dotless.length < wordStop - wordStart;
  return trimmed && dotless.length >= 5 && !LONG_ABBREVIATIONS.has(dotless) && /^\s+\p{Lu}/u.test(sentence.slice(wordStop, wordStop + 3));
}

/** "Corps." at a sentence end loses its dot; an initial ("F.") or "U.S." keeps it. */
function trimTrailingDot(word: string): string {
  if (!word.endsWith('.')) return word;
  if (/^\p{Lu}\.$/u.test(word) || /\.\p{L}/u.test(word)) return word;
  return word.replace(/\.+$/, '');
}

/**
 * "He Jianxiong", "He Jiankui": the Chinese family name He, written first. The pronoun is followed by a
 * verb, never by a capitalised name, so "He" and one name word is a person's name. "An Hee-jung", "No Moo-hyun":
 * a Korean family name that is also a small word, before a given name of two hyphenated syllables.
 */
export function isSmallWordFamilyName(words: string[], i: number): boolean {
  if (i !== 0 || words.length !== 2) return false;
  if (words[0] === 'He') return NAME_WORD.test(words[1]!) && !NEVER_IN_PERSON_NAMES.has(words[1]!.toLowerCase());
  return KOREAN_SMALL_WORD_FAMILY_NAMES.has(words[0]!) && KOREAN_GIVEN_NAME.test(words[1]!);
}
const KOREAN_SMALL_WORD_FAMILY_NAMES = new Set(['An', 'No', 'O', 'Do', 'So', 'Ha', 'Yu', 'Im']);
// "Hee-jung", "Moo-hyun", "Jae-in": two syllables joined by a hyphen, the second in lower case.
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;

/**
 * A sentence's opening word is capitalised by grammar: "The", "Yesterday" or
 * "According" start the sentence, not the name. Mid-sentence, "The Khorasan
 * Diary" keeps its "The".
 */
function trimSentenceOpening(run: NameRun, sentence: string): NameRun {
  if (run.words.length < 2 || !isBlank(sentence, 0, run.start) || isSmallWordFamilyName(run.words, 0)) return run;
  const first = run.words[0]!.toLowerCase();
  // "Ms. Stefanik and Mr. Jordan pressed …": an honorific opening a sentence is the person's, as anywhere else.
  // ("Ask Damien Chazelle about jazz": so does a verb in the imperative.)
  // ("Rob Brauer and Linda Smith were appointed": not a given name that is also a verb.)
  const opensOnly = NEVER_IN_PERSON_NAMES.has(first) || (isVerbOnlyWord(first) && !isGivenName(run.words[0]!));
  if (!opensOnly || MONTH_OR_DAY.has(first) || HONORIFICS_OPENING.has(first)) return run;
  // ("State Minister for Energy Ann Lee", "Federal Minister …": the level of a post, before the post's word, is the title's.)
  if (run.words.length > 2 && TITLE_LEVELS.has(first) && HONORIFIC_OR_TITLE(run.words[1]!)) return run;
  // ("New York Yankees pitcher Jo Doe threw": a place's name of two words stays whole.)
  if (isPlaceName(`${run.words[0]} ${run.words[1]}`)) return run;
  // ("As for Coach Kenroy Knibbs": nor its preposition; "In the Russo-Japanese Agreement" keeps its "the".)
  let from = 1;
  while (from < run.words.length - 1 && (run.words[from] === 'for' || run.words[from] === 'of')) from++;
  return subRun(run.words.slice(from), sentence, run.start + run.words[0]!.length);
}

const HONORIFICS_OPENING = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
// The level of government a post is at, before the post's word.
const TITLE_LEVELS = new Set(['state', 'federal']);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// Arabic names join their article or kinship word to the next name with a hyphen, in lower case: "Bashar al-Assad",
// "Ahmed el-Sayed", "Abdullah bin-Zayed". Inside a name such a word continues it.
const ARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ibn|bint)-\p{Lu}\p{Ll}+$/u;

/**
 * "Tsao Wei-ling", "Moon Jae-in", "Chiang Kai-shek": a family name of one romanised syllable, then a given name of two
 * joined by a hyphen, the second in lower case, as Chinese, Taiwanese and Korean names are written in English; no list
 * needs to know them.
 */
export function isRomanisedEastAsianName(words: readonly string[]): boolean {
  if (words.length !== 2 || !HYPHENATED_GIVEN_NAME.test(words[1]!) || !/^\p{Lu}\p{Ll}{1,5}$/u.test(words[0]!)) return false;
  return [words[0]!, ...words[1]!.split('-')].every((syllable) => ROMANISED_SYLLABLE.test(syllable.toLowerCase()));
}

/**
 * "Lee Hsien Loong", "Gan Kim Yong", "Yoon Suk Yeol": three romanised syllables written apart, as Singapore, Malaysia,
 * Hong Kong and Korea write a family name and a given name of two; the first is the family name.
 */
export function isSyllabicFamilyFirstName(words: readonly string[]): boolean {
  return words.length === 3 && words.every((word) => /^\p{Lu}\p{Ll}{1,5}$/u.test(word) && ROMANISED_SYLLABLE.test(word.toLowerCase()));
}
// One syllable as Pinyin, Wade-Giles and Korean romanisation spell it: "tsao", "hsieh", "ding", "jeou", "jae"; and as
// Singapore and Malaysia spell Hokkien and Teochew names: "Teck", "Keat" ("Tan Teck Long", "Heng Swee Keat").
const ROMANISED_SYLLABLE = /^(?:ch|hs|ts|tz|sh|zh|ng|[bcdfghjklmnpqrstwxyz])?h?[aeiouy]{1,3}(?:ng|n|k|ck|l|m|p|h|t)?$/;

// A particle that, capitalised and first, is a given name: "Al Gore", "Al Sharpton" ("Van", "Del" open family
// names as often: "Van Buren", "Van Der Beek").
const GIVEN_NAME_PARTICLES = new Set(['Al']);

// A capitalised name word: "Lodhi", "Ferreira-Santos", "Jong-un", "O’Neill", "McDonald", "DeSantis", "De’Andre".
// "De’Andre", "Ja’Marr": a short opening, an apostrophe and a capitalised rest.
const NAME_WORD = /^\p{Lu}[\p{Ll}’']+(?:-\p{Lu}[\p{Ll}’']+|-\p{Ll}{2,3})*$|^\p{Lu}\p{Ll}{0,2}[’']\p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}$/u;

// "Lee Jae-yong", "Park Geun-hye", "Chiang Kai-shek": after a family name, a given name of two romanised syllables
// joined by a hyphen (not a first word: "Australian-born Assange" is a description; nor a word broken across a line,
// "Isles-which").
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-[bcdfghjklmnprstwyz]{0,2}[aeiouy]{1,3}(?:ng|n|k|l|m|p|g)?$/u;
export const isHyphenatedGivenName = (word: string): boolean => HYPHENATED_GIVEN_NAME.test(word);

// A name joined by a hyphen to a participle, "era", a suffix of likeness or a scandal's "-gate" ("Swift-themed",
// "Trump-backed", "Saudi-led", "Obama-era", "Chet Baker-ish", "Kelly-esque", "Donald Sterling-gate"); not a title
// ("President-elect", "Co-founders") nor an ordinal ("Fifty-first").
const NAME_AS_MODIFIER = /^(\p{Lu}[\p{L}’']+)-(?:\p{Ll}+ed|era|run|born|ish|esque|like|style|gate)$/u;

/** The name in a name made a modifier ("Swift" of "Swift-themed"); not a romanised given name ("Jae-yong"). */
export function nameAsModifier(word: string): string | undefined {
  return HYPHENATED_GIVEN_NAME.test(word) ? undefined : NAME_AS_MODIFIER.exec(word)?.[1];
}

// British, Australian, New Zealand and Canadian honours, degrees, and the letters of an office or a rank at the bar written
// after a name ("Jo Doe BL, prosecuting", "J.S. Okutepa, SAN", "John Wharton AM at Richmond").
export const POST_NOMINALS = new Set(
  ('MBE OBE CBE KBE DBE GBE CMG KCMG CVO LVO MVO AC AO AM OAM ONZM CNZM KNZM MNZM QSO QSM OC ' +
    'QC KC SC BL SAN JP PhD FRS MP MSP MEP MLA MLC TD ' +
    // (A Buddhist monk's, as Sri Lankan news writes it after the name: "Madampagama Assaji Thero".)
    'Thero Thera').split(' '),
);

// ("S.N.V.S. Reddy": four, as Indian news may write them.)
const INITIALS = /^(?:\p{Lu}\.){1,4}$/u;
const COUNTRY_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.A.E.']);
const ROLE_QUALIFIERS = new Set(
  ['vice', 'deputy', 'acting', 'chief', 'senior', 'ranking', 'executive', 'assistant', 'associate', 'interim', 'former'].concat(
    // ("First Deputy Governor", "External Member", "Permanent Secretary": which of several, or how the seat is held.)
    ['first', 'second', 'third', 'external', 'independent', 'non-executive', 'permanent', 'principal', 'managing', 'joint'],
  ),
);

/** Initials ("J.J."), or two capitals opening a name ("CJ", "CR Patil"), but not a title's ("MD Shivanand", "VP Jo Doe"). */
const isInitials = (w: string, i: number) => INITIALS.test(w) || (i === 0 && /^\p{Lu}{2}$/u.test(w) && !isAbbreviatedPost(w));
const isAbbreviatedPost = (w: string) => TITLES.has(w.toLowerCase()) && !isTitleOfAddress(w);
const CAPITAL_LETTER = /^\p{Lu}$/u;
/** "A P Padhi", "M S Dhoni": letters without their dots, two or more before a name, as Indian news writes initials. */
const isBareInitial = (words: string[], i: number) =>
  CAPITAL_LETTER.test(words[i]!) &&
  // (Another letter beside it, and a word that is no letter after it; or one letter before a given name and a family name:
  // "M Abdul Hamid".)
  (CAPITAL_LETTER.test(words[i + 1] ?? '') ||
    (i > 0 && CAPITAL_LETTER.test(words[i - 1]!)) ||
    (i === 0 && words.length === 3 && isGivenName(words[1]!)) ||
    // ("S Muralidhar", "L Murugan": or one letter, not the article or the pronoun, before a name no dictionary knows.)
    (i === 0 && words.length === 2 && !/^[AI]$/.test(words[0]!) && knowsNoWordOf([words[1]!]))) &&
  words.slice(i + 1).some((w) => !CAPITAL_LETTER.test(w));

export const isRoleQualifier = (w: string) => ROLE_QUALIFIERS.has(w.toLowerCase());
const isRoleWord = (w: string) => isPersonWord(w.toLowerCase()) || isRoleQualifier(w);

/** Two to four name words ("Maleeha Lodhi", "Khawaja Muhammad Asif"), none of them a common word. */
export function looksLikePersonName(words: string[]): boolean {
  // Asked of every run, most of them one word: fewer than two words are no person's name.
  if (words.length < 2) return false;
  const core = words.filter((w, i) => !isNameParticle(w) || (i === 0 && GIVEN_NAME_PARTICLES.has(w)));
  if (core.length < 2 || core.length > 4) return false;
  if (words.some((w) => CONNECTORS.has(w.toLowerCase()) && !isNameParticle(w))) return false;
  // An acronym is not part of a person's name; initials are ("Rebecca T. Hale", "J.J. Abrams", "CJ DeBose"), but
  // not a country's ("U.S. Customs", "U.N. Security").
  if (words.some((w, i) => w === w.toUpperCase() && w.length > 1 && (!isInitials(w, i) || COUNTRY_INITIALS.has(w)) && !isRegnalNumber(words, i))) return false;
  // "General Manager", "Ranking Member", "Vice President": words for what people are, not anyone's name.
  if (isPersonWord(core.at(-1)!.toLowerCase()) && core.every(isRoleWord) && !isGivenName(core[0]!)) return false;
  return core.every(
    (w, i) =>
      (NAME_WORD.test(w) || (i > 0 && (ARTICLE_JOINED.test(w) || HYPHENATED_GIVEN_NAME.test(w))) || isInitials(w, i) || isBareInitial(core, i) || NAME_SUFFIXES.has(w.toLowerCase()) || isRegnalNumber(core, i)) &&
      // "Liu He", "Kanye West": after the first word, a pronoun or a compass point is a name.
      (!NEVER_IN_PERSON_NAMES.has(w.toLowerCase()) || (i > 0 && NAME_AFTER_FIRST.has(w.toLowerCase())) || isSmallWordFamilyName(core, i) || isMonthFamilyName(core, i) || isLakeFamilyName(core, i) || isBareInitial(core, i)) &&
      !ORGANISATION_WORDS.has(w.toLowerCase()) &&
      !LAW_WORDS.has(w.toLowerCase()),
  );
}

// "Theresa May", "Elizabeth May": the month that is also a family name, after a given name.
function isMonthFamilyName(words: string[], i: number): boolean {
  return i === 1 && words.length === 2 && words[1] === 'May' && isGivenName(words[0]!);
}

// "Marianne Lake", "Ricki Lake": the word for a lake as a family name, after a given name that is no ordinary word (not
// "Crystal Lake").
function isLakeFamilyName(words: string[], i: number): boolean {
  return i === 1 && words.length === 2 && words[1] === 'Lake' && isGivenName(words[0]!) && !isDictionaryWord(words[0]!);
}

// "Elizabeth II", "Charles III", "John Smith IV": the number after a given name, as monarchs and heirs are called.
// ("Benedict XVI", "John XXIII", "George V": a Roman numeral up to XXXIX, of two letters or "V".)
// ("Mswati III", "Alexy II": after one name no list or dictionary knows too; not "Apollo XI", "Vatican II".)
const REGNAL_NUMBER = /^(?:V|(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))$/;
function isRegnalNumber(words: string[], i: number): boolean {
  if (i === 0 || i !== words.length - 1 || !REGNAL_NUMBER.test(words[i]!)) return false;
  return isGivenName(words[0]!) || (words.length === 2 && PLAIN_NAME_WORD.test(words[0]!) && !isDictionaryWord(words[0]!));
}

/**
 * "Obari Gomba", "Tusi Pisi", "Saptarishi Sarkar": a name whose every word no dictionary knows, as an ordinary word or
 * as a place's or thing's name, is shaped only as people's names are; most such pairs in news are people.
 */
export function knowsNoWordOf(words: string[]): boolean {
  if (!PLAIN_NAME_WORD.test(words.at(-1)!)) return false;
  // ("Uche Peter Umez": a given name before the family name may be a word too.)
  return words.every((word, i) => {
    if (INITIALS_ONLY.test(word)) return true;
    const lower = word.toLowerCase();
    const unknown = (i < words.length - 1 && isGivenName(word)) || !isDictionaryWord(word);
    return PLAIN_NAME_WORD.test(word) && unknown && !isVerbOnlyWord(lower) && !NEVER_IN_PERSON_NAMES.has(lower);
  });
}

// (Initials before a family name, "P K Misra", "P.K. Misra"; not an abbreviation, "Ind. T.", nor a word joined to a small
// one, "Asia-the".)
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const INITIALS_ONLY = /^(?:\p{Lu}|(?:\p{Lu}\.){1,3})$/u;

/** "De Niro", "Di Maio", "Van Persie": a family name that opens with a particle, written alone. */
export function isParticledSurname(words: string[]): boolean {
  return words.length === 2 && /^\p{Lu}/u.test(words[0]!) && isNameParticle(words[0]!) && looksLikeSurname(words[1]!);
}

/** Whether a run may be a person's: a full name, or one surname-like word ("Lowndes"). */
export const mayNamePerson = (run: NameRun): boolean => looksLikePersonName(run.words) || (run.words.length === 1 && looksLikeSurname(run.text));

/** A surname-like single word: "Lodhi", "Webber". */
export function looksLikeSurname(word: string): boolean {
  return NAME_WORD.test(word) && !NEVER_IN_PERSON_NAMES.has(word.toLowerCase()) && !CONTRACTION.test(word);
}

// "I’m", "We’ll", "Don’t": a pronoun or a verb with its contraction is no name.
const CONTRACTION = /[’'](?:m|re|ve|ll|d|t)$/;

/** The surname a person is called by: "von der Leyen" of "Ursula von der Leyen", "Lodhi" of "Maleeha Lodhi". */
export function surnameOf(words: string[]): string {
  // "Patrick Carlineo Jr." is called Carlineo; "Abdullah II", Abdullah; "John XXIII", John.
  while (words.length > 1 && (NAME_SUFFIXES.has(words.at(-1)!.toLowerCase().replace(/\.$/, '')) || isRegnalNumber(words, words.length - 1))) words = words.slice(0, -1);
  // "Ruskin KJ", as references write authors: the initials follow the family name.
  if (words.length === 2 && /^\p{Lu}{1,3}$/u.test(words[1]!) && /\p{Ll}/u.test(words[0]!)) return words[0]!;
  let start = words.length - 1;
  // "Starven Saint Hilare" is called Saint Hilare, as "Ursula von der Leyen" is von der Leyen.
  while (start > 1 && (isNameParticle(words[start - 1]!) || words[start - 1] === 'Saint')) start--;
  // ("Joaquim Silva e Luna" is called Silva e Luna: "e" or "y" joins two family names.)
  if (start >= 1 && (words[start] === 'e' || words[start] === 'y')) start--;
  return words.slice(start).join(' ');
}

/**
 * Every word a person may be called by alone: "von der Leyen" and "Leyen" of "Ursula von der Leyen";
 * "al-Assad" and "Assad" of "Bashar al-Assad".
 */
export function surnamesOf(words: string[]): string[] {
  const last = words.at(-1)!;
  const bare = withoutJoinedArticle(last);
  return [...new Set(bare ? [surnameOf(words), last, bare] : [surnameOf(words), last])];
}

/** "Assad" of "al-Assad"; undefined for a word no article is joined to. */
export function withoutJoinedArticle(word: string): string | undefined {
  return ARTICLE_JOINED.test(word) ? word.slice(word.indexOf('-') + 1) : undefined;
}

export function looksLikeOrganisation(words: string[]): boolean {
  // "Walt Disney Co.", not "Denver, CO": a state's code in capitals is no company.
  return words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) && w !== 'CO') && !words.every((w) => MONTH_OR_DAY.has(w.toLowerCase()));
}

/** The part of a run from its word `from` on, with offsets in the sentence. */
export function subRunOf(run: NameRun, sentence: string, from: number): NameRun {
  if (from === 0) return run;
  const words = run.words.slice(from);
  let start = run.start;
  for (let i = 0; i < from; i++) start = sentence.indexOf(run.words[i]!, start) + run.words[i]!.length;
  start = sentence.indexOf(words[0]!, start);
  return { text: sentence.slice(start, run.end), words, start, end: run.end };
}

/**
 * The run without the honorifics that open it ("Dr. Ronny Jackson"), its last word kept; asked, without the titles too
 * ("Councillor Martin Thacker").
 */
export function withoutHonorifics(run: NameRun, sentence: string, titlesToo = false): NameRun {
  let from = 0;
  const leading = (at: number) => honorificWordsAt(run.words, at) || (titlesToo && HONORIFIC_OR_TITLE(run.words[at]!) ? 1 : 0);
  for (let honorific = leading(from); honorific > 0 && from + honorific < run.words.length; honorific = leading(from)) from += honorific;
  return subRunOf(run, sentence, from);
}

// A company's legal form, ending its name: "Orbital Freight Inc", "Acme Ltd.".
export const LEGAL_SUFFIX = /\s+(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|co|gmbh|ag|sa|nv|bv|pty|pvt)\.?$/i;
