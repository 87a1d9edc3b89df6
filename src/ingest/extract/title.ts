/**
 * Picks the headline. The page's metadata titles (JSON-LD, Open Graph,
 * Twitter, `<title>`) often carry the outlet's name ("… | Fox Business",
 * "… - The Hill") and JSON-LD headlines may be cut for search engines; the
 * `<h1>` is what readers see but is sometimes the site's logo. So: strip
 * the outlet's name from the metadata titles, then prefer the `<h1>` that
 * one of them confirms, else the metadata title.
 */
import { foldText } from '../../core/text/normalize.ts';
import { squash } from './dom.ts';

export interface TitleSources {
  linkedData?: string;
  openGraph?: string;
  twitter?: string;
  documentTitle?: string;
  /** `<h1>` texts in page order. */
  headings: string[];
  /** The outlet's names: publisher, og:site_name, host name. */
  siteNames: string[];
}

const SEPARATOR = /\s+[|–—:·•»/-]\s+|\s*\|\s*/;

const key = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** "foxbusiness.com" and "Fox Business" name one outlet. */
function siteKeys(names: string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(key(name));
    keys.add(key(name.replace(/\.(?:com|co\.uk|org|net|co|in|it|de|fr|br|com\.br|news|tv|info)$/i, '')));
    keys.add(key(name.replace(/^the\s+/i, '')));
  }
  keys.delete('');
  return keys;
}

/** The title without a leading or trailing segment that is the outlet's name. */
export function stripSiteName(title: string, siteNames: string[]): string {
  const keys = siteKeys(siteNames);
  let parts = title.split(SEPARATOR);
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  if (parts.length < 2) return title;
  const isSite = (part: string) => keys.has(key(part)) || [...keys].some((k) => k.length >= 4 && key(part).startsWith(k) && key(part).length - k.length <= 12);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1]!)) end--;
  while (end - start > 1 && isSite(parts[start]!)) start++;
  if (start === 0 && end === parts.length) return title;
  // Rebuild with the page's own separators between the kept parts.
  parts = parts.slice(start, end);
  return parts.reduce((out, part, i) => (i === 0 ? part : `${out}${separators[start + i - 1] ?? ' - '}${part}`), '').trim();
}

export function chooseTitle(sources: TitleSources): string | undefined {
  const clean = (value: string | undefined) => (value ? stripSiteName(squash(value), sources.siteNames) || undefined : undefined);
  const metadata = [sources.openGraph, sources.linkedData, sources.twitter, sources.documentTitle].map(clean).filter((t): t is string => Boolean(t));
  const headings = sources.headings.slice(0, 5).map(squash).filter((h) => h.length >= 3);

  // The visible headline, when the metadata confirms it is the article's.
  for (const heading of headings) {
    const k = key(heading);
    if (metadata.some((m) => key(m) === k)) return heading;
  }
  for (const heading of headings) {
    const k = key(heading);
    // "Opinion | Headline", "Headline: the sequel", or a headline cut short for search engines.
    if (k.length >= 12 && metadata.some((m) => key(m).startsWith(k) || key(m).endsWith(k) || (k.startsWith(key(m)) && key(m).length >= 0.8 * k.length))) return heading;
  }
  return metadata[0] ?? headings[0];
}
