/** Helpers every answer uses: turning passages into cited sources, resolving a topic, suggesting. */
import type { Passage } from '../content/article.ts';
import type { Entity } from '../knowledge/entities.ts';
import { compactKey, nameWordsOf, type KnowledgeBase, type NameForms } from '../knowledge.ts';
import { HONORIFIC_OR_TITLE } from '../knowledge/personWords.ts';
import type { Reply, Source } from '../reply.ts';
import type { SummarySentence } from '../summary.ts';
import { editDistance, foldText, unique } from '../text/normalize.ts';

export const MAX_SOURCES = 10;

export function sourceOf(kb: KnowledgeBase, passage: Passage): Source {
  const article = kb.articleById.get(passage.articleId)!;
  return {
    text: passage.text,
    section: passage.section,
    paragraph: passage.paragraph,
    articleTitle: article.title,
    articleId: article.id,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
    ...(article.published ? { published: article.published } : {}),
  };
}

/**
 * Summary lines with their citations, followed by the other passages: the
 * sources a reply shows, cited ones first, each passage once.
 */
export function citedReply(kb: KnowledgeBase, summary: SummarySentence[], morePassageIds: string[], limit = MAX_SOURCES) {
  const ids = unique([...summary.map((s) => s.passageId), ...morePassageIds]).slice(0, Math.max(limit, summary.length));
  return {
    summary: summary.map((s) => s.text),
    citations: summary.map((s) => ids.indexOf(s.passageId)),
    sources: ids.map((id) => sourceOf(kb, kb.passageById.get(id)!)),
  };
}

