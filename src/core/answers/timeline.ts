/** /events [month | year | range | topic]: a dated, chronological timeline, each event with its passage. */
import type { DatedEvent } from '../knowledge/events.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply, Source } from '../reply.ts';
import { queryTerms, tokenize } from '../text/normalize.ts';
import { parsePeriod } from './period.ts';
import { notFound, resolveTopic, sourceOf, type Topic } from './shared.ts';

export function timeline(kb: KnowledgeBase, argument: string | undefined): Reply {
  const query = parsePeriod(argument);
  const asked = argument?.trim() || undefined;
  let events: DatedEvent[];
  let title: string;
  switch (query.type) {
    case 'all':
      events = kb.events;
      title = 'Timeline';
      break;
    case 'period':
      // An event counts when the whole of its date lies in the period: "2024" is not known to be in March.
      events = kb.eventIndex.inPeriod(query.from, query.to);
      title = `Timeline: ${query.label}`;
      break;
    case 'month-any-year':
      events = kb.eventIndex.inMonthOfAnyYear(query.month);
      title = `Timeline: ${query.label}`;
      break;
    case 'topic': {
      const topic = resolveTopic(kb, query.topic);
      const passages = kb.index.find(topic.searchPhrasings);
      events = eventsAbout(kb, topic, passages.map((h) => h.id));
      title = `Timeline: ${topic.label}`;
      if (events.length === 0 && passages.length > 0) {
        // The articles speak of it, but give no date: say so, and point to what they do say.
        return { kind: 'not_found', title: `No dated events for “${asked}”`, query: asked!, summary: [], sources: [], suggestions: [`/brief ${asked}`, ...recentMonths(kb)].slice(0, 5) };
      }
      break;
    }
  }
  if (events.length === 0 && query.type !== 'topic' && query.type !== 'all') {
    // A period the articles hold nothing for: say so in its own words, and offer months that have events.
    return { kind: 'not_found', title: `No dated events in ${query.label}`, ...(asked ? { query: asked } : {}), summary: [], sources: [], suggestions: recentMonths(kb) };
  }
  if (events.length === 0) {
    const reply = notFound(kb, asked ? `dated events for “${asked}”` : 'dated events', asked ?? '');
    return { ...reply, suggestions: query.type === 'topic' ? reply.suggestions : recentMonths(kb) };
  }
  // One source per passage, shared by its events and the source list.
  const sources = new Map<string, Source>();
  const sourceFor = (passageId: string) => {
    let source = sources.get(passageId);
    if (!source) sources.set(passageId, (source = sourceOf(kb, kb.passageById.get(passageId)!)));
    return source;
  };
  const withSources = events.map((e) => ({ date: e.date, text: e.text, source: sourceFor(e.passageId) }));
  return {
    kind: 'events',
    title,
    ...(asked ? { query: asked } : {}),
    summary: [],
    events: withSources,
    sources: [...sources.values()],
  };
}

function recentMonths(kb: KnowledgeBase): string[] {
  return kb.eventIndex.latestMonths(5);
}

/** Events dated in the passages about a topic, preferring those whose own sentence names it. */
export function topicEvents(kb: KnowledgeBase, topicText: string): DatedEvent[] {
  const topic = resolveTopic(kb, topicText);
  return eventsAbout(kb, topic, kb.index.find(topic.searchPhrasings).map((h) => h.id));
}

function eventsAbout(kb: KnowledgeBase, topic: Topic, passageIds: string[]): DatedEvent[] {
  const inPassages = kb.eventIndex.inPassages(passageIds);
  if (inPassages.length === 0) return [];
  // A passage can hold unrelated dates.
  const topicTerms = topic.phrasings.map(queryTerms);
  const named = inPassages.filter((e) => mentionsTopic(e, topicTerms));
  return named.length > 0 ? named : inPassages;
}

/**
 * Whether an event's sentence contains a term of any phrasing (a term of four letters or more may be a prefix).
 * Tokenised anew each time: a timeline holds the events of at most a page of passages, and a cache kept
 * for every event ever asked about would only grow.
 */
function mentionsTopic(event: DatedEvent, phrasingTerms: string[][]): boolean {
  const list = tokenize(event.text);
  const set = new Set(list);
  return phrasingTerms.some((terms) => terms.some((term) => set.has(term) || (term.length >= 4 && list.some((w) => w.startsWith(term)))));
}
