/** /who <name>: who a person or group is, what they said, where they appear. */
import type { Entity } from '../knowledge/entities.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { summarize, type SummarySentence } from '../summary.ts';
import { entityInfo } from './brief.ts';
import { citedReply, findEntity, namesakes, notFound } from './shared.ts';

const QUOTES_IN_SUMMARY = 3;
const MENTIONS_TO_SUMMARISE = 8;

export function who(kb: KnowledgeBase, name: string): Reply {
  const entity = findEntity(kb, name);
  if (!entity) {
    // "Serdar", with two people of that first name: which of them, not "nothing found".
    const several = namesakes(kb, name);
    if (several.length > 0) {
      return { kind: 'not_found', title: `Several people are called “${name}”`, query: name, summary: ['Which one? Ask again with the full name.'], sources: [], suggestions: several.map((e) => e.name) };
    }
    return notFound(kb, `anyone called “${name}”`, name);
  }

  // The sentence stating the role leads, then what they said, then where else they appear.
  const leading: SummarySentence[] = [];
  const roleStatement = entity.roles[0];
  if (roleStatement) leading.push({ text: roleStatement.sentence, passageId: roleStatement.passageId });
  for (const quote of entity.quotes.slice(0, QUOTES_IN_SUMMARY)) leading.push({ text: quote.text, passageId: quote.passageId });
  // Without a role or quotes, summarise from the passages that are most about them (a name in the
  // news can have thousands of mentions; scoring every sentence of every one is wasted work).
  const mentions = leading.length > 0 ? [] : mostRelevantMentions(kb, entity);
  const summary = summarize(mentions, [entity.name, ...entity.aliases], leading);

  const passageIds = [...entity.roles.map((r) => r.passageId), ...entity.quotes.map((q) => q.passageId), ...entity.mentions];
  return {
    kind: 'who',
    title: entity.name,
    query: name,
    entity: entityInfo(kb, entity),
    ...citedReply(kb, summary, passageIds, 25),
  };
}

/** The passages most about an entity, best first, at most MENTIONS_TO_SUMMARISE. */
function mostRelevantMentions(kb: KnowledgeBase, entity: Entity) {
  const mentioned = new Set(entity.mentions);
  const ranked = kb.index.find([entity.name], MENTIONS_TO_SUMMARISE * 4).filter((h) => mentioned.has(h.id));
  const hits = ranked.length > 0 ? ranked : entity.mentions.map((id) => ({ id, score: 1 }));
  return hits.slice(0, MENTIONS_TO_SUMMARISE).map((h) => ({ passage: kb.passageById.get(h.id)!, score: h.score }));
}
