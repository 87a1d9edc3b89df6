/** /search <words>: the matching passages, best first, each once. */
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { notFound, resolveTopic, sourceOf } from './shared.ts';

const MAX_RESULTS = 25;

export function search(kb: KnowledgeBase, words: string): Reply {
  const topic = resolveTopic(kb, words);
  // The words as typed count here: /search is for words, whatever entity they also name.
  const hits = kb.index.find([words, ...topic.searchPhrasings], MAX_RESULTS);
  if (hits.length === 0) return notFound(kb, `“${words}”`, words);
  return {
    kind: 'search',
    title: `${hits.length === MAX_RESULTS ? `${MAX_RESULTS}+` : hits.length} passage${hits.length === 1 ? '' : 's'} matching “${words}”`,
    query: words,
    summary: [],
    sources: hits.map((hit) => sourceOf(kb, kb.passageById.get(hit.id)!)),
  };
}
