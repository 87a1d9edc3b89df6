/**
 * People, organisations and places, with their roles as the text states them,
 * the passages they appear in and what they said.
 *
 * Roles come from six patterns found in news writing (./descriptions.ts reads all but the title):
 *   apposition     "Riccardo Valle, the research director for The Khorasan Diary, ..."
 *   description    "Qassem Soleimani, the former leader of the Quds Force"
 *   title          "Defence Minister Khawaja Muhammad Asif"
 *   relative       "Maleeha Lodhi to SCMP, who has served as Pakistan’s ambassador ..."
 *   leading        "The company’s chief executive, Dana Whitfield, told analysts ..."
 *   descriptor     "the activist group Ocean Voices", "the marine biologist Aaron Whitlock"
 * Later surname-only mentions ("Lodhi stated", "Militant Wire’s Webber") and
 * "he/she said" sentences attach to the person last named as speaking.
 */
import { sentencesOf, type Passage } from '../content/article.ts';
import { finish, type Steps } from '../steps.ts';
import { alternatives, MONTHS_ALSO_NAMES } from '../text/calendar.ts';
import { firstWordAfter, isBlank, lastWordBefore, opensSentence } from '../text/characters.ts';
import { editDistance, foldText, isStopWord, unique } from '../text/normalize.ts';
import { isHeadline } from '../text/sentences.ts';
import { lowercaseWordsIn, type WordSet } from '../text/words.ts';
import type { Alias } from './aliases.ts';
import {
  AGE_WORD,
  commaOrDashAt,
  describedBefore,
  describesMany,
  descriptionEndingAt,
  FINITE_VERB,
  FINITE_WORDS,
  followsPlacePreposition,
  hasPluralPersonHead,
  HOLDING_WORDS,
  isGenericPersonRole,
  isSeeding,
  kindOfDescription,
  MONTH_OR_WEEKDAY,
  ownedDescription,
  PARTY_BETWEEN_COMMAS,
  PARTY_IN_BRACKETS,
  pluralDescriptionBefore,
  pluralHintBefore,
  rankRoles,
  readActedAsPost,
  readAffiliation,
  readAffiliationAfter,
  readAppointedAs,
  readApposition,
  readAppositionPastPlace,
  readCopulaDescription,
  readDescribedSubject,
  readIdentifiedAs,
  readLeadingDescription,
  readListedPost,
  readMadeDescription,
  readNamedAs,
  readPluralCopulaDescription,
  readPostTaken,
  readReplacedAsBy,
  readSharedApposition,
  readTenureAs,
  readTeamInBrackets,
  readWorksWith,
  relativeClauses,
  saysOnlyWhereFrom,
  SEEDING_WORD,
  TIMES_HELD_WORD,
  type EntityKind,
} from './descriptions.ts';
import { fitted, keptList } from './lists.ts';
import { readMentions, type ArticleMentions } from './mentions.ts';
import { endsHonorificPair, FINAL_DOT, HONORIFIC_OR_TITLE, honorificWordsAt, isConferredTitle, isHonorific, isLegislator, isPersonHead, isPersonNoun, isTitleOfAddress, namesThingsMostly, TITLES } from './personWords.ts';
import { RunMemo } from './runMemo.ts';
import { SPEECH, SPEECH_FIRST_WORDS, SPEECH_LAST_WORDS } from './speech.ts';
import { hasOrganisationHead, isDictionaryWord, isFamousName, isGivenName, isGroupNoun, isKinNoun, isKnownSurname, isOrganisationName, isOrganisationOrPersonNoun, isPersonWord, isPlaceName, isVerbOnlyWord, isWorldGivenName } from './wordLists.ts';
import {
  isSmallWordFamilyName,
  isHyphenatedGivenName,
  isRomanisedEastAsianName,
  isSyllabicFamilyFirstName,
  isNameParticle,
  isParticledSurname,
  knowsNoWordOf,
  LEGAL_SUFFIX,
  looksLikeOrganisation,
  looksLikePersonName,
  looksLikeSurname,
  mayNamePerson,
  nameRuns,
  subRunOf,
  surnameOf,
  surnamesOf,
  withoutHonorifics,
  withoutJoinedArticle,
  type NameRun,
} from './names.ts';

/** A sentence of a passage that states something about an entity. */
export interface Statement {
  text: string;
  passageId: string;
  sentence: string;
}

export interface Entity {
  key: string;
  name: string;
  kind: EntityKind;
  roles: Statement[];
  aliases: string[];
  mentions: string[];
  quotes: Statement[];
}

export class EntityTable {
  readonly byKey = new Map<string, Entity>();
  private readonly byAlias = new Map<string, Entity>();
  /** Names come back in article after article ("Trump", "the Senate"): each is folded once. */
  private readonly folded = new Map<string, string>();

  /** foldText, remembered for the table's life. */
  fold(text: string): string {
    let folded = this.folded.get(text);
    if (folded === undefined) this.folded.set(text, (folded = foldText(text)));
    return folded;
  }

  add(name: string, kind: EntityKind): Entity {
    const key = this.fold(name);
    const aliased = this.byAlias.get(key);
    if (aliased) return aliased;
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = { key, name, kind, roles: [], aliases: [], mentions: [], quotes: [] };
      this.byKey.set(key, entity);
    } else if (entity.kind !== 'person' && kind === 'person') entity.kind = kind;
    return entity;
  }

  addAlias(entity: Entity, alias: string): void {
    if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
    this.byAlias.set(foldText(alias), entity);
  }

  /** The statements each list holds, so adding one is a lookup: an entity named in thousands of passages has thousands. */
  private readonly held = new WeakMap<Statement[], Set<string>>();

  addStatement(list: Statement[], statement: Statement): void {
    let held = this.held.get(list);
    if (!held) this.held.set(list, (held = new Set(list.map(statementKey))));
    const key = statementKey(statement);
    if (held.has(key)) return;
    held.add(key);
    list.push(statement);
  }
}

/** What a sentence of a passage states. */
const stated = (passageId: string, sentence: string, text: string): Statement => ({ text, passageId, sentence });

const statementKey = (statement: Statement) => `${statement.passageId}\u0000${statement.text}`;

