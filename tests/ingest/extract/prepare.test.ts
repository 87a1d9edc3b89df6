import { describe, expect, it } from 'vitest';
import { parseDocument, squash } from '../../../src/ingest/extract/dom.ts';
import { removePageClutter } from '../../../src/ingest/extract/prepare.ts';

const long = (n: number) => `Sentence ${n} of the story, long enough to be a real paragraph of reporting, with several clauses, names and numbers in it (as 12 news paragraphs out of 13 are), and a quote.`;
const article = `<p>${long(1)}</p><p>${long(2)}</p><p>${long(3)}</p>`;
const cleaned = (body: string) => {
  const doc = parseDocument(`<html><body>${body}</body></html>`);
  removePageClutter(doc);
  return squash(doc.body!.textContent);
};

describe('removing the page around the article', () => {
  it('removes captions, share bars, newsletter boxes, related lists and hidden copies', () => {
    const text = cleaned(`<article><figure><img src="a.jpg"><figcaption>A caption (AP Photo)</figcaption></figure>${article}
      <div class="share-bar">Share on Facebook</div><aside class="newsletter-signup">Get our newsletter</aside>
      <div class="related-stories"><a href="/x">Other story</a></div><p hidden>Hidden teaser</p><p style="display: none">Also hidden</p></article>`);
    expect(text).not.toMatch(/caption|Share on|newsletter|Other story|Hidden teaser|Also hidden/);
    expect(text).toMatch(/Sentence 1.*Sentence 3/);
  });

  it('never removes a marked box that holds the article itself', () => {
    expect(cleaned(`<div class="widget Blog">${article}</div>`)).toMatch(/Sentence 1.*Sentence 3/);
    expect(cleaned(`<form id="aspnetForm"><div class="article">${article}</div></form>`)).toMatch(/Sentence 2/);
  });

  it('keeps a tagged name inside a sentence, but not the hover card around it', () => {
    const text = cleaned(`${article}<p>The <a class="auto-tag" href="/t/band">Doobie Brothers</a> will tour, said Rep. <span class="rollover-people"><a href="/p/omar">Ilhan Omar</a><span class="rollover-people-block"><img src="o.jpg"><a href="/1">Her latest</a><a href="/2">headlines</a></span></span> on Monday.</p>`);
    expect(text).toMatch(/The Doobie Brothers will tour, said Rep\. Ilhan Omar on Monday\./);
    expect(text).not.toMatch(/Her latest/);
  });

  it('removes the deck above the text but keeps a subtitle below its start', () => {
    const text = cleaned(`<header><h1>Headline</h1><p class="article-summary">The deck under the headline.</p></header><div class="dek">Another deck</div>${article}<h2 class="subtitle">A section</h2><p>${long(4)}</p>`);
    expect(text).not.toMatch(/The deck|Another deck/);
    expect(text).toMatch(/A section/);
  });

  it('lifts an embedded post out of its widget boxes, so it stays a quote', () => {
    const doc = parseDocument(`<html><body>${article}<div class="embed-widget"><div><blockquote class="twitter-tweet"><p>Club statement</p>— Spurs (@SpursOfficial)</blockquote></div></div></body></html>`);
    removePageClutter(doc);
    expect(doc.body!.querySelector('blockquote')?.parentElement?.tagName).toBe('BODY');
  });
});
