/**
 * Builds everything briefbot knows from a set of articles, once, so that a
 * query only looks things up and never rescans the corpus.
 */
import type { Article, Passage } from './content/article.ts';
import { findAliases, type Alias } from './knowledge/aliases.ts';
import {
  assembleEntities,
  assembleEntitiesInSteps,
  discoverArticle,
  resolveEntities,
  resolveEntitiesInSteps,
  type Discovery,
  type Entity,
  type Statement,
} from './knowledge/entities.ts';
import { keptList } from './knowledge/lists.ts';
import { readMentions, rereadMentions, type ArticleMentions, type PassageMentions } from './knowledge/mentions.ts';
import { EventIndex } from './knowledge/eventIndex.ts';
import { compareEvents, extractEvents, type DatedEvent } from './knowledge/events.ts';
import { passageDocument, PassageIndex, type IndexedPassage } from './search/passageIndex.ts';
import { finish, type Steps } from './steps.ts';
import { foldText, queryTerms } from './text/normalize.ts';

/** An entity's names in the forms lookups compare, computed once per knowledge base. */
export interface NameForms {
  entity: Entity;
  /** Name and aliases without case, accents, spaces or hyphens ("isisk"). */
  keys: string[];
  /** Words of three letters or more of the name and aliases, folded. */
  words: string[];
  /** The name's search terms, as a query would have them. */
  terms: Set<string>;
}

export interface KnowledgeBase {
  articles: Article[];
  articleById: Map<string, Article>;
  passageById: Map<string, Passage>;
  aliases: Alias[];
  entities: Entity[];
  /** Every form of every entity's name (folded, and compacted without spaces or hyphens). */
  entityByForm: Map<string, Entity>;
  /** Chronological. */
  events: DatedEvent[];
  /** Periods, months and passages' events, looked up without a scan of `events`. */
  eventIndex: EventIndex;
  index: PassageIndex;
  /** Kept for incremental updates by a build, an update, and snapshots and workers that pack it. */
  entityState?: EntityState;
  names: NameForms[];
  /** Every distinct word of every name, with the entities whose names contain it. */
  nameWords: Map<string, NameForms[]>;
}

/** The key two spellings share when they differ only in case, accents, hyphens or spacing. */
export function compactKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The words of a name that typo-tolerant matching compares ("Graeme Smith" -> graeme, smith).
 * Typed names and known names must be split alike, so both go through here.
 */
export function nameWordsOf(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
}

/** What is computed from the articles; everything else in a KnowledgeBase is a lookup derived from it. */
export interface KnowledgeParts {
  articles: Article[];
  aliases: Alias[];
  entities: Entity[];
  events: DatedEvent[];
  index: PassageIndex;
}

/**
 * What an incremental update needs beyond the parts: each article's first-pass
 * discoveries and each passage's mentions, and which entity each form of a
 * name named. The names each passage is filed under in the index follow from
 * its mentions and the entities (indexedPassages), so they are not kept.
 */
export interface EntityState {
  discoveries: Map<string, Discovery>;
  mentions: Map<string, ArticleMentions>;
  formKeys: Map<string, string>;
}

export function buildKnowledgeBase(articles: Article[]): KnowledgeBase {
  const aliases = articles.flatMap((article) => findAliases(article.passages));
  const { entities, state } = readEntities(articles, aliases);
  const index = PassageIndex.build(indexedPassages(articles, entities, state.mentions));
  const events = articles.flatMap(extractEvents).sort(compareEvents);
  return { ...assembleKnowledgeBase({ articles, aliases, entities, events, index }), entityState: state };
}

/** Entities from every article, with the per-article state an update starts from. */
function readEntities(articles: Article[], aliases: Alias[]): { entities: Entity[]; state: EntityState } {
  const discoveries = new Map(articles.map((article) => [article.id, discoverArticle(article.passages)]));
  const resolved = resolveEntities(articles.map((article) => discoveries.get(article.id)!), aliases);
  const mentions = new Map(articles.map((article) => [article.id, readMentions(article.passages, resolved.forms)]));
  const entities = assembleEntities(resolved, articles.map((article) => mentions.get(article.id)!));
  return { entities, state: { discoveries, mentions, formKeys: keysOfForms(resolved.forms) } };
}

