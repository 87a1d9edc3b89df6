/**
 * Builds everything briefbot knows from a set of articles, once, so that a
 * query only looks things up and never rescans the corpus.
 */
import type { Article, Passage } from './content/article.ts';
import { findAliases, type Alias } from './knowledge/aliases.ts';
import { extractEntities, type Entity } from './knowledge/entities.ts';
import { compareEvents, extractEvents, type DatedEvent } from './knowledge/events.ts';
import { passageDocument, PassageIndex } from './search/passageIndex.ts';
import { foldText } from './text/normalize.ts';

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
}

/** The key two spellings share when they differ only in case, accents, hyphens or spacing. */
export function compactKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
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
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const index = PassageIndex.build(
    passages.map((p) => passageDocument(p, articleById.get(p.articleId)!.title, namesByPassage.get(p.id) ?? [])),
  );

  const entityByForm = new Map<string, Entity>();
  // People first, so a surname that is also part of an organisation's name finds the person.
  const ordered = [...entities].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.mentions.length - a.mentions.length);
  for (const entity of ordered) {
    for (const form of [entity.name, ...entity.aliases, entity.name.replace(/^the\s+/i, '')]) {
      for (const key of [foldText(form), compactKey(form)]) if (!entityByForm.has(key)) entityByForm.set(key, entity);
    }
  }

  return {
    articles,
    articleById,
    passageById: new Map(passages.map((p) => [p.id, p])),
    aliases,
    entities,
    entityByForm,
    events: articles.flatMap(extractEvents).sort(compareEvents),
    index,
  };
}
