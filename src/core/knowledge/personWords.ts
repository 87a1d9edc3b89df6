/**
 * The words that say what a word before or after a name is: a noun for a person ("biologist", "co-founder"),
 * an organisation ("group") or a place ("port"), a title ("Minister", "Sen.") or an honorific ("Dr.").
 * Both the entity reader and the description reader ask them, of most words near a name.
 */
import { isMostlyThingNoun, isPersonWord } from './wordLists.ts';

// Words for people that WordNet's noun.person (./wordLists.ts) lacks: compounds, news usage ("screen legend",
// "fashion icon"), and "someone", which WordNet files with "person" among its top nouns.
// (The positions sports reports name players by: "fly-half Seremaia Bai", "his fellow seamer Graham Napier", "Lions prop Rory
// Sutherland"; and a player capped by their country, "South African youth international Xhosa Manyana".)
const PERSON_NOUNS = new Set(
  [
    'co-founder cofounder ceo vice-president vice-premier midfielder fiancé fiancée counterpart defenseman defenceman someone somebody legend icon chairlady',
    'fly-half scrum-half full-back half-back centre-back center-back centre-half left-back right-back wing-back wicketkeeper wicket-keeper',
    'seamer pacer paceman allrounder leg-spinner off-spinner basketballer netballer international prop loosehead tighthead',
  ].join(' ').split(' '),
);
// Words for what people do, by their endings: biologist, physician, criminologist.
const PERSON_ENDINGS = /^\p{Ll}{3,}(?:ologist|ographer|ician|ist)s?$|^\p{Ll}{3,}(?:wo)?m[ae]n$/u;
// -ist words that are not people.
const NOT_PERSON_ENDINGS = new Set(
  'list wrist twist exist assist resist insist persist consist desist subsist playlist checklist shortlist waitlist human humans'.split(' '),
);

// Words WordNet files as people that news uses for things: "the power of", "in this case", "a rare birth defect".
const NOT_PERSON_NOUNS = new Set(['power', 'case', 'subject', 'native', 'world', 'birth']);

// Asked of most words before a name, in every sentence: each word's answer is remembered (a bounded cache).
const MEMO_LIMIT = 50_000;
const personNounMemo = new Map<string, boolean>();
const personHeadMemo = new Map<string, boolean>();

function remembered(memo: Map<string, boolean>, word: string, decide: (word: string) => boolean): boolean {
  let answer = memo.get(word);
  if (answer === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, (answer = decide(word)));
  }
  return answer;
}

export function isPersonNoun(word: string): boolean {
  return remembered(personNounMemo, word, decidePersonNoun);
}

function decidePersonNoun(word: string): boolean {
  // ("grandchildren": the plural of "child" too.)
  const singular = word.replace(/(?<=[^s])s$/, '').replace(/(?<=m)en$/, 'an').replace(/(?<=child)ren$/, '');
  if (ORGANISATION_NOUNS.has(singular) || PLACE_NOUNS.has(singular) || NOT_PERSON_NOUNS.has(singular)) return false;
  const known = (w: string) => isPersonWord(w) || PERSON_NOUNS.has(w);
  // ("co-head", "co-chair", "co-owner": a person sharing what the word after the prefix names.)
  const shared = singular.startsWith('co-') && known(singular.slice(3));
  // ("coaches", "witnesses": the plural in "-es" after a hissing sound.)
  const hissing = /(?:ch|sh|ss|x)es$/.test(word) && known(word.slice(0, -2));
  return known(word) || known(singular) || hissing || shared || (PERSON_ENDINGS.test(word) && !NOT_PERSON_ENDINGS.has(singular)) || endsWithPersonNoun(singular, known);
}

/** "radioastronomer": a compound WordNet lacks whose last part is a long word for a person ("astronomer"). */
function endsWithPersonNoun(word: string, known: (w: string) => boolean): boolean {
  // (Only a long last part: "international" is no "national", "supercomputer" no "computer".)
  if (word.length < 12 || !/^\p{Ll}+$/u.test(word)) return false;
  for (let at = 3; word.length - at >= 9; at++) if (known(word.slice(at))) return true;
  return false;
}

/**
 * A word for a person that names something else more often ("the October 2015 date", "the threat"), so that a description
 * it heads refers back to no one; not a title ("the board chair").
 */
export const namesThingsMostly = (word: string): boolean => isMostlyThingNoun(word) && !TITLES.has(word);

/** A word that names what a person is: "manager", "co-founder", "editor-in-chief", "CEO", "President". */
export function isPersonHead(word: string): boolean {
  return remembered(personHeadMemo, word, decidePersonHead);
}

