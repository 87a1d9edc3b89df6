/**
 * The byline and dateline a reader sees under the headline, for pages whose
 * metadata leaves out the author or the date. Read from the elements the
 * page marks as such (`class="byline"`, `class="date"`, `itemprop="author"`)
 * before the clean-up removes them, using the same byline reader as the
 * content loader (src/core/content/byline.ts).
 */
import { readByline } from '../../core/content/byline.ts';
import { elementsOf, squash, type DomDocument } from './dom.ts';
import { toIsoDay } from './dates.ts';

export interface PageByline {
  author?: string;
  published?: string;
}

const MARKED = /(?:^|[^a-z])(?:byline|by-line|author|dateline|date|time|timestamp|published|pubdate|posted|meta)(?:$|[^a-z])/i;
const LABEL = /^(?:(?:first\s+)?published|updated|posted|last\s+updated|date)(?:\s+on)?\s*:?\s*/i;

export function readPageByline(document: DomDocument): PageByline {
  const found: PageByline = {};
  const elements = elementsOf(document.body ?? document.documentElement, '[class], [id]').filter((el) => MARKED.test(`${el.getAttribute('class') ?? ''} ${el.id}`));
  for (const element of elements) {
    const text = squash(element.textContent);
    if (!text || text.length > 160) continue;
    const byline = readByline(text);
    if (byline?.author && !found.author) found.author = byline.author;
    const day = byline?.published ?? dateOnly(text);
    if (day && !found.published) found.published = day;
    if (found.author && found.published) break;
  }
  return found;
}

/** A line that is a date and little else ("Published: Nov. 19, 2019 at 6:51 AM"). */
function dateOnly(text: string): string | undefined {
  const bare = text.replace(LABEL, '');
  if (bare.length > 60) return undefined;
  return toIsoDay(bare);
}