/** The passages as the index files them: each with the names (and aliases) of the entities it mentions. */
export function indexedPassages(articles: Article[], entities: Entity[], mentions: Map<string, ArticleMentions>): IndexedPassage[] {
  const entityByKey = new Map(entities.map((e) => [e.key, e]));
  return articles.flatMap((article) => {
    const read = mentions.get(article.id);
    return article.passages.map((passage) => passageDocument(passage, passageNames(read?.get(passage.id), entityByKey)));
  });
}

/**
 * The per-article state as plain data, for a snapshot file or a worker's
 * message.
 */
export interface PackedEntityState {
  discoveries: [string, Discovery][];
  mentions: [string, [string, PackedMentions][]][];
  formKeys: [string, string][];
}

/**
 * Knowledge parsed from JSON has a string of its own wherever a passage id or
 * an entity key occurs (every mention, event and statement) and a statement
 * of its own wherever one is listed, where built knowledge shares one of
 * each: together a tenth of its heap. These give back the one.
 */
/** How parsed strings and statements are shared: SharedCopies, or as parsed (a one-shot command's knowledge, dropped in a moment). */
export type Sharing = Pick<SharedCopies, 'id' | 'key' | 'statement'>;

export const AS_PARSED: Sharing = { id: (id) => id, key: (key) => key, statement: (statement) => statement };

export class SharedCopies {
  private readonly ids = new Map<string, string>();
  private readonly keys: Map<string, string>;
  private readonly statements = new Map<string, Statement>();

  /** `ids`: every article's and passage's id; `keys`: every entity's key. */
  constructor(ids: Iterable<string>, keys: Iterable<string>) {
    for (const id of ids) this.ids.set(id, id);
    this.keys = new Map();
    for (const key of keys) this.keys.set(key, key);
  }

  /** An article's or a passage's id. */
  readonly id = (id: string): string => this.ids.get(id) ?? id;

  readonly key = (key: string): string => this.keys.get(key) ?? key;

  /** One object for a statement however often it is listed, its text and sentence one string when they are equal. */
  readonly statement = (statement: Statement): Statement => {
    const key = `${statement.passageId}\u0000${statement.text}\u0000${statement.sentence}`;
    let shared = this.statements.get(key);
    if (!shared) {
      const { text, passageId, sentence } = statement;
      this.statements.set(key, (shared = { text, passageId: this.id(passageId), sentence: sentence === text ? text : sentence }));
    }
    return shared;
  };
}

/**
 * A passage's mentions as a tuple. A quote is a whole sentence of that passage,
 * so it is kept as its speaker and text alone (a snapshot holds one per quote).
 */
type PackedMentions = [keys: readonly string[], quotes: ([key: string, text: string] | PassageMentions['quotes'][number])[], speakerAfter: PassageMentions['speakerAfter'] | null];

function packMentions(passageId: string, read: PassageMentions): PackedMentions {
  const quotes = read.quotes.map((q) => (q.statement.passageId === passageId && q.statement.sentence === q.statement.text ? ([q.key, q.statement.text] as [string, string]) : q));
  return [read.keys, quotes, read.speakerAfter ?? null];
}

/** A passage's mentions as read, given the speaker the passage before it left (shared when carried over, as a build shares it). */
function unpackMentions(passageId: string, [keys, quotes, speakerAfter]: PackedMentions, speakerBefore: PassageMentions['speakerAfter'], shared: Sharing): PassageMentions {
  const carried = speakerAfter && speakerBefore?.key === speakerAfter.key && speakerBefore.paragraph === speakerAfter.paragraph;
  return {
    keys: keptList(keys.map(shared.key)),
    quotes: keptList(quotes.map((q) => (Array.isArray(q) ? { key: shared.key(q[0]), statement: shared.statement({ text: q[1], passageId, sentence: q[1] }) } : { key: shared.key(q.key), statement: shared.statement(q.statement) }))),
    speakerAfter: carried ? speakerBefore : speakerAfter ? { key: shared.key(speakerAfter.key), paragraph: speakerAfter.paragraph } : undefined,
  };
}