function decidePersonHead(word: string): boolean {
  // ("Lt.-Gov.", "Maj.-Gen.": abbreviated titles joined by a hyphen.)
  if (/^\p{Lu}\p{Ll}*\.-\p{Lu}\p{Ll}*\.$/u.test(word)) return word.split('-').every((part) => TITLES.has(part.toLowerCase().replace(FINAL_DOT, '')));
  // ("VP", two capitals, is a title as "CEO" is.)
  if (/^\p{Lu}/u.test(word)) return POLICE_RANKS.test(word) || ((word.length > 2 || /^\p{Lu}{2}$/u.test(word)) && TITLES.has(word.toLowerCase().replace(FINAL_DOT, '')));
  if (PAST_TITLE.test(word)) return isPersonHead(word.slice(word.indexOf('-') + 1));
  // ("co-CEOs": the title after the hyphen, in its capitals.)
  return isPersonNoun(word) || word.split('-').some((part) => part.length > 2 && isPersonNoun(/^\p{Lu}{2,}s?$/u.test(part) ? part.toLowerCase() : part));
}
// "MP for Leith", "Asawase MP", "an MLA", "Likud MK Jo Doe": a member of a parliament (or of the Knesset), in the letters
// news writes them with (other capitals are as often a company's or a programme's).
// ("MP-elect Bashir Sempa", "the Mawogola North MP-elect": and one elected, not yet sworn in.)
const LEGISLATORS = /^(?:MP|MLA|MEP|MSP|MPP|MNA|MCA|MK|MHA|TD)s?(?:-elect)?$/;
export const isLegislator = (word: string): boolean => LEGISLATORS.test(word);

// "then-President", "ex-Minister": a title held before, written as one word.
const PAST_TITLE = /^(?:then|ex)-\p{Lu}/u;

export const ORGANISATION_NOUNS = new Set(
  ('group platform provider organisation organization party outlet agency company firm network movement institute ' +
    'think-tank newspaper publication magazine channel broadcaster website force militia faction branch affiliate ' +
    'coalition union alliance body council ministry department bank fund charity foundation university college club ' +
    'team startup start-up corporation subsidiary publisher service authority regulator court parliament government ' +
    'administration committee commission wing outfit brigade cell army navy regime consortium institution facility ' +
    'hospital clinic airline operator manufacturer retailer insurer lender utility watchdog nonprofit ngo partnership').split(' '),
);
export const PLACE_NOUNS = new Set(
  'city town village province region port capital district county island territory municipality neighbourhood neighborhood valley'.split(' '),
);

// Titles that stand before a name; honorifics are a cue but not a role.
export const TITLES = new Set(
  ('minister president premier chancellor secretary general senator governor ambassador king queen prince princess ' +
    'rabbi pastor judge justice mayor commissioner chairman chairwoman director colonel captain lieutenant admiral sergeant ' +
    // (The Orthodox churches' heads: "Patriarch Alexy", "Metropolitan Chrysostomos".)
    'patriarch metropolitan ' +
    'professor chief spokesman spokeswoman representative pope cardinal bishop imam ayatollah emir sultan mullah ' +
    'commander ceo cfo coo cto cio cmo vp svp evp gm mvp detective inspector councillor councilor executive administrator adviser advisor officer attorney speaker ' +
    // (American legislators' titles: "Councilman Jim Madaffer", "Assemblywoman Jo Doe".)
    'councilman councilwoman councilmember congressman congresswoman assemblyman assemblywoman alderman alderwoman selectman ' +
    'envoy leader deputy marshal sheriff superintendent coach manager chair chairperson treasurer auditor solicitor constable magistrate warden clerk ' +
    // (Ireland's police officers: "Detective Garda Jo Doe".)
    'garda ' +
    // (A title's "emeritus", after it and before the name: "CTU president Emerita Karen Lewis".)
    'emeritus emerita ' +
    // Abbreviated titles, as news writes them before a name ("Sen.", "Gov.", "Lt. Gen.", "Cr" for a councillor).
    // ("MD Shivanand": a managing director, in capitals; "Md Asaduzzaman" is Mohammad, abbreviated.)
    // ("Health CS Cleopa Mailu": a cabinet secretary, as Kenyan news writes it.)
    'sen sens rep reps gov gen lt col capt sgt adm cmdr supt det insp amb atty pres cpl pvt maj brig cllr cr coun md ald cs').split(' '),
);
// Titles that are also how a person is addressed ("Professor Whitty", "Senator Doe"), so that they may follow a
// description of what the person is ("England’s chief medical officer Professor Chris Whitty") as an honorific does.
const TITLES_OF_ADDRESS = new Set(
  ('professor doctor senator representative judge justice colonel captain lieutenant sergeant admiral general ' +
    'rabbi pastor imam bishop cardinal father councillor councilor sen rep gov gen lt col capt sgt adm cllr cr coun').split(' '),
);
// ("Lt-Col", two joined, as one; split only where there is a hyphen, as this is asked of most names.)
export const isTitleOfAddress = (word: string) => {
  const bare = word.toLowerCase().replace(FINAL_DOT, '');
  return TITLES_OF_ADDRESS.has(bare) || (bare.includes('-') && bare.split('-').every((part) => TITLES_OF_ADDRESS.has(part)));
};
// A pattern object made once: a literal in a function is one object, but replace() with it is still a call into the
// pattern engine; this is asked of most capitalised words, several times.
export const FINAL_DOT = /\.$/;
// "MD Shivanand" is a managing director, but "Md Asaduzzaman" is Mohammad, abbreviated: that title only as written in capitals.
const isTitleOnlyInCapitals = (bare: string, word: string) => bare === 'md' && word !== 'MD';
// ("SP Leena Doley", "DCP Jo Doe", "ACP Mohd Iqbal Ibrahim": police ranks as South Asian and Malaysian news write them before a
// name, in capitals only: "asp" and "dig" are words.)
const POLICE_RANKS = /^(?:SP|ASP|DSP|SSP|ACP|DCP|IGP|DIG|DGP|SHO)$/;
export const HONORIFIC_OR_TITLE = (word: string) => {
  const bare = word.toLowerCase().replace(FINAL_DOT, '');
  return (TITLES.has(bare) && !isTitleOnlyInCapitals(bare, word)) || HONORIFICS.has(bare) || POLICE_RANKS.test(word) || (bare.includes('-') && isHyphenatedTitle(bare));
};
// "Attorney-General", "Vice-President", "Major-General", "President-elect", "Editor-in-Chief" are titles, and so are two
// titles joined ("Lt-Col", "Maj-Gen"); "Quartermaster-General", a department, and "Smith-Jones", a name, are not.
const TITLE_OPENERS = new Set(['vice', 'deputy', 'under', 'major', 'brigadier', 'rear', 'lieutenant', 'governor', 'attorney', 'secretary', 'director', 'solicitor']);
function isHyphenatedTitle(word: string): boolean {
  const parts = word.split('-');
  if (parts.at(-1) === 'elect') return parts.slice(0, -1).every((part) => TITLES.has(part) || TITLE_OPENERS.has(part));
  // "Editor-in-Chief", "Commander-in-Chief".
  if (parts.length === 3 && parts[1] === 'in' && parts[2] === 'chief') return TITLES.has(parts[0]!) || isPersonNoun(parts[0]!);
  return parts.length === 2 && (TITLE_OPENERS.has(parts[0]!) || TITLES.has(parts[0]!)) && TITLES.has(parts[1]!);
}

