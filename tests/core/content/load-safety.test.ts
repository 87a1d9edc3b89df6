/**
 * What the loader refuses to read: files reached through a link out of the
 * content folder, folders named like articles, and files too big to index.
 * Each is skipped with a reason naming the file; the rest still load.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../../src/core/content/load.ts';
import { MAX_PASSAGE_CHARS } from '../../../src/core/content/passageSize.ts';
import { FIXTURE_DIR } from '../../helpers.ts';

const STORM = 'storm-cables.md';
const SECRET = 'Secret notes\n\nThe vault code is 4417, and only the night guard knows it.\n';

let root: string;
let content: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefbot-load-'));
  content = join(root, 'content');
  outside = join(root, 'outside');
  mkdirSync(content);
  mkdirSync(outside);
  copyFileSync(join(FIXTURE_DIR, STORM), join(content, STORM));
  writeFileSync(join(outside, 'secret.txt'), SECRET);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const reasons = (problems: { file: string; reason: string }[]) => Object.fromEntries(problems.map((p) => [p.file, p.reason]));
const files = (dir: string, options?: Parameters<typeof loadContentDir>[1]) => loadContentDir(dir, options).articles.map((a) => a.file);

describe('links out of the content folder', () => {
  it('never loads a file outside the folder through a link, and names the link', () => {
    symlinkSync(join(outside, 'secret.txt'), join(content, 'notes.txt'));
    symlinkSync('../outside/secret.txt', join(content, 'relative.txt'));
    const { articles, problems } = loadContentDir(content);
    expect(articles.map((a) => a.file)).toEqual([STORM]);
    expect(articles.flatMap((a) => a.passages).some((p) => p.text.includes('vault code'))).toBe(false);
    expect(reasons(problems)).toEqual({
      'notes.txt': expect.stringMatching(/links outside the content folder/),
      'relative.txt': expect.stringMatching(/links outside the content folder/),
    });
  });

  it('loads a link to another file inside the folder, and a folder that is itself reached through a link', () => {
    symlinkSync(STORM, join(content, 'storm-again.md'));
    expect(files(content)).toEqual(['storm-again.md', STORM]);
    const linked = join(root, 'linked-content');
    symlinkSync(content, linked);
    expect(files(linked)).toEqual(['storm-again.md', STORM]);
  });

  it('refuses a link through a linked folder inside the content folder', () => {
    symlinkSync(outside, join(content, 'sub'));
    symlinkSync(join('sub', 'secret.txt'), join(content, 'via-sub.txt'));
    expect(reasons(loadContentDir(content).problems)).toEqual({ 'via-sub.txt': expect.stringMatching(/links outside the content folder/) });
  });
});

describe('things named like articles that are not files', () => {
  it('skips a folder named like an article, and a .md link to a folder, with a reason', () => {
    mkdirSync(join(content, 'drafts.md'));
    symlinkSync(join(content, 'drafts.md'), join(content, 'link-to-folder.md'));
    const { articles, problems } = loadContentDir(content);
    expect(articles.map((a) => a.file)).toEqual([STORM]);
    expect(reasons(problems)).toEqual({
      'drafts.md': 'is a folder, not an article file',
      'link-to-folder.md': 'is a folder, not an article file',
    });
  });
});

describe('the size limit (MAX_ARTICLE_MB)', () => {
  it('skips a file over the limit without reading it, and says why and what to do', () => {
    writeFileSync(join(content, 'huge.txt'), `Huge\n\n${'Words and more words. '.repeat(300_000)}\n`); // 6.6 MB
    const { articles, problems } = loadContentDir(content);
    expect(articles.map((a) => a.file)).toEqual([STORM]);
    expect(reasons(problems)['huge.txt']).toBe('is 6.6 MB, over the 5 MB limit (MAX_ARTICLE_MB); split it into several files or raise MAX_ARTICLE_MB');
  });

  it('follows the configured limit', () => {
    writeFileSync(join(content, 'small.txt'), `Small\n\n${'Words and more words. '.repeat(100)}\n`); // 2.2 kB
    expect(files(content, { maxArticleMb: 0.001 })).toEqual([]);
    expect(reasons(loadContentDir(content, { maxArticleMb: 0.001 }).problems)['small.txt']).toMatch(/over the 0\.001 MB limit/);
    expect(files(content, { maxArticleMb: 0.01 })).toEqual(['small.txt', STORM]);
  });

  it('cuts a file that is one long paragraph into passages of bounded size', () => {
    const sentences = Array.from({ length: 20_000 }, (_, i) => `Sentence number ${i} says the cable held.`);
    writeFileSync(join(content, 'one-paragraph.txt'), `One paragraph\n\n${sentences.join(' ')}\n`);
    const article = loadContentDir(content).articles.find((a) => a.file === 'one-paragraph.txt')!;
    expect(article.passages.length).toBeGreaterThan(400);
    expect(Math.max(...article.passages.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(article.passages.map((p) => p.text).join(' ')).toBe(sentences.join(' '));
    expect(article.passages.every((p) => /^Sentence number \d+ .*held\.$/.test(p.text))).toBe(true);
  });
});