function unpackArticleMentions(byPassage: [string, PackedMentions][], shared: Sharing): ArticleMentions {
  const mentions: ArticleMentions = new Map();
  let speaker: PassageMentions['speakerAfter'];
  for (const [passageId, packed] of byPassage) {
    const read = unpackMentions(shared.id(passageId), packed, speaker, shared);
    mentions.set(shared.id(passageId), read);
    speaker = read.speakerAfter;
  }
  return mentions;
}

/** A discovery parsed from JSON, sharing as a build does (a name found without a role shares the one empty list). */
function unpackDiscovery(d: Discovery, shared: Sharing): Discovery {
  return {
    ...d,
    found: d.found.map((f) => ({ ...f, roles: keptList(f.roles.map(shared.statement)) })),
    unresolvedRoles: d.unresolvedRoles.map((u) => ({ ...u, role: shared.statement(u.role) })),
  };
}

export function packEntityState(state: EntityState): PackedEntityState {
  return {
    discoveries: [...state.discoveries],
    mentions: [...state.mentions].map(([articleId, byPassage]) => [articleId, [...byPassage].map(([passageId, read]) => [passageId, packMentions(passageId, read)])]),
    formKeys: [...state.formKeys],
  };
}

export function unpackEntityState(packed: PackedEntityState, shared: Sharing): EntityState {
  const mentions = new Map(packed.mentions.map(([articleId, byPassage]) => [shared.id(articleId), unpackArticleMentions(byPassage, shared)]));
  const discoveries = new Map(packed.discoveries.map(([articleId, d]) => [shared.id(articleId), unpackDiscovery(d, shared)]));
  return { discoveries, mentions, formKeys: new Map(packed.formKeys.map(([form, key]) => [form, shared.key(key)])) };
}

/** The names (and aliases) of the entities a passage mentions, by its reading: the index's `names` field. */
function passageNames(read: PassageMentions | undefined, entityByKey: Map<string, Entity>): string {
  if (!read) return '';
  const names: string[] = [];
  for (const key of read.keys) {
    const entity = entityByKey.get(key);
    if (!entity) continue;
    names.push(entity.name);
    for (const alias of entity.aliases) names.push(alias);
  }
  return names.join(' \n ');
}

function keysOfForms(forms: Map<string, Entity>): Map<string, string> {
  return new Map([...forms].map(([form, entity]) => [form, entity.key]));
}

/** How an entity is shown in the index: a passage mentioning it is filed again when this changes. */
function displayed(entity: Entity): string {
  return [entity.name, ...entity.aliases].join('\n');
}

export interface KnowledgeChange {
  /** Articles added or changed (matched by id). */
  upsert: Article[];
  /** Ids of articles removed. */
  remove: string[];
}

/**
 * The knowledge after adding, changing or removing a few articles, without
 * rebuilding the rest: those articles are read again, and elsewhere only the
 * passages that hold a name whose entity changed (a new person whose surname
 * an older article uses), until "he said" points where it pointed before. The
 * passage index is updated in place, so the knowledge passed in must not be
 * used after this returns.
 *
 * The result equals a full build of the same articles (tests hold it to that).
 */
export function updateKnowledgeBase(kb: KnowledgeBase, change: KnowledgeChange): KnowledgeBase {
  return finish(updateKnowledgeSteps(kb, change));
}

/**
 * updateKnowledgeBase in steps (steps.ts): it yields between pieces of work
 * (an article read, the names merged, …), so a caller on a busy thread can let
 * other work run in between. The knowledge passed in keeps answering, whole,
 * while the update is under way. Near the end its searches are kept to its own
 * passages, so new passages can be filed in the shared index in slices (and
 * its own passages re-filed under names that changed, which moves a score at
 * most); the old versions of the articles touched leave the index only in the
 * step that returns the new knowledge. Only the per-article state belongs to
 * the update from its first step: an update abandoned half-way leaves the
 * knowledge answering but unfit for another update (rebuild instead).
 */