// Malaysia's federal and state honorifics ("Datuk P. Kamalanathan", "Tun Dr Mahathir Mohamad"), conferred titles that
// stand before a name and are never a word of it; some are two words, whose second word is a given name elsewhere
// ("Tan Sri Muhyiddin Yassin", not "Sri Mulyani Indrawati"; "Datuk Seri Anwar Ibrahim").
// ("Ratu Naiqama Lalabalavu": a Fijian chief's, too.)
const CONFERRED_TITLES = ['datuk', 'dato', 'dato’', "dato'", 'datin', 'tun', 'ratu'];
// ("H.E. President Yoweri Museveni", "H.H. Sheikh …": His or Her Excellency or Highness; "Alhaji Lai Mohammed", "Alhaja …":
// one who made the hajj, as West African news writes it; "Mgr Malcolm Ranjith", "Fr Reginald Saparamadu": a priest's.)
const HONORIFICS = new Set(
  ['mr', 'mrs', 'ms', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'revd', 'messrs', 'hon', 'rt', 'sheikh', 'h.e', 'h.h', 'alhaji', 'alhaja', 'mgr', 'msgr', 'fr', ...CONFERRED_TITLES],
);
// ("the Most Rev Dr Ephraim Adebola", "the Very Rev Jo Doe", "the Rt Revd Jo Doe": a clergyman's style, of two words.)
const CONFERRED_PAIRS = /^(?:(?:tan|puan)\s+sri|toh\s+puan|(?:datuk|dato[’']?|datin)\s+(?:seri|sri|wira|paduka)|(?:most|very|right|rt)\s+rev(?:erend|d)?)$/;

/** Whether a word is an honorific ("Dr.", "Sheikh", "Datuk"), whatever its case and final dot. */
export const isHonorific = (word: string) => HONORIFICS.has(word.toLowerCase().replace(FINAL_DOT, ''));

/** How many words from `at` are an honorific: two for a pair ("Tan Sri"), one for a single one ("Dr."), or none. */
export function honorificWordsAt(words: readonly string[], at: number): number {
  const word = words[at]?.toLowerCase().replace(FINAL_DOT, '');
  if (word === undefined) return 0;
  if (at + 1 < words.length && CONFERRED_PAIRS.test(`${word} ${words[at + 1]!.toLowerCase()}`)) return 2;
  return HONORIFICS.has(word) ? 1 : 0;
}

/** Whether the word at `at` is the second of an honorific pair ("Sri" of "Tan Sri"). */
export const endsHonorificPair = (words: readonly string[], at: number) => at > 0 && honorificWordsAt(words, at - 1) === 2;

/** Whether a word is one of the conferred titles no one is named by alone ("Datuk"), to be left out of a role. */
export const isConferredTitle = (word: string) => CONFERRED_TITLES.includes(word.toLowerCase());
