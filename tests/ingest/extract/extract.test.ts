import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/content/load.ts';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { ExtractError, extractArticle, type ExtractedArticle } from '../../../src/ingest/extract/extract.ts';
import { runReadability } from '../../../src/ingest/extract/readable.ts';
import { scoreCorpus, scorePage } from '../../../src/ingest/extract/score.ts';
import { fixturePages, pageHtml } from './fixtures.ts';

const pages = fixturePages();
const extracted = new Map<string, ExtractedArticle>(pages.map((page) => [page.name, extractArticle(pageHtml(page.name))]));
const article = (name: string) => extracted.get(name)!;

// Titles, authors and dates as the pages show them to readers (checked by reading each page).
const EXPECTED: Record<string, { title: string; author?: string; publisher?: string; published: string }> = {
  'foxbusiness-home-depot': { title: 'Home Depot sales miss, shares plunge', author: 'Jonathan Garber', publisher: 'Fox Business', published: '2019-11-19' },
  // og:title is "Opinion | Republicans …": the section label is not the headline.
  'nytimes-opinion-bouie': { title: 'Republicans Are Following Trump to Nowhere', author: 'Jamelle Bouie', publisher: 'The New York Times', published: '2019-11-19' },
  // Its stamps say 2019-11-20T01:50Z; the story ran on the 19th in Los Angeles, as its address says.
  'latimes-disney-plus': { title: '‘We had some issues,’ exec says on Disney+ glitches', author: 'Meg James', publisher: 'Los Angeles Times', published: '2019-11-19' },
  'express-hong-kong': { title: 'Hong Kong chaos: China deploys troops and warns SURRENDER is only option', author: 'Laura Mowat', publisher: 'Express.co.uk', published: '2019-11-19' },
  'aljazeera-helicopter-crash': { title: 'US service members killed in Afghanistan helicopter crash', publisher: 'Al Jazeera', published: '2019-11-20' },
  // The page names no author.
  'sky-mourinho': { title: 'Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager', published: '2019-11-20' },
  'thehill-omar-threat': { title: 'New York man pleads guilty to threatening to kill Omar', author: 'Justine Coleman', publisher: 'The Hill', published: '2019-11-18' },
  'livescience-simulation': { title: 'Physicists Just Created the Most Detailed Simulation of the Universe in History', author: 'Tim Childers', publisher: 'Live Science', published: '2019-11-19' },
};

describe('metadata of real pages', () => {
  for (const page of pages) {
    it(`${page.name}: title, author, date and address`, () => {
      const expected = EXPECTED[page.name]!;
      const got = article(page.name);
      expect(got.title).toBe(expected.title);
      expect(got.author).toBe(expected.author);
      if (expected.publisher) expect(got.publisher).toBe(expected.publisher);
      expect(got.published).toBe(expected.published);
      expect(got.url).toBe(page.url.split('?')[0]);
    });
  }
});

describe('the text of real pages', () => {
  it('scores better than raw Readability on every fixture page, and at least 0.95 F1 over them', () => {
    const ours = pages.map((page) => scorePage(article(page.name).body, page.articleBody));
    const raw = pages.map((page) => scorePage(runReadability(parseDocument(pageHtml(page.name))).textContent, page.articleBody));
    expect(scoreCorpus(ours).f1).toBeGreaterThan(scoreCorpus(raw).f1);
    expect(scoreCorpus(ours).f1).toBeGreaterThanOrEqual(0.95);
    for (const score of ours) expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('separates paragraphs with blank lines', () => {
    const body = article('foxbusiness-home-depot').body;
    expect(body.split('\n\n').length).toBeGreaterThan(5);
    expect(body).not.toMatch(/\n{3,}/);
  });

  it('drops ad labels, captions, credits, teasers and datelines Readability keeps', () => {
    const fox = article('foxbusiness-home-depot').body;
    expect(fox).not.toMatch(/Continue Reading Below|\(AP Photo\/|READ MORE ON FOX BUSINESS|Published 1 day ago/);
    const express = article('express-hong-kong').body;
    expect(express).not.toMatch(/\(Image: GETTY|SEE MORE:|DON'T MISS|PUBLISHED:|UPDATED:/);
    const science = article('livescience-simulation').body;
    expect(science).not.toMatch(/^Related:|\(Image: ©|Subscribe to our sister title/m);
    const hill = article('thehill-omar-threat').body;
    expect(hill).not.toMatch(/Updated at 1:23|Hillicon Valley|Capitol Hill Publishing Corp/);
  });

  it('drops a related-links list under a teaser label, and the source line', () => {
    const body = article('aljazeera-helicopter-crash').body;
    expect(body).not.toMatch(/^More:$|Afghan woman politician sees Taliban talks|SOURCE: News agencies/m);
    expect(body).toMatch(/^Hostage swap$/m);
  });

  it('keeps a name inside a sentence while dropping the hover card around it', () => {
    expect(article('thehill-omar-threat').body).toMatch(/threatened to kill Rep\. Ilhan Omar \(D-Minn\.\)/);
  });

  it('keeps tweets quoted in the story', () => {
    expect(article('sky-mourinho').body).toMatch(/Tottenham Hotspur \(@SpursOfficial\) November 20, 2019/);
  });
});

describe('the Markdown it would save', () => {
  for (const page of pages) {
    it(`${page.name}: loads with parseArticle, with its metadata and every paragraph`, () => {
      const got = article(page.name);
      const loaded = parseArticle(`${page.name}.md`, new TextEncoder().encode(got.markdown));
      expect(loaded.title).toBe(got.title);
      expect(loaded.published).toBe(got.published);
      expect(loaded.author).toBe(got.author);
      expect(loaded.url).toBe(got.url);
      // Every paragraph of the body is in the loaded article (the loader may split overlong ones or merge nothing).
      const loadedText = loaded.passages.map((p) => p.text).join(' ');
      const paragraphs = got.body.split('\n\n').filter((p) => /\w{3}/.test(p) && !/^[-_*\s]+$/.test(p));
      const missing = paragraphs.filter((p) => !loadedText.includes(p.slice(0, 40).trim()));
      expect(missing.length).toBeLessThanOrEqual(1);
    });
  }

  it('writes YAML front matter the loader validates', () => {
    const markdown = article('latimes-disney-plus').markdown;
    expect(markdown).toMatch(/^---\ntitle: .+\nauthor: Meg James\npublisher: Los Angeles Times\npublished: 2019-11-19\nurl: https:\/\/www\.latimes\.com\/.+\n---\n\n/);
  });
});

describe('pages without an article', () => {
  it('says so instead of inventing one', () => {
    expect(() => extractArticle('<html><head><title>Nothing</title></head><body></body></html>')).toThrow(ExtractError);
    expect(() => extractArticle('')).toThrow(/no article text/);
  });
});