export function* updateKnowledgeSteps(kb: KnowledgeBase, change: KnowledgeChange): Steps<KnowledgeBase> {
  const touched = new Set([...change.upsert.map((a) => a.id), ...change.remove]);
  // Knowledge restored without per-article state: read it once (the index and events it already has).
  const state = kb.entityState ?? readEntities(kb.articles, kb.aliases).state;
  const articles = [...kb.articles.filter((a) => !touched.has(a.id)), ...change.upsert].sort((a, b) => a.file.localeCompare(b.file));

  // Abbreviations and discoveries: the touched articles' own, in article order.
  const aliasesByArticle = new Map<string, Alias[]>();
  for (const alias of kb.aliases) {
    const articleId = kb.passageById.get(alias.passageId)?.articleId;
    if (!articleId || touched.has(articleId)) continue;
    const list = aliasesByArticle.get(articleId);
    if (list) list.push(alias);
    else aliasesByArticle.set(articleId, [alias]);
  }
  for (const id of touched) state.discoveries.delete(id);
  const newEvents: DatedEvent[] = [];
  for (const article of change.upsert) {
    aliasesByArticle.set(article.id, findAliases(article.passages));
    state.discoveries.set(article.id, discoverArticle(article.passages));
    yield 'articles read';
    newEvents.push(...extractEvents(article));
    yield 'articles dated';
  }
  const aliases = articles.flatMap((a) => aliasesByArticle.get(a.id) ?? []);
  const resolved = yield* resolveEntitiesInSteps(articles.map((a) => state.discoveries.get(a.id)!), aliases);

  // Mentions: the touched articles read whole; elsewhere, from each passage holding a form that now names
  // another entity, or none, or is new.
  const formKeys = keysOfForms(resolved.forms);
  const changedForms = [...formKeys].filter(([form, key]) => state.formKeys.get(form) !== key).map(([form]) => form);
  for (const form of state.formKeys.keys()) if (!formKeys.has(form)) changedForms.push(form);
  yield 'names compared';
  const reread = new Set<string>();
  // The names a passage of the knowledge passed in is filed under in the index: those of the entities its
  // reading mentioned, as they were shown. Removing a passage from the index takes the document exactly as it
  // was added, so the readings this update replaces are kept until it ends.
  const entityBefore = new Map(kb.entities.map((e) => [e.key, e]));
  const readBefore = new Map<string, PassageMentions | undefined>();
  const filedNames = (passage: Passage) =>
    passageNames(readBefore.has(passage.id) ? readBefore.get(passage.id) : state.mentions.get(passage.articleId)?.get(passage.id), entityBefore);
  for (const id of touched) {
    for (const [passageId, read] of state.mentions.get(id) ?? []) readBefore.set(passageId, read);
    state.mentions.delete(id);
  }
  for (const article of change.upsert) {
    state.mentions.set(article.id, readMentions(article.passages, resolved.forms));
    for (const passage of article.passages) reread.add(passage.id);
    yield 'mentions read';
  }
  for (const [articleId, passageIds] of yield* passagesMentioning(kb, changedForms, touched)) {
    const article = kb.articleById.get(articleId)!;
    for (const [passageId, before] of rereadMentions(article.passages, resolved.forms, state.mentions.get(articleId)!, passageIds)) {
      reread.add(passageId);
      readBefore.set(passageId, before);
    }
    yield 'mentions read again';
  }
  state.formKeys = formKeys;
  const entities = yield* assembleEntitiesInSteps(resolved, articles.map((a) => state.mentions.get(a.id)!));

  // The passages to file again: those read again, and those mentioning an entity now shown under another
  // name or aliases; each with the names the index will hold for it.
  const recheck = new Set(reread);
  for (const [i, entity] of entities.entries()) {
    const before = entityBefore.get(entity.key);
    if (!before || displayed(entity) !== displayed(before)) for (const id of entity.mentions) recheck.add(id);
    if (i % 2_000 === 1_999) yield 'passages to file again';
  }
  const entityByKey = new Map(entities.map((e) => [e.key, e]));
  const upserted = new Map(change.upsert.flatMap((a) => a.passages).map((p) => [p.id, p]));
  const passageOf = (id: string) => upserted.get(id) ?? (touched.has(kb.passageById.get(id)?.articleId ?? '') ? undefined : kb.passageById.get(id));
  const refile: { passage: Passage; names: string }[] = [];
  for (const passageId of recheck) {
    const passage = passageOf(passageId);
    if (!passage) continue;
    const read = state.mentions.get(passage.articleId)?.get(passageId);
    refile.push({ passage, names: read ? passageNames(read, entityByKey) : '' });
  }
  yield 'passages to file again';

  // Events of one date in article order, as a full build lists them: the new articles' merged into the others'.
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const byDate = (a: DatedEvent, b: DatedEvent) => compareEvents(a, b) || order.get(a.articleId)! - order.get(b.articleId)!;
  const others = kb.events.filter((e) => !touched.has(e.articleId));
  // Knowledge built from articles in another order than their files' lists its events in that order.
  if (others.some((e, i) => i > 0 && byDate(others[i - 1]!, e) > 0)) others.sort(byDate);
  newEvents.sort(byDate);
  const events: DatedEvent[] = [];
  let next = 0;
  for (const [i, event] of others.entries()) {
    while (next < newEvents.length && byDate(newEvents[next]!, event) < 0) events.push(newEvents[next++]!);
    events.push(event);
    if (i % 20_000 === 19_999) yield 'events';
  }
  events.push(...newEvents.slice(next));
  yield 'events';
  const index = new PassageIndex(kb.index.search);
  const assembled = yield* assembleKnowledgeSteps({ articles, aliases, entities, events, index }, { from: kb, touched, upsert: change.upsert });

  // The index. From here the knowledge passed in searches only its own passages, so what it never sees or
  // may see changed (passages it does not have; its own passages under names that changed) is filed in
  // slices. What would change its articles (the old versions of the articles touched) changes in the last
  // step, with the knowledge handed over.
  kb.index.keepTo(kb.passageById);
  // Passages leave the index by remove(), never discard(): a discarded passage stays in MiniSearch's term lists
  // until a vacuum, and the ranker (search/ranking.ts) hands every search to MiniSearch while any is there.
  const refiled = (passage: Passage, names: string) => {
    const filed = index.search.has(passage.id);
    const previous = filed ? filedNames(passage) : '';
    if (filed && previous === names) return;
    if (filed) index.search.remove(passageDocument(passage, previous));
    index.search.add(passageDocument(passage, names));
  };
  const last: typeof refile = [];
  for (const [i, { passage, names }] of refile.entries()) {
    if (touched.has(passage.articleId) && kb.passageById.has(passage.id)) last.push({ passage, names });
    else refiled(passage, names);
    if (i % 200 === 199) yield 'passages filed';
  }
  for (const id of touched) {
    for (const passage of kb.articleById.get(id)?.passages ?? []) {
      if (index.search.has(passage.id)) index.search.remove(passageDocument(passage, filedNames(passage)));
    }
  }
  for (const { passage, names } of last) refiled(passage, names);
  return { ...assembled, entityState: state };
}

