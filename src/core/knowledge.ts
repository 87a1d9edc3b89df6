/**
 * Builds everything briefbot knows from a set of articles, once, so that a
 * query only looks things up and never rescans the corpus.
 */
import type { Article, Passage } from './content/article.ts';
import { findAliases, type Alias } from './knowledge/aliases.ts';
import {
  assembleEntities,
  discoverArticle,
  readMentions,
  rereadMentions,
  type PassageMentions,
  resolveEntities,
  type ArticleMentions,
  type Discovery,
  type Entity,
} from './knowledge/entities.ts';
import { EventIndex } from './knowledge/eventIndex.ts';
import { compareEvents, extractEvents, type DatedEvent } from './knowledge/events.ts';
import { passageDocument, PassageIndex } from './search/passageIndex.ts';
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
  /** Kept by a build for incremental updates; absent on knowledge loaded from a snapshot. */
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
 * discoveries and each passage's mentions, which entity each form of a name
 * named, how each entity was displayed, and each passage's indexed names.
 */
export interface EntityState {
  discoveries: Map<string, Discovery>;
  mentions: Map<string, ArticleMentions>;
  formKeys: Map<string, string>;
  display: Map<string, string>;
  names: Map<string, string>;
}

export function buildKnowledgeBase(articles: Article[]): KnowledgeBase {
  const passages = articles.flatMap((article) => article.passages);
  const aliases = findAliases(passages);
  const { entities, state } = readEntities(articles, aliases);
  const index = PassageIndex.build(passages.map((p) => passageDocument(p, state.names.get(p.id) ?? '')));
  const events = articles.flatMap(extractEvents).sort(compareEvents);
  return { ...assembleKnowledgeBase({ articles, aliases, entities, events, index }), entityState: state };
}

/** Entities from every article, with the per-article state an update starts from. */
function readEntities(articles: Article[], aliases: Alias[]): { entities: Entity[]; state: EntityState } {
  const discoveries = new Map(articles.map((article) => [article.id, discoverArticle(article.passages)]));
  const resolved = resolveEntities(articles.map((article) => discoveries.get(article.id)!), aliases);
  const mentions = new Map(articles.map((article) => [article.id, readMentions(article.passages, resolved.forms)]));
  const entities = assembleEntities(resolved, articles.map((article) => mentions.get(article.id)!));
  const entityByKey = new Map(entities.map((e) => [e.key, e]));
  const names = new Map<string, string>();
  for (const article of articles) for (const [passageId, read] of mentions.get(article.id)!) names.set(passageId, passageNames(read, entityByKey));
  return { entities, state: { discoveries, mentions, formKeys: keysOfForms(resolved.forms), display: displayOf(entities), names } };
}

/** The names (and aliases) of the entities a passage mentions: the index's `names` field. */
function passageNames(read: PassageMentions, entityByKey: Map<string, Entity>): string {
  return read.keys.flatMap((key) => {
    const entity = entityByKey.get(key);
    return entity ? [entity.name, ...entity.aliases] : [];
  }).join(' \n ');
}

function keysOfForms(forms: Map<string, Entity>): Map<string, string> {
  return new Map([...forms].map(([form, entity]) => [form, entity.key]));
}

