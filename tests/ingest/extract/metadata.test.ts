import { describe, expect, it } from 'vitest';
import { dayInUrl, toIsoDay } from '../../../src/ingest/extract/dates.ts';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { readLinkedData } from '../../../src/ingest/extract/jsonLd.ts';
import { readMetadata } from '../../../src/ingest/extract/metadata.ts';
import { choosePublished } from '../../../src/ingest/extract/published.ts';
import { chooseTitle, stripSiteName } from '../../../src/ingest/extract/title.ts';

describe('dates as pages write them', () => {
  it.each([
    ['2019-11-19T23:30:00-05:00', '2019-11-19'],
    ['2019-11-19', '2019-11-19'],
    ['20191119', '2019-11-19'],
    ['Tue, 19 Nov 2019 10:48:00 GMT', '2019-11-19'],
    ['November 19, 2019', '2019-11-19'],
    ['1574162880', '2019-11-19'],
    ['2019-02-30', undefined],
    ['November 2019', undefined],
    ['soon', undefined],
    ['', undefined],
  ])('%s → %s', (value, day) => {
    expect(toIsoDay(value)).toBe(day);
  });

  it('reads the day in an address', () => {
    expect(dayInUrl('https://www.vox.com/science/2019/11/8/20948348/delhi')).toBe('2019-11-08');
    expect(dayInUrl('https://www.latimes.com/business/story/2019-11-19/disney-plus')).toBe('2019-11-19');
    expect(dayInUrl('https://example.com/news/12345')).toBeUndefined();
  });

  it('prefers the local day the page shows over a UTC stamp one day off', () => {
    expect(choosePublished(['2019-11-20T01:50:59.403Z'], ['2019-11-19'])).toBe('2019-11-19');
    expect(choosePublished(['2019-11-20T01:50:59Z'], ['2019-11-20', '2019-11-19'])).toBe('2019-11-20');
    // A stamp with its own offset is already local.
    expect(choosePublished(['2019-11-20T01:50:59-05:00'], ['2019-11-19'])).toBe('2019-11-20');
    // A local day further away is another event (an update, a related date), not a time zone.
    expect(choosePublished(['2019-11-20T01:50:59Z'], ['2019-11-12'])).toBe('2019-11-20');
    expect(choosePublished([undefined], ['2019-11-12'])).toBe('2019-11-12');
  });
});

describe('titles', () => {
  it('strips the outlet from a metadata title', () => {
    expect(stripSiteName('Home Depot sales miss, shares plunge | Fox Business', ['Fox Business'])).toBe('Home Depot sales miss, shares plunge');
    expect(stripSiteName('BBC News - Taylor Swift row explained', ['bbc.com', 'BBC News'])).toBe('Taylor Swift row explained');
    expect(stripSiteName('Hong Kong: the view from the street', ['Express.co.uk'])).toBe('Hong Kong: the view from the street');
  });

  it('takes the visible headline the metadata confirms, not a logo or a section label', () => {
    const title = chooseTitle({
      openGraph: 'Opinion | Republicans Are Following Trump to Nowhere',
      documentTitle: 'Opinion | Republicans Are Following Trump to Nowhere - The New York Times',
      headings: ['The New York Times', 'Republicans Are Following Trump to Nowhere'],
      siteNames: ['The New York Times', 'nytimes.com'],
    });
    expect(title).toBe('Republicans Are Following Trump to Nowhere');
  });

  it('falls back to the metadata title when no heading matches', () => {
    expect(chooseTitle({ openGraph: 'A story', headings: ['Site logo'], siteNames: [] })).toBe('A story');
    expect(chooseTitle({ headings: ['Only a heading'], siteNames: [] })).toBe('Only a heading');
  });
});

describe('JSON-LD', () => {
  const page = (json: string) => parseDocument(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);

  it('finds the article inside an @graph, with authors and a publisher given by reference', () => {
    const doc = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Wire' },
          { '@type': 'WebPage', '@id': '#page', url: 'https://example.com/a' },
          { '@type': ['NewsArticle'], headline: 'Port strike ends', author: [{ '@type': 'Person', name: 'Jane Doe' }, 'John Roe'], publisher: { '@id': '#org' }, datePublished: '2024-03-28T08:00:00+01:00', mainEntityOfPage: { '@id': 'https://example.com/a' } },
        ],
      }),
    );
    expect(readLinkedData(doc)).toEqual({ headline: 'Port strike ends', authors: ['Jane Doe', 'John Roe'], publisher: 'The Wire', datePublished: '2024-03-28T08:00:00+01:00', dateCreated: undefined, url: 'https://example.com/a' });
  });

  it('forgives comments and raw line breaks, and ignores blocks that are not articles', () => {
    expect(readLinkedData(page('<!-- {"@type": "BlogPosting", "headline": "Line\none"} -->'))?.headline).toBe('Line one');
    expect(readLinkedData(page('{"@type": "Organization", "name": "X"}'))).toBeUndefined();
    expect(readLinkedData(page('{not json'))).toBeUndefined();
  });
});

describe('metadata from <meta> tags and the visible byline', () => {
  it('reads Open Graph, article:* and author tags, cleaning the site name off the title', () => {
    const doc = parseDocument(`<html><head><title>Port strike ends - Pacific Wire</title>
      <meta property="og:title" content="Port strike ends | Pacific Wire"><meta property="og:site_name" content="Pacific Wire">
      <meta property="article:published_time" content="2023-11-09T06:00:00+13:00"><meta name="author" content="By TOM HALLORAN">
      <link rel="canonical" href="https://pacificwire.example/port-strike-ends"></head><body><h1>Port strike ends</h1></body></html>`);
    expect(readMetadata(doc)).toMatchObject({ title: 'Port strike ends', authors: ['Tom Halloran'], publisher: 'Pacific Wire', published: '2023-11-09', url: 'https://pacificwire.example/port-strike-ends' });
  });

  it('falls back to the byline and dateline a reader sees', () => {
    const doc = parseDocument(`<html><head><title>Port strike ends</title></head><body><h1>Port strike ends</h1>
      <div class="article-byline">By Tom Halloran | Pacific Wire</div><span class="post-date">Published: 9 November 2023</span><p>Text.</p></body></html>`);
    expect(readMetadata(doc)).toMatchObject({ title: 'Port strike ends', authors: ['Tom Halloran'], published: '2023-11-09' });
  });

  it('does not take an outlet, an address or a wire service for the author', () => {
    const doc = parseDocument(`<html><head><meta name="author" content="Reuters"><meta property="article:author" content="https://www.facebook.com/someone"></head><body></body></html>`);
    expect(readMetadata(doc).authors).toEqual([]);
  });
});