/** The passages (by article) that hold any of these name forms (folded), found through the index. */
function* passagesMentioning(kb: KnowledgeBase, forms: string[], skip: Set<string>): Steps<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const add = (passageId: string) => {
    const passage = kb.passageById.get(passageId);
    if (!passage || skip.has(passage.articleId)) return;
    found.set(passage.articleId, (found.get(passage.articleId) ?? new Set()).add(passageId));
  };
  const stopWordForms: string[] = [];
  for (const form of forms) {
    const terms = queryTerms(form);
    // A form of stop words only ("US") is not in the index: look for it in the text, below.
    if (terms.length === 0) stopWordForms.push(form);
    // The index drops stop words ("our war" is searched as "war"): keep the passages that hold the whole form.
    else {
      for (const [j, hit] of kb.index.search.search(terms.join(' '), { prefix: false, fuzzy: false, combineWith: 'AND' }).entries()) {
        const passage = kb.passageById.get(String(hit.id));
        if (passage && foldText(passage.text).includes(form)) add(passage.id);
        if (j % 1_000 === 999) yield 'names looked up';
      }
    }
    yield 'names looked up';
  }
  if (stopWordForms.length > 0) {
    let read = 0;
    for (const passage of kb.passageById.values()) {
      const text = foldText(passage.text);
      if (stopWordForms.some((form) => text.includes(form))) add(passage.id);
      if (++read % 2000 === 0) yield 'names looked up';
    }
  }
  return found;
}

