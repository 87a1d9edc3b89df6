/** /who <name>: who a person or group is, what they said, where they appear. */
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { summarize, type SummarySentence } from '../summary.ts';
import { entityInfo } from './brief.ts';
import { citedReply, findEntity, notFound } from './shared.ts';

const QUOTES_IN_SUMMARY = 3;

export function who(kb: KnowledgeBase, name: string): Reply {
  const entity = findEntity(kb, name);
  if (!entity) return notFound(kb, `anyone called “${name}”`, name);

  // The sentence stating the role leads, then what they said, then where else they appear.
  const leading: SummarySentence[] = [];
  const roleStatement = entity.roles[0];
  if (roleStatement) leading.push({ text: roleStatement.sentence, passageId: roleStatement.passageId });
  for (const quote of entity.quotes.slice(0, QUOTES_IN_SUMMARY)) leading.push({ text: quote.text, passageId: quote.passageId });
  const mentions = entity.mentions.map((id) => ({ passage: kb.passageById.get(id)!, score: 1 }));
  const summary = summarize(leading.length > 0 ? [] : mentions, [entity.name, ...entity.aliases], leading);

  const passageIds = [...entity.roles.map((r) => r.passageId), ...entity.quotes.map((q) => q.passageId), ...entity.mentions];
  return {
    kind: 'who',
    title: entity.name,
    query: name,
    entity: entityInfo(kb, entity),
    ...citedReply(kb, summary, passageIds, 25),
  };
}
