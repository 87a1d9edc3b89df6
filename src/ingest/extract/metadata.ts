/**
 * The article's title, author, publisher, publication day and address,
 * from the most exact source the page offers: JSON-LD first (written for
 * search engines), then Open Graph and other `<meta>` tags, then what a
 * reader sees (the headline, the byline and dateline), then the address
 * itself (/2019/11/19/).
 */
import { foldText } from '../../core/text/normalize.ts';
import { dayInUrl, toIsoDay } from './dates.ts';
import { choosePublished, isLocalStamp } from './published.ts';
import { elementsOf, squash, type DomDocument } from './dom.ts';
import { readLinkedData } from './jsonLd.ts';
import { readMetaTags } from './metaTags.ts';
import { readPageByline } from './pageByline.ts';
import { chooseTitle } from './title.ts';

export interface PageMetadata {
  title?: string;
  authors: string[];
  publisher?: string;
  published?: string;
  /** The evidence behind `published`, so a dateline found later in the text can still correct it. */
  stamps: (string | undefined)[];
  localDays: string[];
  url?: string;
}

// Names that are the outlet or a role, not a person who wrote the piece.
const NOT_AN_AUTHOR = /^(?:admin|administrator|editor|editors|staff|staff writer|web desk|news desk|newsdesk|desk|team|guest|anonymous|unknown)$/i;
// Wire services and newsrooms credited as the author: the publisher field carries them.
const ORGANISATION = /\b(?:news|press|service|services|agency|agencies|reuters|afp|ap|pti|ians|bloomberg|times|post|weekly|daily|reports|desk|staff|team|media|magazine|network|online)\b/i;

/** "JANE DOE" as "Jane Doe"; names already in mixed case are left as written. */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const fold = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function cleanAuthor(raw: string, publisher: string | undefined): string | undefined {
  const name = squash(raw)
    .replace(/^(?:by|written by|posted by|words by)\s*:?\s+/i, '')
    .replace(/\s*[|,]\s*(?:staff|correspondent|reporter|contributor|editor)\b.*$/i, '')
    .trim();
  if (!name || name.length > 80 || /^https?:|^www\.|@|\.(?:com|org|net)\b/i.test(name)) return undefined;
  if (NOT_AN_AUTHOR.test(name) || (publisher && fold(name) === fold(publisher))) return undefined;
  if (!/\p{L}/u.test(name)) return undefined;
  return name;
}

function authorsFrom(sources: (string | string[] | undefined)[], publisher: string | undefined): string[] {
  for (const source of sources) {
    // "MEG KINNARD and ERRIN HAINES, Associated Press": two people and their agency.
    const raw = (Array.isArray(source) ? source : source ? [source] : []).flatMap((value) => value.split(/\s*(?:;|\||,|&|\band\b)\s*/i));
    const names: string[] = [];
    for (const value of raw) {
      if (ORGANISATION.test(value)) continue;
      const cleaned = cleanAuthor(value, publisher);
      const name = cleaned && nameCase(cleaned);
      if (name && !names.some((known) => fold(known) === fold(name))) names.push(name);
    }
    if (names.length) return names;
  }
  return [];
}

function absoluteHttpUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface MetadataHints {
  /** Where the page came from, when the caller knows. */
  url?: string;
  /** What Readability read from the page (its own metadata pass). */
  readability?: { title?: string; byline?: string; siteName?: string; publishedTime?: string };
}

/** Reads the document without changing it: call it before the clean-up. */
export function readMetadata(document: DomDocument, hints: MetadataHints = {}): PageMetadata {
  const ld = readLinkedData(document);
  const meta = readMetaTags(document);
  const seen = readPageByline(document);

  const url =
    absoluteHttpUrl(hints.url, undefined) ??
    absoluteHttpUrl(meta.canonicalUrl, undefined) ??
    absoluteHttpUrl(meta.get('og:url'), undefined) ??
    absoluteHttpUrl(ld?.url, undefined);

  const publisher = squash(ld?.publisher ?? meta.get('og:site_name', 'application-name', 'publisher', 'dc.publisher') ?? meta.publisherName ?? hints.readability?.siteName) || undefined;

  const authors = authorsFrom(
    [
      ld?.authors,
      meta.get('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'cxenseparse:author'),
      meta.authorNames,
      hints.readability?.byline,
      seen.author,
    ],
    publisher,
  );

  const stamps = [
    ld?.datePublished,
    ld?.dateCreated,
    meta.get(
      'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'article.published', 'datepublished',
      'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.created',
      'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
    ),
    ...meta.timeStamps,
    hints.readability?.publishedTime,
  ];
  // What readers see: the dateline, a stamp with its own offset, the day in the address.
  const localDays = [seen.published, ...meta.timeTexts.map(toIsoDay), ...stamps.filter((s) => s && isLocalStamp(s)).map(toIsoDay), dayInUrl(url)];

  const title = chooseTitle({
    linkedData: ld?.headline,
    openGraph: meta.get('og:title'),
    twitter: meta.get('twitter:title'),
    documentTitle: squash(document.title) || undefined,
    headings: elementsOf(document.body ?? document.documentElement, 'h1').map((h) => squash(h.textContent)).filter(Boolean),
    siteNames: [publisher, meta.get('og:site_name', 'application-name'), hostNameOf(url)].filter((name): name is string => Boolean(name)),
  });

  return { title, authors, publisher, published: choosePublished(stamps, localDays), stamps, localDays: localDays.filter((d): d is string => Boolean(d)), url };
}

function hostNameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
