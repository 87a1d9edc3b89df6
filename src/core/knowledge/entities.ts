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
import type { Passage } from '../content/article.ts';
import { foldText } from '../text/normalize.ts';
import type { Alias } from './aliases.ts';
import { looksLikeOrganisation, looksLikePersonName, looksLikeSurname, nameRuns, surnameOf, type NameRun } from './names.ts';

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

const PERSON_NOUNS = new Set(
  ('director editor founder co-founder cofounder leader minister ambassador consultant analyst author writer spokesman ' +
    'spokeswoman spokesperson official expert researcher professor chief head president chairman chairwoman chair ceo ' +
    'secretary commander general officer reporter journalist correspondent fellow lecturer scientist adviser advisor ' +
    'coordinator envoy manager strategist historian economist lawyer attorney judge senator mayor governor deputy ' +
    'executive owner student doctor activist member representative diplomat negotiator politician lawmaker scholar ' +
    'teacher engineer partner candidate prosecutor investigator inspector colonel captain soldier commentator columnist ' +
    'producer host anchor blogger veteran cleric imam priest emir chancellor premier king queen prince princess ' +
    'militant fighter chairperson vice-president coach researcher scholar novelist poet artist photographer').split(' '),
);
// Words for what people do, by their endings: biologist, physician, criminologist.
const PERSON_ENDINGS = /^\p{Ll}{3,}(?:ologist|ographer|ician|ist)s?$/u;
// -ist words that are not people.
const NOT_PERSON_ENDINGS = new Set('list wrist twist exist assist resist insist persist consist desist subsist playlist checklist shortlist waitlist'.split(' '));

function isPersonNoun(word: string): boolean {
  const singular = word.replace(/s$/, '');
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(singular) || (PERSON_ENDINGS.test(word) && !NOT_PERSON_ENDINGS.has(singular));
}

const ORGANISATION_NOUNS = new Set(
  ('group platform provider organisation organization party outlet agency company firm network movement institute ' +
    'think-tank newspaper publication magazine channel broadcaster website force militia faction branch affiliate ' +
    'coalition union alliance body council ministry department bank fund charity foundation university college club ' +
    'team startup start-up corporation subsidiary publisher service authority regulator court parliament government ' +
    'administration committee commission wing outfit brigade cell army navy regime consortium institution facility ' +
    'hospital clinic airline operator manufacturer retailer insurer lender utility watchdog nonprofit ngo').split(' '),
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
    'commander ceo detective inspector councillor councilor').split(' '),
);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof']);