// A lead whose subject is a description of someone: "A former police officer was indicted", "One of the UK's most notorious
// gangsters has been jailed", "Ipswich Town's new interim manager was shocked" (a title its owner's possessive opens).
const LEAD_SUBJECT = /^[\s“"]*((?:An?|The|One\s+of|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’']s)\s+[^;:“”"]{3,80}?)\s+(?:was|were|has|had|is|will|would|have)\s/u;
// "a Cornwall man convicted of having …", after a preposition: up to the sentence's verb, a comma or its end.
const LEAD_PERSON_INSIDE = /\b(?:of|for|against|to|with|by|on)\s+(an?\s+[^,;:“”"()]{3,90}?)(?=\s+(?:has|have|had|is|was|were|will|would|are)\s|,|\.?$)/u;
// Months that are also given names ("June", "April"), not "March", which almost no one is called.
const MONTH_GIVEN_NAMES = new Set<string>(MONTHS_ALSO_NAMES.filter((month) => month !== 'March'));
// "Legal Aid's ": a capitalised name's possessive right before another name.
const OWNED_BY_NAME_BEFORE = /\p{Lu}[\p{L}.&-]*[’']s\s+$/u;
// How many sentences after the lead may name its person.
const DELAYED_NAME_SENTENCES = 3;

/** A name one article's text gives, with the kind and the roles it came with there. */
export interface FoundName {
  name: string;
  kind: EntityKind;
  roles: readonly Statement[];
}

/**
 * What one article's text says about names, read without any other article:
 * the first pass of entity extraction. Kept per article, so adding or changing
 * one article re-reads that article only.
 */
export interface Discovery {
  /** In reading order. */
  found: FoundName[];
  /**
   * Roles stated of a single word ("Lodhi, who has served as …"), for the person it turns out to name. A role of
   * `lastResort` is a description that refers back to the name ("…, but the singer made his position clear"): it is
   * the person's only when nothing else describes them.
   */
  unresolvedRoles: { surname: string; role: Statement; unlessPerson?: string; lastResort?: true }[];
  /** Person-shaped names with no cue of their own; `listed` when a known person stands beside them in a list. */
  undecided: { name: string; words: string[]; listed: boolean; plain: boolean }[];
  /** Folded single words used as people are ("Noem tweeted", "Tolivert 25 points"). */
  singleNames: string[];
  /** Single words that speak and are no ordinary word of the article ("Schiff asked"). */
  singleSpeakers: string[];
  /**
   * Folded single words used as a family name is: opening a sentence as its subject ("Span did his job"), owning
   * someone ("Bush’s former campaign spokesperson"), or described as a person ("Omi, a Lower House lawmaker,"). They
   * decide a full name with that family name, never make a person.
   */
  surnameCues: string[];
  /** Folded names the article writes as an organisation's or a thing's ("the Bay Area", "Acme said its", "Acme’s shares"). */
  thingNames: string[];
  /**
   * Given names the article may use alone for the one person it names in full with them ("said Nahid" of "Nahid Islam, one
   * of the coordinators"), with the passages' article, whose statements of the given name alone are that person's.
   */
  givenNames: { given: string; full: string; articleId: string }[];
  /**
   * Full names the text writes apart, with the passage that writes them: "Forrest and Sally Hoglund" writes Forrest
   * Hoglund, "Irma (Lilly) Pirch" Irma Pirch. No form of theirs is found in the text, so these passages are their mentions.
   */
  writtenApart: { name: string; passageId: string }[];
  /** One name's two spellings in the article ("Muhammad Yunus", "Mohammad Yunus"), the one written more often as `name`. */
  spellings: { name: string; variant: string }[];
}

/** Records what pass 1 finds; replayed into an EntityTable when every article's discoveries are known. */
class FoundNames {
  readonly found: { name: string; kind: EntityKind; roles: Statement[] }[] = [];
  add(name: string, kind: EntityKind): { roles: Statement[] } {
    const entry = { name, kind, roles: [] };
    this.found.push(entry);
    return entry;
  }
  addStatement(list: Statement[], statement: Statement): void {
    list.push(statement);
  }
}

/** Where a post the sentence gives the name ends: a list of names and posts ("…, Jo Roe as …") goes on from there. */
function endOfPost(sentence: string, post: string, run: NameRun): number {
  return sentence.indexOf(post, run.end) + post.length;
}

// A verb right after a sentence's first word, which is then its subject: "Span did his job", "Morgan had only become".
const SUBJECT_VERB_AFTER = /^\s+(?:had|has|did|was|is|would|will|could|\p{Ll}{3,}ed)\b/u;
// What a person owns: "Bush’s former campaign spokesperson", "Doe’s wife".
const OWNER_OF_PERSON = /^[’']s\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)/u;

/** Whether a single word is used as a family name is: a sentence's subject, or the owner of someone. */
function usedAsFamilyName(sentence: string, run: NameRun): boolean {
  const after = sentence.slice(run.end, run.end + 48);
  if (isBlank(sentence, 0, run.start) && SUBJECT_VERB_AFTER.test(after.slice(0, 16))) return true;
  const owned = OWNER_OF_PERSON.exec(after)?.[1];
  return owned !== undefined && isPersonNoun(owned) && !ORGANISATION_OWNED.test(owned);
}
// ("Acme’s chief executive" says nothing: companies have those too.)
const ORGANISATION_OWNED = /^(?:ceo|cfo|coo|executives?|employees?|staff|workers?|shareholders?|investors?|customers?|analysts?|economists?|founders?|directors?|managers?|members?|officials?|chairman|president|owners?)$/;

// A name with a nickname in quotation marks inside it ("Al “Bunchy” Carter"), and the given name, nickname and
// family name of one in a sentence.
// ("Sean 'Puffy' Combs": in single quotation marks too.)
const NICKNAME = /\s(?:[“"][^”"]+[”"]|[‘'][^‘’']+[’'])\s/;
// (The two given names before a nickname: "Lorna Regina" of "Lorna Regina “Loren” B. Legarda".)
const GIVEN_NAMES_BEFORE_NICKNAME = /^(\S+\s\S+)\s[“"‘']/u;
// ("Francis “Chiz” G. Escudero": a middle initial may stand between the nickname and the family name.)
// ("Lorna Regina “Loren” B. Legarda": given names of two or three words too, read from the first that is a given name.)
const NICKNAMED = /(?<![\p{L}’'-])((?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+)\s+(?:[“"](\p{Lu}[\p{L}.’' -]{1,20}?)[”"]|[‘'](\p{Lu}[\p{L}. -]{1,20}?)[’'])\s+(?:\p{Lu}\.\s+)*(\p{Lu}[\p{L}’'-]+)/gu;

// "The new chairman is ", "The new co-chairs are said to be ", "The performer inductees are ".
// ("Last year's winner was Madeleine Thien": or when the title was held, owning it.)
const INVERTED_COPULA = /^[\s“"]*((?:The|(?:Last|This|Next)\s+(?:year|season|week|month)[’']s)\s+[^,;:“”"()]{2,80}?)\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been)(\s+(?:said|believed|thought|understood)\s+to\s+be)?\s+(?=(?:the\s+)?\p{Lu})/u;
// What stands between the names of a list: "Jo Doe, Al Roe and Bo Vale", "Doe & Roe".
const LIST_SEPARATOR = /^(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+)$/;
// A listed name that ends with a suffix, whose period stands before the list's comma.
const SUFFIX_BEFORE = /\s(?:Jr|Sr)$/;
// The same after "is", where groups may be listed with "the" ("are the Foo Fighters, the Go-Go’s, Jay-Z": a band's name
// may end in an apostrophe).
const INVERTED_LIST_SEPARATOR = /^(?:[’']s)?(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+)(?:the\s+)?$/;

/** Whether a title before a name is a post ("Senator", "Health Minister"), not only an honorific ("Dr", "Mrs"). */
const isTitledByPost = (title: string | undefined) => title !== undefined && !title.split(/\s+/).every(isHonorific);

/** The run at `from` and the runs listed after it: "Jo Doe, Al Roe and Bo Vale". */
function listFrom(sentence: string, runs: NameRun[], from: number): NameRun[] {
  const listed = [runs[from]!];
  let end = runs[from]!.end;
  for (let j = from + 1; j < runs.length; j++) {
    const run = runs[j]!;
    // ("Carla Doe (Shannon) and Gretta Roe (Karl)": a name in brackets after a listed name, a spouse's or a team's, is an
    // aside the list runs past.)
    if (/^\s*\($/.test(sentence.slice(end, run.start)) && sentence[run.end] === ')') {
      end = run.end + 1;
      continue;
    }
    // ("Robert Downey Jr., Chris Hemsworth": the period of a suffix is no end of the list.)
    const gap = sentence.slice(end, run.start);
    if (!LIST_SEPARATOR.test(SUFFIX_BEFORE.test(listed.at(-1)!.text) ? gap.replace(/^\./, '') : gap)) break;
    listed.push(run);
    end = run.end;
  }
  return listed;
}

/** Where the text after a name goes on, past a short aside in brackets: "Gretta Roe (Karl);". */
function pastBracketedAside(sentence: string, end: number): number {
  const aside = BRACKETED_ASIDE_AT.exec(sentence.slice(end, end + 44));
  return aside ? end + aside[0].length : end;
}
// "(Karl)", "(Nakuru)", "(38)": a short aside in brackets after a name.
const BRACKETED_ASIDE = String.raw`\s*\([^()]{1,40}\)`;
const BRACKETED_ASIDE_AT = new RegExp(`^${BRACKETED_ASIDE}`);

// "Rep. Ilhan Omar (D-Minn.)", "Sen. Ted Cruz, R-Texas,": the party and state after a titled name.
const PARTY_AFTER_NAME = new RegExp(String.raw`^(?:\s+(${PARTY_IN_BRACKETS})|,\s+(${PARTY_BETWEEN_COMMAS})(?=,|\.?$))`, 'u');

// A name with a number in it ("Precinct 2", "Radio 1") right before a titled name, not set off by a comma.
const NUMBERED_NAME_BEFORE = /(?:^|[^\p{L}\d,]\s*)((?:\p{Lu}[\p{L}’'-]*\s+){1,3}\d{1,3})\s+$/u;
/** "Precinct 2", "Radio 1": a name with a number in it that ends right before `at` (not a date: "On May 5"). */
function numberedNameBefore(sentence: string, at: number): string | undefined {
  const named = NUMBERED_NAME_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
  const words = named?.split(/\s+/).slice(0, -1);
  return words && !words.some((word) => MONTH_OR_WEEKDAY.test(word) || SENTENCE_PREPOSITIONS.has(word)) ? named : undefined;
}
const SENTENCE_PREPOSITIONS = new Set(['On', 'In', 'At', 'By', 'From', 'Since', 'Until', 'After', 'Before', 'For', 'Of', 'To', 'With']);

/** Pass 1 over one article: names, kinds and roles, sentence by sentence. */
export function discoverArticle(passages: Passage[]): Discovery {
  const reader = new ArticleReader(passages);
  for (const passage of passages) {
    for (const author of citedAuthors(passage.text)) reader.found.add(author, 'person');
    reader.readSpeakerLabel(passage.text);
    for (const { text: sentence } of sentencesOf(passage)) reader.readSentence(passage.id, sentence);
  }
  return reader.discovery();
}

/**
 * Pass 1's reading of one article, sentence by sentence, and what it has found so far. Each step is a method
 * of its own: the steps a sentence rarely needs are compiled (and recompiled, once a sentence needs them)
 * apart from the ones every sentence runs.
 */
class ArticleReader {
  readonly found = new FoundNames();
  private readonly unresolvedRoles: Discovery['unresolvedRoles'] = [];
  // Statistics of the article itself, so an article reads the same whatever else is indexed.
  private readonly commonWords: WordSet;
  private readonly afterArticle: Set<string>;
  // Names shaped like a person's but with no cue of their own ("Kamala Harris"):
  // decided once every cue of the articles is known.
  private readonly undecided: { name: NameRun; sentence: string; people: NameRun[]; plain: boolean }[] = [];
  // Single words used as people are ("Noem tweeted", "Tolivert 25 points"): a surname in waiting.
  private readonly singleNames = new Set<string>();
  private readonly singleSpeakers = new Set<string>();
  private readonly writtenApart: Discovery['writtenApart'] = [];
  private readonly surnameCues = new Set<string>();
  private readonly thingNames = new Set<string>();
  // The last words of the full names read so far: "Woods" alone is then Tiger Woods, though "woods" is also a word.
  private readonly familyNamesRead = new Set<string>();
  // Those read after a given name: surely people's.
  private readonly familyNamesAfterGivenNames = new Set<string>();
  // A famous person's name also names what is named after them ("NASA’s Hubble", "at Cornell", "Vanderbilt athletic director"):
  // anywhere in the article, a use like that makes the word a thing's name.
  private readonly famousThings = new Map<string, boolean>();
  // The person the previous sentence opened with: "The real estate agent said" in the next one is them,
  // in the next paragraph too (news often gives a sentence a paragraph of its own).
  private previousSubject: NameRun | undefined;
  // The person the previous sentence named last: "The American equalled …", "… but the singer made his position clear"
  // may refer back to them.
  private previousPerson: NameRun | undefined;
  // The name the previous sentence opened with, a family name alone too ("Leishman finished at 23-under"): whom "the
  // 33-year-old Australian" in the next one is.
  private previousOpening: NameRun | undefined;
  // "A former police officer was indicted Monday …", then "… the indictment against Michael Slager": a lead that describes
  // the person the story is about before naming them. The description waits, a few sentences, for the person named next.
  private lead: { role: Statement; named: string[]; sentencesLeft: number } | 'unread' | 'done' = 'unread';
  // The runs of the previous sentence: the one person it named, if it named one, owns "he and his wife Kali" in the next.
  private previousRuns: NameRun[] = [];

  constructor(private readonly passages: Passage[]) {
    this.commonWords = lowercaseWords(passages);
    this.afterArticle = wordsAfterArticle(passages);
  }

  private namesAThing(name: string): boolean {
    const key = foldText(name);
    if (!this.famousThings.has(key)) this.famousThings.set(key, this.commonWords.has(name.toLowerCase()) || this.afterArticle.has(key) || this.passages.some((p) => usedAsThing(p.text, name)));
    return this.famousThings.get(key)!;
  }

  /** Whether a title or a description of a person stands right before the name ("far-right president Jair Bolsonaro"). */
  private describedAsPerson(sentence: string, run: NameRun): boolean {
    return personInRun(run, sentence, this.commonWords)?.title !== undefined || describedBefore(sentence, run, this.commonWords)?.kind === 'person';
  }

  /** Whether a single word is no place's, group's, company's or ordinary word's: "Assad", not "Soviet" or "Iran". */
  private namesOnlyPeople(word: string): boolean {
    return !this.commonWords.has(word.toLowerCase()) && !isPlaceName(word) && !isOrganisationName(word) && !isGroupNoun(word);
  }

  /** "ADAM SCHIFF: The committee will come to order.", "REP. DEVIN NUNES (R-CALIF.):": a transcript's speaker, in capitals. */
  readSpeakerLabel(text: string): void {
    const label = SPEAKER_LABEL.exec(text);
    if (!label) return;
    const words = label[1]!.split(/\s+/).map((word) => word.charAt(0) + word.slice(1).toLowerCase());
    // A single word ("SCHIFF:", but also "UPDATE:", "WATCH:") is left to the full name it shortens.
    // From a given name, and with no word the article also writes in lower case ("READ MORE:", "WATCH LIVE:").
    const common = words.some((word) => this.commonWords.has(word.toLowerCase()));
    if (words.length >= 2 && isGivenName(words[0]!) && !common && looksLikePersonName(words)) this.found.add(words.join(' '), 'person');
  }

  readSentence(passageId: string, sentence: string): void {
    if (isHeadline(sentence)) {
      this.previousSubject = undefined;
      this.previousPerson = undefined;
      this.previousOpening = undefined;
      this.previousRuns = [];
      return;
    }
    // "Al “Bunchy” Carter", "Joko “Jokowi” Widodo": a nickname in quotation marks inside a name splits no one in two.
    if (sentence.includes('“') || sentence.includes('"') || sentence.includes('‘') || sentence.includes("'")) {
      for (const [whole, given, , , family] of sentence.matchAll(NICKNAMED)) {
        const givenWords = given!.split(/\s+/);
        // ("Mayor Alfredo Abelardo “Albee” Benitez": a title is no given name, though a list holds it.)
        const first = givenWords.findIndex((word) => isGivenName(word) && !HONORIFIC_OR_TITLE(word));
        if (first === -1 || !looksLikeSurname(family!)) continue;
        // (From that given name: "Senator Jose “Jinggoy” P. Ejercito" is "Jose “Jinggoy” P. Ejercito".)
        const rest = whole.slice(given!.length).replace(/\s+/g, ' ');
        this.found.add(`${givenWords.slice(first).join(' ')}${rest}`, 'person');
      }
    }
    const commonWords = this.commonWords;
    const runs = nameRuns(sentence);
    for (let i = 0; i < runs.length; i++) runs[i] = this.withoutNationality(withoutCommonOpening(runs[i]!, sentence, commonWords), sentence);
    const opening = openingName(sentence, runs, commonWords);
    const anaphora = (this.previousSubject || this.previousPerson) && readDescribedSubject(sentence);
    // ("… no success in a pole vault competition won by Sam Kendricks. The American equalled …": a nationality refers back
    // to the person named last, when no one opened the sentence before.)
    const epithet = anaphora?.split(/\s+/).at(-1);
    const antecedent = this.previousSubject ?? (epithet && isGroupNoun(epithet) && !HONORIFIC_OR_TITLE(epithet) ? this.previousPerson : undefined);
    if (anaphora && antecedent) this.unresolvedRoles.push({ surname: antecedent.text, role: stated(passageId, sentence, anaphora) });
    this.previousSubject = opening && subjectOf(sentence, opening);
    this.readSharedFamilyName(passageId, sentence, runs);
    if (sentence.includes('(')) this.readMaidenNames(passageId, sentence);
    // The runs that hold a person, whole: lists of names are read from them.
    const people: NameRun[] = [];
    for (const whole of runs) this.readRun(passageId, sentence, runs, whole, people);
    // ("under far-right president Jair Bolsonaro, which has prompted protests": after a name the sentence describes as a
    // person's, "which" refers to something before it.)
    for (const run of runs) if (writtenAsThing(sentence, run) && !(WHICH_AFTER.test(sentence.slice(run.end, run.end + 8)) && this.describedAsPerson(sentence, run))) this.noteThing(sentence, run);
    this.readSingleNamesListed(sentence, runs, people);
    this.readCopulas(passageId, sentence, runs);
    this.readPluralCopulas(passageId, sentence, runs);
    this.readInvertedCopula(passageId, sentence, runs);
    this.readPluralDescriptions(passageId, sentence, runs);
    // "Robin Biesbroek of the CDF", "Dr. Maya Chen of Stanford University", "Jo Doe, of the CSU,": where a person is from, a
    // role of last resort.
    for (const run of runs) {
      const named = run.words.length > 2 ? withoutHonorifics(run, sentence) : run;
      if (!looksLikePersonName(named.words)) continue;
      const affiliation = readAffiliation(sentence, named.end);
      if (affiliation) this.unresolvedRoles.push({ surname: named.text, role: stated(passageId, sentence, affiliation) });
      // ("Wouter Wippert (Cannondale) and Wim Stroetinga": a team in brackets, where nothing else says what the person is.)
      const team = readTeamInBrackets(sentence, named.end);
      if (team) this.unresolvedRoles.push({ surname: named.text, role: stated(passageId, sentence, team), lastResort: true });
    }
    this.readPossessives(passageId, sentence, runs);
    this.readNamedAfterDescription(passageId, sentence, runs);
    this.readAppointments(passageId, sentence, runs);
    this.readReferringDescriptions(passageId, sentence, runs);
    this.readAgedReferences(passageId, sentence, runs, opening);
    if (this.lead !== 'done') this.readDelayedIdentification(passageId, sentence, runs);
    this.previousRuns = runs;
    for (const run of runs) {
      if (run.words.length < 2 || !looksLikePersonName(run.words)) continue;
      this.familyNamesRead.add(run.words.at(-1)!);
      if (isGivenName(run.words[0]!)) this.familyNamesAfterGivenNames.add(run.words.at(-1)!);
    }
    this.previousPerson = this.lastPersonOf(sentence, runs);
    this.previousOpening = opening && this.nameIn(opening, sentence);
    for (const clause of relativeClauses(sentence, runs)) {
      if (clause.run.words.length === 1) this.unresolvedRoles.push({ surname: clause.run.text, role: stated(passageId, sentence, clause.role) });
      else this.found.addStatement(this.found.add(clause.run.text, 'person').roles, stated(passageId, sentence, clause.role));
    }
  }

  /**
   * "Joe and Hunter Biden", "Co-founders Patrick and John Collison": a given name and a full name joined by "and" share
   * the family name. The given name is read under the full name it stands for (a person once the text mentions that
   * name), and a plural title before the pair is both people's.
   */
  private readSharedFamilyName(passageId: string, sentence: string, runs: NameRun[]): void {
    for (let i = 0; i + 1 < runs.length; i++) {
      const next = runs[i + 1]!;
      // ("Meghan and Prince Harry": a title and a name share nothing.)
      if (next.words.length !== 2 || !SHARED_BY_AND.test(sentence.slice(runs[i]!.end, next.start)) || !isGivenName(next.words[0]!) || HONORIFIC_OR_TITLE(next.words[0]!)) continue;
      const words = runs[i]!.words;
      // (One word, or a plural title and one word: "Singer-songwriters Ada Quinn and Lou Parry" lists two full names.)
      if (words.length > 2) continue;
      const given = words.at(-1)!;
      const title = words.length === 2 ? words[0]! : '';
      if (title && !hasPluralPersonHead(title)) continue;
      if (!isGivenName(given) || this.commonWords.has(given.toLowerCase()) || !looksLikePersonName([given, next.words[1]!])) continue;
      // ("Nicaragua, Salvador and Costa Rica": not places; "the Richard and Judy Andersons of America": nor a kind of family.)
      if (isPlaceName(next.text) || isPlaceName(given) || (!title && /\bthe\s+$/i.test(sentence.slice(Math.max(0, runs[i]!.start - 5), runs[i]!.start)))) continue;
      const entry = this.found.add(`${given} ${next.words[1]}`, 'person');
      this.writtenApart.push({ name: `${given} ${next.words[1]}`, passageId });
      if (title) {
        this.found.addStatement(entry.roles, stated(passageId, sentence, title));
        this.found.addStatement(this.found.add(next.text, 'person').roles, stated(passageId, sentence, title));
      }
    }
  }

  /**
   * "his wife Ruth Ann (Hertzog) Pirch", "the late George and Irma (Lilly) Pirch": a family name before marriage, in brackets
   * between the given names and the family name, as obituaries write it, is no part of the name; a given name joined by
   * "and" before it shares the family name.
   */
  private readMaidenNames(passageId: string, sentence: string): void {
    for (const match of sentence.matchAll(MAIDEN_NAME_INSIDE)) {
      const [, given, , family] = match;
      const givenWords = given!.split(/\s+/);
      if (!isGivenName(givenWords[0]!) || !looksLikeSurname(family!) || this.commonWords.has(family!.toLowerCase())) continue;
      const name = `${given} ${family}`;
      const entry = this.found.add(name, 'person');
      this.writtenApart.push({ name, passageId });
      const described = descriptionEndingAt(sentence, match.index, this.commonWords);
      if (described?.kind === 'person') this.found.addStatement(entry.roles, stated(passageId, sentence, described.text));
      const shared = GIVEN_NAME_AND_BEFORE.exec(sentence.slice(Math.max(0, match.index - 30), match.index))?.[1];
      if (shared && isGivenName(shared) && !this.commonWords.has(shared.toLowerCase())) {
        this.found.add(`${shared} ${family}`, 'person');
        this.writtenApart.push({ name: `${shared} ${family}`, passageId });
      }
    }
  }

  /** A name written as a thing's; opening a sentence, without its first word too ("Visit Business Insider’s homepage"). */
  private noteThing(sentence: string, run: NameRun): void {
    this.thingNames.add(foldText(run.text));
    if (run.words.length > 2 && isBlank(sentence, 0, run.start)) this.thingNames.add(foldText(subRunOf(run, sentence, 1).text));
  }

  /** One run of capitalised words: the person, organisation or place it names, and what the sentence says it is. */
  private readRun(passageId: string, sentence: string, runs: NameRun[], whole: NameRun, people: NameRun[]): void {
    const { found, commonWords, unresolvedRoles } = this;
    // "Senate President Bukola Saraki": the person inside a run, and the title before them.
    const inRun = personInRun(whole, sentence, commonWords);
    const titled = (!inRun?.title && titledBeforeBrackets(whole, sentence, commonWords)) || inRun;
    const run = titled?.name ?? whole;
    // What the name looks like, asked once: a person's full name, or a single surname-like word.
    const personName = looksLikePersonName(run.words);
    const single = run.words.length === 1;
    const surname = (single && looksLikeSurname(run.text)) || isParticledSurname(run.words);
    if (titled) {
      const entity = found.add(run.text, 'person');
      // "Bishop Galloway": a title makes a single word a person's name, even a place's.
      if (run.words.length === 1) this.singleNames.add(foldText(run.text));
      // "Rep. Ilhan Omar (D-Minn.)": the party and state belong with the title.
      // "Sen. Ted Cruz, R-Texas,": written between commas, the same party and state.
      const party = PARTY_AFTER_NAME.exec(sentence.slice(run.end, run.end + 24));
      const partyText = party && (party[1] ?? `(${party[2]})`);
      // "Economist Jo Doe of Acme Bank": where the person works finishes a title that is a word for a person.
      // ("Detective Inspector Rob Cousen, of GMP’s Serious and Organised Crime Group, said": or set off by commas.)
      const affiliation = titled.title && !partyText && isPersonNoun(titled.title.split(/\s+/).at(-1)!.toLowerCase()) ? readAffiliation(sentence, run.end, true) : undefined;
      // ("Precinct 2 Commissioner Jo Doe", "Radio 1 DJ Jo Doe": a name with a number in it, before the run, opens the title.)
      const numbered = titled.title && sentence.startsWith(titled.title, whole.start) ? numberedNameBefore(sentence, whole.start) : undefined;
      const title = numbered ? `${numbered} ${titled.title}` : titled.title;
      if (title) found.addStatement(entity.roles, stated(passageId, sentence, partyText ? `${title} ${partyText}` : affiliation ? `${title} ${affiliation}` : title));
      people.push(whole);
    }
    const apposition = readApposition(sentence, run.end) ?? readAppositionPastPlace(sentence, run.end);
    const appositionKind = apposition ? kindOfDescription(apposition) : undefined;
    if (apposition) {
      // ("Paul House, executive chairman,": a given name and a word that names organisations too, described as a person.)
      const givenAndWord = run.words.length === 2 && isGivenName(run.words[0]!) && !commonWords.has(run.words[0]!.toLowerCase()) && !titled;
      if (appositionKind === 'person' && (personName || givenAndWord) && !describesMany(apposition)) found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, apposition));
      else if (appositionKind === 'person' && surname) {
        unresolvedRoles.push({ surname: run.text, role: stated(passageId, sentence, apposition) });
        if (!commonWords.has(run.text.toLowerCase())) this.surnameCues.add(foldText(run.text));
      }
      else if (appositionKind === 'organization' && !titled && !personName) found.addStatement(found.add(run.text, 'organization').roles, stated(passageId, sentence, apposition));
      else if (appositionKind === 'place' && !titled && run.words.length <= 3) found.addStatement(found.add(run.text, 'place').roles, stated(passageId, sentence, apposition));
    }
    const described = describedBefore(sentence, run, commonWords);
    // "Labor journalist Alex Press": a word for a person before a given name and one more word makes a person's name of
    // what would otherwise be an organisation's ("press").
    const organisationShaped = !titled && run.words.length >= 2 && looksLikeOrganisation(run.words) && !personName;
    const describedByName = organisationShaped && described?.kind === 'person' && run.words.length === 2 && isGivenName(run.words[0]!) && !commonWords.has(run.words[0]!.toLowerCase());
    if (organisationShaped && !describedByName && !namesPost(run.words)) found.add(run.text, 'organization');
    // "a former Beto O’Rourke supporter": a full name before a word for a person's follower is that person's.
    const followed = run.words.length > 1 && FOLLOWER_AFTER.test(sentence.slice(run.end, run.end + 20));
    // (Asked only of what may be a person's name: "The", "It" or "We" speak for no one.)
    // "the killing of 17-year-old Trayvon Martin": an age before a full name is a person's.
    const aged = personName && AGE_BEFORE.test(sentence.slice(Math.max(0, run.start - 16), run.start));
    // ("Jamaica's Shericka Williams finished": a country's possessive before a full name says whose citizen it is.)
    const countrys = personName && !single && ownedByPlace(sentence, run, commonWords);
    // ("on the complaint of Fehmida Arshad who died 16 years ago", "Boba Sima, who was sent on loan": "who" right after a full
    // name, with or without a comma, is a person's.)
    // ("the winner of the Super Bowl who deserves", "that Almighty Power who has placed": not a name after a determiner.)
    const whoAfter = personName && !single && WHO_RIGHT_AFTER.test(sentence.slice(run.end, run.end + 6)) && !DETERMINER_BEFORE.test(sentence.slice(Math.max(0, run.start - 6), run.start));
    // ("Goals were scored by Venreece Richards in the 18th minute": who scores, saves or assists in a match report.)
    const scorer = personName && !single && SCORER_BEFORE.test(sentence.slice(Math.max(0, run.start - 24), run.start));
    // ("Salahuddin Hasan aka Abu Salman": a full name with another the person goes by.)
    const alias = personName && !single && ALIAS_AFTER.test(sentence.slice(run.end, run.end + 14));
    // ("the late Sivaji Ganesan", "from legendary Sivaji Ganesan to …": what is said only of people, before a full name.)
    const lauded = personName && !single && !looksLikeOrganisation(run.words) && PERSON_ADJECTIVE_BEFORE.test(sentence.slice(Math.max(0, run.start - 16), run.start));
    // ("following the resignation of Gotabaya Rajapaksa": what befalls only people, before a full name.)
    const befallen = personName && !single && !looksLikeOrganisation(run.words) && BEFALLS_PERSON_BEFORE.test(sentence.slice(Math.max(0, run.start - 24), run.start));
    // ("The Abdu Maikaba-tutored Kano Pillars": a full name made the modifier of a verb only people do.)
    const leading = personName && !single && !looksLikeOrganisation(run.words) && LED_BY_NAME_AFTER.test(sentence.slice(run.end, run.end + 12));
    // ("Usain Bolt had run the final individual race of his career": a full name that opens the sentence, whose verb's clause
    // goes on to "his" or "her" with no other name between.)
    const owning = personName && !single && !looksLikeOrganisation(run.words) && opensSentence(sentence, run.start) && OWN_PRONOUN_AFTER_VERB.test(sentence.slice(run.end, run.end + 120));
    const cued =
      (surname || personName) &&
      (isSpeakerPosition(sentence, run) || hasPersonCueAfter(sentence, run) || followed || aged || countrys || whoAfter || scorer || alias || lauded || befallen || leading || owning || namedInQuotes(sentence, run));
    if (cued && surname) this.singleNames.add(foldText(run.text));
    if (surname && !commonWords.has(run.text.toLowerCase()) && usedAsFamilyName(sentence, run)) this.surnameCues.add(foldText(run.text));
    if (personName && cued && !titled) {
      found.add(run.text, 'person');
      people.push(whole);
    } else if (!titled && personName) {
      // (Not where an apposition says it is an organisation's or a place's: "Bharti Airtel, an Indian firm".)
      const plain = namedPlainly(sentence, run, people) && (!appositionKind || appositionKind === 'person');
      this.undecided.push({ name: run, sentence, people, plain });
    }
    // "a promising young pitcher (Joe Ross)": a name in brackets after the description it names.
    if (personName && sentence.charCodeAt(run.start - 1) === 0x28 && sentence.charCodeAt(run.end) === 0x29) {
      let end = run.start - 1;
      while (end > 0 && isBlank(sentence, end - 1, end)) end--;
      const named = descriptionEndingAt(sentence, end, commonWords);
      if (named?.kind === 'person') found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, named.text));
    }
    // "heir to the British throne, Charles,": a description before one name too.
    const leadable = personName || (surname && !looksLikeOrganisation(run.words));
    const descriptionBefore = leadable ? readLeadingDescription(sentence, run) : undefined;
    // ("His lawyer, Ulrike Thole-Groll, said": whose, where the sentences say.)
    const leadingRole = descriptionBefore && /^(?:his|her|their)\s/i.test(descriptionBefore) ? ownedDescription(sentence, descriptionBefore, run, runs, this.previousRuns) : descriptionBefore;
    if (leadingRole) found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, leadingRole));
    const describable = personName || surname || describedByName;
    if (described?.kind === 'person' && describable) {
      // "the immunologist Jo Doe at the University of Leith": where the person works finishes the description.
      // ("17th-seeded Pablo Carreno Busta of Spain": a seeding is the player's whatever country follows.)
      const affiliation = isSeeding(described.text) ? undefined : readAffiliationAfter(sentence, run.end, true);
      const text = ownedDescription(sentence, described.text, run, runs, this.previousRuns);
      found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, affiliation ? `${text} ${affiliation}` : text));
      people.push(whole);
      // "her sister Maya", "his son Jordan": a name after a person's relative is a person's, whatever else the word names
      // (not one that goes on to its noun: "her sister American republics").
      if (single && namesRelative(described.text) && ENDS_NOUN_PHRASE.test(sentence.slice(run.end, run.end + 16))) this.singleNames.add(foldText(run.text));
    }
    // ("extended the classified service March 1": a month after the description is the date, not the organisation's name.)
    if (described?.kind === 'organization' && !titled && !personName && !MONTH_OR_WEEKDAY.test(run.text)) found.addStatement(found.add(run.text, 'organization').roles, stated(passageId, sentence, described.text));
    if (surname && isSpeakerPosition(sentence, run, false) && !opensNextTitle(sentence, run, runs, commonWords)) this.singleSpeakers.add(run.text);
    // "Tolivert 25 points", "Omar (D-Minn.)": a single name that only a person takes.
    if (surname && hasPersonCueAfter(sentence, run)) found.add(run.text, 'person');
    // "the incoming Trump administration", "the Obama presidency": a government called by the one person who leads it.
    // (Not "regime": "the Soviet regime", "the Taliban regime" are called by what rules.)
    if (surname && !ADJECTIVE_ENDING.test(run.text) && LEADER_OF_AFTER.test(sentence.slice(run.end, run.end + 16)) && THE_WITH_ADJECTIVES_BEFORE.test(sentence.slice(Math.max(0, run.start - 32), run.start)) && this.namesOnlyPeople(run.text)) {
      found.add(run.text, 'person');
      this.singleNames.add(foldText(run.text));
    }
    // "inspired by Van Gogh’s painting": a famous person called by their family name alone, never introduced.
    if (!titled && looksLikeSurname(run.words.at(-1)!) && isFamousName(run.words) && !this.namesAThing(run.text)) found.add(run.text, 'person');
    // "Tommy — who only goes by his first name —": a given name alone that "who" (not a team's plural "who are") refers to.
    // ("John Wharton AM at Richmond, who has served as mayor": after "at", the clause is about the person before.)
    // ("The Scot, who was cheered on": not a word after a determiner, which names what the person is.)
    const determined = DETERMINER_BEFORE.test(sentence.slice(Math.max(0, run.start - 6), run.start));
    if (single && commaOrDashAt(sentence, run.end) && isGivenName(run.text) && !commonWords.has(run.text.toLowerCase()) && WHO_AFTER.test(sentence.slice(run.end)) && !followsPlacePreposition(sentence, run.start) && !determined) {
      found.add(run.text, 'person');
    }
    // "Mia, the actress played by Stone,": a given name alone described as one person (not "the defending champions",
    // nor "In June, the then Home Secretary, Sajid Javid," where the description is the next name's).
    // (Not a ward or a district after its number: "Ald. Jo Doe, 6th Ward, a committee member".)
    if (single && apposition && isGivenName(run.text) && !ORDINAL_BEFORE.test(sentence.slice(Math.max(0, run.start - 8), run.start)) && describesGivenNameAlone(sentence, run, apposition, commonWords)) {
      found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, apposition));
    }
  }

  /** "Jo Doe is the mayor of Leith": a person-shaped name followed by what it is. */
  private readCopulas(passageId: string, sentence: string, runs: NameRun[]): void {
    // Where the last post a name was said to take ends: "…, and Rabbi Yaakov Litzman as health minister" goes on from there.
    let postEnd: number | undefined;
    for (const run of runs) {
      const listedEnd = this.readListedPost(passageId, sentence, run, postEnd);
      if (listedEnd !== undefined) {
        postEnd = listedEnd;
        continue;
      }
      const post = readPostTaken(sentence, run);
      if (post) postEnd = endOfPost(sentence, post, run);
      // ("Fort Sackville as a national shrine": what a name is cast as is read only of a name a given name opens.)
      const role =
        readCopulaDescription(sentence, run) ?? post ?? readActedAsPost(sentence, run) ?? readTenureAs(sentence, run) ?? readMadeDescription(sentence, run) ?? (isGivenName(run.words[0]!) ? readNamedAs(sentence, run) : undefined) ?? readWorksWith(sentence, run);
      // ("Professor Parker is the fourth vice-chancellor": the name without its title.)
      if (role) this.addRole(passageId, sentence, this.nameIn(run, sentence), role);
    }
  }

  /**
   * "Rakul Preet Singh, Bobby Simha, Vivek, Priya Bhavani Shankar …": one word listed between two people's full names is a
   * person known by one name, as film and sport news in many countries write them.
   */
  private readSingleNamesListed(sentence: string, runs: NameRun[], people: NameRun[]): void {
    const isPerson = (run: NameRun | undefined) =>
      run !== undefined && (people.includes(run) || (looksLikePersonName(run.words) && isWorldGivenName(run.words[0]!) && !looksLikeOrganisation(run.words)));
    const listed = (a: NameRun, b: NameRun) => LIST_SEPARATOR.test(sentence.slice(a.end, b.start));
    for (let i = 1; i + 1 < runs.length; i++) {
      const run = runs[i]!;
      if (run.words.length !== 1 || !looksLikeSurname(run.text) || this.commonWords.has(run.text.toLowerCase()) || isPlaceName(run.text) || looksLikeOrganisation(run.words)) continue;
      if (!listed(runs[i - 1]!, run) || !listed(run, runs[i + 1]!) || !isPerson(runs[i - 1]) || !isPerson(runs[i + 1])) continue;
      this.found.add(run.text, 'person');
      this.singleNames.add(foldText(run.text));
    }
  }

  /** "Jo Doe and Al Roe are the artistic directors of the festival", "Jo Doe and Al Roe, both nurses,": what a list of people are, in the plural. */
  private readPluralCopulas(passageId: string, sentence: string, runs: NameRun[]): void {
    for (let j = 0; j < runs.length; j++) {
      const run = runs[j]!;
      const role = readPluralCopulaDescription(sentence, run) ?? readSharedApposition(sentence, run);
      if (!role) continue;
      const listed = [run];
      for (let i = j - 1; i >= 0 && LIST_SEPARATOR.test(sentence.slice(runs[i]!.end, listed[0]!.start)); i--) listed.unshift(runs[i]!);
      if (listed.length < 2) continue;
      this.addListed(passageId, sentence, listed, role);
    }
  }

  /**
   * "founding members Tom Johnston, Michael McDonald and John McFee", "the founders of Acme, Jo Doe and Al Roe,",
   * "candidates including Jo Doe, Roe and Moe": a plural description covers the whole list.
   */
  private readPluralDescriptions(passageId: string, sentence: string, runs: NameRun[]): void {
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      // Most names have no plural before them: a cheap look first, as this runs for every name of every sentence.
      // ("Tech CEOs Jo Doe": a plural inside the run, before its last word.)
      if (!run.words.some((w, k) => k < run.words.length - 1 && /s$/.test(w)) && !pluralHintBefore(sentence, run.start)) continue;
      // "Singer-guitarists Jo Doe and …": the description may open the run of capitalised words itself.
      const title = personInRun(run, sentence, this.commonWords)?.title;
      const plural = title && hasPluralPersonHead(title) ? { text: title, direct: true } : (pluralDescriptionBefore(sentence, run, this.commonWords) ?? pluralOpening(sentence, run));
      if (!plural) continue;
      const listed = listFrom(sentence, runs, i);
      // ("former TDs Jo Doe, Al Roe, and Senator Mo Poe": a name with a title of its own ends the list a title before it covers;
      // not a list set off after the description, "two new justices, Chief Justice Jo Doe and Justice Al Roe".)
      const titledAt = plural.direct ? listed.findIndex((name, k) => k > 0 && isTitledByPost(personInRun(name, sentence, this.commonWords)?.title)) : -1;
      if (titledAt > 0) listed.length = titledAt;
      // Set off by punctuation, the description needs a list of names that closes where the phrase does.
      if (!plural.direct && (listed.length < 2 || !/^\s*(?:[,;:—–)]|[.!?]?[”"’]?\s*$)/.test(sentence.slice(pastBracketedAside(sentence, listed.at(-1)!.end))))) continue;
      this.addListed(passageId, sentence, listed, plural.text);
    }
  }

  /** "A citizen named Muhammad Akbar filed a petition", "a man called Jo Doe": a description, then the person's name. */
  private readNamedAfterDescription(passageId: string, sentence: string, runs: NameRun[]): void {
    if (!sentence.includes(' named ') && !sentence.includes(' called ')) return;
    for (const run of runs) {
      const description = NAMED_AFTER_DESCRIPTION.exec(sentence.slice(Math.max(0, run.start - 60), run.start))?.[1];
      if (!description || !looksLikePersonName(run.words) || kindOfDescription(description) !== 'person' || hasPluralPersonHead(description)) continue;
      // ("a woman named Rosa Parks": a word for anyone, alone, says nothing of her.)
      if (/^\S+\s+\S+$/.test(description) && NOT_REFERRING_HEADS.has(description.split(' ')[1]!.toLowerCase())) continue;
      this.found.addStatement(this.found.add(run.text, 'person').roles, stated(passageId, sentence, description));
    }
  }

  /**
   * The article's lead, when its subject is a description of someone ("A former North Charleston, S.C., police officer was
   * indicted …"), gives that description to the first person the next sentences name without describing them: a role of
   * last resort, for a person the text describes nowhere else.
   */
  private readDelayedIdentification(passageId: string, sentence: string, runs: NameRun[]): void {
    if (this.lead === 'unread') {
      // ("CENTENNIAL, Colo. — An Aurora man is facing life in prison": past the dateline.)
      const dateline = DATELINE_BEFORE_SUBJECT.exec(sentence)?.[0].length ?? 0;
      // ("Sentencing for a Cornwall man convicted of having child pornography has been delayed", "supporters of a man detained
      // by ICE agents, demanded his release": or, where the lead names no one, the one person it speaks of as "a …".)
      const namesNoOne = !runs.some((run) => looksLikePersonName(run.words));
      const subject = LEAD_SUBJECT.exec(sentence.slice(dateline))?.[1] ?? (namesNoOne ? LEAD_PERSON_INSIDE.exec(sentence.slice(dateline))?.[1] : undefined);
      // ("One of the UK's most notorious gangsters": one of people in the plural is one person, what the group is told by
      // the words after "of"; hasPluralPersonHead stops at the "of".)
      const one = subject && /^One\s+of\s+/.exec(subject);
      const describes = subject !== undefined && kindOfDescription(one ? subject.slice(one[0].length) : subject) === 'person' && !FINITE_VERB.test(subject) && !hasPluralPersonHead(subject);
      this.lead = describes ? { role: stated(passageId, sentence, subject), named: runs.map((run) => run.text), sentencesLeft: DELAYED_NAME_SENTENCES } : 'done';
      return;
    }
    if (this.lead === 'done') return;
    for (const run of runs) {
      if (!looksLikePersonName(run.words) || this.lead.named.some((name) => name.includes(run.text))) continue;
      const entry = this.found.found.find((e) => e.name === run.text && e.kind === 'person');
      // (Not one the sentence describes or gives a title: "9th Circuit Solicitor Scarlett Wilson" is someone else.)
      // (Nor one an organisation's possessive says works there: "Legal Aid's Wendy McAuliffe said".)
      if (!entry || entry.roles.some((role) => role.sentence === sentence) || personInRun(run, sentence, this.commonWords)?.title || OWNED_BY_NAME_BEFORE.test(sentence.slice(0, run.start))) continue;
      this.unresolvedRoles.push({ surname: run.text, role: this.lead.role, lastResort: true });
      this.lead = 'done';
      return;
    }
    if (--this.lead.sentencesLeft === 0) this.lead = 'done';
  }

  /**
   * "The new chairman is Jo Doe", "The new co-chairs are said to be Jo Doe and Al Roe", "The performer inductees are the
   * Foo Fighters, Carole King and Tina Turner": a description of people opening the sentence, then "is" and the names,
   * describes each name. (Not "His name is Jo Doe": only "the" opens it, a pronoun's description needs its antecedent.)
   */
  private readInvertedCopula(passageId: string, sentence: string, runs: NameRun[]): void {
    const copula = INVERTED_COPULA.exec(sentence);
    if (!copula) return;
    const description = copula[1]!;
    if (FINITE_VERB.test(description) || kindOfDescription(description) !== 'person') return;
    const listed: NameRun[] = [];
    let end = copula[0].length;
    for (const run of runs) {
      if (run.start < end) continue;
      const gap = sentence.slice(end, run.start);
      // ("are the Foo Fighters, the Go-Go’s, Jay-Z": a name after "the" is a group's, and the list goes on past it.)
      const afterThe = /(?:^|\s)the\s+$/.test(gap);
      const first = end === copula[0].length;
      if (!(first ? /^(?:the\s+)?$/.test(gap) : INVERTED_LIST_SEPARATOR.test(gap))) break;
      end = run.end;
      if (!afterThe) listed.push(run);
    }
    // The last name ends its noun phrase: not "The reason is Jo Doe’s plan" ("… was Madeleine Thien for her novel" does).
    if (listed.length === 0 || !/^(?:\s*[,.;:!?)—–]|\s+(?:and|who|which|for)\b|\s*$)/.test(sentence.slice(end))) return;
    // (Several names after a description of one: only as what they are said to be, "The brain behind it is said to be Jo Doe and Al Roe".)
    const hearsay = copula[2] !== undefined;
    if (listed.length > 1 && !hasPluralPersonHead(description) && !hearsay) return;
    this.addListed(passageId, sentence, listed, description);
  }

  /** The people of a list, each with the role the list is given (a single surname's waits for its person). */
  private addListed(passageId: string, sentence: string, listed: NameRun[], role: string): void {
    // "their two daughters, Esmeralda and Amada": single names listed as people, one of them a given name, are those people.
    const singles = listed.every((run) => run.words.length === 1 && this.namesOnlyPeople(run.text) && !MONTH_OR_WEEKDAY.test(run.text));
    const firstNames = singles && listed.length > 1 && listed.some((run) => isGivenName(run.text));
    // ("Actors Manoj Bajpayee and Dhanush": one word listed with full names after a word for people is a person known by it.)
    const withFullNames = listed.some((run) => run.words.length > 1 && looksLikePersonName(run.words));
    for (const whole of listed) {
      const run = this.nameIn(whole, sentence);
      const knownByOne = withFullNames && run.words.length === 1 && this.namesOnlyPeople(run.text) && !MONTH_OR_WEEKDAY.test(run.text) && !isPlaceName(run.text);
      if (firstNames || knownByOne) this.found.addStatement(this.found.add(run.text, 'person').roles, stated(passageId, sentence, role));
      else this.addRole(passageId, sentence, run, role);
    }
  }

  /**
   * "Wichita Heights’ Jo Doe", "Acme’s Jo Doe": the school, team, company or country the name belongs to, a role of last resort
   * (unless it is a person's: "Doe’s Jo Roe" says whose, not where from).
   */
  private readPossessives(passageId: string, sentence: string, runs: NameRun[]): void {
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      const next = runs[i + 1];
      if (!next || !/^[’']s?\s+$/.test(sentence.slice(run.end, next.start)) || !looksLikePersonName(next.words) || personInRun(next, sentence, this.commonWords)?.title) continue;
      if (run.words.some((w) => MONTH_OR_WEEKDAY.test(w))) continue;
      // ("Argentina’s Presidential Spokesman, Manuel Adorni": a post in capitals, not a name.)
      if (isCapitalisedPost(next.words)) continue;
      const role = stated(passageId, sentence, `of ${run.text}`);
      this.unresolvedRoles.push({ surname: next.text, role, unlessPerson: run.text });
      // "the NPA’s Rebecca Bligh, Lisa Dominato and Colleen Hardwick": the owner of a list's first name owns the rest.
      for (const listed of listFrom(sentence, runs, i + 1).slice(1)) {
        if (!looksLikePersonName(listed.words) || /^[’']/.test(sentence.slice(listed.end, listed.end + 1))) break;
        this.unresolvedRoles.push({ surname: listed.text, role, unlessPerson: run.text });
      }
    }
  }

  /**
   * "Trump tapped Sondland as his ambassador to the European Union", "agreed a deal to replace Jo Doe as Acme's
   * manager": the post a sentence gives a name. Who replaces or succeeds someone takes the post too, when the
   * sentence opens with them.
   */
  private readAppointments(passageId: string, sentence: string, runs: NameRun[]): void {
    const identifying = sentence.includes('identified') || sentence.includes(' named ') || sentence.includes(' called ');
    // Where the last post read ends: a list of names and posts goes on from there.
    let postEnd: number | undefined;
    for (const run of runs) {
      const identified = identifying ? readIdentifiedAs(sentence, run) : undefined;
      if (identified) this.addRole(passageId, sentence, run, identified);
      const replacing = readReplacedAsBy(sentence, run);
      if (replacing) this.addRole(passageId, sentence, this.nameIn(run, sentence), replacing);
      const listedEnd = this.readListedPost(passageId, sentence, run, postEnd);
      if (listedEnd !== undefined) {
        postEnd = listedEnd;
        continue;
      }
      const post = readAppointedAs(sentence, run);
      if (!post) continue;
      postEnd = endOfPost(sentence, post.role, run);
      // ("the appointment of Col. Goethals as a major general": the name without its title.)
      this.addRole(passageId, sentence, this.nameIn(run, sentence), post.role);
      const subject = runs[0]!;
      if (post.succeeds && subject !== run && opensSentence(sentence, subject.start) && !/[,;:—–]/.test(sentence.slice(subject.end, run.start))) {
        this.addRole(passageId, sentence, subject, post.role);
      }
    }
  }

  /**
   * "We don’t know if John Legend has been asked, but the singer made his position clear", "…in Vladimir Putin's
   * involvement: The Russian leader has a grudge": a description in the singular, as the subject of a clause, refers
   * back to the person named last before it (in this sentence, or, opening it, in the one before).
   */
  private readReferringDescriptions(passageId: string, sentence: string, runs: NameRun[]): void {
    if (!sentence.includes('the ') && !sentence.includes('The ')) return;
    for (const match of sentence.matchAll(REFERRING_DESCRIPTION)) {
      const head = match[2]!;
      // ("the October 2015 date was": nor one mostly used for something else.)
      if (/[^s]s$/.test(head) || NOT_REFERRING_HEADS.has(head.toLowerCase()) || namesThingsMostly(head.toLowerCase()) || !(isPersonHead(head) || HONORIFIC_OR_TITLE(head))) continue;
      const description = ['the', match[1]!.trim(), head].filter(Boolean).join(' ');
      if (FINITE_VERB.test(description)) continue;
      const start = match.index + match[0].length - match[1]!.length - head.length;
      // (Not "The" itself, capitalised as it opens the sentence.)
      const earlier = runs.filter((run) => run.start < match.index && run.end <= start);
      const antecedent = this.lastPersonOf(sentence, earlier) ?? (earlier.length === 0 ? this.previousPerson : undefined);
      if (antecedent) this.unresolvedRoles.push({ surname: antecedent.text, role: stated(passageId, sentence, description), lastResort: true });
    }
  }

  /**
   * "The timing could not have been better for the 33-year-old Australian", "…, the 31 year old defeated …": an age and
   * what the person is, with no name after them, refer back to the subject of the sentence when they open a clause after
   * it, or else, when no name stands before them, to the one the sentence before opened with (or named last).
   */
  private readAgedReferences(passageId: string, sentence: string, runs: NameRun[], opening: NameRun | undefined): void {
    if (!sentence.includes('year')) return;
    for (const match of sentence.matchAll(AGED_REFERENCE)) {
      const [, age, noun] = match;
      const nameAfter = /^\s+\p{Lu}/u.test(sentence.slice(match.index + match[0].length));
      let kind: string | undefined;
      if (noun) {
        // "the 33-year-old Australian Marc Leishman", "the 33-year-old Marc Leishman": read with the name after it.
        const isKind = /^\p{Lu}/u.test(noun) ? isGroupNoun(noun) : !/[^s]s$/.test(noun) && isPersonNoun(noun);
        if (isKind && !nameAfter) kind = noun;
        // "the 44-year-old tournament": an age of something else.
        else if (!AFTER_AGE_ALONE.test(noun)) continue;
      }
      const description = ['the', age, kind].filter(Boolean).join(' ');
      const earlier = runs.filter((run) => run.end <= match.index);
      // ("It was the lowest round, and it moved the 27-year-old Californian": a word capitalised as the sentence opens names no one.)
      const namesNoOne = earlier.every((run) => run.words.length === 1 && (isStopWord(run.text.toLowerCase()) || this.commonWords.has(run.text.toLowerCase())));
      // (In the sentence, only a new clause's subject: "Ikeda won the Open, the 31 year old defeated …"; in "Doe beat the
      // 24-year-old Austrian" the age is someone else's.)
      const clause = opening && opening.end <= match.index && /,\s+$/.test(sentence.slice(opening.end, match.index));
      const subject = clause ? this.nameIn(opening, sentence) : undefined;
      const role = stated(passageId, sentence, description);
      if (subject) this.unresolvedRoles.push({ surname: subject.text, role, lastResort: true });
      else if (namesNoOne && this.previousOpening) {
        // The word the sentence before opened with may be no one's name ("Four shots behind …"): then the person it named last.
        this.unresolvedRoles.push({ surname: this.previousOpening.text, role, lastResort: true });
        if (this.previousPerson) this.unresolvedRoles.push({ surname: this.previousPerson.text, role, unlessPerson: this.previousOpening.text, lastResort: true });
      } else if (namesNoOne && this.previousPerson) this.unresolvedRoles.push({ surname: this.previousPerson.text, role, lastResort: true });
    }
  }

  /**
   * "President Obama met Jo Smith, and the president said …": a referring description whose head is the title or
   * description the article gives someone else refers to them, not to the name before it.
   */
  private withoutOthersTitles(roles: Discovery['unresolvedRoles']): Discovery['unresolvedRoles'] {
    if (!roles.some((r) => r.lastResort)) return roles;
    const headOf = (text: string) => text.split(/\s+/).at(-1)!.toLowerCase().replace(/[’']s$/, '');
    const holders = new Map<string, Set<string>>();
    const hold = (name: string, text: string) => holders.set(headOf(text), (holders.get(headOf(text)) ?? new Set()).add(foldText(name)));
    for (const { name, roles: stated } of this.found.found) for (const role of stated) hold(name, role.text);
    for (const { surname, role, lastResort } of roles) if (!lastResort) hold(surname, role.text);
    const isOf = (holder: string, surname: string) => holder === surname || holder.endsWith(` ${surname}`) || surname.endsWith(` ${holder}`);
    return roles.filter(({ surname, role, lastResort }) => !lastResort || [...(holders.get(headOf(role.text)) ?? [])].every((holder) => isOf(holder, foldText(surname))));
  }

  /** "Italian Bagnaia", after "Francesco Bagnaia": where a person named in full is from, before their family name alone. */
  private withoutNationality(run: NameRun, sentence: string): NameRun {
    const [first, family] = run.words;
    if (run.words.length !== 2 || !this.familyNamesAfterGivenNames.has(family!) || !isGroupNoun(first!) || isGivenName(first!)) return run;
    return subRunOf(run, sentence, 1);
  }

  /** The person named last among the runs: a full name, a title's name, or a single family name that is no place's or thing's. */
  private lastPersonOf(sentence: string, runs: NameRun[]): NameRun | undefined {
    for (let i = runs.length - 1; i >= 0; i--) {
      const run = runs[i]!;
      const named = this.nameIn(run, sentence);
      if (looksLikePersonName(named.words)) return named;
      // ("… will be held in Invercargill next Friday": not a single word after a preposition of place, unless read as a family name.)
      if (named.words.length === 1 && looksLikeSurname(named.text) && ((this.namesOnlyPeople(named.text) && !followsPlacePreposition(sentence, named.start)) || this.familyNamesRead.has(named.text))) return named;
    }
    return undefined;
  }

  /**
   * "…as minister for local development, Rania al-Mashat as tourism minister", "…remain on as interior minister, and Rabbi
   * Yaakov Litzman as health minister": the post of a name listed with its "as" right after the last post read (which ends
   * at `postEnd`), given to that name. Where this post ends, or undefined when the name has none.
   */
  private readListedPost(passageId: string, sentence: string, run: NameRun, postEnd: number | undefined): number | undefined {
    const listed = postEnd === undefined ? undefined : readListedPost(sentence, run, postEnd);
    if (!listed) return undefined;
    this.addRole(passageId, sentence, this.nameIn(run, sentence), listed);
    return endOfPost(sentence, listed, run);
  }

  /** The person's name inside a run, without the title before it ("Rabbi Yaakov Litzman"); the run itself if it holds none. */
  private nameIn(run: NameRun, sentence: string): NameRun {
    return personInRun(run, sentence, this.commonWords)?.name ?? run;
  }

  /** A role for a person's full name, or for a single surname once its person is known. */
  private addRole(passageId: string, sentence: string, run: NameRun, role: string): void {
    if (looksLikePersonName(run.words)) this.found.addStatement(this.found.add(run.text, 'person').roles, stated(passageId, sentence, role));
    else if ((run.words.length === 1 && looksLikeSurname(run.text)) || isParticledSurname(run.words)) this.unresolvedRoles.push({ surname: run.text, role: stated(passageId, sentence, role) });
  }

  /**
   * Each undecided name, and whether it is listed beside a person: "Sunil Narine, Piyush Chawla and Kuldeep Yadav" lists
   * the last beside the second, once the second is known to be listed beside the first.
   */
  private listedUndecided(): Discovery['undecided'] {
    const listed = new Set<NameRun>();
    const bySentence = new Map<string, (typeof this.undecided)[number][]>();
    for (const entry of this.undecided) {
      const entries = bySentence.get(entry.sentence);
      if (entries) entries.push(entry);
      else bySentence.set(entry.sentence, [entry]);
    }
    for (const [sentence, entries] of bySentence) {
      // (A list is short: asked again only while another of the sentence's names joins it.)
      const found = [...new Set(entries.flatMap((entry) => entry.people))];
      for (let grown = true; grown; ) {
        grown = false;
        const people = [...found, ...entries.filter((entry) => listed.has(entry.name)).map((entry) => entry.name)];
        for (const { name } of entries) {
          if (listed.has(name) || !listedBeside(sentence, name, people)) continue;
          listed.add(name);
          grown = true;
        }
      }
    }
    return this.undecided.map(({ name, plain }) => ({ name: name.text, words: name.words, listed: listed.has(name), plain }));
  }

  /** The names of more than one word the article found as people's, in reading order. */
  private peopleNamedInFull(): string[] {
    return this.found.found.filter((f) => f.kind === 'person' && f.name.includes(' ')).map((f) => f.name);
  }

  /**
   * The article's full names of people that open with a given name (not a family name written first, "Kim Jong Un", nor a
   * name with a nickname, which mergePeople reads), by the given name, where it opens only one and is no one's family name.
   */
  private givenNamesAlone(namedInFull: string[]): Discovery['givenNames'] {
    const articleId = this.passages[0]?.articleId;
    if (articleId === undefined) return [];
    const people = namedInFull.map((name) => name.split(/\s+/));
    const familyNames = new Set(people.flatMap((words) => words.slice(1).map(foldText)));
    const byFirstWord = groupBy(
      people.map((words) => words.join(' ')),
      (name) => foldText(name.split(' ')[0]!),
    );
    return [...byFirstWord]
      .filter(([given, names]) => {
        if (names.length !== 1 || familyNames.has(given)) return false;
        const words = names[0]!.split(' ');
        return isGivenName(words[0]!) && !NICKNAME.test(names[0]!) && !KOREAN_GIVEN_NAME_LAST.test(names[0]!) && !isSyllabicFamilyFirstName(words);
      })
      .map(([given, names]) => ({ given, full: names[0]!, articleId }))
      .concat(this.givenNamesBeforeFamilyName(people, articleId));
  }

  /**
   * "Mohamad Suffi Kamari, 35, refuted …", then "Mohamad Suffi said": the given names of a longer name no dictionary knows a
   * word of, used as a name of their own, where they open no other full name and the family name is never used alone.
   */
  private givenNamesBeforeFamilyName(people: string[][], articleId: string): Discovery['givenNames'] {
    const named = new Set(people.map((words) => foldText(words.join(' '))));
    const usedAlone = new Set([...this.singleNames, ...this.surnameCues, ...[...this.singleSpeakers].map(foldText)]);
    const byOpening = groupBy(
      people.filter((words) => words.length >= 3 && knowsNoWordOf(words)).map((words) => words.join(' ')),
      (name) => foldText(name.split(' ').slice(0, -1).join(' ')),
    );
    return [...byOpening]
      .filter(([opening, names]) => names.length === 1 && named.has(opening) && !usedAlone.has(foldText(names[0]!.split(' ').at(-1)!)))
      .map(([opening, names]) => ({ given: opening, full: names[0]!, articleId }));
  }

  /**
   * The names written apart whose first word is no one's family name in the article: "Al Carter and John Huggins. Carter
   * and Huggins …" writes no Carter Huggins.
   */
  private writtenApartAsGiven(namedInFull: string[]): Discovery['writtenApart'] {
    const familyNames = new Set([...this.singleNames, ...namedInFull.map((name) => foldText(name.split(/\s+/).at(-1)!))]);
    return this.writtenApart.filter(({ name }) => !familyNames.has(foldText(name.split(' ')[0]!)));
  }

  /**
   * "Dr Muhammad Yunus", then "Dr Mohammad Yunus"; "Tejaswani Gautam", then "Tejaswini Gautam": one article's two spellings
   * of one name, word for word the same but for one vowel in one word of six letters or more, as names are transliterated;
   * the spelling written more often (the first, when as often) is the name ("Mark Kelly" and "Mary Kelly" are two).
   */
  private spellingVariants(named: string[]): Discovery['spellings'] {
    const times = (name: string) => this.passages.reduce((sum, passage) => sum + passage.text.split(name).length - 1, 0);
    const spellings: Discovery['spellings'] = [];
    for (const [i, first] of named.entries()) {
      for (const later of named.slice(i + 1)) {
        if (!spelledAlike(first.split(/\s+/), later.split(/\s+/))) continue;
        spellings.push(times(later) > times(first) ? { name: later, variant: first } : { name: first, variant: later });
      }
    }
    return spellings;
  }

  discovery(): Discovery {
    const { commonWords, afterArticle } = this;
    // The article's people named in full, each once, in reading order: read by the three lists below.
    const namedInFull = unique(this.peopleNamedInFull());
    return {
      givenNames: this.givenNamesAlone(namedInFull),
      writtenApart: this.writtenApartAsGiven(namedInFull),
      spellings: this.spellingVariants(namedInFull),
      found: keptFindings(this.found.found),
      unresolvedRoles: fitted(this.withoutOthersTitles(this.unresolvedRoles)),
      undecided: keptUndecided(this.listedUndecided()),
      singleNames: [...this.singleNames],
      surnameCues: [...this.surnameCues],
      // "Sources said", "Officials said": people in the plural, not one person called Sources ("Banks said" still is).
      singleSpeakers: [...this.singleSpeakers].filter((speaker) => {
        const key = foldText(speaker);
        const plural = /s$/.test(key) && isPersonNoun(key.replace(/ies$/, 'y').replace(/s$/, ''));
        return !commonWords.has(key) && !afterArticle.has(key) && !plural;
      }),
      thingNames: [...this.thingNames],
    };
  }
}

/**
 * An article's findings as they are kept. A name found again without a role
 * changes nothing when the findings are replayed (the finding before it added
 * the name with that kind, and a kind only ever becomes person), so only
 * findings that add something are kept.
 */
function keptFindings(found: FoundName[]): FoundName[] {
  const seen = new Set<string>();
  const kept: FoundName[] = [];
  for (const { name, kind, roles } of found) {
    const key = `${kind}\u0000${name}`;
    if (roles.length === 0 && seen.has(key)) continue;
    seen.add(key);
    kept.push({ name, kind, roles: keptList(roles) });
  }
  return fitted(kept);
}

/** Undecided names as they are kept: the same name again, as listed or unlisted as before, is decided alike. */
function keptUndecided(undecided: Discovery['undecided']): Discovery['undecided'] {
  const seen = new Set<string>();
  const kept: Discovery['undecided'] = [];
  for (const { name, words, listed, plain } of undecided) {
    const key = `${listed}\u0000${plain}\u0000${name}\u0000${words.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ name, words: fitted(words), listed, plain });
  }
  return fitted(kept);
}

// A paragraph opening with a name in capitals and a colon, as transcripts write who speaks (a title and a party may stand beside it).
const SPEAKER_LABEL = /^(?:(?:REP|SEN|GOV|AMB|MR|MRS|MS|DR|LT|COL|GEN|SGT|CAPT|PRES)\.?\s+){0,2}(\p{Lu}[\p{Lu}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Lu}’'-]+){0,2})(?:\s*\([^()]{1,24}\))?:\s/u;

// A numbered reference ("[1] Title, Ruskin KJ, Hueske-Kraus D. Journal. 2015;"): its authors, family name and initials.
const REFERENCE = /^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s/;
const CITED_AUTHOR = /(?<=,\s+|^)(\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)*\s+\p{Lu}{1,3})(?=,|\.\s|\.$)/gu;

/** The authors a numbered reference with a year lists, written as scholarly references write them ("Ruskin KJ"). */
function citedAuthors(text: string): string[] {
  if (!REFERENCE.test(text) || !/\b(?:19|20)\d{2}\b/.test(text)) return [];
  return [...text.matchAll(CITED_AUTHOR)].map((m) => m[1]!).filter((name) => looksLikeSurname(name.split(/\s+/)[0]!));
}

/** Every entity the discoveries name, decided, merged and with their roles: the step that needs all articles. */
export interface ResolvedEntities {
  table: EntityTable;
  /** Every form an entity is mentioned by, folded. */
  forms: Map<string, Entity>;
}

export function resolveEntities(discoveries: Iterable<Discovery>, aliases: Alias[]): ResolvedEntities {
  return finish(resolveEntitiesInSteps(discoveries, aliases));
}

/** resolveEntities, yielding between pieces of its work (see steps.ts). */
export function* resolveEntitiesInSteps(discoveries: Iterable<Discovery>, aliases: Alias[]): Steps<ResolvedEntities> {
  const table = new EntityTable();
  for (const alias of aliases) table.addAlias(table.add(alias.long, abbreviatedKind(alias)), alias.short);
  const all = [...discoveries];
  for (const [i, discovery] of all.entries()) {
    for (const { name, kind, roles } of discovery.found) {
      const entity = table.add(name, kind);
      for (const role of roles) table.addStatement(entity.roles, role);
    }
    if (i % 100 === 99) yield 'entities: names found';
  }
  yield 'entities: names found';
  // A person-shaped name with no cue of its own is a person when its surname is
  // used for a person elsewhere, or when it is listed beside a person ("Cory Booker and Kamala Harris").
  const surnames = new Set(all.flatMap((d) => d.singleNames));
  // ("Silva e Luna": a family name of several words, too.)
  for (const entity of table.byKey.values()) {
    if (entity.kind !== 'person') continue;
    const words = entity.name.split(/\s+/);
    surnames.add(foldText(words.at(-1)!));
    if (JOINED_FAMILY_NAMES.test(entity.name)) surnames.add(foldText(surnameOf(words)));
  }
  // "Trea Turner" once, then "Turner did his job": a full name whose family name the same article uses as only people's are.
  const undecided = all.flatMap((d) => {
    const subjects = new Set(d.surnameCues);
    return d.undecided.map((name) => ({ ...name, subject: subjects.has(foldText(surnameOf(name.words))) }));
  });
  for (const [i, { name, words, listed, plain, subject }] of undecided.entries()) {
    if (i % 5_000 === 4_999) yield 'entities: people decided';
    if (table.byKey.get(table.fold(name))?.kind === 'person') continue;
    // "Mr. Xi" and "Xi Jinping": a family name written first.
    const familyFirst = !isGivenName(words[0]!) && surnames.has(table.fold(words[0]!));
    const surname = table.fold(surnameOf(words));
    // "Obari Gomba won the prize": a name plainly written, none of whose words a dictionary knows, unless the article
    // calls its family name alone a place's or a thing's ("He lives in Omiyabe, a small town").
    const unknown = plain && knowsNoWordOf(words) && (table.byKey.get(surname)?.kind ?? 'person') === 'person';
    if (surnames.has(surname) || familyFirst || listed || (subject && !isPlaceName(surnameOf(words))) || unknown) table.add(name, 'person');
  }
  // A single name that speaks ("Schiff asked") and is no organisation's: a person the text never names in full.
  const organisationWords = new Set([...table.byKey.values()].filter((e) => e.kind !== 'person').flatMap((e) => foldText(e.name).split(/\s+/)));
  for (const speaker of all.flatMap((d) => d.singleSpeakers)) {
    const key = table.fold(speaker);
    // "Authorities say", "Officials said": a word for people in the plural speaks for a group.
    const plural = /s$/.test(key) && (isPersonWord(key.slice(0, -1)) || isPersonWord(key.replace(/ies$/, 'y')) || isPersonWord(key.replace(/es$/, '')));
    // "Costco said": a company's name speaks as a person's does.
    if (!table.byKey.has(key) && !organisationWords.has(key) && !plural && !isOrganisationName(speaker)) table.add(speaker, 'person');
  }
  yield 'entities: people decided';
  joinGivenNamesAlone(table, all);
  joinSpellingVariants(table, all);
  const writtenApart = all.flatMap((d) => d.writtenApart);
  mergePeople(table, new Set(writtenApart.map(({ name }) => table.fold(name))));
  const usedAsPeople = new Set(all.flatMap((d) => d.singleNames));
  for (const entity of table.byKey.values()) {
    const kind = entity.kind === 'person' ? kindOfNoOne(entity, usedAsPeople) : undefined;
    if (kind) becomeNoOne(entity, kind);
  }
  demoteThings(table, all, usedAsPeople);
  yield 'entities: people merged';
  const forms = buildFormIndex(table);
  for (const { name, passageId } of writtenApart) {
    const entity = forms.get(foldText(name)) ?? table.byKey.get(table.fold(name));
    if (entity?.kind === 'person' && !entity.mentions.includes(passageId)) entity.mentions.push(passageId);
  }
  yield 'entities: name forms';
  const lastResort: { entity: Entity; role: Statement }[] = [];
  for (const { surname, role, unlessPerson, lastResort: referring } of all.flatMap((d) => d.unresolvedRoles)) {
    if (unlessPerson && forms.get(foldText(unlessPerson))?.kind === 'person') continue;
    const entity = forms.get(foldText(surname));
    if (entity?.kind !== 'person') continue;
    if (referring) lastResort.push({ entity, role });
    else table.addStatement(entity.roles, role);
  }
  // A description that refers back to a name is the person's only when nothing else describes them (where they are from
  // says what they are no more than "from Barnet" does, nor "a kind-hearted man" what they do).
  const described = new Set([...table.byKey.values()].filter((e) => e.roles.some((role) => !saysOnlyWhereFrom(role.text) && !isGenericPersonRole(role.text))));
  for (const { entity, role } of lastResort) if (!described.has(entity)) table.addStatement(entity.roles, role);
  // Ranked once every role is in, those a surname alone was given too ("Doe, a senior analyst").
  let ranked = 0;
  for (const entity of table.byKey.values()) {
    rankRoles(entity.roles);
    if (++ranked % 2_000 === 0) yield 'entities: roles ranked';
  }
  yield 'entities: roles ranked';
  return { table, forms };
}

/**
 * "Robert Francis Kennedy (RFK)" is a person; "Hang Seng Index (HSI)", "Space Launch System (SLS)" are not:
 * a name the text abbreviates is a person's only when it is shaped like one and opens with a given name.
 */
function abbreviatedKind(alias: Alias): EntityKind {
  const words = alias.long.split(/\s+/);
  return !alias.inferred && looksLikePersonName(words) && isGivenName(words[0]!) ? 'person' : 'organization';
}

/** What a person's name that data says is no one's is instead, or undefined: it is someone's. */
function kindOfNoOne(entity: Entity, usedAsPeople: Set<string>): EntityKind | undefined {
  // "Esper accuses China of …": a name WordNet gives only places is a place, whatever description read it as
  // a person, unless it is used as only people are ("Bozeman 10 points", "Houston said") or joined a full name.
  if (isPlaceName(entity.name) && entity.aliases.every(isPlaceName) && !usedAsPeople.has(entity.key)) return 'place';
  // "Microsoft argues", "a Costco spokesman": a company's name that a tagger's lexicon keeps is an organisation,
  // whatever description read it as a person, unless it is used as only people are.
  if (isOrganisationName(entity.name) && !usedAsPeople.has(entity.key)) return 'organization';
  // "Americans", "Muslims", "Virginia Democrats": a kind of people WordNet names is a group, not someone,
  // unless it is one name that a given name opens ("Bill English").
  const words = entity.name.split(/\s+/);
  const last = words.at(-1)!;
  // ("Americans say": a people in the plural speaks as a group, however a sentence reads it.)
  const plural = words.length === 1 && /s$/.test(last) && isGroupNoun(last.slice(0, -1));
  if (!isGroupNoun(last) || (usedAsPeople.has(entity.key) && !plural)) return undefined;
  if (words.length > 1 && isGivenName(words[0]!) && !(last.endsWith('s') && isGroupNoun(last.slice(0, -1)))) return undefined;
  return 'organization';
}

/** A name read as a person's that is no one's: its kind changes, and the roles read for a person go. */
function becomeNoOne(entity: Entity, kind: EntityKind): void {
  entity.kind = kind;
  entity.roles.length = 0;
}

/**
 * "the Bay Area", "Big Machine, which", "Acme’s shares": a name an article writes as only an organisation or a
 * thing is written is no one's, whatever cue read it as a person, unless a single word of it is used as only people are.
 */
function demoteThings(table: EntityTable, discoveries: Discovery[], usedAsPeople: Set<string>): void {
  const things = new Set(discoveries.flatMap((d) => d.thingNames ?? []));
  for (const entity of table.byKey.values()) {
    if (entity.kind !== 'person' || !things.has(entity.key) || usedAsPeople.has(entity.key)) continue;
    becomeNoOne(entity, 'organization');
    // "the Afghan Taliban" is the Taliban too: a people's name before one word only says whose.
    const [people, name, ...rest] = entity.name.split(/\s+/);
    if (name && rest.length === 0 && isGroupNoun(people!) && !table.byKey.has(table.fold(name))) table.addAlias(entity, name);
  }
}

/** The entities as answers use them: resolved, with every article's mentions and quotes, in article order. */
export function assembleEntities(resolved: ResolvedEntities, mentions: Iterable<ArticleMentions>): Entity[] {
  return finish(assembleEntitiesInSteps(resolved, mentions));
}

/** assembleEntities, yielding between articles (see steps.ts). */
export function* assembleEntitiesInSteps(resolved: ResolvedEntities, mentions: Iterable<ArticleMentions>): Steps<Entity[]> {
  // (Starting from the passages that write a name apart, which resolving found.)
  const entities = new Map([...resolved.table.byKey.values()].map((e) => [e.key, { ...e, mentions: [...e.mentions], quotes: [...e.quotes] }]));
  const seeded = new Set([...entities.values()].filter((e) => e.mentions.length > 0).map((e) => e.key));
  // The quotes each entity has, made when it is first quoted: most passages quote no one.
  const quoted = new Map<string, Set<string>>();
  let read = 0;
  for (const article of mentions) {
    for (const [passageId, passage] of article) {
      for (const key of passage.keys) {
        const entity = entities.get(key);
        if (entity && !(seeded.has(key) && entity.mentions.includes(passageId))) entity.mentions.push(passageId);
      }
      for (const { key, statement } of passage.quotes) {
        const entity = entities.get(key);
        if (!entity) continue;
        let held = quoted.get(key);
        if (!held) quoted.set(key, (held = new Set(entity.quotes.map(statementKey))));
        if (held.has(statementKey(statement))) continue;
        held.add(statementKey(statement));
        entity.quotes.push(statement);
      }
    }
    if (++read % 200 === 0) yield 'entities: mentions gathered';
  }
  const mentioned: Entity[] = [];
  for (const entity of entities.values()) {
    // "Co-founders Patrick and John Collison": a name the text never writes whole is mentioned where it is described.
    if (entity.mentions.length === 0 && entity.kind === 'person' && sharedFamilyNameShape(entity.name)) {
      for (const role of entity.roles) if (!role.sentence.includes(entity.name) && !entity.mentions.includes(role.passageId)) entity.mentions.push(role.passageId);
    }
    if (entity.mentions.length === 0) continue;
    mentioned.push({ ...entity, roles: fitted(entity.roles), aliases: fitted(entity.aliases), mentions: fitted(entity.mentions), quotes: fitted(entity.quotes) });
  }
  return mentioned;
}

/** A given name and a family name, as a list that shares the family name writes one ("Patrick and John Collison"). */
function sharedFamilyNameShape(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && isGivenName(words[0]!) && looksLikePersonName(words);
}

/** The passages of each article, in order. */
export function passagesByArticle(passages: Passage[]): Map<string, Passage[]> {
  const byArticle = new Map<string, Passage[]>();
  for (const passage of passages) byArticle.set(passage.articleId, [...(byArticle.get(passage.articleId) ?? []), passage]);
  return byArticle;
}

export function extractEntities(passages: Passage[], aliases: Alias[]): Entity[] {
  const articles = [...passagesByArticle(passages).values()];
  const resolved = resolveEntities(articles.map(discoverArticle), aliases);
  return assembleEntities(resolved, articles.map((article) => readMentions(article, resolved.forms)));
}

/** Every word the articles write in lower case somewhere: "will", "may", "grant". */
function lowercaseWords(passages: Passage[]): WordSet {
  return lowercaseWordsIn(passages.map((passage) => passage.text));
}

/** Capitalised words the articles write after "the": "the Pentagon", "the Fed" name no one. */
function wordsAfterArticle(passages: Passage[]): Set<string> {
  const words = new Set<string>();
  for (const passage of passages) for (const match of passage.text.matchAll(/\b[Tt]he\s+(\p{Lu}[\p{L}’'-]*)/gu)) words.add(foldText(match[1]!));
  return words;
}

// Verbs that open a question or a condition and are no one's name ("Had Texas fallen …", "Were Doe to resign …"); "Will",
// "Can" and "May", also names, open only a question.
const INVERTED_VERBS = 'Would Could Should Shall Might Must Did Does Do Is Are Was Were Has Have Had'.split(' ');
const INVERTED_OPENERS = new RegExp(`^(?:${INVERTED_VERBS.join('|')})$`);
const QUESTION_OPENERS = new RegExp(`^(?:${['Will', 'Can', 'May', ...INVERTED_VERBS].join('|')})$`);

/** "Head of Platform Solutions for Ascom", "General Manager of Life Care Solutions": a post and where it is, not an organisation. */
function namesPost(words: string[]): boolean {
  const at = words.findIndex((word) => word === 'of' || word === 'for');
  // ("National Center for Scientific Research": a center is also a player, but here an organisation's word.)
  return at > 0 && at <= 3 && isPersonHead(words[at - 1]!.toLowerCase()) && !looksLikeOrganisation([words[at - 1]!]);
}

const OPENING_MARKS = /^[\s(“"‘']*$/;
// Words that open a sentence before a title without modifying it: "Meanwhile President Jo Doe …", "Like President …".
const SENTENCE_ADVERBS = new Set('meanwhile today yesterday tomorrow tonight now later earlier here there still instead indeed however moreover furthermore thus hence like unlike whilst amid amidst despite via per plus'.split(' '));

/**
 * "Questioning Vindman, Castor asked": a sentence's first word is capitalised by
 * grammar, so a word the articles also write in lower case is not part of the name
 * after it (unless it is a given name that opens a two-word name: "Will Smith").
 */
function withoutCommonOpening(run: NameRun, sentence: string, commonWords: WordSet): NameRun {
  if (run.words.length < 2) return run;
  const first = run.words[0]!;
  // "(Both Bush’s former spokesperson …": after an opening bracket or quotation mark, an ordinary word opens the sentence.
  if (!isBlank(sentence, 0, run.start)) {
    const ordinary = commonWords.has(first.toLowerCase()) || isStopWord(first.toLowerCase());
    return OPENING_MARKS.test(sentence.slice(0, run.start)) && ordinary && !isGivenName(first) ? subRunOf(run, sentence, 1) : run;
  }
  // "Questioning Vindman", "Officially Smith": a verb's or adverb's form opens the sentence.
  // ("Actress Kangana Ranaut was adjudged the best actress": nor a word for what the person named after it does.)
  const common = (commonWords.has(first.toLowerCase()) && !opensWithTitle(run.words) && !opensWithOccupation(run, sentence, commonWords)) || /\p{Ll}(?:ing|ed|ly)$/u.test(first);
  // "Will Warren continue to face the heat?": a question opens with its verb, even one that is also a name.
  // "Had Texas fallen …", "Were Doe to resign …": a verb no one is named opens a condition, asked or not.
  const asking = (QUESTION_OPENERS.test(first) && /\?[”"’']?\s*$/.test(sentence)) || INVERTED_OPENERS.test(first);
  if (!asking && (!common || (isGivenName(first) && run.words.length === 2) || isSmallWordFamilyName(run.words, 0))) return run;
  return subRunOf(run, sentence, 1);
}

/**
 * "Attorney General Juan Villena told …", "Interior Minister Jo Doe resigned" where the article also writes "attorney"
 * and "interior": a word before a title and a name is the title's (asked only of a word the articles write in lower case).
 */
function opensWithTitle(words: string[]): boolean {
  if (words.length <= 2 || !HONORIFIC_OR_TITLE(words[1]!)) return false;
  const first = words[0]!;
  const lower = first.toLowerCase();
  return HONORIFIC_OR_TITLE(first) || (!isStopWord(lower) && !SENTENCE_ADVERBS.has(lower) && !isVerbOnlyWord(lower));
}

/**
 * "Michael Webb", "Nealy Cox", "Shreyas Iyer": a name that opens with a given name
 * (of the common lists or the world's), or two family names the census lists and no
 * given-name list knows ("Vasek Pospisil"). At the start of a sentence, where every
 * word is capitalised, a given name that the articles also use as an ordinary word
 * ("Will", "Grant") is no evidence.
 */
function opensWithGivenName(run: NameRun, sentence: string, commonWords: WordSet): boolean {
  const first = run.words[0]!;
  if (!isWorldGivenName(first) && !(run.words.length === 2 && run.words.every((w) => w.length > 2 && isKnownSurname(w))) && !isRomanisedEastAsianName(run.words) && !opensWithKunya(run)) return false;
  const opensSentence = isBlank(sentence, 0, run.start);
  return !(opensSentence && commonWords.has(first.toLowerCase()));
}

/**
 * "Abu Bakr al-Baghdadi", "Abu Ali Al-Tunisi", "Umm Hassan al-Masri": "father of" or "mother of" and a name, as an Arabic
 * name opens with a kunya; at least three words, as "Abu Dhabi" or "Abu Sayyaf" name a place and a group.
 */
function opensWithKunya(run: NameRun): boolean {
  return run.words.length >= 3 && (run.words[0] === 'Abu' || run.words[0] === 'Umm') && !isPlaceName(run.words.slice(0, 2).join(' '));
}

/**
 * The name a sentence opens with, at the start or after an opening phrase ("At each request, Doe said"): a full name, or a
 * single surname-shaped word, whether or not it turns out to be a person's ("Leishman finished at 23-under").
 */
function openingName(sentence: string, runs: NameRun[], commonWords: WordSet): NameRun | undefined {
  // ("BERNE, Switzerland, (Reuters) – Elaine Thompson underlined …": the subject opens the sentence past its dateline.)
  const dateline = DATELINE_BEFORE_SUBJECT.exec(sentence)?.[0].length ?? 0;
  // (Not a word capitalised only because it opens the sentence: "At each request".)
  const subject = runs.find(
    (run) =>
      run.start >= dateline &&
      !(run.words.length === 1 && commonWords.has(run.text.toLowerCase())) &&
      ((dateline > 0 && run.start === dateline) || opensSentence(sentence, run.start) || PHRASE_BEFORE_SUBJECT.test(sentence.slice(dateline, run.start))),
  );
  if (!subject) return undefined;
  return mayNamePerson(subject) ? subject : undefined;
}

/**
 * The person a sentence opens with, whom the next sentence may describe ("The board chair said …"): of the opening name,
 * a full name, or a surname that speaks ("Alarcon-Flory said").
 */
function subjectOf(sentence: string, opening: NameRun): NameRun | undefined {
  return looksLikePersonName(opening.words) || SPEAKS_AFTER.test(sentence.slice(opening.end, opening.end + 12)) ? opening : undefined;
}
const PHRASE_BEFORE_SUBJECT = /^[\s“"]*[^,;:“”"]{3,60},\s+$/u;
// A dateline: a place in capitals, a comma, what else it says (a region, a date, the agency in brackets) and a dash.
const DATELINE_BEFORE_SUBJECT = /^[\s“"]*\p{Lu}{2,}[\p{Lu}\s.'’\/-]*,[^—–]{0,60}?[—–-]{1,2}\s+/u;
const SPEAKS_AFTER = new RegExp(`^\\s+(?:${SPEECH})\\b`);

// Capitalised words joined to a title by "of", "to" or a possessive: "Director of Public Prosecution", "NASA’s".
// ("Interim City Manager/Fire Chief John Hampton": or a title joined by a slash.)
const TITLE_LEAD = /((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*(?:[’']s\s+|\s+(?:of|to|for|at)\s+(?:the\s+)?|\/))$/u;
const OWNER_BEFORE_MODIFIERS = /(?:^|\s)((?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*[’']s\s+)$/u;

// "Health and ", "Culture, Media and ": the portfolios before the one a title's run opens with.
const PORTFOLIOS_BEFORE = /(?:^|\s)((?:\p{Lu}\p{Ll}+,\s+)*(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+)$/u;

/**
 * "Health and Social Care Secretary Matt Hancock": a title's portfolios joined by "and" belong to it, where each is a word
 * the article also writes in lower case and no one's given name ("Trump and Defense Secretary Mark Esper" is two people).
 */
function portfoliosBefore(sentence: string, at: number, commonWords: WordSet): string {
  const portfolios = PORTFOLIOS_BEFORE.exec(sentence.slice(Math.max(0, at - 80), at));
  if (!portfolios || isGroupNoun(portfolios[2]!)) return '';
  const words = portfolios[1]!.match(/\p{Lu}\p{Ll}+/gu)!;
  return words.every((word) => commonWords.has(word.toLowerCase()) && !isGivenName(word)) ? portfolios[1]! : '';
}

// ("far-right President Jair Bolsonaro", "centre-left Prime Minister Jo Doe": where the politician stands, as news says it.)
const POLITICAL_LEANING = String.raw`(?:far|hard|centre|center|extreme|radical)-(?:right|left)|(?:right|left)-wing|hard-?line|populist|conservative|liberal|socialist|nationalist|reformist`;
/**
 * Lower-case words that belong to a title written before a name: "former Secretary of State X"; a placing, a seeding,
 * an age or the times a title was held too: "second-placed American Jenna Prandini".
 */
const TITLE_MODIFIERS = new RegExp(
  String.raw`(?:^|\s)((?:(?:${alternatives(HOLDING_WORDS)}|${POLITICAL_LEANING}|${AGE_WORD}|${SEEDING_WORD}|${TIMES_HELD_WORD})[\s-]+)+)$`,
  'i',
);
// ("then-Prime Minister Thaksin Shinawatra": the title's first word joined to the modifier, outside the run.)
const JOINED_TO_MODIFIER = /(?:^|\s)((?:then|ex|former|acting|interim)-\p{Lu}[\p{L}.]*\s+)$/u;

/**
 * The person a run of capitalised words names after a title or an affiliation:
 * "Defence Minister Khawaja Muhammad Asif", "Disney Chief Executive Bob Iger",
 * "European Union Gordon Sondland". The name is the words after the last title
 * (or from a given name on); the words before are the title, the role the text gives.
 */
function personInRun(run: NameRun, sentence: string, commonWords: WordSet): { name: NameRun; title?: string } | undefined {
  // Asked of a run in the reading of its sentence, its lists and its possessives: read once per run.
  return run.words.length < 2 ? undefined : personMemo.of(sentence, run, commonWords);
}

/**
 * "Jaipur Deputy Commissioner of Police (DCP) Tejaswani Gautam said": a title whose acronym stands in brackets between it
 * and the name, read as if the brackets were not there.
 */
function titledBeforeBrackets(run: NameRun, sentence: string, commonWords: WordSet): { name: NameRun; title?: string } | undefined {
  const brackets = BRACKETS_BEFORE_NAME.exec(sentence.slice(Math.max(0, run.start - 12), run.start));
  if (!brackets || !looksLikePersonName(run.words)) return undefined;
  const cut = run.start - brackets[0].length;
  const joined = `${sentence.slice(0, cut)} ${sentence.slice(run.start)}`;
  const shift = run.start - cut - 1;
  const whole = nameRuns(joined).find((r) => r.start < cut && r.end === run.end - shift);
  const titled = whole && personInRun(whole, joined, commonWords);
  return titled?.title && titled.name.text === run.text ? { name: run, title: titled.title } : undefined;
}
// ("Lokayukta Justice (Rtd) P K Misra", "Brigadier (retd) Jo Doe": or the mark of one retired.)
const BRACKETS_BEFORE_NAME = /\s*\((?:\p{Lu}{2,6}|[Rr]e?td\.?)\)\s+$/u;

const personMemo = new RunMemo((sentence, run, commonWords) => readPersonInRun(run, sentence, commonWords));

const PATRONYMIC_PARTICLE = /^(?:bin|ibn|bint|binti)$/;
const INITIALS_WORD = /^(?:\p{Lu}\.){1,3}$/u;
const TWO_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
// ("Magistrate F. A. Aduroja": written apart too.)
const opensWithTwoInitials = (words: string[], i: number) => TWO_INITIALS.test(words[i]!) || (INITIALS_WORD.test(words[i]!) && INITIALS_WORD.test(words[i + 1] ?? ''));

function readPersonInRun(run: NameRun, sentence: string, commonWords: WordSet): { name: NameRun; title?: string } | undefined {
  const words = run.words;
  // One word is no person inside a run: with no title it is no person's name, and a title alone names no one.
  if (words.length < 2) return undefined;
  // ("Woodley MCA Mwangi Njihia": a member of a parliament, as the letters say it, is a title before a name too.)
  // ("Mayor Mario King": a title's word that ends the run after another title and a given name is the family name.)
  const familyTitle = (i: number) => i === words.length - 1 && i > 1 && isGivenName(words[i - 1]!) && words.slice(0, i - 1).some((w) => HONORIFIC_OR_TITLE(w));
  const titleAt = words.findLastIndex((w, i) => (HONORIFIC_OR_TITLE(w) || endsHonorificPair(words, i) || isLegislator(w)) && !familyTitle(i));
  let from: number | undefined;
  // Where a title before the run's preposition starts, once read ("former special envoy" of "… to Ukraine Kurt Volker").
  let titleBefore: number | undefined;
  if (titleAt >= 0 && titleAt < words.length - 1) {
    const tail = words.slice(titleAt + 1);
    // After a title, the name is the longest person-like ending, from a given name if there is one.
    // ("Actor Hrithik Roshan": a first name only the world's lists know, where no common one is.)
    const given = byCommonGivenNameFirst((known) => tail.findIndex((w, i) => opensWithGivenNamePart(w, known) && looksLikePersonName(tail.slice(i))));
    const shaped = tail.findIndex((_, i) => looksLikePersonName(tail.slice(i)));
    const single = tail.length === 1 && looksLikeSurname(tail[0]!) && !looksLikeOrganisation(tail);
    // "Khawaja Muhammad Asif" whole; "Public Prosecution Eva-Marie Persson" from the given name.
    // ("Sheikh Humaid bin Rashid Al Nuaimi": the particles are no words of their own.)
    const shapedIsShort = shaped >= 0 && tail.slice(shaped).filter((w) => !isNameParticle(w)).length <= 3;
    let at = shapedIsShort ? shaped : given >= 0 ? given : shaped >= 0 ? shaped : single ? 0 : -1;
    // ("Magistrate June Cheung Tin-ngan", "Judge April Smith": right after a title, a month that is also a given name opens
    // the name after it.)
    if (at <= 1 && tail.length >= 2 && MONTH_GIVEN_NAMES.has(tail[0]!) && tail.slice(1).every((w) => /^\p{Lu}/u.test(w))) at = 0;
    // ("Minister of International Trade Zakir Khan": the object's last words, ordinary words, before a given name are the
    // object's.)
    if (at >= 0 && given > at && (tail[0] === 'of' || tail[0] === 'for') && tail.slice(at, given).every((w) => isDictionaryWord(w) && !isGivenName(w))) at = given;
    // ("Director of Public Prosecution Keriako Tobiko": or before a full name no list opens, an ordinary word too.)
    else if (at >= 0 && given === -1 && (tail[0] === 'of' || tail[0] === 'for')) {
      while (tail.length - at >= 3 && isDictionaryWord(tail[at]!) && !isKnownSurname(tail[at]!) && looksLikePersonName(tail.slice(at + 1))) at++;
    }
    // "Lieutenant Airman Tri Wobowo": a word for a person that is no given name goes with the title.
    if (at >= 0 && opensWithPersonWord(tail.slice(at))) at++;
    // ("Chief Minister Punjab Shahbaz Sharif": where the post is, written after its title, is no part of the name.)
    else if (at >= 0 && tail.length - at >= 3 && /^\p{Lu}\p{Ll}+$/u.test(tail[at]!) && isPlaceName(tail[at]!) && !isWorldGivenName(tail[at]!) && looksLikePersonName(tail.slice(at + 1))) at++;
    // ("Governor of the Bank of Israel Karnit Flug": the word after the object's last "of" is the object's, not the name's,
    // though a given name too.)
    else if (at > 1 && tail[at - 1] === 'of' && tail.length - at >= 3 && looksLikePersonName(tail.slice(at + 1))) at++;
    // "Chief of Staff Gabi Ashkenazi": the object of the title's "of" or "for" is the title's, not the name's.
    if (at === 1 && (tail[0] === 'of' || tail[0] === 'for')) {
      const past = tail.findIndex((_, i) => i >= 2 && looksLikePersonName(tail.slice(i)));
      if (past >= 0) at = past;
      // ("CEO of China Unicom": with no name after it, the object of a post's "of" is what the post is of, unless a given
      // name opens it: "Friends of Jo Doe".)
      else if (isPersonHead(words[titleAt]!) && !isWorldGivenName(tail[1]!)) return undefined;
    }
    // ("Minister of Energy Pradhuman Singh Tomar": after a title's one-word object, a name of three words no list opens is
    // whole; a given name inside it, "Singh", does not cut it.)
    // ("Director of Public Prosecution Eva-Marie Persson" still opens at the given name.)
    // ("Director of Public Prosecution Keriako Tobiko": not an ordinary word.)
    else if (at > 2 && (tail[0] === 'of' || tail[0] === 'for') && tail.length === 5 && !isWorldGivenName(tail[at]!) && !isGivenName(tail[1]!) && !isDictionaryWord(tail[2]!) && looksLikePersonName(tail.slice(2))) at = 2;
    if (at >= 0) from = titleAt + 1 + at;
  } else if (titleAt === -1) {
    // "European Union Gordon Sondland": a given name after other capitalised words; "Author J.K. Rowling": initials.
    // ("Veteran Wall Streeter Charlotte Beyer": a common first name before one only the world's lists know.)
    const givenFrom = (from: number) =>
      byCommonGivenNameFirst((known) =>
        words.findIndex(
          (w, i) => i > from && (opensWithGivenNamePart(w, known) || (opensWithTwoInitials(words, i) && isPersonNoun(words[i - 1]!.toLowerCase()))) && looksLikePersonName(words.slice(i)),
        ),
      );
    let given = givenFrom(0);
    // ("Head of Star Magic Lauren Dyogi": a given name right after "of" opens the object, where a later one opens a name.)
    if (given > 0 && (words[given - 1] === 'of' || words[given - 1] === 'for')) {
      const later = givenFrom(given + 1);
      if (later > 0) given = later;
    }
    // "J.J. Abrams", "K. Hupfer": initials open only people's names.
    const opensWithInitials = INITIALS_WORD.test(words[0]!) && words.length >= 2;
    // "special envoy to Ukraine Kurt Volker": after "to", "of" or "for", the first capitalised words finish a title.
    // ("manager for Herefordshire and Worcestershire Dave Throup": and after a title's object of two joined by "and", which
    // titleStartBefore reads back past.)
    const justBefore = sentence.slice(Math.max(0, run.start - 5), run.start);
    const afterAnd = /\s(?:and|&)\s+$/.test(justBefore);
    if (afterAnd) titleBefore = titleStartBefore(sentence, run, commonWords);
    const afterPreposition = /\b(?:to|of|for)\s+$/.test(justBefore) || titleBefore !== undefined;
    if ((opensWithGivenName(run, sentence, commonWords) || opensWithInitials) && looksLikePersonName(words)) from = 0;
    // ("New York Yankees": a given name that ends a place's name with the words before it opens no one's name.)
    else if (given > 0 && isPlaceName(words.slice(0, given + 1).join(' '))) from = undefined;
    else if (given > 0 && (!looksLikePersonName(words) || prefixIsNoName(words, given, commonWords) || afterPreposition)) from = given;
    else if (given === -1 && afterPreposition) {
      const at = nameAfterTitlesObject(run, commonWords, afterAnd);
      if (at !== undefined && (titleBefore ??= titleStartBefore(sentence, run, commonWords)) !== undefined) from = at;
    } else if (given === -1 && opensWithOccupation(run, sentence, commonWords)) from = 1;
  }
  if (from === undefined) return undefined;
  // ("Hamad bin Isa Al Khalifa": "bin", "son of", joins a given name to the father's name after it; both are the name.)
  while (from >= 2 && PATRONYMIC_PARTICLE.test(words[from - 1]!) && /^\p{Lu}/u.test(words[from - 2]!) && !HONORIFIC_OR_TITLE(words[from - 2]!)) from -= 2;
  const name = subRunOf(run, sentence, from);
  if (from === 0) return { name };
  // "former special envoy to Ukraine Kurt Volker": the title is the description before the preposition and its object.
  if (titleAt === -1) titleBefore ??= titleStartBefore(sentence, run, commonWords);
  if (titleBefore !== undefined) return { name, title: sentence.slice(titleBefore, name.start).trim() };
  let titleWords = words.slice(0, from).filter((_, i) => honorificWordsAt(words, i) === 0 && !endsHonorificPair(words, i));
  // "the White House of President Richard Nixon", "Friends of President Jo Doe": what belongs to the titled person, or
  // who stands to them, is no title of theirs; only the title after "of" is ("Secretary of State" stays whole).
  const connector = titleWords.findLastIndex((w) => w === 'of' || w === 'for');
  if (connector > 0 && titleWords.slice(connector + 1).every(HONORIFIC_OR_TITLE)) {
    titleWords = titleWords.slice(connector + 1);
  }
  // ("… misunderstanding: If Saddam Hussein does not": a small word before the name is no title.)
  if (titleWords.every((w) => isStopWord(w.toLowerCase()))) return { name };
  const titleStart = sentence.indexOf(titleWords[0]!, run.start);
  // The title may begin before the run: "NASA’s Administrator X", "U.S. Ambassador to the European Union X".
  const lead = TITLE_LEAD.exec(sentence.slice(Math.max(0, titleStart - 80), titleStart))?.[1] ?? '';
  const leadHolds = /[’']s\s+$/.test(lead) || lead.split(/[\s/]+/).some(HONORIFIC_OR_TITLE);
  // (A portfolio is named before the title's word: "Social Care Secretary", not "General".)
  const portfolios = !leadHolds && titleWords.length > 1 ? portfoliosBefore(sentence, titleStart, commonWords) : '';
  const titleFrom = leadHolds ? titleStart - lead.length : titleStart - portfolios.length;
  // ("Defence Minister Sheikh Hamad …": an honorific between the title and the name is no part of the title.)
  const titleText = withoutHonorificsAtEnd(sentence.slice(titleFrom, name.start).replace(/[\s,]+$/, ''));
  const beforeTitle = sentence.slice(Math.max(0, titleFrom - 40), titleFrom);
  const modifiers = (JOINED_TO_MODIFIER.exec(beforeTitle) ?? TITLE_MODIFIERS.exec(beforeTitle))?.[1] ?? '';
  // ("Bahrain’s long-serving Prime Minister": whose post it is, before its modifiers.)
  const owner = modifiers && !leadHolds ? (OWNER_BEFORE_MODIFIERS.exec(beforeTitle.slice(0, beforeTitle.length - modifiers.length))?.[1] ?? '') : '';
  const title = `${owner}${modifiers}${titleText}`.trim();
  // "Lawyers for Jo Doe": the name is the object of the preposition, not the one the words before it describe.
  if (/\s(?:for|of|to|with|against|by|from|on|at|about)$/i.test(title)) return { name };
  // "WeWork founder and former CEO Adam Neumann": the description read back from the name, when it holds the title.
  const fuller = descriptionEndingAt(sentence, name.start, commonWords);
  // ("the mayor Cr Bryan Payne": a title of address after a description is what the person is called, as an honorific is.)
  const holdsTitle = fuller && (fuller.text.endsWith(titleText) || (isTitleOfAddress(titleText) && fuller.kind === 'person'));
  return { name, title: fuller && holdsTitle && fuller.text.length > title.length ? fuller.text : title };
}

/** Whether the apposition after a given name alone describes that one person: "Mia, the actress played by Stone,". */
function describesGivenNameAlone(sentence: string, run: NameRun, apposition: string, commonWords: WordSet): boolean {
  if (commonWords.has(run.text.toLowerCase()) || MONTH_OR_WEEKDAY.test(run.text) || !/^\p{Lu}\p{Ll}/u.test(run.text)) return false;
  // ("the governor of Virginia, the governor of …": after a preposition, a place.)
  // ("Maureen, wife of McDonnell,": a relative's word and its "of" need no article.)
  const relative = /^(\p{Ll}+)\s+of\s/u.test(apposition) && isKinNoun(apposition.split(/\s+/)[0]!);
  if ((!relative && !/^(?:a|an|the)\s/i.test(apposition)) || apposition.split(/\s+/).length > 8 || /\b(?:of|in|at|from|to)\s+$/.test(sentence.slice(Math.max(0, run.start - 6), run.start))) return false;
  if (kindOfDescription(apposition) !== 'person' || hasPluralPersonHead(apposition) || nameRuns(apposition).some((named) => looksLikePersonName(named.words))) return false;
  const after = sentence.slice(sentence.indexOf(apposition, run.end) + apposition.length);
  return !/^,\s+\p{Lu}[\p{L}.’'-]*\s+\p{Lu}/u.test(after);
}

// "to Ukraine ", "of Education and Youth ": the preposition before a run, and its object's words of two joined by "and".
const PREPOSITION_BEFORE_RUN = /\s(?:to|of|for)\s+(?:(?:\p{Lu}[\p{L}.&-]*\s+){1,3}(?:and|&)\s+)?$/u;

/** Where the title that governs the preposition before the run starts: "former special envoy" of "… to Ukraine Kurt Volker". */
function titleStartBefore(sentence: string, run: NameRun, commonWords: WordSet): number | undefined {
  const preposition = PREPOSITION_BEFORE_RUN.exec(sentence.slice(0, run.start));
  if (!preposition) return undefined;
  let end = preposition.index;
  // ("Union Minister of State for Statistics and Programme Implementation Vijay Goel": the title may have an object of its
  // own before that preposition.)
  for (let objects = 0; objects < 2; objects++) {
    const governing = descriptionEndingAt(sentence, end, commonWords);
    if (governing) return governing.kind === 'person' ? end - governing.text.length : undefined;
    const object = TITLES_OBJECT_BEFORE.exec(sentence.slice(Math.max(0, end - 40), end));
    if (!object) return undefined;
    end -= object[0].length;
  }
  return undefined;
}
// " of State", " for the Environment": a title's capitalised object, after its preposition.
const TITLES_OBJECT_BEFORE = /\s(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*$/u;

/**
 * "Special Envoy to Syria Geir Pedersen", "Minister of Finance Ngozi Okonjo-Iweala": after a title, its preposition and
 * the object's words, a name no given-name list knows (of two or three words) is the person's. Where it would start, if
 * a title stands before the preposition (asked by the caller).
 */
function nameAfterTitlesObject(run: NameRun, commonWords: WordSet, joined: boolean): number | undefined {
  const words = run.words;
  const at = words.findIndex((_, i) => i > 0 && words.length - i <= 3 && looksLikePersonName(words.slice(i)));
  const noName = (w: string, i: number) => !isStopWord(w.toLowerCase()) && (isPlaceName(w) || prefixIsNoName(words.slice(i), 1, commonWords));
  // ("Minister for Petroleum & Natural Resources Shahid Khaqan Abbasi": the second of an object of two joined by "and" is
  // no name when one of its words is none.)
  const objectEnds = at > 0 && (joined ? words.slice(0, at).some(noName) && words.slice(0, at).every((w) => /^\p{Lu}/u.test(w)) : words.slice(0, at).every(noName));
  if (!objectEnds) return undefined;
  // ("of U.S. Navy Special Operator": a word for a person ends no one's name.)
  if (isOrganisationName(words.slice(at).join(' ')) || isPersonWord(words.at(-1)!.toLowerCase())) return undefined;
  return at;
}

/**
 * "said Veracruz state Attorney General Reynaldo Escobar": a single name after a speech verb that opens the title of the
 * name after it is where the post is, not who speaks.
 */
function opensNextTitle(sentence: string, run: NameRun, runs: NameRun[], commonWords: WordSet): boolean {
  const next = runs.find((r) => r.start > run.end);
  if (!next || !/^\s+\p{Ll}/u.test(sentence.slice(run.end, next.start))) return false;
  const title = personInRun(next, sentence, commonWords)?.title;
  return title !== undefined && sentence.lastIndexOf(title, next.end) === run.start;
}

/** "Defence Minister Sheikh": the title before the honorifics that end it ("First Lady" stays whole: "First" is no title). */
function withoutHonorificsAtEnd(title: string): string {
  const words = title.split(' ');
  let end = words.length;
  // ("Deputy Education Minister I Datuk": a conferred title ends no role, whatever stands before it.)
  let conferred = false;
  while (end > 1) {
    if (endsHonorificPair(words, end - 1)) {
      end -= 2;
      conferred = true;
    } else if (isHonorific(words[end - 1]!)) {
      end--;
      conferred ||= isConferredTitle(words[end]!.replace(FINAL_DOT, ''));
    } else break;
  }
  // ("Minister for Religious Affairs Sheikh": a title anywhere before them, not only right before, as after its object.)
  const titled = conferred || words.slice(0, end).some(HONORIFIC_OR_TITLE);
  return end < words.length && titled ? words.slice(0, end).join(' ') : title;
}

/** Where a name opens by a common given name, or else by one only the world's lists know (-1: by neither). */
function byCommonGivenNameFirst(find: (known: (word: string) => boolean) => number): number {
  const common = find(isGivenName);
  return common >= 0 ? common : find(isWorldGivenName);
}

/**
 * "Jean-Pierre", "Mary-Kate": a given name, or one that opens a hyphenated one. ("Al-Ali", "El-Sayed": an Arabic
 * article is no given name "Al", so "Sheikh Hamad Jaber Al-Ali Al-Sabah" is not cut to its last two words.)
 */
function opensWithGivenNamePart(word: string, known: (word: string) => boolean): boolean {
  if (/^(?:Al|El)-/.test(word)) return false;
  return known(word.split('-')[0]!);
}

/**
 * "Actress Kangana Ranaut was adjudged …", "Fly-half Seremaia Bai had given …": at a sentence's opening, where every word
 * is capitalised, a word for what someone does before a name no list knows. Only an agent noun ("-er", "-or", "-ess",
 * "-ist", "-ian", "-half"): the words WordNet files as people that open names of things are of other shapes ("Amazon
 * Echo Buds", "National Zoological Park", "Criminal Code", "Police Chief").
 */
function opensWithOccupation(run: NameRun, sentence: string, commonWords: WordSet): boolean {
  const [first, ...name] = run.words;
  const noun = first!.toLowerCase();
  if (!OPENING_MARKS.test(sentence.slice(0, run.start)) || name.length < 2 || name.length > 3) return false;
  // ("Resident Wandi Mhayi said": any word for a person, before a name no list or dictionary knows a word of; before a
  // given name, "Baby Cora Corcoran was born", the name is found as it is.)
  if (!isPersonNoun(noun) || isGivenName(first!) || (!AGENT_NOUN.test(noun) && !(knowsNoWordOf(name) && !isWorldGivenName(name[0]!)))) return false;
  return looksLikePersonName(name) && !looksLikeOrganisation(name) && !name.some((w) => commonWords.has(w.toLowerCase()) || isPlaceName(w));
}
const AGENT_NOUN = /(?:er|or|ess|ist|ian|-half|-back)$/;

/** "Airman Tri Wobowo", "Trooper Ana Diaz": a word for a person, and no given name, before a full name. */
function opensWithPersonWord(words: string[]): boolean {
  return words.length >= 3 && isPersonNoun(words[0]!.toLowerCase()) && !isGivenName(words[0]!) && looksLikePersonName(words.slice(1));
}

/**
 * "Stars Ryan Gosling and Emma Stone can’t sing": a word for people in the plural that opens the sentence, capitalised
 * by it (and so left out of the run as a word the article writes in lower case), before a list of names.
 */
function pluralOpening(sentence: string, run: NameRun): { text: string; direct: boolean } | undefined {
  const before = sentence.slice(0, run.start);
  const opening = /^[\s“"]*(\p{Lu}\p{Ll}+s)\s+$/u.exec(before)?.[1];
  if (opening && hasPluralPersonHead(opening)) return { text: opening, direct: true };
  // "The winners were Jo Doe and Al Roe", "Other actors in the film include …": the subject the list of names completes.
  const subject = PLURAL_SUBJECT_BEFORE_LIST.exec(before)?.[1];
  return subject && hasPluralPersonHead(subject) && kindOfDescription(subject) === 'person' ? { text: subject, direct: false } : undefined;
}
const PLURAL_SUBJECT_BEFORE_LIST =
  /^[\s“"]*((?:The|Other|Its|Their|His|Her|Our)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}\p{Ll}[\p{L}-]*(?:s|men|people)(?:\s+(?:in|of|at|for|on|from)\s+(?:the\s+)?\p{Ll}[\p{L}-]*){0,2})\s+(?:are|were|include|included|includes)\s+$/u;

/** Split only after words that are not a name's ("Public Prosecution Eva-Marie Persson"; not "Khawaja Muhammad Asif"). */
function prefixIsNoName(words: string[], end: number, commonWords: WordSet): boolean {
  // ("Canadian Felix Auger-Aliassime", "Kenyan-American Barack Obama": a nationality is no name either.)
  // ("Stars Ryan Gosling and Emma Stone": nor are people in the plural; "DJ Calvin Harris": nor a word in capitals, an
  // abbreviation, before a given name.)
  return words
    .slice(0, end)
    .some((w) => commonWords.has(w.toLowerCase()) || looksLikeOrganisation([w]) || /^\p{Lu}{2,4}$/u.test(w) || isPersonNoun(w.toLowerCase()) || isPersonNoun(w.toLowerCase().replace(/s$/, '')) || isGroupNoun(w) || (w.includes('-') && w.split('-').every(isGroupNoun)));
}

// Cues after a name that only people take: an age ("Jo Doe, 45,", "Jo Doe, aged 45,", "Jo Doe (45)", not a score "(45-38)"), a party and
// state ("Ilhan Omar (D-Minn.)"), a player's line in a box score ("Tolivert 25 points").
const STATS = 'points?|goals?|assists?|saves?|rebounds?|steals?|blocks?|tackles?|sacks?|yards?|touchdowns?|receptions?|catches|carries|interceptions?|strikeouts?|hits?|runs?|RBIs?|birdies|aces';
// "Shaq Vann rushed for 101 yards": a player's line written as a sentence (units no market or company reports).
const SPORTS_UNITS = 'yards|touchdowns?|rebounds?|assists?|goals?|saves?|tackles?|sacks?|carries|receptions?|strikeouts?|RBIs?|birdies';
// "Yasutaka Nakasone, elected to the Lower House for the first time, aims to run": what only people are, set off.
const ONLY_PEOPLE_ARE = String.raw`,\s+(?:(?:first|newly|recently|since|once|twice|re-?)\s*)?(?:elected|born|sworn\s+in)\s`;
const PERSON_CUE_AFTER = new RegExp(
  `^(?:,\\s+\\d{1,3},|,\\s+aged\\s+\\d{1,3}\\b|\\s+\\(\\d{2,3}\\)(?!\\s*[-–:])|${ONLY_PEOPLE_ARE}|\\s+\\([DRI](?:-[A-Z][\\p{L}.]*)?\\)|\\s+\\d+\\s+(?:${STATS})\\b|` +
    `\\s+(?:rushed|passed|threw|caught|ran|kicked|scored|had|made|recorded|added|finished\\s+with)\\s+(?:for\\s+)?\\d+\\s+(?:${SPORTS_UNITS})\\b|` +
    // (An index adds or sheds points; only a player scores them.)
    `\\s+scored\\s+\\d+\\s+points\\b)`,
  'u',
);

// What may follow a person's name: a verb, a preposition, a conjunction, a possessive; not an adjective or a noun it modifies.
const PERSON_FOLLOWER = new RegExp(`^(?:[’']s?\\s+\\p{Ll}|\\s+(?:\\p{Ll}+(?:s|ed)|${SPEECH}|of|for|at|in|on|with|from|to|who|whose|and|or|but|as|is|was|has|had|will|would|can|could|did|does|also|never|not)\\b|\\s*[^\\p{L}\\s]|$)`, 'u');
// What may stand before it: not another name's possessive ("NASA’s Hubble"), nor "at" or "from" a place.
const THING_BEFORE = /(?:[’']s?\s+|\b(?:at|from)\s+)$/u;

/** Whether the text uses the name as a thing's: after a possessive or "at", before a noun, or before a state ("Irving, TX"). */
function usedAsThing(text: string, name: string): boolean {
  // The pattern below matches the name as written: most passages do not hold it at all.
  if (!text.includes(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}’'-])${escaped}(?![\\p{L}-])`, 'gu'))) {
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const after = text.slice(match.index + name.length, match.index + name.length + 30);
    if (THING_BEFORE.test(before) || !PERSON_FOLLOWER.test(after) || /^,\s+\p{Lu}{2}\b/u.test(after)) return true;
  }
  return false;
}

// What only an organisation or a thing is written with: "the Bay Area", "Big Machine, which", "Acme said its",
// "Acme’s shares", "a strategist at Miller Tabak". Asked of every name of every sentence: one pattern after the
// name, and one before it, tell most names apart before any other is tried.
const WHICH_AFTER = /^,?\s+which\s/;
const THING_AFTER = new RegExp(
  '^(?:,?\\s+which\\s' +
    '|\\s+(?:said|says|and|has|had|announced|announces|reported|reports|launched|released|unveiled|expects|plans)\\s+its\\s' +
    '|[’\']s?\\s+(?:shares|stock|stocks|revenues?|earnings|profits?|subsidiar(?:y|ies)|headquarters|apps?|website|platform|homepage|products|customers|employees|shareholders|stores|brand|lineup|co-?founder|founder|CEO|CFO|COO|CTO|chief\\s+(?:executive|economist|financial\\s+officer|operating\\s+officer|technology\\s+officer|investment\\s+officer|strategist)|economists?|analysts?|strategists?)\\b' +
    // "Forest Hill police", "Walter Reed hospital", "the Galileo probe": a noun no person's name qualifies.
    '|\\s+(?:police|residents|firefighters|hospital|clinic|museum|airport|stadium|arena|university|college|hotel|spacecraft|probe|telescope|rocket|supercomputer|satellite)\\b' +
    // "Palm Bay (1-0):": a team's record.
    '|\\s+\\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?\\))',
);
// "“Star Wars,”": a name that fills a quotation is a work's title.
const QUOTE_CLOSED_AFTER = /^[,.]?[”"]/;
// "went by the name “Ismaaiyl Abdullah-Muhammad”": unless the words before say it is someone's name.
const NAME_GIVEN_BEFORE = /\b(?:the\s+name|named|called|known\s+as|dubbed|aka|a\.k\.a\.|alias)\s*[“"]$/i;

/** "Presidential Spokesman", "Deputy Governor": capitalised words ending in a title, opening with no given name. */
const isCapitalisedPost = (words: string[]) => TITLES.has(words.at(-1)!.toLowerCase()) && !isGivenName(words[0]!);

/** "Jamaica's Shericka Williams", "Djibouti’s Ayanleh Souleiman": a place's possessive right before the name, the name no place or ordinary words. */
function ownedByPlace(sentence: string, run: NameRun, commonWords: WordSet): boolean {
  const owner = PLACE_POSSESSIVE_BEFORE.exec(sentence.slice(Math.max(0, run.start - 40), run.start))?.[1];
  if (!owner || !isPlaceName(owner)) return false;
  // ("Argentina’s Presidential Spokesman, Manuel Adorni": a post in capitals is none.)
  if (isCapitalisedPost(run.words)) return false;
  return !isPlaceName(run.text) && !run.words.some((word) => commonWords.has(word.toLowerCase()) || isPlaceName(word));
}
const PLACE_POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)[’']s\s+$/u;

/** "adopted the name “Zaim Farouq Abdul-Malik”": a person's name given in quotation marks. */
function namedInQuotes(sentence: string, run: NameRun): boolean {
  if (!NAME_GIVEN_BEFORE.test(sentence.slice(Math.max(0, run.start - 24), run.start)) || !looksLikePersonName(run.words)) return false;
  // (A place is called by a name too, "known as “Willow Tree Alley”": a person's has a given or family name in it.)
  const last = run.words.at(-1)!;
  return isGivenName(run.words[0]!) || isKnownSurname(last) || last.split('-').some((part) => isGivenName(part));
}
const THING_BEFORE_WORD = /\b(?:[Tt]he|at|for|its)\s+$|\bits\s+\p{Ll}+\s+$/u;
// "its electric Gran Turismo": what "its" owns is a thing ("its founder Jo Doe" is a person, after a word for one).
const ITS_BEFORE = /\bits\s+(?:(\p{Ll}+)\s+)?$/u;
const THE_BEFORE = /\b[Tt]he\s+$/;
const AT_BEFORE = /(\p{Ll}+)\s+at\s+$/u;
// "a pundit for Sky Sports": who works for a newsroom or a team ("a lawyer for Jo Doe" acts for a person).
const WORKS_FOR_BEFORE = /\b(?:pundit|writer|reporter|columnist|correspondent|contributor|commentator|analyst|editor|player)s?\s+for\s+$/;

/**
 * Whether the sentence writes the run as an organisation's or a thing's name, never a person's: after "the"
 * (a name of two words or more, not before a noun it qualifies: "the Biden campaign" says whose), before
 * "which" or "said its", owning shares or customers, before "police" or "hospital", with a team's record,
 * or where a person works ("an analyst at Miller Tabak", "a pundit for Sky Sports").
 */
function writtenAsThing(sentence: string, run: NameRun): boolean {
  const after = sentence.slice(run.end, run.end + 40);
  // ("The Abdu Maikaba-tutored Kano Pillars": "the" is the team's.)
  if (LED_BY_NAME_AFTER.test(after)) return false;
  // ("a spin-off from Quentin Tarantino, which": a given name's "which" is the thing before it.)
  if (THING_AFTER.test(after) && !(WHICH_AFTER.test(after) && isGivenName(run.words[0]!))) return true;
  const opening = run.start === 0 ? 0 : sentence.charCodeAt(run.start - 1);
  if ((opening === 0x201c || opening === 0x22) && QUOTE_CLOSED_AFTER.test(after)) return !namedInQuotes(sentence, run);
  if (opening !== 0x20) return false;
  const before = sentence.slice(Math.max(0, run.start - 40), run.start);
  if (!THING_BEFORE_WORD.test(before)) return false;
  if (WORKS_FOR_BEFORE.test(before)) return true;
  const owned = ITS_BEFORE.exec(before);
  if (owned) return !HONORIFIC_OR_TITLE(run.words[0]!) && !(owned[1] && (isPersonNoun(owned[1]) || TITLES.has(owned[1])));
  // ("the Emperor Alexander", "the Rev. Jo Doe": a title after "the" still names someone.)
  const first = run.words[0]!;
  if (run.words.length > 1 && THE_BEFORE.test(before) && PERSON_FOLLOWER.test(after) && !HONORIFIC_OR_TITLE(first) && !isPersonNoun(first.toLowerCase())) return true;
  const worker = AT_BEFORE.exec(before)?.[1];
  return worker !== undefined && isPersonNoun(worker) && !/^[’']/.test(after);
}

// Where a name no dictionary knows is a place's, a thing's or an organisation's: after an article, a possessive or a
// preposition of place, in quotation marks or brackets, before a bracketed acronym, or cut short before a capital.
const THING_PLACE_BEFORE = /(?:\b(?:[Tt]he|an?|An?|its|their|in|at|from|of|with|to|into|near|between|inside|outside)|[’']s|[“"‘'(])\s*$/u;
const WORD_BEFORE = /(\p{Ll}+)\s+$/u;
const TITLE_SET_OFF_BETWEEN = /^,\s+(?:\p{Lu}[\p{L}.&’'-]*\s+)*\p{Lu}[\p{L}.&’'-]*,\s+$/u;
const THING_AFTER_NAME = /^(?:\s*\(\p{Lu}{2,}\)|[”"’')](?!s\b)|\s+\p{Lu})/u;
const WORD_AFTER = /^\s+(\p{Ll}+)/u;
function namedPlainly(sentence: string, run: NameRun, people: NameRun[]): boolean {
  // ("said Julian Moore, General Manager, Nam Nghi Phu Quoc": the company after a person's title set off by commas.)
  if (people.some((person) => person.end <= run.start && TITLE_SET_OFF_BETWEEN.test(sentence.slice(person.end, run.start)))) return false;
  if (THING_PLACE_BEFORE.test(sentence.slice(Math.max(0, run.start - 12), run.start)) || THING_AFTER_NAME.test(sentence.slice(run.end, run.end + 12))) return false;
  // ("the Asharq Alawsat newspaper", "Daulah Islamiya members": a name before a word for an organisation or its people;
  // "mixed choir Cor Dre": after a word for an organisation.)
  const after = WORD_AFTER.exec(sentence.slice(run.end, run.end + 30))?.[1];
  const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, run.start - 30), run.start))?.[1];
  return !(after && isOrganisationOrPersonNoun(after)) && !(before && hasOrganisationHead(before));
}
const SHARED_BY_AND = /^\s+(?:and|&)\s+$/;
// "the 33-year-old Australian", "the 31 year old", "the 37-year-old small-city mayor": an age, then maybe what the person is.
const AGED_REFERENCE = /\b[Tt]he\s+(\d{1,3}[- ]year[- ]old)\b(?:\s+([\p{L}-]+))?/gu;
// What may follow an age said as a noun: a verb ("the 31 year old defeated"), "who", a conjunction.
const AFTER_AGE_ALONE = /^(?:\p{Ll}+ed|who|has|had|was|is|said|says|will|would|and|but)$/u;
// "scored by ", "saved by ": who did it in a match report, right before the name.
const SCORER_BEFORE = /\b(?:scored|netted|struck|converted|saved|assisted|set\s+up)\s+by\s+$/;
const AGE_BEFORE = /\b\d{1,3}-(?:year|yr)-old\s+$/;
const PERSON_ADJECTIVE_BEFORE = /\b(?:the\s+late|legendary|iconic|beloved)\s+$/i;
const BEFALLS_PERSON_BEFORE = /\b(?:resignation|death|funeral|burial|assassination|murder|killing|arrest|abduction|kidnapping|impeachment|ouster|sacking|inauguration|detention|extradition|acquittal)\s+of\s+$/;
const JOINED_FAMILY_NAMES = /\s[ey]\s/;
const ORDINAL_BEFORE = /\d(?:st|nd|rd|th)\s+$/;
// "Ruth Ann (Hertzog) Pirch": given names, a family name before marriage in brackets, and the family name.
const MAIDEN_NAME_INSIDE = /(?<![\p{L}’'-])((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+)\s+\((\p{Lu}\p{Ll}+)\)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}’'-])/gu;
// "George and " before such a name.
const GIVEN_NAME_AND_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+and\s+$/u;
// ("The Mick Byrne coached-side": or after a space, the participle joined to the noun instead.)
const LED_BY_NAME_AFTER = /^(?:-|\s(?=\p{Ll}+-))(?:coached|tutored|managed|trained|captained|skippered|chaired|fronted|helmed)\b/u;
// ", who ", " who ": the relative pronoun for people, right after a name.
const WHO_RIGHT_AFTER = /^,?\s+who\s/;
const ALIAS_AFTER = /^,?\s+(?:aka|a\.k\.a\.|alias)\s+\p{Lu}/u;
// "A citizen named ", "a 24-year-old man called ": a description of one person, then the word that gives their name.
const NAMED_AFTER_DESCRIPTION = /(?:^|\s)((?:[Aa]n?|[Aa]nother)\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}-]+)\s+(?:named|called)\s+$/u;
const DETERMINER_BEFORE = /\b(?:the|that|this|a|an|our|their|his|her|my|your|its)\s+$/i;
const WHO_AFTER = /^\s*(?:,|—|–)\s*who\s+(?!are\b|were\b|have\b)/;
// "the singer’s representatives", ", but the singer made", ": The Russian leader has": "the", up to three words and a head,
// as the subject of a clause (a possessive or a verb after it), opening the sentence or a clause.
const REFERRING_DESCRIPTION =
  /(?:^[\s“"]*|[,;:—]\s+(?:but\s+|and\s+|so\s+|yet\s+)?|\b(?:but|that|suggest|suggests|while|when|because|although|said|says)\s+)[Tt]he\s+((?:(?!(?:of|for|at|in|on|to|with|from|by|or)\s|and\s+(?!\p{Lu}))[\p{L}\d’'-]+\s+){0,4}?)(\p{L}[\p{L}-]*)(?=[’']s\s|\s+(?:has|had|is|was|will|would|said|says|told|replied|made|decided|declined|added|wrote|died|dies|\p{Ll}{3,}ed)\b)/gu;
// Words for anyone, not descriptions of someone: "the man", "the other", "the latter".
const NOT_REFERRING_HEADS = new Set('man woman person boy girl guy child kid baby one other former latter public family couple pair duo team group crowd audience'.split(' '));
const LEADER_OF_AFTER = /^\s+(?:administration|presidency)\b/;
// ("the Imperial administration", "the Communist presidency": a word shaped as an adjective says what kind.)
const ADJECTIVE_ENDING = /(?:ial|ical|ic|ian|ese|ist|ish)$/;
const THE_WITH_ADJECTIVES_BEFORE = /\b[Tt]he\s+(?:\p{Ll}+\s+){0,2}$/u;
// What follows a name that ends its noun phrase: punctuation, the sentence's end, a verb in the past or a word that
// opens a predicate or a phrase ("has told", "joined", "to", "who").
const ENDS_NOUN_PHRASE = /^(?:\s*[,.;:!?)’'”"—–]|\s*$|\s+(?:has|had|have|is|was|were|are|will|would|could|can|said|says|told|tells|and|or|but|to|who|whose|for|in|on|at|with|from|of)\b|\s+\p{Ll}+ed\b)/u;

/** "her younger sister", "his son": a description of someone as another person's relative or spouse. */
function namesRelative(description: string): boolean {
  return /^(?:his|her|their|my|our|your)\s/i.test(description) && isKinNoun(description.slice(description.lastIndexOf(' ') + 1));
}

// A verb after the subject, then "his" or "her" in the same clause, with no capitalised word (another name) between.
const OWN_PRONOUN_AFTER_VERB = /^\s+(?:had|has|was|is|\p{Ll}{2,}ed|\p{Ll}{2,}s)\s[^,;:“”"\p{Lu}]*?\b(?:his|her|himself|herself)\b/u;
const FOLLOWER_AFTER = /^\s+(?:supporters?|loyalists?|backers?|allies|ally|aides?|confidants?)\b/;

function hasPersonCueAfter(sentence: string, run: NameRun): boolean {
  // Each cue opens with a comma, or after spaces with a bracket, a number or one of the verbs: most names have none.
  const to = Math.min(sentence.length, run.end + 40);
  if (sentence.charCodeAt(run.end) !== 0x2c) {
    if (run.end === to || !isBlank(sentence, run.end, run.end + 1)) return false;
    const next = firstWordAfter(sentence, run.end, to);
    if (next !== '' && !(next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57) && !CUE_VERBS.has(next)) return false;
  }
  return PERSON_CUE_AFTER.test(sentence.slice(run.end, to));
}
const CUE_VERBS = new Set(['rushed', 'passed', 'threw', 'caught', 'ran', 'kicked', 'scored', 'had', 'made', 'recorded', 'added', 'finished']);

// What stands between two names of a list: a comma, "and", "or", or both.
const LIST_JOINER = String.raw`(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)`;
// ("Liza Chelule (Nakuru), Vincent Kemosi (West Mugirango) and …": an aside in brackets may close each name of the list;
// "Gary Oldman, “Slow Horses”; Hiroyuki Sanada, “Shogun” and …": so may the work each name is listed for, and after an
// aside a semicolon joins the list too.)
// ("Jordan Ayew, who netted twice, Eberechi Eze and Odsonne Edouard": or a short clause on who each is or what they did.)
const LIST_ASIDE = String.raw`(?:${BRACKETED_ASIDE}|,\s+[“"][^“”"]{1,60}[”"]|,\s+who\s+[^,;:()“”"]{1,40})`;
const LISTED_BETWEEN = new RegExp(String.raw`^(?:${LIST_ASIDE}?${LIST_JOINER}|${LIST_ASIDE};\s+(?:and\s+)?)$`);
const LIST_THEN_COUNTRY = new RegExp(String.raw`^${LIST_JOINER}(\p{Lu}[\p{L}.-]*)[’']s\s+$`, 'u');

/** "Cory Booker and Kamala Harris", "Booker, Harris or Sanders": a name in a list with a known person. */
function listedBeside(sentence: string, name: NameRun, people: NameRun[]): boolean {
  // ("the then UK Home Secretary, Sajid Javid,": a title set off before a name is that person's, not another person.)
  // ("Bebe King, Elsie Dot Stancombe": from a given name, a name that ends as a title does is still a list's.)
  const titled = HONORIFIC_OR_TITLE(name.words.at(-1)!) && !isWorldGivenName(name.words[0]!);
  return people.some((person) => {
    const [first, second] = person.start < name.start ? [person, name] : [name, person];
    const between = sentence.slice(first.end, second.start);
    // ("France’s Thomas Pesquet, and Japan’s Akihiko Hoshide": a country's possessive may open the next name of the list.)
    const country = LIST_THEN_COUNTRY.exec(between);
    if (country && isPlaceName(country[1]!)) return true;
    return LISTED_BETWEEN.test(between) && !(titled && first === name && /^,\s*$/.test(between));
  });
}

/**
 * "Nahid Islam, one of the key coordinators, said …", then "said Nahid": in an article that names one person in full with a
 * given name, the given name alone is that person. Its statements from that article are theirs; the given name becomes a
 * form of their name when no other article uses it alone.
 */
function joinGivenNamesAlone(table: EntityTable, discoveries: Discovery[]): void {
  const familyNames = new Set([...table.byKey.values()].filter((e) => e.kind === 'person' && e.name.includes(' ')).map((e) => table.fold(surnameOf(e.name.split(/\s+/)))));
  const usedAlone = new Map<string, Set<number>>();
  for (const [i, discovery] of discoveries.entries()) {
    const singles = [...discovery.found.filter((f) => f.kind === 'person' && !f.name.includes(' ')).map((f) => f.name), ...discovery.singleSpeakers];
    for (const single of singles) usedAlone.set(table.fold(single), (usedAlone.get(table.fold(single)) ?? new Set()).add(i));
  }
  for (const [i, discovery] of discoveries.entries()) {
    for (const { given, full, articleId } of discovery.givenNames) {
      const single = table.byKey.get(given);
      const whole = table.byKey.get(table.fold(full));
      if (single?.kind !== 'person' || whole?.kind !== 'person' || single === whole) continue;
      const inArticle = (statement: Statement) => statement.passageId.startsWith(`${articleId}#`);
      for (const role of single.roles.filter(inArticle)) table.addStatement(whole.roles, role);
      for (const quote of single.quotes.filter(inArticle)) table.addStatement(whole.quotes, quote);
      // (Nor when someone's family name: "Bryan" of "John S. Bryan" and of "Bryan Ritterby".)
      const elsewhere = [...(usedAlone.get(given) ?? [])].some((j) => j !== i) || familyNames.has(given);
      if (!elsewhere) moveInto(table, single, whole, true);
      else {
        single.roles = single.roles.filter((statement) => !inArticle(statement));
        single.quotes = single.quotes.filter((statement) => !inArticle(statement));
      }
    }
  }
}

/** An article's two spellings of one name are one person, under the spelling written more often (see Discovery.spellings). */
function joinSpellingVariants(table: EntityTable, discoveries: Discovery[]): void {
  for (const { name, variant } of discoveries.flatMap((d) => d.spellings)) {
    const kept = table.byKey.get(table.fold(name));
    const other = table.byKey.get(table.fold(variant));
    if (kept?.kind === 'person' && other?.kind === 'person' && kept !== other) moveInto(table, other, kept, true);
  }
}

/** Whether two names are word for word the same but one word of six letters or more, which differs by one vowel. */
function spelledAlike(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let differing = 0;
  for (const [i, word] of a.entries()) {
    if (word === b[i]) continue;
    if (++differing > 1 || word.length < 6 || b[i]!.length < 6 || word.replace(VOWELS, '') !== b[i]!.replace(VOWELS, '') || editDistance(word, b[i]!, 1) > 1) return false;
  }
  return differing === 1 && a.length > 1;
}
const VOWELS = /[aeiouy]/g;

/**
 * One person read under several names becomes one entity:
 * - "Coty-Kylie Jenner" is "Kylie Jenner" with a word glued on;
 * - "Mr. Trump" is the one fuller name with that surname, "Donald Trump";
 * - "Mr. Xi" is "Xi Jinping", whose family name comes first.
 */
function mergePeople(table: EntityTable, writtenApart: Set<string>): void {
  // Each step looks names up by their words, never compares every pair: a corpus names thousands of people.
  const people = () => [...table.byKey.values()].filter((e) => e.kind === 'person');
  const full = people().filter((e) => e.name.includes(' '));
  const fullByKey = new Map(full.map((e) => [e.key, e]));
  const nicknamed = new Set(full.filter((e) => NICKNAME.test(e.name)));
  // ("Senate President Pro-Tempore Lorna Regina" of "Lorna Regina “Loren” B. Legarda": the given names before a nickname are
  // the name's whole form where a run stopped at the quotation mark.)
  for (const entity of nicknamed) {
    const given = GIVEN_NAMES_BEFORE_NICKNAME.exec(entity.name)?.[1];
    if (given && !fullByKey.has(foldText(given))) fullByKey.set(foldText(given), entity);
  }
  // "Francis “Chiz” G. Escudero": a name with its nickname is the person's whole name, and the runs cut at its quotation
  // marks ("G. Escudero", "Lorna Regina" of "Lorna Regina “Loren” B. Legarda") are parts of it.
  for (const whole of nicknamed) {
    for (const cut of whole.key.matchAll(/\s/g)) {
      for (const part of [fullByKey.get(whole.key.slice(cut.index + 1)), fullByKey.get(whole.key.slice(0, cut.index))]) {
        if (part && part !== whole && part.key.includes(' ') && table.byKey.has(part.key)) moveInto(table, part, whole, true);
      }
    }
  }
  for (const glued of full) {
    if (nicknamed.has(glued)) continue;
    // "Coty-Kylie Jenner" and "Julian Assange Timeline" (a heading run into the name) are "Kylie Jenner" and "Julian Assange".
    let core: Entity | undefined;
    for (const cut of glued.key.matchAll(/[\s-]/g)) {
      const after = fullByKey.get(glued.key.slice(cut.index + 1));
      const before = cut[0] === ' ' ? fullByKey.get(glued.key.slice(0, cut.index)) : undefined;
      core = [after, before].find((e) => e && e !== glued && e.key.includes(' '));
      if (core) break;
    }
    if (!core || !table.byKey.has(core.key)) continue;
    // "Linda Black Elk" and "Black Elk", "Florentina Maria Widodo" and "Maria Widodo": a given name before the
    // rest of a full name is no word glued on; the longer name is the person's.
    const words = glued.name.split(/\s+/);
    // ("Joaquim Silva e Luna" and "Silva e Luna": or two family names joined by "e" or "y".)
    // ("Cristina Fernández de Kirchner" and "Fernández de Kirchner": or family names joined by a particle.)
    const givenBefore = words.length === 3 || (words.length === 4 && (JOINED_FAMILY_NAMES.test(glued.name) || isNameParticle(words[2]!)));
    // ("Marine Le Pen" and "Le Pen": any word before a family name opening with a particle is a given name, though no list's.)
    const given = isGivenName(words[0]!) || (words.length === 3 && isNameParticle(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!));
    if (givenBefore && given && !HONORIFIC_OR_TITLE(words[0]!) && looksLikePersonName(words) && core.key === foldText(words.slice(1).join(' '))) moveInto(table, core, glued, true);
    // ("Ruth Ann" of "his wife Ruth Ann (Hertzog) Pirch": a name written apart is whole.)
    else if (writtenApart.has(glued.key)) moveInto(table, core, glued, true);
    else moveInto(table, glued, core, false);
  }
  // "Patrick W. Carlineo" and "Patrick Carlineo Jr.": the same words once initials and suffixes are set aside.
  const byCore = new Map<string, Entity>();
  for (const entity of people().filter((e) => e.name.includes(' '))) {
    const core = coreNameKey(entity.name);
    const first = byCore.get(core);
    if (!first) byCore.set(core, entity);
    else moveInto(table, entity, first, true);
  }
  // "B. U. Nzeribe" is "Benjamin Nzeribe", and "Pat Carlineo" is "Patrick Carlineo": the one fuller name
  // with the same surname whose given name the initial or short form begins.
  const words = new Map(people().filter((e) => e.name.includes(' ')).map((e) => [e, nameWordsToCompare(e.name)]));
  const bySurname = groupBy([...words.keys()], (e) => words.get(e)!.core.at(-1)!);
  for (const sharing of bySurname.values()) {
    if (sharing.length < 2) continue;
    for (const short of sharing) {
      const owners = sharing.filter((e) => e !== short && table.byKey.has(e.key) && abbreviates(words.get(short)!, words.get(e)!));
      if (owners.length === 1 && table.byKey.has(short.key)) moveInto(table, short, owners[0]!, true);
    }
  }
  const remaining = people().filter((e) => e.name.includes(' '));
  const owning = new Map<string, Set<Entity>>();
  const own = (word: string, entity: Entity) => owning.set(word, (owning.get(word) ?? new Set()).add(entity));
  for (const entity of remaining) {
    const words = entity.name.split(/\s+/);
    for (const surname of surnamesOf(words)) own(foldText(surname), entity);
    // ("President Joko" is "Joko “Jokowi” Widodo": a given name is a form of a name with a nickname.)
    // ("Park" of "Park Geun-hye": a Korean given name, hyphenated in lower case after the hyphen, follows the family name.)
    // ("Lee" of "Lee Hsien Loong": a family name of one syllable before a given name of two.)
    if (!isGivenName(words[0]!) || NICKNAME.test(entity.name) || KOREAN_GIVEN_NAME_LAST.test(entity.name) || isSyllabicFamilyFirstName(words)) own(foldText(words[0]!), entity);
    // "Lula" of "Luiz Inácio Lula da Silva", "García" of "Gabriel García Márquez": a family name inside a longer name.
    for (const inner of innerFamilyNames(words)) own(foldText(inner), entity);
    // ("Law" of "Nathan Law Kwun-chung": as Hong Kong writes an English given name, the family name and the Chinese given
    // name, the family name stands before the hyphenated given name, whatever else it is.)
    if (words.length === 3 && isHyphenatedGivenName(words[2]!)) own(foldText(words[1]!), entity);
  }
  for (const single of people()) {
    if (single.name.includes(' ')) continue;
    const owners = [...(owning.get(single.key) ?? [])];
    if (owners.length !== 1) continue;
    // A surname is a form of the name already; a family name written first is not.
    const words = owners[0]!.name.split(/\s+/);
    const isSurname = surnamesOf(words).some((w) => foldText(w) === single.key);
    moveInto(table, single, owners[0]!, !isSurname);
  }
}

const KOREAN_GIVEN_NAME_LAST = /^\p{Lu}\p{Ll}{1,4}\s\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The words inside a name that may be family names it carries: in a name of three words one that is no given name
 * ("García"); in a longer one any ("Lula", though also a given name elsewhere).
 */
function innerFamilyNames(words: string[]): string[] {
  const inner = words.slice(1, -1).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !HONORIFIC_OR_TITLE(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 4 ? inner : inner.filter((w) => !isGivenName(w));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A name's words as abbreviates() compares them, computed once per name. */
interface NameWords {
  /** Folded, without initials and suffixes. */
  core: string[];
  /** Folded, every word. */
  folded: string[];
}

function nameWordsToCompare(name: string): NameWords {
  return { core: coreNameKey(name).split(' '), folded: foldText(name).split(/\s+/) };
}

/** Whether `short` names the same person as `full` in a shorter form: "B. U. Nzeribe", "Pat Carlineo". */
function abbreviates(short: NameWords, full: NameWords): boolean {
  const a = short.core;
  const b = full.core;
  const shortWords = short.folded;
  if (a.at(-1) !== b.at(-1) || b.length < 2) return false;
  const initials = shortWords.slice(0, -1).every((w) => /^(?:\p{L}\.)+$/u.test(w));
  if (initials && shortWords.length > 1) return b[0]!.startsWith(shortWords[0]![0]!) && a.length === 1;
  return a.length === 2 && b.length === 2 && a[0]!.length >= 3 && a[0] !== b[0] && b[0]!.startsWith(a[0]!);
}

function coreNameKey(name: string): string {
  return foldText(name)
    .split(/\s+/)
    .filter((w) => !/^(?:\p{L}\.)+$/u.test(w) && !/^(?:jr|sr|ii|iii|iv)\.?$/.test(w))
    .join(' ');
}

function moveInto(table: EntityTable, from: Entity, to: Entity, keepName: boolean): void {
  for (const role of from.roles) table.addStatement(to.roles, role);
  for (const quote of from.quotes) table.addStatement(to.quotes, quote);
  table.byKey.delete(from.key);
  if (keepName) table.addAlias(to, from.name);
}

/** A name right before or after a speech verb ("Webber stated", "stated Maleeha Lodhi", "according to X"). */
const SPEAKER_BEFORE = new RegExp(`\\b(?:${SPEECH})\\s+$`, 'i');
// Room for an aside between commas (", a marine biologist at the university, said").
// "The Dow added 300 points": a verb of speech followed by a number reports a quantity, not words.
const SPEAKER_AFTER = new RegExp(`^(?:,[^,]{0,60},)?\\s+(?:\\w+ly\\s+)?(?:${SPEECH})\\b(?!\\s+[\\d$£€])`, 'i');
const SPEAKER_RIGHT_AFTER = new RegExp(`^\\s+(?:\\w+ly\\s+)?(?:${SPEECH})\\b(?!\\s+[\\d$£€])`, 'i');

// "told Newsweek", "according to Reuters": who is spoken to, or for, not who speaks.
const LISTENER_BEFORE = /\b(?:told|tells|tell|asked|asks|urged|urges|according)\s+$/i;
const AFFILIATION_OF_BEFORE = /\b(?:of|at)\s+(?:the\s+)?$/;
const REPORTED_CLAUSE_VERBS = new Set(FINITE_WORDS);

// A word for a person in lower case, then a capitalised name: "spokesman Jo Doe".
const DESCRIBES_NAME_AFTER = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*)\s+\p{Lu}/u;
const describesNameAfter = (sentence: string, from: number) => {
  const head = DESCRIBES_NAME_AFTER.exec(sentence.slice(from, from + 40))?.[1];
  return head !== undefined && isPersonHead(head);
};

function isSpeakerPosition(sentence: string, run: NameRun, allowAside = true): boolean {
  // "said Jo Doe’s lawyer", "announced China’s latest targets": a name in the possessive is whose, not who speaks.
  if (POSSESSIVE_AFTER.test(sentence.slice(run.end, run.end + 3))) return false;
  // "Tom Hale of Leith said", "an analyst at Acme said": where the speaker is from does not speak.
  if (AFFILIATION_OF_BEFORE.test(sentence.slice(Math.max(0, run.start - 8), run.start))) return false;
  const from = Math.max(0, run.start - 20);
  // "said Jo Doe" names the speaker; "told Newsweek" names the listener.
  // For a single word, that matters: "Newsweek" is no one; a full name told something is still a person.
  if (SPEECH_LAST_WORDS.has(lastWordBefore(sentence, from, run.start))) {
    const before = sentence.slice(from, run.start);
    // "Erdogan said Turkey would not back down": a name followed by its own verb is the subject of what was said.
    const subjectOfClause = REPORTED_CLAUSE_VERBS.has(firstWordAfter(sentence, run.end, Math.min(sentence.length, run.end + 20)));
    // ("said Acme spokesman Jo Doe": a name before a word for a person and the speaker's name says whose spokesman.)
    if (SPEAKER_BEFORE.test(before) && (allowAside || !LISTENER_BEFORE.test(before)) && !subjectOfClause && !describesNameAfter(sentence, run.end)) return true;
  }
  // After the name: an aside opens with a comma; else a verb of speech, or an adverb before it, is the next word.
  const to = Math.min(sentence.length, run.end + 100);
  if (sentence.charCodeAt(run.end) !== 0x2c) {
    const next = firstWordAfter(sentence, run.end, to);
    if (!SPEECH_FIRST_WORDS.has(next) && !(next.length > 2 && next.endsWith('ly'))) return false;
  }
  const after = sentence.slice(run.end, to);
  const speaking = (allowAside ? SPEAKER_AFTER : SPEAKER_RIGHT_AFTER).exec(after);
  // "the Trade Partnership, a consulting firm in Washington, said": the aside says what speaks.
  const aside = speaking && /^,\s*([^,]+),/.exec(after)?.[1];
  // ("Argentina’s Presidential Spokesman, Manuel Adorni, said": a full name set off after it is who speaks.)
  const asideWords = aside ? aside.trim().split(/\s+/) : [];
  if (asideWords.length > 1 && isGivenName(asideWords[0]!) && looksLikePersonName(asideWords) && !isGivenName(run.words[0]!)) return false;
  return speaking !== null && (!aside || kindOfDescription(aside.trim()) !== 'organization');
}

const POSSESSIVE_AFTER = /^[’']s?(?![\p{L}])/u;

/** Every form an entity can be mentioned by: its name, aliases, and a person's unambiguous surname. */
function buildFormIndex(table: EntityTable): Map<string, Entity> {
  const forms = new Map<string, Entity>();
  const surnameOwners = new Map<string, Entity[]>();
  for (const entity of table.byKey.values()) {
    // "Orbital Freight Inc" is also "Orbital Freight".
    const short = entity.kind === 'organization' ? withoutLegalSuffix(entity.name) : undefined;
    if (short && !table.byKey.has(foldText(short))) table.addAlias(entity, short);
    forms.set(entity.key, entity);
    for (const alias of entity.aliases) forms.set(foldText(alias), entity);
    if (/^the\s/i.test(entity.name)) forms.set(foldText(entity.name.slice(4)), entity);
    // Mentions are read word by word, without the dots of initials: "C. Martinez" is met as "c martinez".
    if (entity.name.includes('.')) forms.set(foldText(entity.name.replace(/\./g, ' ').replace(/\s+/g, ' ').trim()), entity);
    if (entity.kind === 'person') {
      // "von der Leyen" and, as people also write it, "Leyen"; "al-Assad" and "Assad".
      for (const surname of surnamesOf(entity.name.split(/\s+/))) {
        surnameOwners.set(foldText(surname), [...(surnameOwners.get(foldText(surname)) ?? []), entity]);
      }
    }
  }
  for (const [surname, owners] of surnameOwners) {
    if (owners.length !== 1 || forms.has(surname)) continue;
    forms.set(surname, owners[0]!);
    const entity = owners[0]!;
    const words = entity.name.split(/\s+/);
    const display = surnameOf(words);
    if (!entity.aliases.includes(display) && display !== entity.name) entity.aliases.push(display);
    // "Assad", as users and later sentences call Bashar al-Assad.
    const bare = withoutJoinedArticle(words.at(-1)!);
    if (bare && foldText(bare) === surname && !entity.aliases.includes(bare)) entity.aliases.push(bare);
  }
  return forms;
}

function withoutLegalSuffix(name: string): string | undefined {
  const short = name.replace(LEGAL_SUFFIX, '').replace(/,$/, '').trim();
  return short !== name && /^\p{Lu}/u.test(short) ? short : undefined;
}