/** Adds the lookups a query needs to the computed parts (after a build, or after loading a snapshot). */
export function assembleKnowledgeBase(parts: KnowledgeParts): KnowledgeBase {
  return finish(assembleKnowledgeSteps(parts));
}

/** The events with the lookups over them (a snapshot loaded lazily makes them when they are first used). */
export function eventLookups(events: DatedEvent[]): Pick<KnowledgeBase, 'events' | 'eventIndex'> {
  return { events, eventIndex: new EventIndex(events) };
}

/** The knowledge an update starts from, whose article and passage lookups the new knowledge copies and patches. */
interface LookupsToReuse {
  from: KnowledgeBase;
  touched: Set<string>;
  upsert: Article[];
}

/** assembleKnowledgeBase in steps (steps.ts). */
export function* assembleKnowledgeSteps(parts: KnowledgeParts, reuse?: LookupsToReuse): Steps<KnowledgeBase> {
  const entityByForm = new Map<string, Entity>();
  // People first, so a surname that is also part of an organisation's name finds the person.
  const ordered = [...parts.entities].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.mentions.length - a.mentions.length);
  for (const [i, entity] of ordered.entries()) {
    for (const form of [entity.name, ...entity.aliases, entity.name.replace(/^the\s+/i, '')]) {
      for (const key of [foldText(form), compactKey(form)]) if (!entityByForm.has(key)) entityByForm.set(key, entity);
    }
    if (i % 2_000 === 1_999) yield 'lookups: names';
  }
  yield 'lookups: names';
  const names: NameForms[] = [];
  for (const [i, entity] of parts.entities.entries()) {
    const forms = [entity.name, ...entity.aliases];
    names.push({ entity, keys: forms.map(compactKey), words: [...new Set(forms.flatMap(nameWordsOf))], terms: new Set(queryTerms(entity.name)) });
    if (i % 2_000 === 1_999) yield 'lookups: name words';
  }
  const nameWords = wordsOfNames(names);
  yield 'lookups: name words';
  const { articleById, passageById } = reuse ? yield* patchedLookups(reuse) : yield* lookupsOf(parts.articles);
  yield 'lookups: events';
  return { ...parts, names, nameWords, ...eventLookups(parts.events), articleById, passageById, entityByForm };
}

/** Every distinct word of the names, with the entities whose names contain it (KnowledgeBase.nameWords). */
export function wordsOfNames(names: readonly NameForms[]): Map<string, NameForms[]> {
  const nameWords = new Map<string, NameForms[]>();
  for (const entry of names) {
    for (const word of entry.words) {
      const sharing = nameWords.get(word);
      if (sharing) sharing.push(entry);
      else nameWords.set(word, [entry]);
    }
  }
  return nameWords;
}

function* lookupsOf(articles: Article[]): Steps<Pick<KnowledgeBase, 'articleById' | 'passageById'>> {
  const articleById = new Map<string, Article>();
  const passageById = new Map<string, Passage>();
  for (const [i, article] of articles.entries()) {
    articleById.set(article.id, article);
    for (const passage of article.passages) passageById.set(passage.id, passage);
    if (i % 200 === 199) yield 'lookups: passages';
  }
  yield 'lookups: passages';
  return { articleById, passageById };
}

/** The lookups of the knowledge updated, as copies (a native copy is many times faster than filling anew) with the change applied. */
function* patchedLookups({ from, touched, upsert }: LookupsToReuse): Steps<Pick<KnowledgeBase, 'articleById' | 'passageById'>> {
  const articleById = new Map(from.articleById);
  const passageById = new Map(from.passageById);
  yield 'lookups: passages';
  for (const id of touched) {
    for (const passage of from.articleById.get(id)?.passages ?? []) passageById.delete(passage.id);
    articleById.delete(id);
  }
  for (const article of upsert) {
    articleById.set(article.id, article);
    for (const passage of article.passages) passageById.set(passage.id, passage);
  }
  yield 'lookups: passages';
  return { articleById, passageById };
}
