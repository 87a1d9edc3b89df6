/**
 * A news site with feeds, on 127.0.0.1 only: real saved pages from
 * tests/fixtures/pages (sent gzipped, as their sites sent them) under
 * /articles/<name>, and an RSS 2.0, an Atom and a JSON feed whose items the
 * test sets. Feeds answer with an ETag and honour If-None-Match unless told
 * not to; any path can be made to fail with a status.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PAGES_DIR } from '../extract/fixtures.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import { blockedConnections, guardOutboundConnections, startServer, type TestServer } from '../fetch/server.ts';

export const PAGES = {
  omar: { file: 'thehill-omar-threat', title: 'New York man pleads guilty to threatening to kill Omar' },
  mourinho: { file: 'sky-mourinho', title: 'Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager' },
  helicopter: { file: 'aljazeera-helicopter-crash', title: 'US service members killed in Afghanistan helicopter crash' },
  disney: { file: 'latimes-disney-plus', title: '‘We had some issues,’ exec says on Disney+ glitches' },
  hongkong: { file: 'express-hong-kong', title: 'Hong Kong story' },
  simulation: { file: 'livescience-simulation', title: 'Simulation story' },
} as const;
export type PageName = keyof typeof PAGES;

export interface SiteItem {
  /** The page the item links to: /articles/<name>, plus `query` when given. */
  page: PageName;
  guid?: string;
  title?: string;
  query?: string;
  /** Link to /copy/<name> instead: the same page under another address. */
  copy?: boolean;
  /** Changes what the feed says about the item (its summary). */
  summary?: string;
}

export type FeedKind = 'rss' | 'atom' | 'json';
export const FEED_PATHS: Record<FeedKind, string> = { rss: '/feeds/rss.xml', atom: '/feeds/atom.xml', json: '/feeds/feed.json' };

export interface FeedSite extends TestServer {
  items: Record<FeedKind, SiteItem[]>;
  /** Answer this status on a path instead of its content. */
  fail: Map<string, number>;
  /** Serve this HTML on a page instead of the saved one (an article revised). */
  revised: Map<PageName, string>;
  /** Whether feeds send an ETag and answer a matching If-None-Match with 304 (default true). */
  etags: boolean;
  feedUrl(kind: FeedKind): string;
  pageUrl(name: PageName, query?: string): string;
  /** How many requests reached a path (query ignored). */
  hits(path: string): number;
  /** Request count by path prefix, e.g. '/articles/'. */
  hitsUnder(prefix: string): number;
}

const gz = (name: PageName) => readFileSync(`${PAGES_DIR}/${PAGES[name].file}.html.gz`);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function linkOf(site: FeedSite, item: SiteItem): string {
  return `${site.url(`/${item.copy ? 'copy' : 'articles'}/${item.page}`)}${item.query ? `?${item.query}` : ''}`;
}

function rss(site: FeedSite): string {
  const items = site.items.rss
    .map(
      (item) => `<item><title>${escapeXml(item.title ?? PAGES[item.page].title)}</title><link>${escapeXml(linkOf(site, item))}</link>` +
        `${item.guid ? `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : ''}<description>${escapeXml(item.summary ?? 'Summary.')}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Local Wire</title><link>${site.url('/')}</link><description>News</description>\n${items}\n</channel></rss>`;
}

function atom(site: FeedSite): string {
  // Atom links here are relative: they resolve against the feed's address.
  const entries = site.items.atom
    .map(
      (item) => `<entry><id>${escapeXml(item.guid ?? `urn:page:${item.page}`)}</id><title>${escapeXml(item.title ?? PAGES[item.page].title)}</title>` +
        `<updated>2026-03-01T08:00:00Z</updated><link rel="alternate" href="${escapeXml(linkOf(site, item).replace(site.url(''), ''))}"/>` +
        `<summary>${escapeXml(item.summary ?? 'Summary.')}</summary></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Local Atom</title><id>urn:local</id><updated>2026-03-01T08:00:00Z</updated>\n${entries}\n</feed>`;
}

function json(site: FeedSite): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Local JSON',
    items: site.items.json.map((item) => ({ id: item.guid ?? linkOf(site, item), url: linkOf(site, item), title: item.title ?? PAGES[item.page].title, summary: item.summary ?? 'Summary.' })),
  });
}

const FEED_TYPES: Record<FeedKind, string> = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8', json: 'application/feed+json; charset=utf-8' };

export async function startFeedSite(): Promise<FeedSite> {
  // eslint-disable-next-line prefer-const
  let site: FeedSite;
  const server = await startServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const failure = site.fail.get(path);
    if (failure) {
      res.writeHead(failure, { 'Content-Type': 'text/html' });
      return res.end('<h1>Server error</h1>');
    }
    const kind = (Object.keys(FEED_PATHS) as FeedKind[]).find((k) => FEED_PATHS[k] === path);
    if (kind) {
      const body = { rss, atom, json }[kind](site);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (site.etags && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag });
        return res.end();
      }
      res.writeHead(200, { 'Content-Type': FEED_TYPES[kind], ...(site.etags ? { ETag: etag } : {}) });
      return res.end(body);
    }
    const page = /^\/(articles|copy)\/(\w+)$/.exec(path);
    const name = page?.[2] as PageName | undefined;
    if (name && name in PAGES) {
      const revised = site.revised.get(name);
      if (revised) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(revised);
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
      return res.end(gz(name));
    }
    res.writeHead(404, { 'Content-Type': 'text/html' });
    return res.end('<h1>Not found</h1>');
  });
  const pathOf = (request: string) => request.split('?')[0]!;
  site = Object.assign(server, {
    items: { rss: [], atom: [], json: [] } as Record<FeedKind, SiteItem[]>,
    fail: new Map<string, number>(),
    revised: new Map<PageName, string>(),
    etags: true,
    feedUrl: (kind: FeedKind) => server.url(FEED_PATHS[kind]),
    pageUrl: (name: PageName, query?: string) => `${server.url(`/articles/${name}`)}${query ? `?${query}` : ''}`,
    hits: (path: string) => server.requests.filter((r) => pathOf(r.path) === path).length,
    hitsUnder: (prefix: string) => server.requests.filter((r) => r.path.startsWith(prefix)).length,
  });
  return site;
}

/**
 * The feed site for one test file: started before its tests with outbound
 * connections guarded, closed after them, and no connection left blocked.
 */
export function useFeedSite(): () => FeedSite {
  let site: FeedSite | undefined;
  let unguard: () => void = () => {};
  beforeAll(async () => {
    unguard = guardOutboundConnections();
    site = await startFeedSite();
  });
  afterAll(async () => {
    await site?.close();
    unguard();
    expect(blockedConnections).toEqual([]);
  });
  return () => {
    if (!site) throw new Error('the feed site starts in beforeAll');
    return site;
  };
}