function displayOf(entities: Entity[]): Map<string, string> {
  return new Map(entities.map((e) => [e.key, [e.name, ...e.aliases].join('\n')]));
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
  const touched = new Set([...change.upsert.map((a) => a.id), ...change.remove]);
  // Knowledge restored from a snapshot keeps no per-article state: read it once (the index and events it already has).
  const state = kb.entityState ?? readEntities(kb.articles, kb.aliases).state;
  const articles = [...kb.articles.filter((a) => !touched.has(a.id)), ...change.upsert].sort((a, b) => a.file.localeCompare(b.file));

  // Abbreviations and discoveries: the touched articles' own, in article order.
  const aliasesByArticle = new Map<string, Alias[]>();
  for (const alias of kb.aliases) {
    const articleId = kb.passageById.get(alias.passageId)?.articleId;
    if (articleId && !touched.has(articleId)) aliasesByArticle.set(articleId, [...(aliasesByArticle.get(articleId) ?? []), alias]);
  }
  for (const article of change.upsert) aliasesByArticle.set(article.id, findAliases(article.passages));
  const aliases = articles.flatMap((a) => aliasesByArticle.get(a.id) ?? []);
  for (const id of touched) state.discoveries.delete(id);
  for (const article of change.upsert) state.discoveries.set(article.id, discoverArticle(article.passages));
  const resolved = resolveEntities(articles.map((a) => state.discoveries.get(a.id)!), aliases);

  // Mentions: the touched articles read whole; elsewhere, from each passage holding a form that now names
  // another entity, or none, or is new.
  const formKeys = keysOfForms(resolved.forms);
  const changedForms = [...formKeys].filter(([form, key]) => state.formKeys.get(form) !== key).map(([form]) => form);
  for (const form of state.formKeys.keys()) if (!formKeys.has(form)) changedForms.push(form);
  const reread = new Set<string>();
  // The touched articles' passages leave the index as they were filed. Removed, not discarded: a discarded
  // document stays in MiniSearch's term lists until a search cleans it up, and counts there until then.
  for (const id of touched) {
    for (const passage of kb.articleById.get(id)?.passages ?? []) {
      if (kb.index.search.has(passage.id)) kb.index.search.remove(passageDocument(passage, state.names.get(passage.id) ?? ''));
    }
  }
  for (const id of touched) {
    for (const passageId of state.mentions.get(id)?.keys() ?? []) state.names.delete(passageId);
    state.mentions.delete(id);
  }
  for (const article of change.upsert) {
    state.mentions.set(article.id, readMentions(article.passages, resolved.forms));
    for (const passage of article.passages) reread.add(passage.id);
  }
  for (const [articleId, passageIds] of passagesMentioning(kb, changedForms, touched)) {
    const article = kb.articleById.get(articleId)!;
    for (const passageId of rereadMentions(article.passages, resolved.forms, state.mentions.get(articleId)!, passageIds)) reread.add(passageId);
  }
  state.formKeys = formKeys;
  const entities = assembleEntities(resolved, articles.map((a) => state.mentions.get(a.id)!));

  // The index: drop what went, add what came, and re-file passages whose names changed: those read
  // again, and those mentioning an entity now shown under another name or aliases.
  const display = displayOf(entities);
  const recheck = new Set(reread);
  for (const entity of entities) if (display.get(entity.key) !== state.display.get(entity.key)) for (const id of entity.mentions) recheck.add(id);
  state.display = display;
  const entityByKey = new Map(entities.map((e) => [e.key, e]));
  const passageById = new Map(articles.flatMap((a) => a.passages).map((p) => [p.id, p]));
  for (const passageId of recheck) {
    const passage = passageById.get(passageId);
    if (!passage) continue;
    const read = state.mentions.get(passage.articleId)?.get(passageId);
    const names = read ? passageNames(read, entityByKey) : '';
    const filed = kb.index.search.has(passageId);
    const filedNames = state.names.get(passageId) ?? '';
    if (filed && filedNames === names) continue;
    state.names.set(passageId, names);
    if (filed) kb.index.search.remove(passageDocument(passage, filedNames));
    kb.index.search.add(passageDocument(passage, names));
  }

  // Events of one date in article order, as a full build lists them.
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const events = [...kb.events.filter((e) => !touched.has(e.articleId)), ...change.upsert.flatMap(extractEvents)].sort(
    (a, b) => compareEvents(a, b) || order.get(a.articleId)! - order.get(b.articleId)!,
  );
  return { ...assembleKnowledgeBase({ articles, aliases, entities, events, index: kb.index }), entityState: state };
}

/** The passages (by article) that hold any of these name forms (folded), found through the index. */
function passagesMentioning(kb: KnowledgeBase, forms: string[], skip: Set<string>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (passageId: string) => {
    const passage = kb.passageById.get(passageId);
    if (!passage || skip.has(passage.articleId)) return;
    found.set(passage.articleId, (found.get(passage.articleId) ?? new Set()).add(passageId));
  };
  for (const form of forms) {
    const terms = queryTerms(form);
    if (terms.length === 0) {
      // A form of stop words only ("US") is not in the index: look in the text.
      for (const passage of kb.passageById.values()) if (foldText(passage.text).includes(form)) add(passage.id);
      continue;
    }
    // The index drops stop words ("our war" is searched as "war"): keep the passages that hold the whole form.
    for (const hit of kb.index.search.search(terms.join(' '), { prefix: false, fuzzy: false, combineWith: 'AND' })) {
      const passage = kb.passageById.get(String(hit.id));
      if (passage && foldText(passage.text).includes(form)) add(passage.id);
    }
  }
  return found;
}

/** Adds the lookups a query needs to the computed parts (after a build, or after loading a snapshot). */
export function assembleKnowledgeBase(parts: KnowledgeParts): KnowledgeBase {
  const entityByForm = new Map<string, Entity>();
  // People first, so a surname that is also part of an organisation's name finds the person.
  const ordered = [...parts.entities].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.mentions.length - a.mentions.length);
  for (const entity of ordered) {
    for (const form of [entity.name, ...entity.aliases, entity.name.replace(/^the\s+/i, '')]) {
      for (const key of [foldText(form), compactKey(form)]) if (!entityByForm.has(key)) entityByForm.set(key, entity);
    }
  }
  const names: NameForms[] = parts.entities.map((entity) => {
    const forms = [entity.name, ...entity.aliases];
    return {
      entity,
      keys: forms.map(compactKey),
      words: [...new Set(forms.flatMap(nameWordsOf))],
      terms: new Set(queryTerms(entity.name)),
    };
  });
  const nameWords = new Map<string, NameForms[]>();
  for (const forms of names) for (const word of forms.words) nameWords.set(word, [...(nameWords.get(word) ?? []), forms]);
  return {
    ...parts,
    names,
    nameWords,
    eventIndex: new EventIndex(parts.events),
    articleById: new Map(parts.articles.map((a) => [a.id, a])),
    passageById: new Map(parts.articles.flatMap((a) => a.passages).map((p) => [p.id, p])),
    entityByForm,
  };
}
