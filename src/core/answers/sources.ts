/** /sources: the articles loaded, with author, publisher, date and link. */
import type { KnowledgeBase } from '../knowledge.ts';
import type { ArticleInfo, Reply } from '../reply.ts';

export function articleInfo(kb: KnowledgeBase): ArticleInfo[] {
  return kb.articles.map((a) => ({
    id: a.id,
    title: a.title,
    ...(a.author ? { author: a.author } : {}),
    ...(a.publisher ? { publisher: a.publisher } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
    tags: a.tags,
    passages: a.passages.length,
  }));
}

export function sources(kb: KnowledgeBase): Reply {
  const articles = articleInfo(kb);
  return {
    kind: 'sources',
    title: `${articles.length} article${articles.length === 1 ? '' : 's'} loaded`,
    summary: articles.map((a) => [a.title, a.author, a.publisher, a.published].filter(Boolean).join(' · ')),
    sources: [],
    articles,
  };
}