const SPEECH =
  'said|says|say|stated|states|noted|notes|mentioned|mentions|observed|observes|explained|explains|emphasized|emphasised|' +
  'highlighted|highlights|added|adds|told|tells|argued|argues|warned|warns|suggested|suggests|stressed|remarked|commented|' +
  'claimed|insisted|wrote|writes|believes|believed|acknowledged|asserted|contended|cautioned|predicted|pointed out|according to|' +
  'urged|urges|recalled|recalls|conceded|concedes|admitted|admits|confirmed|confirms|replied|replies|responded|countered';
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`, 'i');
const PRONOUN_SPEAKER = new RegExp(`(?:^|[,”"]\\s*|\\b(?:however|and|but),?\\s+)(?:he|she)\\s+(?:\\w+ly\\s+|further\\s+|also\\s+)?(?:${SPEECH})\\b`, 'i');
const COPULA = /^(?:has|have|had)?\s*(?:long\s+)?(?:served|serves|serve|worked|works|work)\s+as\s+|^(?:is|was|has been|had been|became|becomes|is now|was once|remains)\s+/i;

/** How far back (in paragraphs) "he said" may reach for its speaker. */
const PRONOUN_REACH = 3;

// A description never carries a finite verb; "the TTP, the Taliban government … has disregarded" is a clause.
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|should|will|would|can|could|may|might|must|did|does|do)\b/i;

class EntityTable {
  readonly byKey = new Map<string, Entity>();
  private readonly byAlias = new Map<string, Entity>();

  add(name: string, kind: EntityKind): Entity {
    const key = foldText(name);
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

  addStatement(list: Statement[], statement: Statement): void {
    if (!list.some((s) => s.text === statement.text && s.passageId === statement.passageId)) list.push(statement);
  }
}

export function extractEntities(passages: Passage[], aliases: Alias[]): Entity[] {
  const table = new EntityTable();
  const unresolvedRoles: { surname: string; role: Statement }[] = [];

  for (const alias of aliases) {
    const runWords = alias.long.split(/\s+/);
    table.addAlias(table.add(alias.long, looksLikePersonName(runWords) ? 'person' : 'organization'), alias.short);
  }

  // Pass 1: discover names and roles sentence by sentence.
  for (const passage of passages) {
    for (const { text: sentence } of passage.sentences) {
      const runs = nameRuns(sentence);
      const state = (text: string): Statement => ({ text, passageId: passage.id, sentence });
      for (const run of runs) {
        findTitledPerson(run, table, state);
        const apposition = readApposition(sentence, run.end);
        if (apposition) {
          const kind = kindOfDescription(apposition);
          if (kind === 'person' && looksLikePersonName(run.words)) table.addStatement(table.add(run.text, 'person').roles, state(apposition));
          else if (kind === 'person' && run.words.length === 1 && looksLikeSurname(run.text)) unresolvedRoles.push({ surname: run.text, role: state(apposition) });
          else if (kind === 'organization' && !looksLikePersonName(run.words)) table.addStatement(table.add(run.text, 'organization').roles, state(apposition));
          else if (kind === 'place' && run.words.length <= 3) table.addStatement(table.add(run.text, 'place').roles, state(apposition));
        }
        if (run.words.length >= 2 && looksLikeOrganisation(run.words) && !looksLikePersonName(run.words)) table.add(run.text, 'organization');
        if (looksLikePersonName(run.words) && isSpeakerPosition(sentence, run)) table.add(run.text, 'person');
        const leadingRole = looksLikePersonName(run.words) ? readLeadingDescription(sentence, run) : undefined;
        if (leadingRole) table.addStatement(table.add(run.text, 'person').roles, state(leadingRole));
        const described = readDescriptionBefore(sentence, run);
        if (described?.kind === 'person' && looksLikePersonName(run.words)) table.addStatement(table.add(run.text, 'person').roles, state(described.text));
        if (described?.kind === 'organization' && !looksLikePersonName(run.words)) table.addStatement(table.add(run.text, 'organization').roles, state(described.text));
      }
      for (const clause of relativeClauses(sentence, runs)) {
        if (clause.run.words.length === 1) unresolvedRoles.push({ surname: clause.run.text, role: state(clause.role) });
        else table.addStatement(table.add(clause.run.text, 'person').roles, state(clause.role));
      }
    }
  }

  const forms = buildFormIndex(table);
  for (const { surname, role } of unresolvedRoles) {
    const entity = forms.get(foldText(surname));
    if (entity?.kind === 'person') table.addStatement(entity.roles, role);
  }

  // Pass 2: mentions and quotes, in reading order so "he said" finds its speaker.
  let lastSpeaker: { entity: Entity; paragraph: number; articleId: string } | undefined;
  for (const passage of passages) {
    for (const { text: sentence } of passage.sentences) {
      const found = mentionsIn(sentence, forms);
      for (const { entity } of found) if (entity.mentions.at(-1) !== passage.id) entity.mentions.push(passage.id);
      if (!SPEECH_VERB.test(sentence)) continue;
      const statement = { text: sentence, passageId: passage.id, sentence };
      const speaker = speakerOf(sentence, found);
      if (speaker) {
        table.addStatement(speaker.quotes, statement);
        lastSpeaker = { entity: speaker, paragraph: passage.paragraph, articleId: passage.articleId };
      } else if (
        lastSpeaker &&
        lastSpeaker.articleId === passage.articleId &&
        passage.paragraph - lastSpeaker.paragraph <= PRONOUN_REACH &&
        PRONOUN_SPEAKER.test(sentence)
      ) {
        table.addStatement(lastSpeaker.entity.quotes, statement);
        if (!lastSpeaker.entity.mentions.includes(passage.id)) lastSpeaker.entity.mentions.push(passage.id);
        lastSpeaker.paragraph = passage.paragraph;
      }
    }
  }
  return [...table.byKey.values()].filter((e) => e.mentions.length > 0);
}

/** "Defence Minister Khawaja Muhammad Asif": the words after the last title are the name. */
function findTitledPerson(run: NameRun, table: EntityTable, state: (text: string) => Statement): void {
  const titleAt = run.words.findLastIndex((w) => TITLES.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  if (titleAt === -1 || titleAt === run.words.length - 1) return;
  const nameWords = run.words.slice(titleAt + 1);
  const isName = looksLikePersonName(nameWords) || (nameWords.length === 1 && looksLikeSurname(nameWords[0]!) && !looksLikeOrganisation(nameWords));
  if (!isName) return;
  const entity = table.add(nameWords.join(' '), 'person');
  const title = run.words.slice(0, titleAt + 1).filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  if (title.length > 0) table.addStatement(entity.roles, state(title.join(' ')));
}

/** The description after a name set off by a comma or a dash, if it reads like one. */
function readApposition(sentence: string, from: number): string | undefined {
  const opener = /^(?:,\s+|\s+[—–]\s+|\s*—\s*)/.exec(sentence.slice(from));
  if (!opener) return undefined;
  const start = from + opener[0].length;
  // "the research director for Y", "a paediatrician", "WHO’s regional director for Europe".
  if (!/^(?:(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*[’']s)\s+)?\p{Ll}/u.test(sentence.slice(start))) return undefined;
  // "Critics, including the activist group Ocean Voices, said": examples, not a description of the critics.
  if (/^(?:including|such as|like|among|notably|especially|particularly|mainly|mostly|chiefly)\b/i.test(sentence.slice(start))) return undefined;
  const description = readPhrase(sentence, start);
  const words = description.split(/\s+/).length;
  return words <= 25 && !FINITE_VERB.test(description.replace(/[“"][^”"]*[”"]/g, '')) ? description : undefined;
}

/**
 * A description before the name: "The company’s chief executive, Dana Whitfield, told analysts".
 * The name must be set off by commas on both sides (or end the sentence), and the description
 * must read like one: a person's head noun, no verb, a few words.
 */
function readLeadingDescription(sentence: string, run: NameRun): string | undefined {
  if (!/^\s*(?:,|$|\.)/.test(sentence.slice(run.end))) return undefined;
  const before = /(?:^|[,;:]\s+)([^,;:]{3,100}?),\s+$/.exec(sentence.slice(0, run.start));
  const description = before?.[1]?.trim();
  if (!description || description.split(/\s+/).length > 10 || FINITE_VERB.test(description)) return undefined;
  if (!/^(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}-]*[’']s)\s/iu.test(description)) return undefined;
  return kindOfDescription(description) === 'person' ? description : undefined;
}

/**
 * A description right before the name, with no comma: "the activist group Ocean
 * Voices", "the marine biologist Aaron Whitlock". Its last word is the head noun.
 */
function readDescriptionBefore(sentence: string, run: NameRun): { text: string; kind: EntityKind } | undefined {
  const before = sentence.slice(Math.max(0, run.start - 80), run.start);
  const match = /(?:^|[\s(])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+$/u.exec(before);
  if (!match || match[1]!.split(/\s+/).some((w) => PHRASE_BREAKS.has(w))) return undefined;
  const head = match[2]!;
  const kind = isPersonNoun(head) ? 'person' : ORGANISATION_NOUNS.has(head) ? 'organization' : undefined;
  return kind && { text: match[1]!, kind };
}

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
  return sentence
    .slice(start, end)
    .replace(/,(?=[”"]\s*$)/, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}

export function kindOfDescription(description: string): EntityKind | undefined {
  if (ORGANISATION_PARTICIPLES.test(description)) return 'organization';
  let head: EntityKind | undefined;
  for (const rawWord of description.split(/\s+/)) {
    // Capitalised words belong to names inside the description ("leader of the Quds Force").
    if (/^\p{Lu}/u.test(rawWord) && head) break;
    const word = rawWord.toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (PHRASE_BREAKS.has(word)) break;
    if (/^\p{Lu}/u.test(rawWord)) continue;
    if (isPersonNoun(word)) head = 'person';
    else if (ORGANISATION_NOUNS.has(word)) head = 'organization';
    else if (PLACE_NOUNS.has(word)) head = 'place';
  }
  return head;
}

/** "X (to SCMP), who has served as ...": the role in the clause belongs to the nearest person before it. */
function relativeClauses(sentence: string, runs: NameRun[]): { run: NameRun; role: string }[] {
  const clauses: { run: NameRun; role: string }[] = [];
  for (const match of sentence.matchAll(/,\s+who\s+/g)) {
    const clause = readPhrase(sentence, match.index + match[0].length, false);
    const copula = COPULA.exec(clause);
    if (!copula) continue;
    const role = clause.slice(copula[0].length).split(/\s+/).slice(0, 20).join(' ');
    if (kindOfDescription(role) !== 'person') continue;
    const before = runs.filter((r) => r.end <= match.index && match.index - r.end <= 40);
    const person = before.reverse().find((r) => looksLikePersonName(r.words) || (r.words.length === 1 && looksLikeSurname(r.text)));
    if (person) clauses.push({ run: person, role });
  }
  return clauses;
}

/** A name right before or after a speech verb ("Webber stated", "stated Maleeha Lodhi", "according to X"). */
function isSpeakerPosition(sentence: string, run: NameRun): boolean {
  const before = sentence.slice(Math.max(0, run.start - 20), run.start);
  // Room for an aside between commas (", a marine biologist at the university, said").
  const after = sentence.slice(run.end, run.end + 100);
  return new RegExp(`\\b(?:${SPEECH})\\s+$`, 'i').test(before) || new RegExp(`^(?:,[^,]{0,60},)?\\s+(?:\\w+ly\\s+)?(?:${SPEECH})\\b`, 'i').test(after);
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
    if (entity.kind === 'person') {
      // "von der Leyen" and, as people also write it, "Leyen".
      const words = entity.name.split(/\s+/);
      for (const surname of new Set([surnameOf(words), words.at(-1)!])) {
        surnameOwners.set(foldText(surname), [...(surnameOwners.get(foldText(surname)) ?? []), entity]);
      }
    }
  }
  for (const [surname, owners] of surnameOwners) {
    if (owners.length !== 1 || forms.has(surname)) continue;
    forms.set(surname, owners[0]!);
    const entity = owners[0]!;
    const display = surnameOf(entity.name.split(/\s+/));
    if (!entity.aliases.includes(display) && display !== entity.name) entity.aliases.push(display);
  }
  return forms;
}

const LEGAL_SUFFIX = /\s+(?:inc|incorporated|ltd|limited|llc|llp|plc|corp|co|gmbh|ag|sa|nv|bv|pty|pvt)\.?$/i;

function withoutLegalSuffix(name: string): string | undefined {
  const short = name.replace(LEGAL_SUFFIX, '').replace(/,$/, '').trim();
  return short !== name && /^\p{Lu}/u.test(short) ? short : undefined;
}

const MAX_NAME_WORDS = 7;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** Entities named in a sentence, found by looking word n-grams up in the form index. */
export function mentionsIn(sentence: string, forms: Map<string, Entity>): { entity: Entity; start: number; end: number }[] {
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0].replace(/[’']s?$/u, ''), start: m.index }));
  const found: { entity: Entity; start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.text)) continue;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      const entity = forms.get(foldText(span.map((w) => w.text).join(' ')));
      if (entity) {
        const last = span.at(-1)!;
        found.push({ entity, start: words[i]!.start, end: last.start + last.text.length });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The person a quoting sentence attributes its words to: the named person nearest a speech verb. */
function speakerOf(sentence: string, found: { entity: Entity; start: number; end: number }[]): Entity | undefined {
  const people = found.filter((f) => f.entity.kind === 'person');
  if (people.length === 0) return undefined;
  const verbs = [...sentence.matchAll(new RegExp(`\\b(?:${SPEECH})\\b`, 'gi'))].map((m) => m.index);
  let best: { entity: Entity; distance: number } | undefined;
  for (const person of people) {
    for (const verb of verbs) {
      const distance = verb >= person.end ? verb - person.end : person.start - verb;
      if (!best || distance < best.distance) best = { entity: person.entity, distance };
    }
  }
  return best?.entity;
}
