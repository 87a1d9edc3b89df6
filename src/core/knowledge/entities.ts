/**
 * People, organisations and places, with their roles as the text states them,
 * the passages they appear in and what they said.
 *
 * Roles come from six patterns found in news writing:
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
import { alternatives, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { classOf, isBlank, lastIndexOfAny, LETTER, NUMBER } from '../text/characters.ts';
import { foldText, isStopWord } from '../text/normalize.ts';
import { lowercaseWordsIn, type WordSet } from '../text/words.ts';
import type { Alias } from './aliases.ts';
import { fitted, keptList } from './lists.ts';
import { readMentions, type ArticleMentions } from './mentions.ts';
import { SPEECH, SPEECH_VERB } from './speech.ts';
import { isFamousName, isGivenName, isGroupNoun, isOrganisationName, isPersonWord, isPlaceName, isVerbOnlyWord } from './wordLists.ts';
import { isFamilyNameHe, looksLikeOrganisation, looksLikePersonName, looksLikeSurname, nameRuns, surnameOf, surnamesOf, withoutJoinedArticle, type NameRun } from './names.ts';

export type EntityKind = 'person' | 'organization' | 'place';

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

// Words for people that WordNet's noun.person (./wordLists.ts) lacks: compounds and news usage.
const PERSON_NOUNS = new Set('co-founder cofounder ceo vice-president vice-premier midfielder fiancé fiancée counterpart defenseman defenceman'.split(' '));
// Words for what people do, by their endings: biologist, physician, criminologist.
const PERSON_ENDINGS = /^\p{Ll}{3,}(?:ologist|ographer|ician|ist)s?$|^\p{Ll}{3,}(?:wo)?m[ae]n$/u;
// -ist words that are not people.
const NOT_PERSON_ENDINGS = new Set(
  'list wrist twist exist assist resist insist persist consist desist subsist playlist checklist shortlist waitlist human humans'.split(' '),
);

// Words WordNet files as people that news uses for things: "the power of", "in this case".
const NOT_PERSON_NOUNS = new Set(['power', 'case', 'subject', 'native', 'world']);
const RANKING = /^(?:the\s+)?(?:world|women’s|women's|men’s|men's|former|then|current|top-ranked|ranked|\p{Lu}[\p{L}.-]*[’']s)?\s*No\.\s*\d{1,3}$/iu;
const RANKING_BEFORE = /(?:(?:the|world|women’s|women's|men’s|men's|former|top-ranked|ranked)\s+)*No\.\s*\d{1,3}\s*$/iu;
const NATIVE_OF = /^(?:a|an)\s+(?:(?:lifelong|longtime|proud)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}native(?:\s+of\s+\p{Lu}|$)/u;

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

function isPersonNoun(word: string): boolean {
  return remembered(personNounMemo, word, decidePersonNoun);
}

function decidePersonNoun(word: string): boolean {
  const singular = word.replace(/(?<=[^s])s$/, '').replace(/(?<=m)en$/, 'an');
  if (ORGANISATION_NOUNS.has(singular) || PLACE_NOUNS.has(singular) || NOT_PERSON_NOUNS.has(singular)) return false;
  const known = (w: string) => isPersonWord(w) || PERSON_NOUNS.has(w);
  return known(word) || known(singular) || (PERSON_ENDINGS.test(word) && !NOT_PERSON_ENDINGS.has(singular));
}

const ORGANISATION_NOUNS = new Set(
  ('group platform provider organisation organization party outlet agency company firm network movement institute ' +
    'think-tank newspaper publication magazine channel broadcaster website force militia faction branch affiliate ' +
    'coalition union alliance body council ministry department bank fund charity foundation university college club ' +
    'team startup start-up corporation subsidiary publisher service authority regulator court parliament government ' +
    'administration committee commission wing outfit brigade cell army navy regime consortium institution facility ' +
    'hospital clinic airline operator manufacturer retailer insurer lender utility watchdog nonprofit ngo partnership').split(' '),
);
const PLACE_NOUNS = new Set(
  'city town village province region port capital district county island territory municipality neighbourhood neighborhood valley'.split(' '),
);
// Participles that open a description of an organisation ("…, led by China, …").
const ORGANISATION_PARTICIPLES = /^(?:led|based|founded|headquartered|run|backed|owned|operated|funded|created|established)\b/;
// Words that end the noun phrase carrying the head noun.
const PHRASE_BREAKS = new Set('of for at in on with from based to who which that aiming whose since by as'.split(' '));

// Titles that stand before a name; honorifics are a cue but not a role.
const TITLES = new Set(
  ('minister president premier chancellor secretary general senator governor ambassador king queen prince princess ' +
    'sheikh judge justice mayor commissioner chairman chairwoman director colonel captain lieutenant admiral sergeant ' +
    'professor chief spokesman spokeswoman representative pope cardinal bishop imam ayatollah emir sultan mullah ' +
    'commander ceo cfo coo cto cio cmo detective inspector councillor councilor executive administrator adviser advisor officer attorney speaker ' +
    'leader deputy marshal sheriff superintendent coach manager chair treasurer auditor solicitor ' +
    // Abbreviated titles, as news writes them before a name ("Sen.", "Gov.", "Lt. Gen.").
    'sen sens rep reps gov gen lt col capt sgt adm cmdr supt det insp amb atty pres cpl pvt maj').split(' '),
);
// A pattern object made once: a literal in a function is one object, but replace() with it is still a call into the
// pattern engine; this is asked of most capitalised words, several times.
const FINAL_DOT = /\.$/;
const HONORIFIC_OR_TITLE = (word: string) => {
  const bare = word.toLowerCase().replace(FINAL_DOT, '');
  return TITLES.has(bare) || HONORIFICS.has(bare) || (bare.includes('-') && isHyphenatedTitle(bare));
};
// "Attorney-General", "Vice-President", "Major-General", "President-elect" are titles; "Quartermaster-General",
// a department, and "Smith-Jones", a name, are not.
const TITLE_OPENERS = new Set(['vice', 'deputy', 'under', 'major', 'brigadier', 'rear', 'lieutenant', 'governor', 'attorney', 'secretary', 'director', 'solicitor']);
function isHyphenatedTitle(word: string): boolean {
  const parts = word.split('-');
  if (parts.at(-1) === 'elect') return parts.slice(0, -1).every((part) => TITLES.has(part) || TITLE_OPENERS.has(part));
  return parts.length === 2 && TITLE_OPENERS.has(parts[0]!) && TITLES.has(parts[1]!);
}
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'messrs', 'hon', 'rt']);

const COPULA = /^(?:has|have|had)?\s*(?:long\s+)?(?:served|serves|serve|worked|works|work)\s+as\s+|^(?:is|was)\s+(?:then\s+|now\s+|currently\s+)?(?:serving|working)\s+as\s+|^(?:is|was|has been|had been|became|becomes|is now|was once|remains)\s+/i;

const SPEAKER_AT_END = new RegExp(`\\s(?:${SPEECH})$`, 'i');

const LISTENER_BEFORE = /\b(?:told|tells|tell|asked|asks|urged|urges|according)\s+$/i;

// A description never carries a finite verb; "the TTP, the Taliban government … has disregarded" is a clause.
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|should|will|would|can|could|may|might|must|did|does|do)\b/i;

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
  /** Roles stated of a single word ("Lodhi, who has served as …"), for the person it turns out to name. */
  unresolvedRoles: { surname: string; role: Statement; unlessPerson?: string }[];
  /** Person-shaped names with no cue of their own; `listed` when a known person stands beside them in a list. */
  undecided: { name: string; words: string[]; listed: boolean }[];
  /** Folded single words used as people are ("Noem tweeted", "Tolivert 25 points"). */
  singleNames: string[];
  /** Single words that speak and are no ordinary word of the article ("Schiff asked"). */
  singleSpeakers: string[];
  /** Folded names the article writes as an organisation's or a thing's ("the Bay Area", "Acme said its", "Acme’s shares"). */
  thingNames: string[];
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

// Words a headline leaves in lower case.
const HEADLINE_SMALL_WORDS = new Set('a an the of at to in on for and or but nor with by from as vs via into over up'.split(' '));

/**
 * "Man Shot at Dallas Gas Station Dies at Hospital": a line in title case, with no comma and no full stop, is
 * a headline (another story's, or a heading). Every word is capitalised there, so no run of capitals in it
 * says where a name starts or ends; names it holds are found where the text writes them in sentences.
 */
