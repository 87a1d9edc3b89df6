/** Saving into the content folder: names only from the title, atomic writes, no clobbering, one file per address. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeArticleFile, findFileByUrl, saveArticleFile, slugForTitle, MAX_SLUG_LENGTH } from '../../src/ingest/save.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'briefbot-save-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (title: string, url?: string) => composeArticleFile({ title, url, fetched: '2026-12-01T00:00:00.000Z', source: 'url' }, 'Body text.');

describe('file names', () => {
  it('are slugs of the title: letters, digits and hyphens only', () => {
    expect(slugForTitle('ISIS-K: From Afghanistan to the World’s Capitals')).toBe('isis-k-from-afghanistan-to-the-worlds-capitals');
    expect(slugForTitle('Crème brûlée, São Paulo & Zürich')).toBe('creme-brulee-sao-paulo-zurich');
    expect(slugForTitle('../../etc/passwd')).toBe('etc-passwd');
    expect(slugForTitle('..\\..\\windows\\system32')).toBe('windows-system32');
    expect(slugForTitle('日本語のみ')).toBe('article');
    expect(slugForTitle('')).toBe('article');
  });
  it('are bounded, cut at a word where one is near', () => {
    const slug = slugForTitle('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('word')).toBe(true);
    expect(slugForTitle('x'.repeat(500))).toHaveLength(MAX_SLUG_LENGTH);
  });
});

describe('saveArticleFile', () => {
  it('never overwrites another article: a taken name gets -2, -3', async () => {
    writeFileSync(join(dir, 'storm-cables.md'), 'hand-written');
    const a = await saveArticleFile(dir, { title: 'Storm cables', text: file('Storm cables', 'https://a.example/1') });
    const b = await saveArticleFile(dir, { title: 'Storm Cables!', text: file('Storm Cables!', 'https://b.example/2') });
    expect([a.file, b.file]).toEqual(['storm-cables-2.md', 'storm-cables-3.md']);
    expect(readFileSync(join(dir, 'storm-cables.md'), 'utf8')).toBe('hand-written');
  });
  it('replaces the file saved for the same address, keeping its name, and leaves no temporary file', async () => {
    const first = await saveArticleFile(dir, { title: 'First title', text: file('First title', 'https://a.example/story'), urls: ['https://a.example/story'] });
    const second = await saveArticleFile(dir, { title: 'Changed title', text: file('Changed title', 'https://a.example/story'), urls: ['https://a.example/story?utm_source=x#y'] });
    expect(second).toMatchObject({ file: first.file, updated: true });
    expect(readdirSync(dir)).toEqual(['first-title.md']);
    expect(readFileSync(join(dir, 'first-title.md'), 'utf8')).toContain('title: Changed title');
  });
  it('saves in parallel without two files taking one name', async () => {
    const saved = await Promise.all(Array.from({ length: 5 }, (_, i) => saveArticleFile(dir, { title: 'Same title', text: file('Same title', `https://a.example/${i}`) })));
    expect(new Set(saved.map((s) => s.file)).size).toBe(5);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
  it('finds a saved address in front matter, not in the body', () => {
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\nurl: https://a.example/x\n---\n\nSee https://b.example/y\n');
    writeFileSync(join(dir, 'b.txt'), 'url: https://b.example/y\n\nB\n\nText.');
    expect(findFileByUrl(dir, ['https://a.example/x?utm_medium=1'])).toBe('a.md');
    expect(findFileByUrl(dir, ['https://b.example/y'])).toBeUndefined();
  });
  it('writes YAML that no title can break out of', () => {
    const text = composeArticleFile({ title: 'A: "quoted"\n---\nurl: https://evil.example', fetched: 'now', source: 'upload' }, 'Body.');
    expect(text.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });
});