/** Upper bound of typos tolerated in a name of this length. */
function tolerance(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** The entity a user means: by full name, alias, surname, any spelling of those, or a near miss. */
export function findEntity(kb: KnowledgeBase, text: string): Entity | undefined {
  const folded = foldText(text);
  const key = compactKey(text);
  const exact = kb.entityByForm.get(folded) ?? kb.entityByForm.get(key);
  if (exact) return exact;
  // "Mr. Trump", "Dr Voss", "Senator Roe": an honorific or a title typed before the name is no part of it.
  const [first, ...rest] = text.trim().split(/\s+/);
  if (rest.length > 0 && HONORIFIC_OR_TITLE(first!)) return findEntity(kb, rest.join(' '));
  // A first name ("Hans", "José Luis", or a family name written first: "Xi") names the one person whose name starts with it.
  if (folded.length >= 2) {
    const named = kb.entities.filter((e) => e.kind === 'person' && e.key.startsWith(`${folded} `));
    if (named.length === 1) return named[0];
  }
  // "Bautista Agut" of "Roberto Bautista Agut", "Del Potro": a family name of several words, typed without the given name
  // (the most mentioned of the people who share it, as a single family name finds below).
  if (folded.includes(' ')) {
    const family = kb.entities.filter((e) => e.kind === 'person' && e.key.endsWith(` ${folded}`));
    if (family.length > 0) return mostMentioned(family);
  }
  // "Galih" of "Arya Galih Gegana, as he is known": any one word of one person's name, in the middle too.
  // (nameWords holds single words of three letters or more: a shorter or longer query finds none there.)
  const owners = (kb.nameWords.get(folded) ?? []).filter((n) => n.entity.kind === 'person');
  if (owners.length === 1) return owners[0]!.entity;
  // "Clinton", with Hillary and Bill Clinton both named: the one the articles mention most, as news calls the
  // person a story is about by the family name alone (the first named, when they are mentioned as often).
  const sharing = owners.filter((n) => n.entity.key.endsWith(` ${folded}`));
  if (sharing.length > 1) return mostMentioned(sharing.map((n) => n.entity));
  let best: { entity: Entity; distance: number } | undefined;
  for (const [form, entity] of kb.entityByForm) {
    if (form.includes(' ')) continue; // compact keys only
    const distance = editDistance(key, form, tolerance(key.length));
    if (distance <= tolerance(key.length) && (!best || distance < best.distance)) best = { entity, distance };
  }
  return best?.entity;
}

/**
 * The people a first name or a middle word names when it names more than one ("Serdar" of two spellings of one name,
 * "John" of John Smith and John Doe), most mentioned first: findEntity names none of them, and none is a guess to make.
 */
export function namesakes(kb: KnowledgeBase, text: string, limit = 5): Entity[] {
  const folded = foldText(text);
  if (folded.length < 2) return [];
  const owners = (kb.nameWords.get(folded) ?? []).map((n) => n.entity);
  const opening = kb.entities.filter((e) => e.key.startsWith(`${folded} `));
  const people = unique([...opening, ...owners]).filter((e) => e.kind === 'person');
  return people.length > 1 ? people.sort((a, b) => b.mentions.length - a.mentions.length).slice(0, limit) : [];
}

/** The entity the articles mention most; the first of them, when several are mentioned as often. */
function mostMentioned(entities: Entity[]): Entity {
  return entities.reduce((best, e) => (e.mentions.length > best.mentions.length ? e : best));
}

export interface Topic {
  text: string;
  entity?: Entity;
  /** The query and, for a known entity, its name and aliases: every way the text may name it. */
  phrasings: string[];
  /**
   * What to look up in the index. For a known entity its name alone: every
   * passage that mentions it, by any alias or surname, carries that name in
   * its indexed names, so searching the aliases too would only repeat work.
   */
  searchPhrasings: string[];
  /** "TTP — Tehreek-i-Taliban Pakistan" when the query was an abbreviation the text expands. */
  label: string;
}

export function resolveTopic(kb: KnowledgeBase, text: string): Topic {
  const entity = findEntity(kb, text);
  if (!entity) return { text, phrasings: [text], searchPhrasings: [text], label: text };
  const phrasings = unique([text, entity.name, ...entity.aliases.filter((a) => a.length > 1)]);
  return { text, entity, phrasings, searchPhrasings: [entity.name], label: entityLabel(entity) };
}

/** An organisation known by an abbreviation is labelled with both ("TTP — Tehreek-i-Taliban Pakistan"); anyone else by name. */
export function entityLabel(entity: Entity): string {
  const abbreviation = abbreviationOf(entity);
  return abbreviation ? `${abbreviation} — ${entity.name}` : entity.name;
}

/** The shorter name an organisation or place is known by ("TTP"), if any. */
export function abbreviationOf(entity: Entity): string | undefined {
  return entity.kind !== 'person' ? entity.aliases.find((a) => a.length < entity.name.length) : undefined;
}

/** Near names and near index terms, for a reply that found nothing. Never a guess at an answer. */
export function suggestionsFor(kb: KnowledgeBase, text: string, limit = 5): string[] {
  const key = compactKey(text);
  const words = nameWordsOf(text);
  const threshold = Math.max(2, Math.floor(key.length / 3));
  // Distances through words ("Smyth" ~ "Smith"): each typed word meets each distinct name word once.
  const byWord = new Map<NameForms, number>();
  for (const word of words) {
    for (const [nameWord, owners] of kb.nameWords) {
      const distance = editDistance(word, nameWord, tolerance(word.length));
      if (distance > tolerance(word.length)) continue;
      for (const forms of owners) byWord.set(forms, Math.min(byWord.get(forms) ?? Infinity, distance + 1));
    }
  }
  const names = kb.names
    .map((forms) => ({ entity: forms.entity, distance: Math.min(byWord.get(forms) ?? Infinity, keyDistance(key, forms, threshold)) }))
    .filter((x) => x.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || b.entity.mentions.length - a.entity.mentions.length)
    .map((x) => x.entity.name);
  // Index terms only when near names do not already fill the list: each costs a typo-tolerant walk of the index.
  const terms = text.trim() && names.length < limit ? kb.index.nearTerms(text).filter((t) => compactKey(t) !== key) : [];
  const found = unique([...names, ...terms]).slice(0, limit);
  if (found.length > 0) return found;
  // Nothing close: offer the most discussed names, so the user sees what can be asked.
  return [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, limit).map((e) => e.name);
}

/** How far a typed name is from an entity's whole name or alias; a prefix counts as a match. */
function keyDistance(key: string, forms: NameForms, threshold: number): number {
  let best = threshold + 1;
  for (const formKey of forms.keys) {
    if (key.length >= 3 && formKey.startsWith(key)) return 0;
    best = Math.min(best, editDistance(key, formKey, threshold));
  }
  return best;
}

export function notFound(kb: KnowledgeBase, what: string, query: string, suggestionQuery = query): Reply {
  return {
    kind: 'not_found',
    title: `Nothing found for ${what}`,
    query,
    summary: [],
    sources: [],
    suggestions: suggestionsFor(kb, suggestionQuery),
  };
}
