/**
 * /lookup <text> and "Brief me on this": what the articles know among the
 * words of any text, a pasted paragraph or a chat message. The people,
 * organisations, places and abbreviations it names, and the topics it matches
 * strongly, most mentioned first: the first few each with their role (or the
 * sentence that introduces them) and its passage, the rest listed by name.
 */
import { sentencesOf } from '../content/article.ts';
import type { Entity } from '../knowledge/entities.ts';
import { findNames, findTopics, lookupDictionary, stemsOf, wordsOf, type LookupDictionary, type TopicEntry } from '../knowledge/lookupDictionary.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { foldText, truncateAtBoundary, unique } from '../text/normalize.ts';
import { abbreviationOf, citedReply, entityLabel } from './shared.ts';

/** How many things a lookup describes; the others are listed as "also mentioned". */
export const LOOKUP_DETAILED = 3;
/** A longer text is read up to here (a Discord message holds 4,000 characters; a Slack one far more). */
export const MAX_LOOKUP_CHARS = 12_000;
/**
 * How long the reply's restatement of the text may be. Buttons carry it, not
 * the text (a message is far too long for a button): run again, it finds the
 * same things in the same order.
 */
export const RESTATEMENT_CHARS = 60;
const MAX_ALSO_MENTIONED = 15;
const LINE_CHARS = 300;
const MAX_LOOKUP_SOURCES = 12;

type Found = { kind: 'entity'; entity: Entity; count: number; word: number } | { kind: 'topic'; topic: TopicEntry; word: number };

export function lookup(kb: KnowledgeBase, text: string): Reply {
  const read = text.slice(0, MAX_LOOKUP_CHARS);
  const dictionary = lookupDictionary(kb);
  const found = findThings(dictionary, read);
  if (found.length === 0) return nothingFound(dictionary, read);

  const detailed = found.slice(0, LOOKUP_DETAILED).map((thing) => describe(kb, dictionary, thing));
  const others = found.slice(LOOKUP_DETAILED);
  // Where the described things appear next, then where each of the others does: for More sources.
  const more = [...detailed.flatMap((d) => d.more), ...others.map((thing) => (thing.kind === 'topic' ? thing.topic.passageId : thing.entity.mentions[0]!))];
  return {
    kind: 'lookup',
    title: `In this text: ${found.slice(0, LOOKUP_DETAILED).map(shortName).join(', ')}`,
    query: restate(dictionary, found),
    labels: detailed.map((d) => d.label),
    ...citedReply(kb, detailed, more, MAX_LOOKUP_SOURCES),
    ...(others.length ? { alsoMentioned: others.slice(0, MAX_ALSO_MENTIONED).map(fullName) } : {}),
  };
}

/** Known names first, the most mentioned first (then the first named); then the topics, in the order the text reaches them. */
function findThings(dictionary: LookupDictionary, text: string): Found[] {
  const words = wordsOf(text);
  const byEntity = new Map<string, Found & { kind: 'entity' }>();
  for (const hit of findNames(dictionary, words)) {
    const seen = byEntity.get(hit.entity.key);
    if (seen) seen.count++;
    else byEntity.set(hit.entity.key, { kind: 'entity', entity: hit.entity, count: 1, word: hit.word });
  }
  const entities = [...byEntity.values()].sort((a, b) => b.count - a.count || a.word - b.word);
  const named = new Set(entities.map((e) => foldText(e.entity.name)));
  const topics = findTopics(dictionary, stemsOf(words))
    .filter((hit) => !named.has(foldText(hit.topic.label)))
    .map((hit): Found => ({ kind: 'topic', topic: hit.topic, word: hit.word }));
  return [...entities, ...topics];
}

interface Described {
  label: string;
  /** The line shown: a role, or the sentence that introduces the thing. */
  text: string;
  passageId: string;
  /** Other passages about it, best first. */
  more: string[];
}

function describe(kb: KnowledgeBase, dictionary: LookupDictionary, thing: Found): Described {
  if (thing.kind === 'topic') {
    const { topic } = thing;
    return { label: `${topic.label} · topic`, text: clip(topic.sentence), passageId: topic.passageId, more: [] };
  }
  const { entity } = thing;
  const label = `${entityLabel(entity)} · ${entity.kind}`;
  const more = unique([...entity.roles.map((r) => r.passageId), ...entity.quotes.slice(0, 3).map((q) => q.passageId), ...entity.mentions.slice(0, 4)]);
  const role = entity.roles[0];
  if (role) return { label, text: clip(role.text), passageId: role.passageId, more };
  // No role stated: the sentence that spells out its abbreviation, what they said, or where they first appear.
  const definition = dictionary.definitions.get(foldText(entity.name));
  if (definition) return { label, text: clip(definition.sentence), passageId: definition.passageId, more };
  const quote = entity.quotes[0];
  if (quote) return { label, text: clip(quote.text), passageId: quote.passageId, more };
  const passage = kb.passageById.get(entity.mentions[0]!)!;
  const sentences = sentencesOf(passage);
  const naming = sentences.find((s) => findNames(dictionary, wordsOf(s.text)).some((hit) => hit.entity === entity)) ?? sentences[0];
  return { label, text: clip(naming?.text ?? passage.text), passageId: passage.id, more };
}

const clip = (text: string) => truncateAtBoundary(text, LINE_CHARS);

/** As the title lists it: "Maleeha Lodhi", "TTP". */
function shortName(thing: Found): string {
  return thing.kind === 'topic' ? thing.topic.label : (abbreviationOf(thing.entity) ?? thing.entity.name);
}

function fullName(thing: Found): string {
  return thing.kind === 'topic' ? thing.topic.label : entityLabel(thing.entity);
}

/**
 * The things found, in order, by their shortest forms that name them alone
 * ("Lodhi, Webber, TTP"): looked up again, this finds the same things in the
 * same order (each once, in order of appearance), so a button can carry it.
 */
function restate(dictionary: LookupDictionary, found: Found[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const thing of found) {
    const form = thing.kind === 'topic' ? thing.topic.label : shortestForm(dictionary, thing.entity);
    const added = form.length + (parts.length ? 2 : 0);
    // Stop at the first that does not fit, so what is carried keeps the order.
    if (parts.length > 0 && length + added > RESTATEMENT_CHARS) break;
    parts.push(form);
    length += added;
  }
  return parts.join(', ');
}

function shortestForm(dictionary: LookupDictionary, entity: Entity): string {
  const forms = [entity.name, ...entity.aliases].sort((a, b) => a.length - b.length);
  for (const form of forms) {
    const words = wordsOf(form);
    const hits = findNames(dictionary, words);
    if (hits.length === 1 && hits[0]!.entity === entity && hits[0]!.words === words.length) return form;
  }
  return entity.name;
}

function nothingFound(dictionary: LookupDictionary, text: string): Reply {
  const empty = !/[\p{L}\p{N}]/u.test(text);
  const suggestions = dictionary.mostMentioned;
  return {
    kind: 'not_found',
    title: empty ? 'There is no text to look up' : 'No one the articles know is named in that text',
    summary: [`I look for the people, organisations, places, abbreviations and topics the articles name${suggestions.length ? '; the most discussed are below' : ''}.`],
    sources: [],
    ...(suggestions.length ? { suggestions } : {}),
  };
}
