import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentDir, parseArticle } from '../../../src/core/content/load.ts';
import { BROKEN_DIR, FIXTURE_DIR, SEED_DIR, WIRE_DIR } from '../../helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('loading the seed article (plain text with a metadata block)', () => {
  const { articles, problems } = loadContentDir(SEED_DIR);
  const article = articles[0]!;

  it('loads with its metadata and no problems', () => {
    expect(problems).toEqual([]);
    expect(article.title).toBe('ISIS-K: From Afghanistan to the World’s Capitals');
    expect(article).toMatchObject({ author: 'Girish Linganna', publisher: 'Business Upturn', published: '2024-03-28' });
  });

  // The article as published, before the metadata block was added: nothing in the body was edited to suit the loader.
  const original = new URL('../../fixtures/published/isis-k-article.txt', import.meta.url);
  it('keeps the body verbatim as published in the content file', () => {
    const seed = readFileSync(original, 'utf8');
    const file = readFileSync(`${SEED_DIR}/${article.file}`, 'utf8');
    expect(file.endsWith(seed)).toBe(true);
  });

  it('indexes the paragraph repeated above the lead once, where it sits in the flow', () => {
    const copies = article.passages.filter((p) => p.text.startsWith('Later in the same month, the Security Council'));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.section).toBe('Endangering Chinese Investments');
    expect(article.passages[0]!.text).toMatch(/^A marked increase in terrorist activities/);
  });

  it('treats the author box and disclaimer as metadata, never as passages', () => {
    expect(article.notes).toHaveLength(2);
    expect(article.notes[0]).toMatch(/^The author Girish Linganna/);
    expect(article.passages.some((p) => /Views expressed|The author Girish/.test(p.text))).toBe(false);
  });

  it('drops the e-mail protection artefact everywhere', () => {
    const everything = [...article.passages.map((p) => p.text), ...article.notes].join('\n');
    expect(everything).not.toMatch(/email.{0,6}protected/i);
  });

  it('reads short unpunctuated lines as section headings', () => {
    expect([...new Set(article.passages.map((p) => p.section))]).toEqual(['', 'Severely Tense Relationships', 'Endangering Chinese Investments']);
  });

  it('numbers paragraphs in reading order with stable ids', () => {
    article.passages.forEach((p, i) => {
      expect(p.paragraph).toBe(i + 1);
      expect(p.id).toBe(`${article.id}#${i + 1}`);
    });
  });
});

describe('loading Markdown with front matter', () => {
  const article = loadContentDir(FIXTURE_DIR).articles[0]!;
  it('reads front matter, ## sections and tags', () => {
    expect(article).toMatchObject({ title: 'Storm Cables: How the North Sea Grid Rode Out Winter', published: '2023-06-20', tags: ['energy', 'grid'], url: 'https://example.org/storm-cables' });
    expect(article.passages.map((p) => p.section)).toContain('Lessons for the grid');
  });
  it('applies the same cleaning rules to an article it was never tuned on', () => {
    expect(article.passages.filter((p) => p.text.startsWith('Two days later, the repair vessel'))).toHaveLength(1);
    expect(article.passages.find((p) => p.text.startsWith('Two days later'))!.section).toBe('The February storm');
    expect(article.notes).toEqual([
      'Disclaimer: The views of the people interviewed are their own and do not reflect those of Harbour Ledger.',
      'Petra Solheim is an energy correspondent based in Bergen.',
    ]);
    const inquiry = article.passages.find((p) => p.text.startsWith('The inquiry'))!;
    expect(inquiry.text).toBe('The inquiry into the outage reported on May 5th and backed the new rules.');
  });
  it('strips inline Markdown from passages', () => {
    const parsed = parseArticle('x.md', encode('---\ntitle: T\n---\n\nSome **bold** and [a link](http://x.y) and `code`.\n'));
    expect(parsed.passages[0]!.text).toBe('Some bold and a link and code.');
  });
});

