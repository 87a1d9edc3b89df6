/**
 * Builds everything briefbot knows from a set of articles, once, so that a
 * query only looks things up and never rescans the corpus.
 */
import type { Article, Passage } from './content/article.ts';
import { findAliases, type Alias } from './knowledge/aliases.ts';
import { extractEntities, type Entity } from './knowledge/entities.ts';
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
  index: PassageIndex;
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

export function buildKnowledgeBase(articles: Article[]): KnowledgeBase {
  const passages = articles.flatMap((article) => article.passages);
  const aliases = findAliases(passages);
  const entities = extractEntities(passages, aliases);

  const namesByPassage = new Map<string, string[]>();
  for (const entity of entities) {
    for (const passageId of entity.mentions) {
      namesByPassage.set(passageId, [...(namesByPassage.get(passageId) ?? []), entity.name, ...entity.aliases]);
    }
  }
  const index = PassageIndex.build(passages.map((p) => passageDocument(p, namesByPassage.get(p.id) ?? [])));
  const events = articles.flatMap(extractEvents).sort(compareEvents);
  return assembleKnowledgeBase({ articles, aliases, entities, events, index });
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
    articleById: new Map(parts.articles.map((a) => [a.id, a])),
    passageById: new Map(parts.articles.flatMap((a) => a.passages).map((p) => [p.id, p])),
    entityByForm,
  };
}
