/** /events [month | year | range | topic]: a dated, chronological timeline, each event with its passage. */
import type { DatedEvent } from '../knowledge/events.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { queryTerms, tokenize, unique } from '../text/normalize.ts';
import { parsePeriod } from './period.ts';
import { notFound, resolveTopic, sourceOf } from './shared.ts';

export function timeline(kb: KnowledgeBase, argument: string | undefined): Reply {
  const query = parsePeriod(argument);
  let events: DatedEvent[];
  let title: string;
  switch (query.type) {
    case 'all':
      events = kb.events;
      title = 'Timeline';
      break;
    case 'period':
      // An event counts when the whole of its date lies in the period: "2024" is not known to be in March.
      events = kb.events.filter((e) => e.start >= query.from && e.end <= query.to);
      title = `Timeline: ${query.label}`;
      break;
    case 'month-any-year':
      events = kb.events.filter((e) => Number(e.date.slice(5, 7)) === query.month);
      title = `Timeline: ${query.label}`;
      break;
    case 'topic': {
      events = topicEvents(kb, query.topic);
      title = `Timeline: ${resolveTopic(kb, query.topic).label}`;
      break;
    }
  }
  const asked = argument?.trim() || undefined;
  if (events.length === 0) {
    const reply = notFound(kb, asked ? `dated events for “${asked}”` : 'dated events', asked ?? '');
    const months = unique(kb.events.map((e) => e.date.slice(0, 7)).filter((d) => d.length === 7)).reverse();
    return { ...reply, suggestions: query.type === 'topic' ? reply.suggestions : months.slice(0, 5) };
  }
  const withSources = events.map((e) => ({ date: e.date, text: e.text, source: sourceOf(kb, kb.passageById.get(e.passageId)!) }));
  const passageIds = unique(events.map((e) => e.passageId));
  return {
    kind: 'events',
    title,
    ...(asked ? { query: asked } : {}),
    summary: [],
    events: withSources,
    sources: passageIds.map((id) => sourceOf(kb, kb.passageById.get(id)!)),
  };
}

/** Events dated in the passages about a topic, preferring those whose own sentence names it. */
export function topicEvents(kb: KnowledgeBase, topicText: string): DatedEvent[] {
  const topic = resolveTopic(kb, topicText);
  const passages = new Set(kb.index.find(topic.phrasings).map((h) => h.id));
  const inPassages = kb.events.filter((e) => passages.has(e.passageId));
  // A passage can hold unrelated dates.
  const topicTerms = topic.phrasings.map(queryTerms);
  const named = inPassages.filter((e) => mentionsTopic(e, topicTerms));
  return named.length > 0 ? named : inPassages;
}

// An event's words never change: tokenised once, the first time a topic is looked for in it.
const eventWords = new WeakMap<DatedEvent, Set<string>>();

/** Whether an event's sentence contains a term of any phrasing (a term of four letters or more may be a prefix). */
function mentionsTopic(event: DatedEvent, phrasingTerms: string[][]): boolean {
  let words = eventWords.get(event);
  if (!words) eventWords.set(event, (words = new Set(tokenize(event.text))));
  return phrasingTerms.some((terms) => terms.some((term) => words.has(term) || (term.length >= 4 && [...words!].some((w) => w.startsWith(term)))));
}