describe('bylines, datelines and page furniture', () => {
  const wire = Object.fromEntries(loadContentDir(WIRE_DIR).articles.map((a) => [a.file, a]));

  it('reads "By author | publisher | date" under a plain-text title into metadata, not into the title', () => {
    expect(wire['reef-summit.txt']).toMatchObject({ title: 'Coral nations agree on reef fund at Suva summit', author: 'Tom Halloran', publisher: 'Pacific Wire', published: '2023-11-09' });
    expect(wire['reef-summit.txt']!.passages[0]!.text).toMatch(/^Ministers from eleven Pacific island states/);
  });

  it('drops a share-button line, so the author box after it is still recognised', () => {
    const article = wire['hospital-ransomware.md']!;
    expect(article.passages.some((p) => /Share this|covers cybersecurity/.test(p.text))).toBe(false);
    expect(article.notes).toEqual(['Priya Raman covers cybersecurity for The Ledger Review.']);
  });

  it.each([
    ['a byline block under a Markdown title', '# Title\n\n*By Jane Doe and John Roe, Staff Writers* · March 3, 2024\n\nThe text.\n', { author: 'Jane Doe and John Roe', published: '2024-03-03' }],
    ['a dateline of its own', 'Title\n\nPublished: 28 March 2024\n\nThe text.\n', { published: '2024-03-28' }],
    ['"By" and a name after a dash', 'Title\nBY Ana Ruiz - Gulf Times\n\nThe text.\n', { author: 'Ana Ruiz', publisher: 'Gulf Times' }],
  ])('reads %s', (_case, text, expected) => {
    const file = text.startsWith('#') ? 'x.md' : 'x.txt';
    const article = parseArticle(file, encode(text));
    expect(article).toMatchObject({ title: 'Title', ...expected });
    expect(article.passages.map((p) => p.text)).toEqual(['The text.']);
  });

  it('keeps the file’s own metadata over a byline, and prose that only starts with "By"', () => {
    const article = parseArticle('x.txt', encode('author: Kept Name\n\nTitle\nBy Other Name | 1 May 2020\n\nBy the end of March, the fund had doubled.\n'));
    expect(article).toMatchObject({ author: 'Kept Name', published: '2020-05-01' });
    expect(article.passages.map((p) => p.text)).toEqual(['By the end of March, the fund had doubled.']);
  });

  it('drops the author’s name alone above the text, the byline without its "By", and a share count', () => {
    const article = parseArticle('x.md', encode('---\ntitle: Happy holidays\nauthor: Ann Coulter\n---\n\nAnn Coulter\n\n4419111\n\nThe text.\n\nAnn Coulter wrote it.\n'));
    expect(article.passages.map((p) => p.text)).toEqual(['The text.', 'Ann Coulter wrote it.']);
  });

  it('drops a teaser for another article, on a line of its own', () => {
    const article = parseArticle('x.txt', encode('Title\n\nThe text.\n\nRead more: How port software became a chokepoint\n\nSee also: Ports, a history\n'));
    expect(article.passages.map((p) => p.text)).toEqual(['The text.']);
  });

  it('never drops prose that mentions sharing, comments or reading more', () => {
    const article = parseArticle('x.txt', encode('Title\n\nShare prices fell.\nComments from the minister followed.\n\nRead more: the report runs to 400 pages.\n'));
    expect(article.passages.map((p) => p.text)).toEqual(['Share prices fell. Comments from the minister followed.', 'Read more: the report runs to 400 pages.']);
  });
});

describe('broken files', () => {
  const { articles, problems } = loadContentDir(BROKEN_DIR);
  it('are skipped with a reason naming the file, and the rest still loads', () => {
    expect(articles.map((a) => a.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(problems.map((p) => [p.file, p.reason]));
    expect(reasons['bad-yaml.md']).toMatch(/front matter is not valid YAML/);
    expect(reasons['bad-date.md']).toMatch(/`published` must be a date written as YYYY-MM-DD/);
    expect(reasons['empty.txt']).toBe('is empty');
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/not valid UTF-8/);
  });
  it('report an unclosed front matter block and a missing folder', () => {
    expect(() => parseArticle('x.md', encode('---\ntitle: T\n\nno end'))).toThrow(/never closed/);
    expect(loadContentDir('/nonexistent/briefbot').problems[0]!.reason).toBe('content folder does not exist');
  });
  it('report a file with a title but no text', () => {
    expect(() => parseArticle('x.txt', encode('Only a title\n'))).toThrow(/no paragraphs/);
  });
});
