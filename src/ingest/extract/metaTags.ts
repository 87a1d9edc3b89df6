/**
 * What the page's `<meta>` and `<link>` tags say about the article: Open
 * Graph (`og:title`, `og:site_name`, `article:published_time`), Twitter
 * cards, Dublin Core, Parse.ly and the plain `author` / `date` names, plus
 * microdata (`itemprop="datePublished"`) and `<time datetime>` elements.
 */
import { elementsOf, squash, type DomDocument } from './dom.ts';

export interface MetaTags {
  /** Lower-cased `property` / `name` / `itemprop` → the first non-empty content. */
  get(...keys: string[]): string | undefined;
  canonicalUrl?: string;
  /** `<time datetime>` and microdata publication dates, in page order. */
  timeStamps: string[];
  /** The text of `<time>` elements: the dates readers see. */
  timeTexts: string[];
  /** The publisher named in microdata (`itemprop="publisher"` → `itemprop="name"`). */
  publisherName?: string;
  /** Names given by `rel="author"` links and `itemprop="author"` elements. */
  authorNames: string[];
}

export function readMetaTags(document: DomDocument): MetaTags {
  const values = new Map<string, string>();
  for (const meta of elementsOf(document, 'meta')) {
    const content = squash(meta.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const timeStamps = [
    ...elementsOf(document, '[itemprop="datePublished"]').map((el) => el.getAttribute('datetime') ?? el.getAttribute('content') ?? squash(el.textContent)),
    ...elementsOf(document, 'time[datetime]').map((el) => el.getAttribute('datetime') ?? ''),
  ].filter(Boolean);
  const timeTexts = elementsOf(document, 'time').map((el) => squash(el.textContent)).filter((text) => text.length > 0 && text.length <= 80);
  const authorNames = elementsOf(document, 'a[rel="author"], [itemprop="author"]')
    .map((el) => squash(el.querySelector('[itemprop="name"]')?.getAttribute('content') ?? el.querySelector('[itemprop="name"]')?.textContent ?? el.getAttribute('content') ?? el.textContent))
    .filter((name) => name.length > 0 && name.length <= 80);
  const publisher = document.querySelector('[itemprop~="publisher"]');
  const publisherNameElement = publisher?.querySelector('[itemprop="name"]');
  const publisherName = squash(publisherNameElement?.getAttribute('content') ?? publisherNameElement?.textContent) || undefined;
  return {
    publisherName,
    get: (...keys) => keys.map((key) => values.get(key.toLowerCase())).find((value) => value !== undefined),
    canonicalUrl: canonical?.trim() || undefined,
    timeStamps,
    timeTexts,
    authorNames,
  };
}