function isHeadline(sentence: string): boolean {
  const text = sentence.trim();
  if (/[,;.!?:]["”’']?$/.test(text) || text.includes(',')) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  if (words.length < 5) return false;
  const content = words.filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  return content.length >= 4 && content.every((w) => /^\p{Lu}/u.test(w));
}

// What stands between the names of a list: "Jo Doe, Al Roe and Bo Vale", "Doe & Roe".
const LIST_SEPARATOR = /^(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+)$/;

/**
 * What is read of a run, remembered for the runs of the sentence being read: pass 1 asks most of it more than
 * once. A sentence has a few runs: they are looked up in a list (emptying a Map for every sentence costs more).
 */
class RunMemo<T> {
  private sentence = '';
  private commonWords: WordSet | undefined;
  private count = 0;
  private readonly runs: (NameRun | undefined)[] = [];
  private readonly answers: (T | undefined)[] = [];

  constructor(private readonly read: (sentence: string, run: NameRun, commonWords: WordSet) => T) {}

  of(sentence: string, run: NameRun, commonWords: WordSet): T {
    if (this.sentence !== sentence || this.commonWords !== commonWords) {
      this.sentence = sentence;
      this.commonWords = commonWords;
      this.runs.fill(undefined, 0, this.count);
      this.answers.fill(undefined, 0, this.count);
      this.count = 0;
    }
    for (let i = 0; i < this.count; i++) if (this.runs[i] === run) return this.answers[i] as T;
    const answer = this.read(sentence, run, commonWords);
    this.runs[this.count] = run;
    this.answers[this.count++] = answer;
    return answer;
  }
}

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
  private readonly undecided: { name: NameRun; sentence: string; people: NameRun[] }[] = [];
  // Single words used as people are ("Noem tweeted", "Tolivert 25 points"): a surname in waiting.
  private readonly singleNames = new Set<string>();
  private readonly singleSpeakers = new Set<string>();
  private readonly thingNames = new Set<string>();
  // A famous person's name also names what is named after them ("NASA’s Hubble", "at Cornell", "Vanderbilt athletic director"):
  // anywhere in the article, a use like that makes the word a thing's name.
  private readonly famousThings = new Map<string, boolean>();
  // The person the previous sentence opened with: "The real estate agent said" in the next one is them,
  // in the next paragraph too (news often gives a sentence a paragraph of its own).
  private previousSubject: NameRun | undefined;
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
      this.previousRuns = [];
      return;
    }
    const commonWords = this.commonWords;
    const runs = nameRuns(sentence);
    for (let i = 0; i < runs.length; i++) runs[i] = withoutCommonOpening(runs[i]!, sentence, commonWords);
    const anaphora = this.previousSubject && readDescribedSubject(sentence);
    if (anaphora) this.unresolvedRoles.push({ surname: this.previousSubject!.text, role: stated(passageId, sentence, anaphora) });
    const opening = runs[0];
    this.previousSubject = opening && /^[\s“"]*$/.test(sentence.slice(0, opening.start)) && looksLikePersonName(opening.words) ? opening : undefined;
    // The runs that hold a person, whole: lists of names are read from them.
    const people: NameRun[] = [];
    for (const whole of runs) this.readRun(passageId, sentence, runs, whole, people);
    for (const run of runs) if (writtenAsThing(sentence, run)) this.noteThing(sentence, run);
    this.readCopulas(passageId, sentence, runs);
    this.readPluralCopulas(passageId, sentence, runs);
    this.readPluralDescriptions(passageId, sentence, runs);
    // "Robin Biesbroek of the CDF", "Dr. Maya Chen of Stanford University": where a person is from, a role of last resort.
    for (const run of runs) {
      const named = run.words.length > 2 ? withoutHonorifics(run, sentence) : run;
      const affiliation = looksLikePersonName(named.words) ? readAffiliationAfter(sentence, named.end) : undefined;
      if (affiliation) this.unresolvedRoles.push({ surname: named.text, role: stated(passageId, sentence, affiliation) });
    }
    this.readPossessives(passageId, sentence, runs);
    this.readAppointments(passageId, sentence, runs);
    this.previousRuns = runs;
    for (const clause of relativeClauses(sentence, runs)) {
      if (clause.run.words.length === 1) this.unresolvedRoles.push({ surname: clause.run.text, role: stated(passageId, sentence, clause.role) });
      else this.found.addStatement(this.found.add(clause.run.text, 'person').roles, stated(passageId, sentence, clause.role));
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
    const titled = personInRun(whole, sentence, commonWords);
    const run = titled?.name ?? whole;
    // What the name looks like, asked once: a person's full name, or a single surname-like word.
    const personName = looksLikePersonName(run.words);
    const single = run.words.length === 1;
    const surname = single && looksLikeSurname(run.text);
    if (titled) {
      const entity = found.add(run.text, 'person');
      // "Bishop Galloway": a title makes a single word a person's name, even a place's.
      if (run.words.length === 1) this.singleNames.add(foldText(run.text));
      // "Rep. Ilhan Omar (D-Minn.)": the party and state belong with the title.
      // "Sen. Ted Cruz, R-Texas,": written between commas, the same party and state.
      const party = PARTY_AFTER_NAME.exec(sentence.slice(run.end, run.end + 24));
      const partyText = party && (party[1] ?? `(${party[2]})`);
      if (titled.title) found.addStatement(entity.roles, stated(passageId, sentence, partyText ? `${titled.title} ${partyText}` : titled.title));
      people.push(whole);
    }
    const apposition = readApposition(sentence, run.end);
    if (apposition) {
      const kind = kindOfDescription(apposition);
      if (kind === 'person' && personName) found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, apposition));
      else if (kind === 'person' && surname) unresolvedRoles.push({ surname: run.text, role: stated(passageId, sentence, apposition) });
      else if (kind === 'organization' && !titled && !personName) found.addStatement(found.add(run.text, 'organization').roles, stated(passageId, sentence, apposition));
      else if (kind === 'place' && !titled && run.words.length <= 3) found.addStatement(found.add(run.text, 'place').roles, stated(passageId, sentence, apposition));
    }
    if (!titled && run.words.length >= 2 && looksLikeOrganisation(run.words) && !personName) found.add(run.text, 'organization');
    // "a former Beto O’Rourke supporter": a full name before a word for a person's follower is that person's.
    const followed = run.words.length > 1 && FOLLOWER_AFTER.test(sentence.slice(run.end, run.end + 20));
    // (Asked only of what may be a person's name: "The", "It" or "We" speak for no one.)
    const cued = (surname || personName) && (isSpeakerPosition(sentence, run) || hasPersonCueAfter(sentence, run) || followed);
    if (cued && surname) this.singleNames.add(foldText(run.text));
    if (personName && cued && !titled) {
      found.add(run.text, 'person');
      people.push(whole);
    } else if (!titled && personName) this.undecided.push({ name: run, sentence, people });
    // "heir to the British throne, Charles,": a description before one name too.
    const leadable = personName || (surname && !looksLikeOrganisation(run.words));
    const leadingRole = leadable ? readLeadingDescription(sentence, run) : undefined;
    if (leadingRole) found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, leadingRole));
    const described = describedBefore(sentence, run, commonWords);
    const describable = personName || surname;
    if (described?.kind === 'person' && describable) {
      // "the immunologist Jo Doe at the University of Leith": where the person works finishes the description.
      const affiliation = readAffiliationAfter(sentence, run.end, true);
      const text = ownedDescription(sentence, described.text, run, runs, this.previousRuns);
      found.addStatement(found.add(run.text, 'person').roles, stated(passageId, sentence, affiliation ? `${text} ${affiliation}` : text));
      people.push(whole);
    }
    if (described?.kind === 'organization' && !titled && !personName) found.addStatement(found.add(run.text, 'organization').roles, stated(passageId, sentence, described.text));
    if (surname && isSpeakerPosition(sentence, run, false)) this.singleSpeakers.add(run.text);
    // "Tolivert 25 points", "Omar (D-Minn.)": a single name that only a person takes.
    if (surname && hasPersonCueAfter(sentence, run)) found.add(run.text, 'person');
    // "inspired by Van Gogh’s painting": a famous person called by their family name alone, never introduced.
    if (!titled && looksLikeSurname(run.words.at(-1)!) && isFamousName(run.words) && !this.namesAThing(run.text)) found.add(run.text, 'person');
    // "Tommy — who only goes by his first name —": a given name alone that "who" (not a team's plural "who are") refers to.
    if (single && commaOrDashAt(sentence, run.end) && isGivenName(run.text) && !commonWords.has(run.text.toLowerCase()) && WHO_AFTER.test(sentence.slice(run.end))) found.add(run.text, 'person');
  }

  /** "Jo Doe is the mayor of Leith": a person-shaped name followed by what it is. */
  private readCopulas(passageId: string, sentence: string, runs: NameRun[]): void {
    for (const run of runs) {
      const role = readCopulaDescription(sentence, run) ?? readPostTaken(sentence, run);
      if (role) this.addRole(passageId, sentence, run, role);
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
      if (!/s$/.test(run.words[0]!) && !pluralHintBefore(sentence, run.start)) continue;
      const plural = pluralDescriptionBefore(sentence, run, this.commonWords);
      if (!plural) continue;
      const listed = [run];
      for (let j = i + 1; j < runs.length && LIST_SEPARATOR.test(sentence.slice(runs[j - 1]!.end, runs[j]!.start)); j++) listed.push(runs[j]!);
      // Set off by punctuation, the description needs a list of names that closes where the phrase does.
      if (!plural.direct && (listed.length < 2 || !/^\s*(?:[,;:—–)]|[.!?]?[”"’]?\s*$)/.test(sentence.slice(listed.at(-1)!.end)))) continue;
      this.addListed(passageId, sentence, listed, plural.text);
    }
  }

  /** The people of a list, each with the role the list is given (a single surname's waits for its person). */
  private addListed(passageId: string, sentence: string, listed: NameRun[], role: string): void {
    for (const whole of listed) this.addRole(passageId, sentence, personInRun(whole, sentence, this.commonWords)?.name ?? whole, role);
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
      this.unresolvedRoles.push({ surname: next.text, role: stated(passageId, sentence, `of ${run.text}`), unlessPerson: run.text });
    }
  }

  /**
   * "Trump tapped Sondland as his ambassador to the European Union", "agreed a deal to replace Jo Doe as Acme's
   * manager": the post a sentence gives a name. Who replaces or succeeds someone takes the post too, when the
   * sentence opens with them.
   */
  private readAppointments(passageId: string, sentence: string, runs: NameRun[]): void {
    const identifying = sentence.includes('identified') || sentence.includes(' named ');
    for (const run of runs) {
      const identified = identifying ? readIdentifiedAs(sentence, run) : undefined;
      if (identified) this.addRole(passageId, sentence, run, identified);
      const post = readAppointedAs(sentence, run);
      if (!post) continue;
      this.addRole(passageId, sentence, run, post.role);
      const subject = runs[0]!;
      if (post.succeeds && subject !== run && /^[\s“"]*$/.test(sentence.slice(0, subject.start)) && !/[,;:—–]/.test(sentence.slice(subject.end, run.start))) {
        this.addRole(passageId, sentence, subject, post.role);
      }
    }
  }

  /** A role for a person's full name, or for a single surname once its person is known. */
  private addRole(passageId: string, sentence: string, run: NameRun, role: string): void {
    if (looksLikePersonName(run.words)) this.found.addStatement(this.found.add(run.text, 'person').roles, stated(passageId, sentence, role));
    else if (run.words.length === 1 && looksLikeSurname(run.text)) this.unresolvedRoles.push({ surname: run.text, role: stated(passageId, sentence, role) });
  }

  discovery(): Discovery {
    const { commonWords, afterArticle } = this;
    return {
      found: keptFindings(this.found.found),
      unresolvedRoles: fitted(this.unresolvedRoles),
      undecided: keptUndecided(this.undecided.map(({ name, sentence, people }) => ({ name: name.text, words: name.words, listed: listedBeside(sentence, name, people) }))),
      singleNames: [...this.singleNames],
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
  for (const { name, words, listed } of undecided) {
    const key = `${listed}\u0000${name}\u0000${words.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ name, words: fitted(words), listed });
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
  for (const entity of table.byKey.values()) if (entity.kind === 'person') surnames.add(foldText(entity.name.split(/\s+/).at(-1)!));
  for (const [i, { name, words, listed }] of all.flatMap((d) => d.undecided).entries()) {
    if (i % 5_000 === 4_999) yield 'entities: people decided';
    if (table.byKey.get(table.fold(name))?.kind === 'person') continue;
    // "Mr. Xi" and "Xi Jinping": a family name written first.
    const familyFirst = !isGivenName(words[0]!) && surnames.has(table.fold(words[0]!));
    if (surnames.has(table.fold(surnameOf(words))) || familyFirst || listed) table.add(name, 'person');
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
  mergePeople(table);
  const usedAsPeople = new Set(all.flatMap((d) => d.singleNames));
  for (const entity of table.byKey.values()) {
    const kind = entity.kind === 'person' ? kindOfNoOne(entity, usedAsPeople) : undefined;
    if (kind) becomeNoOne(entity, kind);
  }
  demoteThings(table, all, usedAsPeople);
  yield 'entities: people merged';
  const forms = buildFormIndex(table);
  yield 'entities: name forms';
  for (const { surname, role, unlessPerson } of all.flatMap((d) => d.unresolvedRoles)) {
    if (unlessPerson && forms.get(foldText(unlessPerson))?.kind === 'person') continue;
    const entity = forms.get(foldText(surname));
    if (entity?.kind === 'person') table.addStatement(entity.roles, role);
  }
  // Ranked once every role is in, those a surname alone was given too ("Doe, a senior analyst").
  let ranked = 0;
  for (const entity of table.byKey.values()) {
    entity.roles.sort((a, b) => roleQuality(b.text) - roleQuality(a.text));
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
  const entities = new Map([...resolved.table.byKey.values()].map((e) => [e.key, { ...e, mentions: [] as string[], quotes: [...e.quotes] }]));
  // The quotes each entity has, made when it is first quoted: most passages quote no one.
  const quoted = new Map<string, Set<string>>();
  let read = 0;
  for (const article of mentions) {
    for (const [passageId, passage] of article) {
      for (const key of passage.keys) entities.get(key)?.mentions.push(passageId);
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
    if (entity.mentions.length === 0) continue;
    mentioned.push({ ...entity, roles: fitted(entity.roles), aliases: fitted(entity.aliases), mentions: fitted(entity.mentions), quotes: fitted(entity.quotes) });
  }
  return mentioned;
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

/**
 * "Questioning Vindman, Castor asked": a sentence's first word is capitalised by
 * grammar, so a word the articles also write in lower case is not part of the name
 * after it (unless it is a given name that opens a two-word name: "Will Smith").
 */
const QUESTION_OPENERS = /^(?:Will|Would|Can|Could|Should|Shall|May|Might|Must|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had)$/;

function withoutCommonOpening(run: NameRun, sentence: string, commonWords: WordSet): NameRun {
  if (run.words.length < 2 || !isBlank(sentence, 0, run.start)) return run;
  const first = run.words[0]!;
  // "Questioning Vindman", "Officially Smith": a verb's or adverb's form opens the sentence.
  const common = commonWords.has(first.toLowerCase()) || /\p{Ll}(?:ing|ed|ly)$/u.test(first);
  // "Will Warren continue to face the heat?": a question opens with its verb, even one that is also a name.
  const asking = QUESTION_OPENERS.test(first) && /\?[”"’']?\s*$/.test(sentence);
  if (!asking && (!common || (isGivenName(first) && run.words.length === 2) || isFamilyNameHe(run.words, 0))) return run;
  return subRunOf(run, sentence, 1);
}

/**
 * "Michael Webb", "Nealy Cox": a name that opens with a given name. At the start
 * of a sentence, where every word is capitalised, a given name that the articles
 * also use as an ordinary word ("Will", "Grant") is no evidence.
 */
function opensWithGivenName(run: NameRun, sentence: string, commonWords: WordSet): boolean {
  const first = run.words[0]!;
  if (!isGivenName(first)) return false;
  const opensSentence = isBlank(sentence, 0, run.start);
  return !(opensSentence && commonWords.has(first.toLowerCase()));
}

// Capitalised words joined to a title by "of", "to" or a possessive: "Director of Public Prosecution", "NASA’s".
const TITLE_LEAD = /((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*(?:[’']s\s+|\s+(?:of|to|for|at)\s+(?:the\s+)?))$/u;

/** Lower-case words that belong to a title written before a name: "former Secretary of State X". */
const TITLE_MODIFIERS = /(?:^|\s)((?:(?:former|then|acting|interim|outgoing|incoming|late|retired|current|deputy|incumbent)[\s-]+)+)$/i;

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

const personMemo = new RunMemo((sentence, run, commonWords) => readPersonInRun(run, sentence, commonWords));

function readPersonInRun(run: NameRun, sentence: string, commonWords: WordSet): { name: NameRun; title?: string } | undefined {
  const words = run.words;
  // One word is no person inside a run: with no title it is no person's name, and a title alone names no one.
  if (words.length < 2) return undefined;
  const titleAt = words.findLastIndex(HONORIFIC_OR_TITLE);
  let from: number | undefined;
  if (titleAt >= 0 && titleAt < words.length - 1) {
    const tail = words.slice(titleAt + 1);
    // After a title, the name is the longest person-like ending, from a given name if there is one.
    const given = tail.findIndex((w, i) => isGivenName(w.split('-')[0]!) && looksLikePersonName(tail.slice(i)));
    const shaped = tail.findIndex((_, i) => looksLikePersonName(tail.slice(i)));
    const single = tail.length === 1 && looksLikeSurname(tail[0]!) && !looksLikeOrganisation(tail);
    // "Khawaja Muhammad Asif" whole; "Public Prosecution Eva-Marie Persson" from the given name.
    const shapedIsShort = shaped >= 0 && tail.length - shaped <= 3;
    const at = shapedIsShort ? shaped : given >= 0 ? given : shaped >= 0 ? shaped : single ? 0 : -1;
    if (at >= 0) from = titleAt + 1 + at;
  } else if (titleAt === -1) {
    // "European Union Gordon Sondland": a given name after other capitalised words.
    const given = words.findIndex((w, i) => i > 0 && isGivenName(w.split('-')[0]!) && looksLikePersonName(words.slice(i)));
    // "J.J. Abrams", "K. Hupfer": initials open only people's names.
    const opensWithInitials = /^(?:\p{Lu}\.){1,3}$/u.test(words[0]!) && words.length >= 2;
    // "special envoy to Ukraine Kurt Volker": after "to", "of" or "for", the first capitalised words finish a title.
    const afterPreposition = /\b(?:to|of|for)\s+$/.test(sentence.slice(Math.max(0, run.start - 5), run.start));
    if ((opensWithGivenName(run, sentence, commonWords) || opensWithInitials) && looksLikePersonName(words)) from = 0;
    else if (given > 0 && (!looksLikePersonName(words) || prefixIsNoName(words, given, commonWords) || afterPreposition)) from = given;
  }
  if (from === undefined) return undefined;
  const name = subRunOf(run, sentence, from);
  if (from === 0) return { name };
  // "former special envoy to Ukraine Kurt Volker": the title is the description before the preposition and its object.
  const preposition = titleAt === -1 ? /\s(?:to|of|for)\s+$/.exec(sentence.slice(0, run.start)) : null;
  const governing = preposition ? descriptionEndingAt(sentence, preposition.index, commonWords) : undefined;
  if (preposition && governing?.kind === 'person') return { name, title: sentence.slice(preposition.index - governing.text.length, name.start).trim() };
  const titleWords = words.slice(0, from).filter((w) => !HONORIFICS.has(w.toLowerCase().replace(FINAL_DOT, '')));
  if (titleWords.length === 0) return { name };
  const titleStart = sentence.indexOf(titleWords[0]!, run.start);
  // The title may begin before the run: "NASA’s Administrator X", "U.S. Ambassador to the European Union X".
  const lead = TITLE_LEAD.exec(sentence.slice(Math.max(0, titleStart - 80), titleStart))?.[1] ?? '';
  const leadHolds = /[’']s\s+$/.test(lead) || lead.split(/\s+/).some(HONORIFIC_OR_TITLE);
  const titleText = sentence.slice(leadHolds ? titleStart - lead.length : titleStart, name.start).replace(/[\s,]+$/, '');
  const modifiers = TITLE_MODIFIERS.exec(sentence.slice(Math.max(0, titleStart - (leadHolds ? lead.length : 0) - 40), titleStart - (leadHolds ? lead.length : 0)))?.[1] ?? '';
  const title = `${modifiers}${titleText}`.trim();
  // "Lawyers for Jo Doe": the name is the object of the preposition, not the one the words before it describe.
  if (/\s(?:for|of|to|with|against|by|from|on|at|about)$/i.test(title)) return { name };
  // "WeWork founder and former CEO Adam Neumann": the description read back from the name, when it holds the title.
  const fuller = descriptionEndingAt(sentence, name.start, commonWords);
  return { name, title: fuller && fuller.text.length > title.length && fuller.text.endsWith(titleText) ? fuller.text : title };
}

/** Split only after words that are not a name's ("Public Prosecution Eva-Marie Persson"; not "Khawaja Muhammad Asif"). */
function prefixIsNoName(words: string[], end: number, commonWords: WordSet): boolean {
  // ("Canadian Felix Auger-Aliassime": a nationality is no name either.)
  return words.slice(0, end).some((w) => commonWords.has(w.toLowerCase()) || looksLikeOrganisation([w]) || isPersonNoun(w.toLowerCase()) || isGroupNoun(w));
}

/** The part of a run from its word `from` on, with offsets in the sentence. */
function subRunOf(run: NameRun, sentence: string, from: number): NameRun {
  if (from === 0) return run;
  const words = run.words.slice(from);
  let start = run.start;
  for (let i = 0; i < from; i++) start = sentence.indexOf(run.words[i]!, start) + run.words[i]!.length;
  start = sentence.indexOf(words[0]!, start);
  return { text: sentence.slice(start, run.end), words, start, end: run.end };
}

// Cues after a name that only people take: an age ("Jo Doe, 45,"), a party and
// state ("Ilhan Omar (D-Minn.)"), a player's line in a box score ("Tolivert 25 points").
const STATS = 'points?|goals?|assists?|saves?|rebounds?|steals?|blocks?|tackles?|sacks?|yards?|touchdowns?|receptions?|catches|carries|interceptions?|strikeouts?|hits?|runs?|RBIs?|birdies|aces';
// "Shaq Vann rushed for 101 yards": a player's line written as a sentence (units no market or company reports).
const SPORTS_UNITS = 'yards|touchdowns?|rebounds?|assists?|goals?|saves?|tackles?|sacks?|carries|receptions?|strikeouts?|RBIs?|birdies';
const PERSON_CUE_AFTER = new RegExp(
  `^(?:,\\s+\\d{1,3},|\\s+\\([DRI](?:-[A-Z][\\p{L}.]*)?\\)|\\s+\\d+\\s+(?:${STATS})\\b|` +
    `\\s+(?:rushed|passed|threw|caught|ran|kicked|scored|had|made|recorded|added|finished\\s+with)\\s+(?:for\\s+)?\\d+\\s+(?:${SPORTS_UNITS})\\b)`,
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
    '|[’\']s?\\s+(?:shares|stock|stocks|revenues?|earnings|profits?|subsidiar(?:y|ies)|headquarters|apps?|website|platform|homepage|products|customers|employees|shareholders|stores|brand|lineup|co-?founder|founder|CEO|chief\\s+executive)\\b' +
    // "Forest Hill police", "Walter Reed hospital", "the Galileo probe": a noun no person's name qualifies.
    '|\\s+(?:police|residents|firefighters|hospital|clinic|museum|airport|stadium|arena|university|college|hotel|spacecraft|probe|telescope|rocket|supercomputer|satellite)\\b' +
    // "Palm Bay (1-0):": a team's record.
    '|\\s+\\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?\\))',
);
// "“Star Wars,”": a name that fills a quotation is a work's title.
const QUOTE_CLOSED_AFTER = /^[,.]?[”"]/;
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
  // ("a spin-off from Quentin Tarantino, which": a given name's "which" is the thing before it.)
  if (THING_AFTER.test(after) && !(WHICH_AFTER.test(after) && isGivenName(run.words[0]!))) return true;
  const opening = run.start === 0 ? 0 : sentence.charCodeAt(run.start - 1);
  if ((opening === 0x201c || opening === 0x22) && QUOTE_CLOSED_AFTER.test(after)) return true;
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

const WHO_AFTER = /^\s*(?:,|—|–)\s*who\s+(?!are\b|were\b|have\b)/;
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

/** "Cory Booker and Kamala Harris", "Booker, Harris or Sanders": a name in a list with a known person. */
function listedBeside(sentence: string, name: NameRun, people: NameRun[]): boolean {
  return people.some((person) => {
    const [first, second] = person.start < name.start ? [person, name] : [name, person];
    return /^(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/.test(sentence.slice(first.end, second.start));
  });
}

/**
 * One person read under several names becomes one entity:
 * - "Coty-Kylie Jenner" is "Kylie Jenner" with a word glued on;
 * - "Mr. Trump" is the one fuller name with that surname, "Donald Trump";
 * - "Mr. Xi" is "Xi Jinping", whose family name comes first.
 */
function mergePeople(table: EntityTable): void {
  // Each step looks names up by their words, never compares every pair: a corpus names thousands of people.
  const people = () => [...table.byKey.values()].filter((e) => e.kind === 'person');
  const full = people().filter((e) => e.name.includes(' '));
  const fullByKey = new Map(full.map((e) => [e.key, e]));
  for (const glued of full) {
    // "Coty-Kylie Jenner" and "Julian Assange Timeline" (a heading run into the name) are "Kylie Jenner" and "Julian Assange".
    let core: Entity | undefined;
    for (const cut of glued.key.matchAll(/[\s-]/g)) {
      const after = fullByKey.get(glued.key.slice(cut.index + 1));
      const before = cut[0] === ' ' ? fullByKey.get(glued.key.slice(0, cut.index)) : undefined;
      core = [after, before].find((e) => e && e !== glued && e.key.includes(' '));
      if (core) break;
    }
    if (core && table.byKey.has(core.key)) moveInto(table, glued, core, false);
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
    if (!isGivenName(words[0]!)) own(foldText(words[0]!), entity);
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

/**
 * How well a role describes its person, to show the best first: a longer
 * description, naming the organisation or country, beats a bare title; one that
 * opens with a pronoun ("Its director") needs the sentence before it.
 */
function roleQuality(role: string): number {
  let quality = Math.min(role.split(/\s+/).length, 10);
  if (/\p{Lu}/u.test(role.slice(1))) quality += 2;
  if (/^(?:its|his|her|their)\b/i.test(role) && !role.endsWith(')')) quality -= 8;
  // "represents a largely rural district": what the person does says less than a title ("State Sen.") or a noun phrase.
  if (DESCRIBING_VERB.test(role.slice(0, role.indexOf(' ')))) quality -= 2;
  // "and Captain Talcott", "but the Members of Congress": a phrase that opens with a conjunction is the rest of a list or clause.
  if (/^(?:and|or|but|nor|if|when|while|because|so|you)\b/i.test(role)) quality -= 20;
  // "of the CDF", "then at the University of Maryland": where the person is from says less than what they are.
  if (/^(?:(?:then|now|formerly|previously)\s+)?(?:of|at|with|from)\s/i.test(role)) quality -= 6;
  return quality;
}

const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'at', 'in', 'on', 'de', 'du', 'des', 'der', 'van', 'von']);

/** "of the Institute for Functional Genomics at the National Center for Scientific Research in France", after a name ("at the …" too, when asked). */
function readAffiliationAfter(sentence: string, from: number, orAt = false): string | undefined {
  const opening = (orAt ? /^\s+(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/u : /^\s+of\s+(?:the\s+)?(?=\p{Lu})/u).exec(sentence.slice(from));
  if (!opening) return undefined;
  const tokens = sentence.slice(from + opening[0].length).split(/\s+/);
  let taken = 0;
  for (let i = 0; i < tokens.length && i < 16; i++) {
    const token = tokens[i]!;
    if (/^\p{Lu}/u.test(token)) {
      taken = i + 1;
      if (/[,;:.!?)]$/.test(token) && !/^(?:\p{Lu}\.)+$/u.test(token)) break;
      continue;
    }
    // Up to two small words join capitalised ones: "at the National Center".
    if (!NAME_CONNECTORS.has(token) || i - taken >= 2) break;
  }
  if (taken === 0) return undefined;
  return `${opening[0].trim()} ${tokens.slice(0, taken).join(' ')}`.replace(/[,;:.!?]+$/, '');
}

/**
 * "The real estate agent said she …": a sentence whose subject is a description of
 * a person, written to refer back to the person the sentence before opened with.
 */
function readDescribedSubject(sentence: string): string | undefined {
  const subject = DESCRIBED_SUBJECT.exec(sentence);
  const description = subject?.[1];
  if (!description || FINITE_VERB.test(description)) return undefined;
  const head = description.split(/\s+/).at(-1)!;
  // A plural ("the researchers said") is not the one person before.
  return isPersonNoun(head) && !/s$/.test(head) ? description : undefined;
}
// "The former “Ocean Drive” star, 42, was voted off": a title in quotation marks and an age may stand in it.
const DESCRIBED_SUBJECT = new RegExp(
  `^[\\s“"]*The\\s+((?:(?:[\\p{Ll}\\d][\\p{L}\\d’'-]*|[“"][^“”"]{1,40}[”"])\\s+){0,5}[\\p{Ll}][\\p{L}-]*)(?:,\\s+\\d{1,3},)?\\s+(?:${SPEECH}|is|was|has|had)\\b`,
  'u',
);

// Verbs that give someone a post "as" something: the name is their object.
const APPOINTING_VERB_BEFORE = /\b(?:appoint(?:s|ed|ing)?|named|nam(?:es|ing)|hir(?:e|es|ed|ing)|tap(?:s|ped|ping)?|pick(?:s|ed|ing)?|cho(?:se|sen|oses?|oosing)|select(?:s|ed|ing)?|nominat(?:e|es|ed|ing)|(?:re-?)?elect(?:s|ed|ing)?|install(?:s|ed|ing)?|confirm(?:s|ed|ing)?|(?:(?:re)?plac|succe)(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)\s+$/i;
const SUCCEEDING_VERB = /\b(?:replac|succe)/i;
// Where the post ends and the sentence goes on: "as manager until the end of the season", "as coach in 2016".
const MONTHS_ALONE = alternatives(MONTH_NAMES);
const AFTER_POST = new RegExp(String.raw`\s+(?:(?:until|till|after|before|since|following|when|while|through|amid|despite|because|last|this|next|earlier|later|for\s+(?:the\s+)?(?:next|rest|remainder|past)|for\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+(?:\p{Ll}+\s+)?(?:years?|months?|weeks?|decades?|days?)|and\s+(?:\p{Ll}+ed|is|was|will|has))\b|(?:in|on)\s+(?:the\s+)?(?=\d)|in\s+\p{Lu}\p{Ll}+\.?(?=\s+\d)|in\s+(?:${MONTHS_ALONE})\b|on\s+(?:\p{Lu}\p{Ll}+day\b|\p{Lu}\p{Ll}+\.?(?=\s+\d)))[\s\S]*$`, 'u');

// "The victim was identified as", "A second man, who was arrested Friday, has been identified as".
const IDENTIFIED_AS = /^[\s“"]*((?:The|A|An)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*)(?:,\s+[^,]{1,80},)?\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:later\s+|publicly\s+|officially\s+)?identified\s+as\s+$/u;

// "Police said the gunman, identified as Jo Doe, 26, acted alone": the description set off before the participle.
const IDENTIFIED_AS_ASIDE = /\b((?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*),\s+(?:later\s+|publicly\s+|officially\s+)?identified\s+(?:by\s+(?:the\s+)?(?:police|authorities|officials|investigators)\s+)?as\s+$/iu;

// "He hired a Tulane University student named Quint Davis": the description the name is given to.
// ("A woman named Rosa Parks": an article and a word for anyone say nothing.)
const DESCRIPTION_NAMED = /\b((?:a|an|the)\s+(?!(?:man|woman|girl|boy|person|guy|child)\s)(?:[\p{L}\d’'-]+\s+){0,4}?\p{Ll}[\p{L}-]*)\s+named\s+$/u;

/** "The victim was identified as Jo Doe": the description the sentence opens with is who the name is. */
function readIdentifiedAs(sentence: string, run: NameRun): string | undefined {
  if (run.start > 160) return undefined;
  const before = sentence.slice(0, run.start);
  const description = (IDENTIFIED_AS.exec(before) ?? IDENTIFIED_AS_ASIDE.exec(before) ?? DESCRIPTION_NAMED.exec(before))?.[1];
  return description && kindOfDescription(description) === 'person' ? description : undefined;
}

/** "tapped Sondland as his ambassador to the European Union": the post after "as", when a verb of appointing stands before the name. */
function readAppointedAs(sentence: string, run: NameRun): { role: string; succeeds: boolean } | undefined {
  // ("as CEO", "as Secretary of State": a capitalised title, told by readPostAt's head noun.)
  const as = /^\s+as\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*[’']s|\p{Ll}|\p{Lu}))/u.exec(sentence.slice(run.end, run.end + 48));
  if (!as) return undefined;
  const before = sentence.slice(Math.max(0, run.start - 24), run.start);
  const verb = APPOINTING_VERB_BEFORE.exec(before);
  if (!verb) return undefined;
  const role = readPostAt(sentence, run.end + as[0].length);
  return role ? { role, succeeds: SUCCEEDING_VERB.test(verb[0]) } : undefined;
}

// What a person does or became, told by the verb after their name: "serves as", "was named", "took over as".
const POST_TAKEN = /^\s+(?:(?:has|had)\s+)?(?:also\s+|since\s+|later\s+|then\s+|previously\s+|formerly\s+)?(?:(?:serv(?:es|ed|ing)|work(?:s|ed|ing)|act(?:s|ed|ing)|tak(?:es|ing)\s+over|took\s+over|step(?:s|ped)\s+down|resign(?:s|ed)|retir(?:es|ed)|(?:was|is|has\s+been|had\s+been)\s+(?:re-?)?(?:named|appointed|elected|hired|chosen|selected|promoted|installed|confirmed|sworn\s+in))\s+as|(?:was|is|has\s+been|had\s+been)\s+(?:re-?)?(?:named|appointed|elected|promoted\s+to))\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*[’']s|\p{Ll}|\p{Lu}))|^\s+(?:became|becomes|has\s+become|had\s+become)\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*[’']s)\s)/u;

/** "Jo Doe serves as the mayor's chief of staff", "Doe was named head coach in 2016": the post the sentence says the person holds or took. */
function readPostTaken(sentence: string, run: NameRun): string | undefined {
  const at = predicateAt(sentence, run.end);
  const verb = POST_TAKEN.exec(sentence.slice(at, at + 64));
  if (!verb) return undefined;
  return readPostAt(sentence, at + verb[0].length);
}

/** The post named from `start` ("his ambassador to the European Union until 2021"), without what follows it. */
function readPostAt(sentence: string, start: number): string | undefined {
  const role = readPhrase(sentence, start).replace(AFTER_POST, '');
  if (!role || role.split(/\s+/).length > 12 || FINITE_VERB.test(role) || kindOfDescription(role) !== 'person') return undefined;
  return role;
}

// "Jo Doe, 45, was", "Jo Doe, who scored twice, was", "Jo Doe (pictured) was": an aside between a name and what the sentence says of it.
const ASIDE_AFTER_NAME = /^(?:\s*\([^()]{1,40}\)|,\s+(?:\d{1,3}|who\s[^,;()]{1,80}),)(?=\s+\p{Ll})/u;

/** Where the predicate about a name ending at `end` starts: past an aside, if there is one. */
function predicateAt(sentence: string, end: number): number {
  const code = sentence.charCodeAt(end);
  if (code !== 0x2c && code !== 0x20 && code !== 0x28) return end;
  const aside = ASIDE_AFTER_NAME.exec(sentence.slice(end, end + 130));
  return aside ? end + aside[0].length : end;
}

// "is the mayor", "was Acme’s chief executive", "is chief executive of Acme".
const COPULA_BEFORE_DESCRIPTION = /^\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?=(?:the|a|an)\s|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’']s\s+\p{Ll}|\p{Ll})/u;

/** "Jo Doe is the mayor of Leith", "Doe was a teacher": what the sentence says the person is. */
function readCopulaDescription(sentence: string, run: NameRun): string | undefined {
  const at = predicateAt(sentence, run.end);
  const verb = firstWordAfter(sentence, at, sentence.length);
  if (verb !== 'is' && verb !== 'was' && verb !== 'has' && verb !== 'had') return undefined;
  const copula = COPULA_BEFORE_DESCRIPTION.exec(sentence.slice(at, at + 80));
  if (!copula) return undefined;
  const start = at + copula[0].length;
  let description = readPhrase(sentence, start);
  const determined = /^(?:the|a|an)\s/.test(description);
  // "has been the bakery’s owner for 20 years", "was Acme’s chief executive until 2019": how long is not what.
  if (!determined || verb === 'has' || verb === 'had') description = description.replace(AFTER_POST, '');
  // "is chief executive of Acme": a post, without a determiner.
  if (!determined && /^\p{Ll}/u.test(description) && !isBarePost(description) && !/^one\s+of\s/.test(description)) return undefined;
  if (description.split(/\s+/).length > 15 || FINITE_VERB.test(description)) return undefined;
  return kindOfDescription(description) === 'person' ? description : undefined;
}

/** "chief executive of Acme", "head coach": a few lower-case words up to the first preposition, ending in a person's post. */
function isBarePost(description: string): boolean {
  const words: string[] = [];
  for (const word of description.split(/\s+/)) {
    if (PHRASE_BREAKS.has(word) || !/^\p{Ll}[\p{L}-]*$/u.test(word)) break;
    words.push(word);
  }
  if (words.length === 0 || words.length > 4 || words.some((w) => w === 'a' || w === 'an' || w === 'the' || /(?:ed|ing)$/.test(w) || isVerbOnlyWord(w))) return false;
  const head = words.at(-1)!;
  if (!isPersonHead(head)) return false;
  // WordNet files "unknown", "equal" and "possible" as people too: without a determiner, a title, or a post
  // of somewhere ("president of Acme"), is what a post is.
  return TITLES.has(head) || /^\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}/u.test(description.slice(words.join(' ').length));
}

/** "… and Al Roe, both nurses at Leith General,": a description the whole list ending with this name shares. */
function readSharedApposition(sentence: string, run: NameRun): string | undefined {
  // (Only with "both", "all" or "each": "Cheney, members of Congress, distinguished guests" addresses a list.)
  if (!/^,\s+(?:both|all|each)\s/.test(sentence.slice(run.end, run.end + 8))) return undefined;
  const description = readApposition(sentence, run.end);
  return description && hasPluralPersonHead(description) ? description : undefined;
}

/** "… and Al Roe are the co-founders of Acme": what the list ending with this name says its people are. */
function readPluralCopulaDescription(sentence: string, run: NameRun): string | undefined {
  const verb = firstWordAfter(sentence, run.end, sentence.length);
  if (verb !== 'are' && verb !== 'were') return undefined;
  const copula = /^\s+(?:are|were)\s+(?:also\s+|now\s+|currently\s+|still\s+|both\s+)?(?=the\s)/.exec(sentence.slice(run.end));
  if (!copula) return undefined;
  const description = readPhrase(sentence, run.end + copula[0].length);
  if (description.split(/\s+/).length > 15 || FINITE_VERB.test(description)) return undefined;
  return kindOfDescription(description) === 'person' && hasPluralPersonHead(description) ? description : undefined;
}

const PARTY_IN_PARENTHESES = /^\s+\([DRI]-[\p{L}.\s]{1,12}\)/u;
const PARTY_AFTER_NAME = /^(?:\s+(\([DRI]-[\p{L}.\s]{1,12}\))|,\s+([DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?=,|\.?$))/u;

/** The description after a name set off by a comma or a dash, if it reads like one. */
function readApposition(sentence: string, nameEnd: number): string | undefined {
  // "Jo Doe, 45, a teacher": the age is not the description; "Sen. Lindsey Graham, R-S.C., chairman of …",
  // "Rep. Jo Doe (D-Ohio), a member of …": nor is the party and state.
  // "James P. Kennedy Jr., the U.S. Attorney": a suffix's period stands before the comma.
  const party = sentence.charCodeAt(nameEnd + 1) === 0x28 ? PARTY_IN_PARENTHESES.exec(sentence.slice(nameEnd, nameEnd + 24)) : null;
  const from = party ? nameEnd + party[0].length : nameEnd;
  // The opener below needs a comma or a dash after the name (and spaces): most names have a word after them.
  if (!commaOrDashAt(sentence, from)) return undefined;
  const opener = /^(?:\.(?=,))?(?:,\s+\d{1,3},\s+(?=(?:the|a|an)\s|\p{Ll}[\p{L}-]*\s(?!(?:the|a|an|his|her|their|its|him|them|to|that|up|down|out|off)\s))|,\s+[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,\s+|\s?,\s+|\s+[—–]\s+|\s*—\s*)/u.exec(sentence.slice(from));
  if (!opener) return undefined;
  const start = from + opener[0].length;
  const rest = sentence.slice(start);
  // "the research director for Y", "a paediatrician", "WHO’s regional director for Europe", "BBC diplomatic correspondent",
  // "North Korea’s leader".
  const lowerHead = /^(?:(?:the|a|an|its|his|her|their|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:[’']s|s[’']))\s+)?(?:\p{Lu}[\p{L}.&-]*\s+(?:&\s+)?){0,3}\p{Ll}/u.test(rest);
  // "Research and Advocacy Director for the Middle East": a capitalised title, not followed by a name ("President Xi").
  const title = /^(?:\p{Lu}[\p{L}.&-]*\s+(?:(?:and|&)\s+)?){0,4}?(\p{Lu}[\p{L}.-]*)(?=\s+(?:of|for|at|to|in|on|with)\b|\s*[,;.]|$)/u.exec(rest)?.[1];
  // "a Democrat,", "an American —": one capitalised word for a kind of person.
  const kindOfPerson = /^an?\s+\p{Lu}\p{Ll}{3,}(?=\s*(?:[,;.)—–]|$))/u.test(rest) && kindOfDescription(rest.replace(/\s*[,;.)—–][\s\S]*$/, '')) === 'person';
  if (!lowerHead && !(title && isTitleWord(title)) && !kindOfPerson) return undefined;
  // "Jo Doe – explores the relationship between …": a verb opens a predicate, not a description ("heads the unit" still describes).
  const verb = /^(\p{Ll}+s)\s+(?:the|a|an|his|her|their|its)\s/u.exec(rest)?.[1];
  if (verb && !DESCRIBING_VERB.test(verb) && !isPersonNoun(verb)) return undefined;
  // "His widow, Rafida Ahmed, suffered head injuries", "Winfrey, 60, joined the cast": a verb in the past opens the predicate.
  // ("led by China", "based in Leith" still describe an organisation.)
  const past = ORGANISATION_PARTICIPLES.test(rest) ? null : /^(\p{Ll}+)ed\s+(\p{Ll}+)/u.exec(rest);
  if (past && (DETERMINER.test(past[2]!) || PHRASE_BREAKS.has(past[2]!) || isVerbOnlyWord(past[1]!) || isVerbOnlyWord(`${past[1]}e`))) return undefined;
  // "Colonel Jo Doe, and Captain Al Roe of the Guard,": the rest of a list, not a description.
  if (/^(?:and|or|but|nor)\s/.test(rest)) return undefined;
  // "Critics, including the activist group Ocean Voices, said": examples, not a description of the critics.
  if (/^(?:including|such as|like|among|notably|especially|particularly|mainly|mostly|chiefly)\b/i.test(sentence.slice(start))) return undefined;
  // "an expert in drug use … who did not work on the study": the relative clause is about the person, not the description;
  // "a political scientist who studies U.S.-Canada trade" still describes what the person is.
  // "a friend who recently switched to a professional account": a bare noun says too little alone, so its clause stays.
  const description = readPhrase(sentence, start).replace(/\s+(?:who|which|whose)\s[\s\S]*$/, keepDescribingClause);
  // "a deal for Trump, a second person briefed on the call said": the phrase is the speaker of the sentence, not the name's description.
  const speaks = SPEECH_LAST_WORDS.has(lastWordBefore(description, 0, description.length, false)) && SPEAKER_AT_END.test(description);
  if (speaks || FINITE_VERB.test(description.replace(/[“"][^”"]*[”"]/g, ''))) return undefined;
  // "Jo Doe, Hawaii Rep. Ann Roe and …": a capitalised phrase ending in a person's name is the next name of a list.
  const nextName = /^\p{Lu}/u.test(description) && endsWithPersonName(description);
  if (nextName || namesSubjectOfVerb(description)) return undefined;
  const full = description + organisationContinued(sentence, start + description.length);
  return full.split(/\s+/).length <= 25 ? full : undefined;
}

const isTitleWord = (word: string) => TITLES.has(word.toLowerCase().replace(FINAL_DOT, '')) || isPersonNoun(word.toLowerCase());
const keepDescribingClause = (clause: string, at: number, phrase: string) =>
  DESCRIBING_CLAUSE.test(clause) || (/^(?:a|an)\s+\p{Ll}+$/u.test(phrase.slice(0, at)) && /^\s+who\s/.test(clause)) ? clause : '';

/** Whether the first character at `from` after a dot and spaces is a comma or a dash. */
function commaOrDashAt(sentence: string, from: number): boolean {
  let at = sentence.charCodeAt(from) === 0x2e ? from + 1 : from;
  while (at < sentence.length && isBlank(sentence, at, at + 1)) at++;
  const code = sentence.charCodeAt(at);
  return code === 0x2c || code === 0x2014 || code === 0x2013;
}

/**
 * "translated by Michael Wells, the philosopher Luis de Miranda weaves a history of …": a phrase in which a
 * person's full name is followed by a verb is a clause about that person, not a description of the one before.
 */
function namesSubjectOfVerb(phrase: string): boolean {
  return nameRuns(phrase).some((run) => isGivenName(run.words[0]!) && looksLikePersonName(run.words) && VERB_WITH_OBJECT.test(phrase.slice(run.end)));
}

// A verb in the present or the past and the start of its object: "weaves a history", "praised the plan".
const VERB_WITH_OBJECT = /^\s+\p{Ll}+(?:s|ed)\s+(?:a|an|the|his|her|their|its|that)\s/u;

/** Whether a phrase ends with a person's name, from a given name or after a title: "Hawaii Rep. Ann Roe". */
function endsWithPersonName(phrase: string): boolean {
  const last = nameRuns(phrase).at(-1);
  if (!last || phrase.slice(last.end).trim() !== '') return false;
  const words = last.words;
  for (let i = 0; i < words.length - 1; i++) {
    const opensName = isGivenName(words[i]!) || (i > 0 && HONORIFIC_OR_TITLE(words[i - 1]!));
    if (opensName && looksLikePersonName(words.slice(i))) return true;
  }
  return false;
}

/**
 * The rest of an organisation named at the end of a description, past its comma:
 * "an immunologist at the University of California, San Francisco"; "vice president
 * of the Trade Partnership, a trade-focused consulting firm in Washington".
 */
function organisationContinued(sentence: string, from: number): string {
  if (!/\p{Lu}[\p{L}.&-]*$/u.test(sentence.slice(Math.max(0, from - 40), from))) return unitAfterTitle(sentence, from);
  const rest = sentence.slice(from);
  const place = /^,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?=\s*(?:[,;.)]|$))/u.exec(rest);
  if (place) return place[0];
  const described = /^,\s+(?=(?:a|an|the)\s)/.exec(rest);
  if (!described) return '';
  const phrase = readPhrase(sentence, from + described[0].length);
  return kindOfDescription(phrase) === 'organization' && phrase.split(/\s+/).length <= 12 ? `, ${phrase}` : '';
}

/**
 * "division vice president, Retail Sales & Marketing at Acme North America Inc.": the unit and
 * company a title belongs to, written after it as press releases do, up to the end of the sentence.
 */
function unitAfterTitle(sentence: string, from: number): string {
  const head = /(\p{Ll}[\p{L}-]*)$/u.exec(sentence.slice(Math.max(0, from - 40), from))?.[1];
  if (!head || !isPersonHead(head)) return '';
  const unit = /^,\s+((?:\p{Lu}[\p{L}.&-]*|&)(?:\s+(?:\p{Lu}[\p{L}.&-]*|&|of|for|at|the|and))*)\s*[.;)]?$/u.exec(sentence.slice(from));
  if (!unit) return '';
  const words = unit[1]!.replace(/[.;)]$/, '').split(/\s+/);
  const organisation = looksLikeOrganisation(words.map((w) => w.replace(/\.$/, ''))) || words.some((w) => LEGAL_SUFFIX.test(` ${w}`));
  return organisation && !looksLikePersonName(words) ? `, ${words.join(' ')}` : '';
}

/**
 * A description before the name: "The company’s chief executive, Dana Whitfield, told analysts".
 * The name must be set off by commas on both sides (or end the sentence), and the description
 * must read like one: a person's head noun, no verb, a few words.
 */
function readLeadingDescription(sentence: string, run: NameRun): string | undefined {
  // "As a lung biologist and a colleague of Herbert’s, Andrew Vaughan followed …": the subject, described first.
  const asOpening = opensWithAs(sentence, run.start) ? /^\s*[“"]?As\s+((?:a|an|the|its|his|her|their)\s[^,;:]{3,200}?),\s+$/.exec(sentence.slice(0, run.start)) : null;
  if (asOpening && sentence.slice(0, run.start).trim().length > 0) {
    const description = asOpening[1]!.trim().replace(WHEN_AT_END, '');
    if (description.split(/\s+/).length <= 16 && !FINITE_VERB.test(description) && kindOfDescription(description) === 'person') return description;
  }
  // The name is set off on both sides: ", Andy Beshear —", ", Dr. Harold Bornstein,", ", Jo Doe of Leith University,".
  const end = run.end + (AFFILIATION_BEFORE_COMMA.exec(sentence.slice(run.end, run.end + 120))?.[0].length ?? 0);
  if (!setOffAfter(sentence, end) || !/^\s*(?:,|$|\.|\s[—–]|—)/.test(sentence.slice(end))) return undefined;
  // "…an indictment,” Sweden’s deputy prosecutor, Eva Lind, said": the description may follow a quotation's closing comma.
  const before = /(?:^|[,;:][”"’]?\s+)([^,;:]{3,400}?),\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Hon|Rt|Sir|Dame)\.?\s+)*$/.exec(sentence.slice(0, run.start));
  const clause = before?.[1]?.trim().replace(/^[“”"‘’']+\s*/, '');
  if (!clause) return undefined;
  // The description may close a longer clause: "they were told the newest 2020 hopeful, Deval Patrick,";
  // or be a title of its own: "Senate Leader, Ahmad Lawan", "President of the Senate, Bukola Saraki".
  const openings = [
    ...[...clause.matchAll(/(?:^|\s)(?=(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}.-]*(?:[’']s|s[’']))\s)/gu)].map((m) => m.index),
    // "brother of heir to the British throne, Charles": the noun phrase after "of" stands on its own.
    ...[...clause.matchAll(/\bof\s+(?=\p{Ll})/gu)].map((m) => m.index + m[0].length),
  ].sort((a, b) => a - b);
  if (/^\p{Lu}/u.test(clause)) openings.unshift(0);
  // "Ben Roe’s mother": a possessive opening takes the whole name it ends.
  for (let i = 0; i < openings.length; i++) openings[i] = nameStartBefore(clause, openings[i]!);
  const valid = [...new Set(openings)].map((at) => ({ at, text: clause.slice(at).trim() })).filter(({ at, text }) => isLeadingDescription(text, at));
  const [longest] = valid;
  if (!longest) return undefined;
  // "an immunologist at the University of California, San Francisco,": a description that ends
  // inside a name goes on past the comma; only a person's name after it is the one described.
  const last = /\p{Lu}[\p{L}.-]*$/u.exec(clause)?.[0];
  if (last && !HONORIFIC_OR_TITLE(last) && !isPersonNoun(last.toLowerCase()) && !isGivenName(run.words[0]!)) return undefined;
  // "the younger brother of the heir to the throne, Charles", "charges at the court against Sudan’s president, Omar
  // al-Bashir": the name stands beside the nearest noun phrase after a preposition; "the man who kidnapped the child,
  // Michael Webb" is the man.
  const nearer = valid.find((v) => v.at > longest.at && PREPOSITION_AT_END.test(clause.slice(longest.at, v.at)));
  const description = (nearer ?? longest).text;
  return description.startsWith('its ') ? withOwnerNamed(description, sentence.slice(0, run.start)) : description;
}

/**
 * "research cited by its president, Richard Fisher": "its president (Federal Reserve Bank of Dallas)", the
 * organisation the sentence named last before the description, when its words say it is one.
 */
function withOwnerNamed(description: string, before: string): string {
  const owner = nameRuns(before.slice(0, before.lastIndexOf(description)))
    .reverse()
    .find((r) => r.words.length > 1 && looksLikeOrganisation(r.words));
  return owner ? `${description} (${owner.text})` : description;
}

const PREPOSITION_AT_END = /\b(?:of|against|at|to|for|from|with|by|on|in|between|among)\s*$/;

// "of Leith University" between a name and the comma that closes it.
const AFFILIATION_BEFORE_COMMA = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}.&’'-]*)*(?=\s*,)/u;

/** Where the capitalised words ending with a possessive at `at` start ("Ben Roe’s" from "Roe’s"). */
function nameStartBefore(clause: string, at: number): number {
  if (!/^\s*\p{Lu}[\p{L}.-]*[’']s\s/u.test(clause.slice(at))) return at;
  const before = /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){1,3})$/u.exec(clause.slice(0, at).replace(/\s+$/, ' '));
  return before ? at - before[1]!.length - (clause.slice(0, at).length - clause.slice(0, at).replace(/\s+$/, ' ').length) : at;
}

/** Whether the sentence opens, before `end`, with "As" and a space (after spaces and a quotation mark). */
function opensWithAs(sentence: string, end: number): boolean {
  let at = 0;
  while (at < end && isBlank(sentence, at, at + 1)) at++;
  if (sentence[at] === '“' || sentence[at] === '"') at++;
  return at + 2 < end && sentence[at] === 'A' && sentence[at + 1] === 's' && isBlank(sentence, at + 2, at + 3);
}

/** Whether a comma, a full stop, a dash or the sentence's end follows the spaces after `from`. */
function setOffAfter(sentence: string, from: number): boolean {
  let at = from;
  while (at < sentence.length && isBlank(sentence, at, at + 1)) at++;
  const code = sentence.charCodeAt(at);
  return at === sentence.length || code === 0x2c || code === 0x2e || code === 0x2014 || code === 0x2013;
}

/** Whether a phrase before a name set off by commas describes the person. */
function isLeadingDescription(description: string, at: number): boolean {
  // "Acme said its chief executive, Jo Doe,": a clause with a verb, not a description.
  if (description.split(/\s+/).length > 10 || FINITE_VERB.test(description) || SPEECH_VERB.test(description)) return false;
  // "a meeting between Mr. Trump and his Chinese counterpart": a phrase that names someone else is not the description.
  // A given name counts only with a capitalised word after it ("Senator representing Yobe North" names no one).
  const words = description.split(/\s+/);
  // (Whose the person is, "Ben Roe’s mother", still describes them.)
  const namesSomeone = (w: string, i: number) => /^\p{Lu}/u.test(w) && isGivenName(w) && /^\p{Lu}/u.test(words[i + 1] ?? '') && !(i === 0 && /^\p{Lu}[\p{L}-]*[’']s$/u.test(words[1] ?? ''));
  if (words.some((w, i) => HONORIFICS.has(w.toLowerCase().replace(FINAL_DOT, '')) || namesSomeone(w, i))) return false;
  if (at === 0 && NOT_IN_DESCRIPTION.test(description.split(/\s+/)[0]!)) return false;
  // A capitalised opening is a description only when it holds a title ("Senate Leader"), not any name ("Fort Worth").
  if (at === 0 && /^\p{Lu}/u.test(description) && !/^(?:the|a|an|its|their|his|her)\s/i.test(description) && !/(?:[’']s|s[’'])\s/.test(description)) {
    if (!description.split(/[\s-]+/).some((w) => TITLES.has(w.toLowerCase().replace(FINAL_DOT, '')) && w.length > 3)) return false;
  }
  return kindOfDescription(description) === 'person';
}

const MONTH_OR_WEEKDAY = new RegExp(`^(?:${alternatives([...MONTH_NAMES, ...WEEKDAY_NAMES])})$`);
const MODAL = /^(?:will|would|can|could|should|shall|may|might|must|did|does|do)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her)$/i;
// Lower-case words that qualify a title: "former President", "deputy press secretary".
const TITLE_QUALIFIERS = new Set(
  ('former then acting interim outgoing incoming late retired current deputy incumbent senior junior chief principal executive ' +
    'assistant associate vice lead top longtime managing general founding ranking leading presiding visiting').split(' '),
);
// Verb forms that end a description read backwards: "defeating President", "re-elected Governor".
const VERB_FORM = /^(?:\p{Ll}[\p{Ll}-]*(?:ed|ing)|could|would|should|will|can|may|might|must|see|saw|beat|kill|meet|met|join|face|call|named|hired|fired|elected)$/u;
// Lower-case words that end a description read backwards from a name: verbs and conjunctions.
const NOT_IN_DESCRIPTION = new RegExp(
  '^(?:and|or|but|nor|yet|so|is|are|was|were|be|been|being|has|have|had|not|than|then|also|when|after|before|while|if|whether|because|' +
    'it|it’s|it\'s|he|she|they|we|i|you|him|them|us|me|' +
    `although|though|where|why|how|what|including|like|about|into|over|under|against|between|through|during|without|within|among|upon|${SPEECH})$`,
  'i',
);

/**
 * A description right before the name, with no comma: "the activist group Ocean
 * Voices", "the marine biologist Aaron Whitlock", "talent manager Scooter Braun",
 * "Amazon founder Jeff Bezos", "Chinese vice-premier Liu He". Its last word is
 * the head noun; before it may stand a few lower-case modifiers, the capitalised
 * organisation or country it belongs to, and a determiner. Only an organisation
 * needs the determiner: "group Ocean Voices" alone reads as a list.
 */
function readDescriptionBefore(sentence: string, run: NameRun, commonWords: WordSet): { text: string; kind: EntityKind } | undefined {
  const described = descriptionEndingAt(sentence, run.start, commonWords);
  if (!described) return undefined;
  // "Sondland, a wealthy hotelier Trump tapped as his ambassador": the description stands in apposition to
  // the name before it, and this name is the subject of a clause about that one.
  const opening = sentence.lastIndexOf(described.text, run.start);
  const appositionBefore = /^(?:a|an|the)\s/i.test(described.text) && /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(sentence.slice(0, opening));
  // "Wells, the philosopher Luis de Miranda weaves a history of …": a verb with its object makes this name the
  // subject of the sentence, and the description its own.
  if (appositionBefore && /^\s+\p{Ll}/u.test(sentence.slice(run.end)) && !VERB_WITH_OBJECT.test(sentence.slice(run.end))) return undefined;
  return described;
}

// What stands right before a list a plural description covers: the plural itself, punctuation, or "including".
const PLURAL_BEFORE_HINT = /(?:s|men|people)\s+$|[,:—–]\s*$|(?:including|such as|among them)\s+$/;

/**
 * PLURAL_BEFORE_HINT of the 30 characters before `start`, looked at first by the last character before
 * the spaces: a comma, colon or dash, or after spaces the last letter of a plural, "including", "as" or "them".
 */
function pluralHintBefore(sentence: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  let end = start;
  while (end > from && isBlank(sentence, end - 1, end)) end--;
  if (end === from) return false;
  const last = sentence.charCodeAt(end - 1);
  const punctuation = last === 0x2c || last === 0x3a || last === 0x2014 || last === 0x2013;
  const wordEnd = end < start && (last === 0x73 || last === 0x6e || last === 0x65 || last === 0x67 || last === 0x6d);
  return (punctuation || wordEnd) && PLURAL_BEFORE_HINT.test(sentence.slice(from, start));
}
const ADVERBIAL_OPENING = /^\s*[“"]?(?:after|before|when|while|since|although|though|if|unless|until|upon|despite|following|during|without|by|in|on|at|with|for|from|to|like|unlike)\s/i;

/** Whether a description's head noun is people in the plural: "founding members", "the founders of Acme". */
function hasPluralPersonHead(description: string): boolean {
  let plural = false;
  for (const [i, raw] of description.split(/\s+/).entries()) {
    // "Singer-guitarists Jo Doe and …": the opening word is capitalised by the sentence, not as a name.
    const word = i === 0 ? raw.replace(/[^\p{L}-]/gu, '').toLowerCase() : raw.replace(/[^\p{L}-]/gu, '');
    if (PHRASE_BREAKS.has(word.toLowerCase())) break;
    if (/^\p{Lu}/u.test(word)) continue;
    if (isPersonHead(word)) plural = /(?:[^s]s|men|people)$/.test(word);
  }
  return plural;
}

/**
 * A description of several people before a list of names: right before it
 * ("founding members Jo Doe and Al Roe", `direct`), before "including"
 * ("candidates including …"), or set off by a comma, a dash or a colon
 * ("the founders of Acme, Jo Doe and Al Roe"), as a noun phrase of its own.
 */
function pluralDescriptionBefore(sentence: string, run: NameRun, commonWords: WordSet): { text: string; direct: boolean } | undefined {
  // "Singer-guitarists Jo Doe and …": the description may open the run of capitalised words itself.
  const title = personInRun(run, sentence, commonWords)?.title;
  if (title && hasPluralPersonHead(title)) return { text: title, direct: true };
  const described = describedBefore(sentence, run, commonWords);
  if (described?.kind === 'person' && hasPluralPersonHead(described.text)) return { text: described.text, direct: true };
  const example = exampleBefore(sentence, run.start);
  if (example >= 0) {
    const head = descriptionEndingAt(sentence, example, commonWords);
    return head?.kind === 'person' && hasPluralPersonHead(head.text) ? { text: head.text, direct: false } : undefined;
  }
  const separator = separatorBefore(sentence, run.start);
  if (separator < 0) return undefined;
  // The noun phrase opens at a determiner after the last punctuation: "where the two other candidates in the race —".
  // What `/[^,;:()—–]*$/` would match: the text after the last of those marks.
  const clause = sentence.slice(lastIndexOfAny(sentence, ',;:()—–', separator) + 1, separator);
  // "After meeting the reporters, Jo Doe and …": an opening adverbial clause, not a description of the list after it.
  if (clause.length === separator && ADVERBIAL_OPENING.test(clause)) return undefined;
  for (const opening of clause.matchAll(/(?:^|\s)(?=(?:the|its|their|his|her|two|three|four|five|both)\s)/gi)) {
    const phrase = clause.slice(opening.index).trim();
    const words = phrase.split(/\s+/);
    if (words.length > 14 || FINITE_VERB.test(phrase) || words.some((w) => (VERB_FORM.test(w) && !TITLE_QUALIFIERS.has(w)) || NOT_IN_DESCRIPTION.test(w))) continue;
    if (kindOfDescription(phrase) === 'person' && hasPluralPersonHead(phrase)) return { text: phrase, direct: false };
  }
  return undefined;
}

const EXAMPLE_WORDS = ['including', 'such as', 'among them'];

/**
 * Where `/\s+(?:including|such as|among them)\s+$/` would match `sentence.slice(0, end)`, read back from
 * the end: the spaces before the words, or -1.
 */
function exampleBefore(sentence: string, end: number): number {
  let last = end;
  while (last > 0 && isBlank(sentence, last - 1, last)) last--;
  if (last === end) return -1;
  for (const words of EXAMPLE_WORDS) {
    const start = last - words.length;
    if (start < 1 || !sentence.startsWith(words, start) || !isBlank(sentence, start - 1, start)) continue;
    let spaces = start - 1;
    while (spaces > 0 && isBlank(sentence, spaces - 1, spaces)) spaces--;
    return spaces;
  }
  return -1;
}

/** Where `/\s*(?:,|—|–|:)\s*$/` would match `sentence.slice(0, end)`, read back from the end, or -1. */
function separatorBefore(sentence: string, end: number): number {
  let last = end;
  while (last > 0 && isBlank(sentence, last - 1, last)) last--;
  if (last === 0) return -1;
  const mark = sentence.charCodeAt(last - 1);
  if (mark !== 0x2c && mark !== 0x2014 && mark !== 0x2013 && mark !== 0x3a) return -1;
  let spaces = last - 1;
  while (spaces > 0 && isBlank(sentence, spaces - 1, spaces)) spaces--;
  return spaces;
}

/**
 * "Jo Doe and his postdoc Bo Vale": the pronoun of the description is the person named just before "and", "Jo Doe’s postdoc";
 * "he and his wife Kali", the one person the sentence before named.
 */
function ownedDescription(sentence: string, description: string, run: NameRun, runs: NameRun[], previousRuns: NameRun[]): string {
  const pronoun = /^(?:his|her|their)\s+/i.exec(description);
  if (!pronoun) return description;
  const opening = sentence.lastIndexOf(description, run.start);
  const owner = runs.find((r) => r.end <= opening && /^\s+(?:and|with)\s+$/.test(sentence.slice(r.end, opening)));
  const person = owner && (looksLikePersonName(owner.words) || (owner.words.length === 1 && looksLikeSurname(owner.text)));
  if (person) return `${owner.text}’s ${description.slice(pronoun[0].length)}`;
  // "he and his wife": only a pronoun that matches "his" or "her", and no one named in between.
  const spoken = /(?:^|[\s,“"])(he|she)\s+(?:and|with)\s+$/i.exec(sentence.slice(0, opening))?.[1]?.toLowerCase();
  const matches = spoken && (spoken === 'he') === (pronoun[0].trim().toLowerCase() === 'his');
  if (!matches || runs.some((r) => r.end <= opening && looksLikePersonName(r.words))) return description;
  // Read only here, where a pronoun needs it: most sentences have none.
  const named = previousRuns.filter((r) => looksLikePersonName(r.words));
  return named.length === 1 ? `${named[0]!.text}’s ${description.slice(pronoun[0].length)}` : description;
}

const descriptionMemo = new RunMemo(readDescriptionBefore);

function describedBefore(sentence: string, run: NameRun, commonWords: WordSet): ReturnType<typeof readDescriptionBefore> {
  return descriptionMemo.of(sentence, run, commonWords);
}

/** A word that names what a person is: "manager", "co-founder", "editor-in-chief", "CEO", "President". */
function isPersonHead(word: string): boolean {
  return remembered(personHeadMemo, word, decidePersonHead);
}

function decidePersonHead(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return word.length > 2 && TITLES.has(word.toLowerCase().replace(FINAL_DOT, ''));
  return isPersonNoun(word) || word.split('-').some((part) => part.length > 2 && isPersonNoun(part));
}

/** What a description ending in this word describes: a person ("manager", "CEO"), an organisation ("group"), or nothing. */
function kindOfHead(head: string): EntityKind | undefined {
  return isPersonHead(head) ? 'person' : /^\p{Ll}/u.test(head) && ORGANISATION_NOUNS.has(head) ? 'organization' : undefined;
}

/** `/^[\p{L}\p{N}]$/u` of one UTF-16 unit (half a surrogate pair is neither). */
function isLetterOrDigitUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return !isSurrogate(code) && (classOf(code) & (LETTER | NUMBER)) !== 0;
}

/** `/^[\p{L}\p{N}.&’'-]$/u` of one UTF-16 unit. */
function isWordUnit(code: number): boolean {
  return code === 0x2e || code === 0x26 || code === 0x2019 || code === 0x27 || code === 0x2d || isLetterOrDigitUnit(code);
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * Whether the text before a name (`sentence.slice(from, end)`) surely ends in no description, told from
 * its last word alone, as descriptionEndingAt would tell it after reading every word (most names have
 * none): the text is empty or ends in something other than a word and spaces, or in a word that is not a head.
 * Anything it is not sure of (an honorific, a letter outside the BMP) is left to the full reading.
 */
function endsWithoutHead(sentence: string, from: number, end: number): boolean {
  // The text without the spaces that end it (as trimEnd()).
  let last = end;
  while (last > from && isBlank(sentence, last - 1, last)) last--;
  let wordStart = last;
  while (wordStart > from && isWordUnit(sentence.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart > from && isSurrogate(sentence.charCodeAt(wordStart - 1))) return false;
  // Punctuation after the last word: nothing but spaces (and honorifics) may stand between a description and the name.
  // Nothing at all (a name opening the sentence): no word to read.
  if (wordStart === last) return true;
  let at = wordStart;
  while (at < last && !isLetterOrDigitUnit(sentence.charCodeAt(at))) at++;
  if (at === last) return false;
  const word = sentence.slice(at, last);
  if (HONORIFICS.has(word.toLowerCase().replace(FINAL_DOT, ''))) return false;
  // "No. 1": a ranking, read in full by descriptionEndingAt.
  if (/^\d{1,3}$/.test(word) && /No\.\s*$/.test(sentence.slice(Math.max(from, wordStart - 5), wordStart))) return false;
  if (kindOfHead(word.replace(/[’']s$/, '')) !== undefined) return false;
  // "chief of staff": a title of two nouns, read in full by descriptionEndingAt.
  const ofBefore = /(\p{Ll}+)\s+of\s+$/u.exec(sentence.slice(Math.max(from, wordStart - 24), wordStart));
  return !(ofBefore && isNounAfterOf(word) && isTitleBeforeOf(ofBefore[1]!));
}

// "chief of staff", not "the governor of any Territory": the noun a two-noun title ends with.
const NOT_NOUN_AFTER_OF = /^(?:both|either|neither|any|every|each|all|most|some|many|few|several|our|your|my|two|three|four|five|six|seven|eight|nine|ten)$/;
const isTitleBeforeOf = (word: string) => TITLES.has(word.toLowerCase()) || word === 'head';
const isNounAfterOf = (word: string) => /^\p{Ll}{3,}$/u.test(word) && !isStopWord(word) && !NOT_NOUN_AFTER_OF.test(word);

/**
 * The description that ends right where a name begins, read backwards: a head
 * noun or title, lower-case modifiers, titles joined by "and" ("WeWork founder
 * and former CEO"), the capitalised organisation or country it belongs to, and
 * a determiner.
 */
function descriptionEndingAt(sentence: string, end: number, commonWords: WordSet): { text: string; kind: EntityKind } | undefined {
  if (endsWithoutHead(sentence, Math.max(0, end - 160), end)) return undefined;
  const before = sentence.slice(Math.max(0, end - 160), end);
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.&’'-]*/gu)];
  // "CNN's chief medical correspondent Dr. Sanjay Gupta": the honorific belongs to the name, not the description.
  while (words.length > 1 && HONORIFICS.has(words.at(-1)![0].toLowerCase().replace(FINAL_DOT, ''))) words.pop();
  const last = words.at(-1);
  // Only spaces between the head noun and the name.
  if (!last || !/^(?:\s|(?:Dr|Mr|Mrs|Ms|Prof|Rev|Hon|Rt|Sir|Dame)\.?)*$/.test(before.slice(last.index + last[0].length))) return undefined;
  // "World No. 1 Rafael Nadal": a ranking before the name.
  if (/^\d{1,3}$/.test(last[0]) && words.length > 1 && words.at(-2)![0] === 'No.') {
    const ranking = RANKING_BEFORE.exec(before)?.[0].trim();
    return ranking ? { text: ranking, kind: 'person' } : undefined;
  }
  const head = last[0].replace(/[’']s$/, '');
  // "That would help Trump’s farmers": after a modal the word is a verb, whatever else WordNet files it as.
  if (words.length > 1 && MODAL.test(words.at(-2)![0]) && /^\s+$/.test(before.slice(words.at(-2)!.index + words.at(-2)![0].length, last.index))) return undefined;
  // "White House chief of staff Mick Mulvaney", "deputy chief of mission Jo Doe": a title of two nouns joined by "of".
  const compound = kindOfHead(head) === undefined && isNounAfterOf(head) && words.length > 2 && words.at(-2)![0] === 'of' && isTitleBeforeOf(words.at(-3)![0]);
  const headAt = compound ? words.length - 3 : words.length - 1;
  const kind = compound ? 'person' : kindOfHead(head);
  if (!kind) return undefined;
  let first = headAt;
  let determiner = false;
  let modifiers = 0;
  let capitals = 0;
  for (let i = headAt - 1; i >= 0; i--) {
    const word = words[i]![0];
    // Anything but spaces between words (a comma, a quote) ends the description.
    if (before.slice(words[i]!.index + word.length, words[i + 1]!.index).trim() !== '') break;
    // "Washington State Department of Health public information officer": small words inside the organisation's name.
    if (capitals > 0 && /^(?:of|for|the)$/.test(word) && i > 0 && /^\p{Lu}/u.test(words[i - 1]![0])) continue;
    // "will feature members Jo Doe": the word after a modal is a verb, not a modifier.
    if (MODAL.test(word)) {
      if (first === i + 1 && first < words.length - 1) first++;
      break;
    }
    if (DETERMINER.test(word)) {
      first = i;
      determiner = true;
      break;
    }
    if (/^\p{Lu}/u.test(word)) {
      // "When President Trump": a word capitalised only because it opens the sentence is no affiliation.
      const opensSentence = before.slice(0, words[i]!.index).trim() === '' && end - before.length <= 0;
      if (capitals === 6 || HONORIFICS.has(word.toLowerCase().replace(FINAL_DOT, '')) || (opensSentence && (commonWords.has(word.toLowerCase()) || NOT_IN_DESCRIPTION.test(word)))) break;
      capitals++;
      first = i;
      continue;
    }
    // "founder and former CEO": titles joined by "and" are one description.
    const joinsTitles = /^(?:and|&)$/.test(word) && i > 0 && isPersonHead(words[i - 1]![0]) && capitals === 0;
    if (joinsTitles) continue;
    // Lower-case words come before the head, never between capitalised affiliation words and it; before a
    // capitalised title only the words that qualify a title ("former President", not "defeating President").
    const titleHead = /^\p{Lu}/u.test(head);
    if (capitals > 0 || modifiers === 4 || PHRASE_BREAKS.has(word) || NOT_IN_DESCRIPTION.test(word) || /^\d/.test(word)) break;
    // A verb form ends it even when WordNet also lists it as a person ("beat"), and so does a word
    // that is only ever a verb: "to investigate political rival Joe Biden".
    if ((VERB_FORM.test(word) && !TITLE_QUALIFIERS.has(word)) || isVerbOnlyWord(word)) break;
    if (titleHead && !(TITLE_QUALIFIERS.has(word) || isPersonHead(word) || ORGANISATION_NOUNS.has(word))) break;
    modifiers++;
    first = i;
  }
  if (kind === 'organization' && !determiner) return undefined;
  const text = before.slice(words[first]!.index, last.index + last[0].length).trim();
  return { text, kind };
}

// "a postdoc at Harvard in 2011": the year says when the person was it, not what they are.
const WHEN_AT_END = new RegExp(String.raw`\s+(?:in\s+(?:the\s+)?(?:\d{4}s?|(?:early|late|mid)[\s-]\d{4}s?)|in\s+(?:${MONTHS_ALONE})(?:\s+\d{4})?|(?:last|this)\s+(?:year|month|week))[\s.,;:]*$`);
const SECOND_PREDICATE = /\s+and\s+\p{Ll}+ed\s+(?:a|an|the|his|her|their|its|out|up|off|back|to|for|into)\b[\s\S]*$/u;

/** Reads up to the next comma, semicolon, dash or bracket outside quotation marks. */
function readPhrase(sentence: string, start: number, stopAtComma = true): string {
  let inQuote = false;
  let end = start;
  for (; end < sentence.length; end++) {
    const ch = sentence[end]!;
    if (ch === '“') inQuote = true;
    else if (ch === '”') {
      inQuote = false;
      // American punctuation puts the phrase-ending comma inside the quote: “…Afghanistan,” highlighted
      if (stopAtComma && sentence[end - 1] === ',') {
        end++;
        break;
      }
    }
    else if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && ((stopAtComma && ch === ',') || ch === ';' || ch === '(' || ch === '—' || ch === '–')) break;
  }
  let phrase = sentence.slice(start, end);
  // "a convicted felon and possessed a handgun": a second verb in the past tense starts what the person did.
  // (Each pattern only where the words it needs are: most phrases have no "and" and no quotation mark.)
  if (phrase.includes('and')) phrase = phrase.replace(SECOND_PREDICATE, '');
  phrase = phrase.replace(WHEN_AT_END, '');
  if (phrase.includes('”') || phrase.includes('"')) phrase = phrase.replace(/,(?=[”"]\s*$)/, '');
  return phrase.replace(/[\s.,;:]+$/, '').trim();
}

export function kindOfDescription(description: string): EntityKind | undefined {
  if (ORGANISATION_PARTICIPLES.test(description)) return 'organization';
  // "a Leith native", "a native of Leith": where the person is from ("native" alone is more often an adjective);
  // "the world No. 1": a player's ranking.
  if (NATIVE_OF.test(description) || RANKING.test(description)) return 'person';
  // "one of the founders of Acme", "one of three people arrested": what the group they belong to is.
  const oneOf = /^one\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|\p{Lu}[\p{L}.&-]*[’']s\s+)?(?:[\p{Ll}\d][\p{L}’'-]*\s+){0,3}?(\p{Ll}[\p{L}-]*s|[\p{Ll}-]*(?:men|people))\b/u.exec(description);
  if (oneOf) {
    const group = oneOf[1]!;
    return /(?:men|people)$/.test(group) || isPersonHead(group.replace(/ies$/, 'y').replace(/s$/, '')) ? 'person' : undefined;
  }
  let head: EntityKind | undefined;
  const words = description.split(/\s+/);
  for (const [i, rawWord] of words.entries()) {
    // Capitalised words belong to names inside the description ("leader of the Quds Force").
    if (/^\p{Lu}/u.test(rawWord) && head) break;
    const word = rawWord.toLowerCase().replace(/[^\p{L}-]/gu, '');
    const next = words[i + 1];
    // "Department of Health public information officer": "of" inside a name does not end the phrase.
    const insideName = !head && i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && next !== undefined && /^\p{Lu}/u.test(next);
    if (PHRASE_BREAKS.has(word) && !insideName) break;
    if (/^\p{Lu}/u.test(rawWord)) {
      // "the then UK Home Secretary": a title, capitalised as titles are;
      // "Head of Platform Solutions", "Senior Advocate of Nigeria", "CEO & founder": a capitalised head noun.
      if (word.split('-').some((part) => TITLES.has(part) && part.length > 2)) head = 'person';
      else if (word.length > 3 && isPersonNoun(word) && next !== undefined && (next === '&' || PHRASE_BREAKS.has(next.toLowerCase()))) head = 'person';
      // "a Democrat", "an American": one capitalised word for a kind of person, after "a";
      // "the committee’s top Republican": a word for a kind of people ending the description, after one in lower case.
      else if (i === 1 && words.length === 2 && /^an?$/i.test(words[0]!) && word.length > 3 && isPersonNoun(word)) head = 'person';
      else if (next === undefined && i > 1 && /^\p{Ll}/u.test(words[i - 1]!) && isGroupNoun(word)) head = 'person';
      continue;
    }
    // "producer/director": either word names what the person is.
    if (isPersonNoun(word) || (rawWord.includes('/') && rawWord.toLowerCase().split('/').some((part) => isPersonNoun(part.replace(/[^\p{L}-]/gu, ''))))) head = 'person';
    // "the Columbia University historian and authority on New York City": a second noun joined to a person's stays theirs.
    else if (ORGANISATION_NOUNS.has(word) && !(head === 'person' && words[i - 1] === 'and')) head = 'organization';
    else if (PLACE_NOUNS.has(word)) head = 'place';
  }
  return head;
}

// What a person does for a living, said in a relative clause: "who heads the Alliance for American Manufacturing".
const DESCRIBING_VERBS =
  'heads|leads|runs|chairs|directs|oversees|manages|owns|co-owns|founded|co-founded|coaches|represents|teaches|studies|researches|specializes|specialises|covers|edits|hosts|advises|coordinates|presides|plays|works|stars|serves';
const DESCRIBING_VERB = new RegExp(`^(?:${DESCRIBING_VERBS})$`);
const DESCRIBING_VERB_OPENING = new RegExp(`^(?:${DESCRIBING_VERBS})\\s`);
const DESCRIBING_CLAUSE = new RegExp(`^\\s+who\\s+(?:${DESCRIBING_VERBS})\\s`);
// "who was then at the University of Maryland": where the person works, as the role.
const AFFILIATION = /^(?:then\s+|now\s+|previously\s+|formerly\s+)?(?:at|with)\s+(?:the\s+)?\p{Lu}/u;

const VERB_AS_POST = /^(?!dress|disguis|pos(?:ed|es)\b)\p{Ll}+(?:s|ed)\s+(?:[^,;]{1,60}?\s+)?as\s+(?=(?:a|an|the|its|his|her|their)\s)/u;

/** "X (to SCMP), who has served as ...": the role in the clause belongs to the nearest person before it. */
function relativeClauses(sentence: string, runs: NameRun[]): { run: NameRun; role: string }[] {
  const clauses: { run: NameRun; role: string }[] = [];
  if (!sentence.includes('who')) return clauses;
  for (const match of sentence.matchAll(/,\s+who\s+/g)) {
    const clause = readPhrase(sentence, match.index + match[0].length, false);
    // "who follows Amazon as a managing director at D.A. Davidson": the post after "as" is the role too.
    const copula = COPULA.exec(clause) ?? VERB_AS_POST.exec(clause);
    const describing = DESCRIBING_VERB_OPENING.test(clause);
    if (!copula && !describing) continue;
    // "who was then serving as the President's physician, suggested …": the role ends with its phrase.
    // A list inside the role goes on ("the UK, US, and the United Nations").
    const role = clause
      .slice(copula?.[0].length ?? 0)
      .split(/,\s+(?!and\b|or\b|\p{Lu})/u)[0]!
      .split(/\s+/)
      .slice(0, 20)
      .join(' ')
      // "who was appointed chief executive in 2019": the appointment and its year are not the role;
      // "who is now the festival's director": nor is "now" ("then", saying the post was another's, stays).
      .replace(/^(?:now|currently|still|also)\s+/, '')
      .replace(/^(?:named|appointed|elected|promoted\s+to|hired\s+as)\s+/, '')
      .replace(WHEN_AT_END, '');
    if (!describing && kindOfDescription(role) !== 'person' && !AFFILIATION.test(role)) continue;
    const before = runs.filter((r) => r.end <= match.index && match.index - r.end <= 40);
    // "Dr. Ronny Jackson, who …": the honorific is not part of the name.
    const named = before.reverse().map((r) => withoutHonorifics(r, sentence));
    const person = named.find((r) => looksLikePersonName(r.words) || (r.words.length === 1 && looksLikeSurname(r.text)));
    if (person) clauses.push({ run: person, role });
  }
  return clauses;
}

function withoutHonorifics(run: NameRun, sentence: string): NameRun {
  let from = 0;
  while (from < run.words.length - 1 && HONORIFICS.has(run.words[from]!.toLowerCase().replace(FINAL_DOT, ''))) from++;
  return subRunOf(run, sentence, from);
}

/** A name right before or after a speech verb ("Webber stated", "stated Maleeha Lodhi", "according to X"). */
const SPEAKER_BEFORE = new RegExp(`\\b(?:${SPEECH})\\s+$`, 'i');
// Room for an aside between commas (", a marine biologist at the university, said").
// "The Dow added 300 points": a verb of speech followed by a number reports a quantity, not words.
const SPEAKER_AFTER = new RegExp(`^(?:,[^,]{0,60},)?\\s+(?:\\w+ly\\s+)?(?:${SPEECH})\\b(?!\\s+[\\d$£€])`, 'i');
const SPEAKER_RIGHT_AFTER = new RegExp(`^\\s+(?:\\w+ly\\s+)?(?:${SPEECH})\\b(?!\\s+[\\d$£€])`, 'i');
// The words the verbs of speech above begin and end with ("pointed out"), in lower case, for a look before the patterns.
const SPEECH_FIRST_WORDS = new Set(SPEECH.split('|').map((verb) => verb.split(' ')[0]!));
const SPEECH_LAST_WORDS = new Set(SPEECH.split('|').map((verb) => verb.split(' ').at(-1)!));

const isWordCharacter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/**
 * The run of `\w` characters (ASCII, as a pattern without the `u` flag has them) that ends where the spaces
 * ending `sentence.slice(from, to)` begin, in lower case: "said" of "…said  "; "" when the text ends otherwise.
 * Not `spaced`: the run that ends the text itself ("said" of "…said"; "" after a space).
 */
function lastWordBefore(sentence: string, from: number, to: number, spaced = true): string {
  let end = to;
  while (end > from && isBlank(sentence, end - 1, end)) end--;
  if (spaced === (end === to)) return '';
  let start = end;
  while (start > from && isWordCharacter(sentence.charCodeAt(start - 1))) start--;
  return sentence.slice(start, end).toLowerCase();
}

/** The run of `\w` characters after the spaces that open `sentence.slice(from, to)`, in lower case; "" when it opens otherwise. */
function firstWordAfter(sentence: string, from: number, to: number): string {
  let start = from;
  while (start < to && isBlank(sentence, start, start + 1)) start++;
  if (start === from) return '';
  let end = start;
  while (end < to && isWordCharacter(sentence.charCodeAt(end))) end++;
  return sentence.slice(start, end).toLowerCase();
}

const AFFILIATION_OF_BEFORE = /\bof\s+(?:the\s+)?$/;
const REPORTED_CLAUSE_VERBS = new Set('would will could should can may might must had has have was is were are did does do'.split(' '));

function isSpeakerPosition(sentence: string, run: NameRun, allowAside = true): boolean {
  // "Tom Hale of Leith said": where the speaker is from does not speak.
  if (AFFILIATION_OF_BEFORE.test(sentence.slice(Math.max(0, run.start - 8), run.start))) return false;
  const from = Math.max(0, run.start - 20);
  // "said Jo Doe" names the speaker; "told Newsweek" names the listener.
  // For a single word, that matters: "Newsweek" is no one; a full name told something is still a person.
  if (SPEECH_LAST_WORDS.has(lastWordBefore(sentence, from, run.start))) {
    const before = sentence.slice(from, run.start);
    // "Erdogan said Turkey would not back down": a name followed by its own verb is the subject of what was said.
    const subjectOfClause = REPORTED_CLAUSE_VERBS.has(firstWordAfter(sentence, run.end, Math.min(sentence.length, run.end + 20)));
    if (SPEAKER_BEFORE.test(before) && (allowAside || !LISTENER_BEFORE.test(before)) && !subjectOfClause) return true;
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
  return speaking !== null && (!aside || kindOfDescription(aside.trim()) !== 'organization');
}

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

const LEGAL_SUFFIX = /\s+(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|co|gmbh|ag|sa|nv|bv|pty|pvt)\.?$/i;

function withoutLegalSuffix(name: string): string | undefined {
  const short = name.replace(LEGAL_SUFFIX, '').replace(/,$/, '').trim();
  return short !== name && /^\p{Lu}/u.test(short) ? short : undefined;
}

