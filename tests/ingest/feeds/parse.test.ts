/** Feed text → items: the three formats, links made absolute and canonical, bounds, and what is not a feed. */
import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS, NotAFeedError, parseFeedText } from '../../../src/ingest/feeds/parse.ts';

const FEED_URL = 'https://news.example/feeds/main.xml';

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Example &amp; Co</title><link>https://news.example/</link><description>d</description>${items}</channel></rss>`;

describe('parseFeedText', () => {
  it('reads RSS 2.0: guid, link without tracking parameters, title', () => {
    const feed = parseFeedText(
      rss(`<item><title> Port  reopens </title><link>https://News.Example/a?id=7&amp;utm_source=rss&amp;utm_medium=feed#top</link><guid isPermaLink="false">a-7</guid></item>
           <item><title>Permalink only</title><guid>https://news.example/b</guid></item>`),
      FEED_URL,
    );
    expect(feed).toMatchObject({ format: 'rss', title: 'Example & Co' });
    expect(feed.items.map(({ guid, link, title }) => ({ guid, link, title }))).toEqual([
      { guid: 'a-7', link: 'https://news.example/a?id=7', title: 'Port reopens' },
      { guid: 'https://news.example/b', link: 'https://news.example/b', title: 'Permalink only' },
    ]);
  });

  it('reads Atom, resolving relative links against the feed and skipping self links', () => {
    const feed = parseFeedText(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:f</id><updated>2026-01-01T00:00:00Z</updated>
        <entry><id>urn:e1</id><title>One</title><updated>2026-01-01T00:00:00Z</updated><link rel="self" href="/e1.xml"/><link href="../stories/one?fbclid=x"/></entry></feed>`,
      FEED_URL,
    );
    expect(feed.items).toEqual([expect.objectContaining({ guid: 'urn:e1', link: 'https://news.example/stories/one', title: 'One' })]);
  });

  it('reads JSON Feed', () => {
    const feed = parseFeedText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://news.example/j?gclid=1', title: 'Jay' }] }), FEED_URL);
    expect(feed).toMatchObject({ format: 'json', title: 'J', items: [{ guid: '1', link: 'https://news.example/j', title: 'Jay' }] });
  });

  it('gives an item a hash that changes with its text, not with its tracking parameters', () => {
    const one = (link: string, text: string) => parseFeedText(rss(`<item><title>T</title><link>${link}</link><description>${text}</description></item>`), FEED_URL).items[0]!;
    expect(one('https://news.example/a', 'v1').hash).toBe(one('https://news.example/a', 'v1').hash);
    expect(one('https://news.example/a', 'v1').hash).not.toBe(one('https://news.example/a', 'v2').hash);
    expect(one('https://news.example/a', 'v1').link).toBe(one('https://news.example/a?utm_campaign=x', 'v1').link);
  });

  it('drops items that can be told apart by nothing, and links that are not http(s)', () => {
    const feed = parseFeedText(rss('<item><title>No id</title></item><item><title>JS</title><link>javascript:alert(1)</link><guid isPermaLink="false">js</guid></item>'), FEED_URL);
    expect(feed.items).toEqual([expect.objectContaining({ guid: 'js', title: 'JS' })]);
    expect(feed.items[0]!.link).toBeUndefined();
  });

  it(`reads at most ${MAX_FEED_ITEMS} items`, () => {
    const items = Array.from({ length: MAX_FEED_ITEMS + 50 }, (_, i) => `<item><link>https://news.example/${i}</link></item>`).join('');
    expect(parseFeedText(rss(items), FEED_URL).items).toHaveLength(MAX_FEED_ITEMS);
  });

  it('does not expand entities declared in the document (a billion laughs stays small)', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>` +
      `<rss version="2.0"><channel><title>&d;</title><link>x</link><description>d</description><item><title>&d;</title><link>https://news.example/x</link></item></channel></rss>`;
    const feed = parseFeedText(lol, FEED_URL);
    expect(JSON.stringify(feed).length).toBeLessThan(2_000);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>'],
    ['JSON that is not a feed', '{"name": "x"}'],
    ['text', 'hello'],
    ['nothing', ''],
  ])('refuses %s with one polite line', (_what, text) => {
    expect(() => parseFeedText(text, FEED_URL)).toThrow(NotAFeedError);
    expect(() => parseFeedText(text, FEED_URL)).toThrow('that address is not a feed (RSS, Atom or JSON Feed)');
  });
});
