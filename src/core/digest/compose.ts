/**
 * A channel's digest as a reply: articles added or changed since its last
 * digest first, then a short brief and the dated events for each subscribed
 * topic. Every line is a sentence of a cited passage, and passages the
 * channel's previous digest showed are left out while others remain.
 */
import { sentencesOf, type Passage } from '../content/article.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import { resolveTopic, sourceOf } from '../answers/shared.ts';
import { topicEvents } from '../answers/timeline.ts';
import type { Reply, TimelineEvent } from '../reply.ts';
import { summarize } from '../summary.ts';
import { createHash } from 'node:crypto';
import type { Article } from '../content/article.ts';
import type { ContentVersion, DigestStore, Platform } from './store.ts';

const MAX_NEW_ARTICLES = 5;
const MAX_TOPICS = 5;
const PASSAGES_PER_TOPIC = 4;
const SENTENCES_PER_TOPIC = 2;
const EVENTS_PER_TOPIC = 3;
const MAX_EVENTS = 8;

export interface DigestRequest {
  title: string;
  topics: string[];
  /** Articles changed after this instant (ISO) count as new; with none (a first digest), every article does. */
  since?: string;
  versions: ContentVersion[];
  /** Passages the channel's previous digest cited. */
  previousPassageIds: string[];
}

export interface Digest {
  reply: Reply;
  /** Every passage the digest cites, to be remembered for the next one. */
  passageIds: string[];
  /** False when there was nothing new to say. */
  hasNews: boolean;
}

/** A fingerprint of what an article says, so that an edit makes it "changed". */
export function articleVersion(article: Article): { articleId: string; hash: string; title: string } {
  const hash = createHash('sha256');
  hash.update(article.title);
  for (const passage of article.passages) hash.update(`\u0000${passage.text}`);
  return { articleId: article.id, hash: hash.digest('hex').slice(0, 32), title: article.title };
}

export function composeDigest(kb: KnowledgeBase, request: DigestRequest): Digest {
  const previous = new Set(request.previousPassageIds);
  const used = new Set<string>();
  const fresh = (id: string) => !previous.has(id) && !used.has(id);
  const lines: { text: string; passageId: string; label: string }[] = [];

  for (const version of newArticles(kb, request)) {
    const article = kb.articleById.get(version.articleId)!;
    const passage = article.passages.find((p) => fresh(p.id) && p.sentenceBounds.length > 0);
    if (!passage) continue;
    used.add(passage.id);
    const label = `${version.firstSeen === version.changedAt ? 'New' : 'Updated'}: ${article.title}`;
    lines.push({ text: sentencesOf(passage)[0]!.text, passageId: passage.id, label });
  }

  const events: { event: TimelineEvent; passageId: string }[] = [];
  for (const topicText of request.topics.slice(0, MAX_TOPICS)) {
    const topic = resolveTopic(kb, topicText);
    const ranked = kb.index
      .find(topic.searchPhrasings)
      .filter((hit) => fresh(hit.id))
      .slice(0, PASSAGES_PER_TOPIC)
      .map((hit) => ({ passage: kb.passageById.get(hit.id)!, score: hit.score }));
    for (const sentence of summarize(ranked, topic.phrasings).slice(0, SENTENCES_PER_TOPIC)) {
      lines.push({ ...sentence, label: topic.label });
    }
    for (const s of lines) used.add(s.passageId);
    // The latest dated events about the topic, each from a passage not shown before.
    const dated = topicEvents(kb, topicText).filter((e) => fresh(e.passageId) || used.has(e.passageId));
    for (const event of dated.slice(-EVENTS_PER_TOPIC)) {
      // An event already shown as a summary line, or for another topic, is not repeated.
      if (events.some((e) => e.event.text === event.text) || lines.some((l) => l.text === event.text)) continue;
      const passage = kb.passageById.get(event.passageId)!;
      events.push({ event: { date: event.date, text: event.text, source: sourceOf(kb, passage) }, passageId: passage.id });
    }
  }
  events.sort((a, b) => a.event.date.localeCompare(b.event.date));
  const shownEvents = events.slice(-MAX_EVENTS);

  const cited = [...new Set([...lines.map((l) => l.passageId), ...shownEvents.map((e) => e.passageId)])];
  const passages: Passage[] = cited.map((id) => kb.passageById.get(id)!);
  const hasNews = lines.length > 0 || shownEvents.length > 0;
  const reply: Reply = {
    kind: 'digest',
    title: request.title,
    summary: hasNews ? lines.map((l) => l.text) : [nothingNew(request)],
    ...(hasNews ? { citations: lines.map((l) => cited.indexOf(l.passageId)), labels: lines.map((l) => l.label) } : {}),
    sources: passages.map((p) => sourceOf(kb, p)),
    ...(shownEvents.length ? { events: shownEvents.map((e) => e.event) } : {}),
  };
  return { reply, passageIds: cited, hasNews };
}

/**
 * The digest a channel gets now: what changed since its last digest went out
 * (not since it was due: a late one already showed what came before it),
 * leaving out the passages that digest showed.
 */
export async function composeChannelDigest(
  kb: KnowledgeBase,
  store: DigestStore,
  channel: { platform: Platform; channelId: string },
  request: Pick<DigestRequest, 'title' | 'topics'>,
): Promise<Digest> {
  const [lastSent, versions] = await Promise.all([store.lastSent(channel.platform, channel.channelId), store.contentVersions()]);
  return composeDigest(kb, {
    ...request,
    ...(lastSent ? { since: lastSent.updatedAt } : {}),
    versions,
    previousPassageIds: lastSent?.passageIds ?? [],
  });
}

function newArticles(kb: KnowledgeBase, request: DigestRequest): ContentVersion[] {
  const since = request.since ?? '';
  return request.versions
    .filter((v) => v.changedAt > since && kb.articleById.has(v.articleId))
    .sort((a, b) => b.changedAt.localeCompare(a.changedAt))
    .slice(0, MAX_NEW_ARTICLES);
}

function nothingNew(request: DigestRequest): string {
  const about = request.topics.length ? ` about ${request.topics.join(', ')}` : '';
  return `Nothing new${about} since the last digest.`;
}
