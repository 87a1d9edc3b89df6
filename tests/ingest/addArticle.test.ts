/**
 * Adding articles end to end: /sources add against a news site on 127.0.0.1
 * serving real saved pages, the file it saves, the bot answering from it, and
 * every refusal as one polite line with nothing saved. An outbound guard makes
 * sure no connection goes anywhere but 127.0.0.1.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefbot, createBriefbotFromKnowledge, type Briefbot } from '../../src/briefbot.ts';
import type { ChannelInfo } from '../../src/core/commands.ts';
import { parseArticle } from '../../src/core/content/load.ts';
import { ArticleLibrary } from '../../src/ingest/library.ts';
import { LiveBot } from '../../src/liveBot.ts';
import { seedBot } from '../helpers.ts';
import { blockedConnections } from './fetch/server.ts';
import { MOURINHO, NOTES_MD, OMAR, useNewsSite } from './pageServer.ts';

const site = useNewsSite();
let dir: string;
let bot: Briefbot;
const console_: ChannelInfo = { platform: 'console', channelId: 'console', userId: 'console', canManage: async () => true };
const FETCHED = '2026-12-01T09:30:00.000Z';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-add-'));
  const library = new ArticleLibrary({ contentDir: dir, allowHosts: [site.allow], now: () => new Date(FETCHED) });
  bot = createBriefbotFromKnowledge(seedBot().kb, [], { library });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  expect(blockedConnections.splice(0)).toEqual([]);
});

const add = (target: string) => bot.handleLine(`/sources add ${target}`, console_);
const files = () => readdirSync(dir).sort();

describe('/sources add <url>', () => {
  it('saves the article as Markdown the loader reads, and the bot then answers from it', async () => {
    const reply = await add(site.url(OMAR.path));
    expect(reply.kind).toBe('help');
    expect(reply.title).toBe(`Added: ${OMAR.title}`);
    expect(reply.summary[0]).toBe('Published 2019-11-18 · The Hill · by Justine Coleman');
    expect(reply.summary[1]).toMatch(/^Saved as new-york-man-pleads-guilty-to-threatening-to-kill-omar\.md; it can be asked about in a few seconds, e\.g\. \/brief \S/);

    expect(files()).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
    const text = readFileSync(join(dir, files()[0]!), 'utf8');
    expect(text.split('\n---\n')[0]).toBe(
      [
        '---',
        `title: ${OMAR.title}`,
        'author: Justine Coleman',
        'publisher: The Hill',
        'published: 2019-11-18',
        `url: ${site.url(OMAR.path)}`,
        `fetched: ${FETCHED}`,
        'source: url',
      ].join('\n'),
    );
    const article = parseArticle(files()[0]!, readFileSync(join(dir, files()[0]!)));
    expect(article).toMatchObject({ title: OMAR.title, published: OMAR.published, source: 'url', fetched: FETCHED, url: site.url(OMAR.path) });
    expect(article.passages.length).toBeGreaterThan(5);

    const reader = createBriefbot(dir);
    const who = reader.runLine('/who carlineo');
    expect(who.kind).toBe('who');
    expect(who.title).toMatch(/^Patrick (W\. )?Carlineo/);
    expect(who.sources[0]!.articleTitle).toBe(OMAR.title);
    const hint = /\/brief (.+)$/.exec(reply.summary[1]!)![1]!;
    expect(reader.runLine(`/brief ${hint}`).kind).toBe('brief');
  });

  it('updates the file saved before for the same address, whatever tracking parameters, fragment or redirect it came with', async () => {
    await add(site.url(OMAR.path));
    const again = await add(`${site.url(OMAR.path)}?utm_source=newsletter&utm_medium=email&fbclid=abc#comments`);
    expect(again.title).toBe(`Updated: ${OMAR.title}`);
    expect(again.summary[1]).toMatch(/^It replaces the copy added before as new-york-man-pleads-guilty-to-threatening-to-kill-omar\.md;/);
    const redirected = await add(site.url('/moved'));
    expect(redirected.title).toBe(`Updated: ${OMAR.title}`);
    expect(files()).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
    expect(readFileSync(join(dir, files()[0]!), 'utf8')).toContain(`\nurl: ${site.url(OMAR.path)}\n`);
    // Another article is another file.
    await add(site.url(MOURINHO.path));
    expect(files()).toHaveLength(2);
  });

  it('two adds of one address at the same time still give one file', async () => {
    const replies = await Promise.all([add(site.url(OMAR.path)), add(site.url(`${OMAR.path}?utm_campaign=x`))]);
    expect(replies.map((r) => r.title.split(':')[0]).sort()).toEqual(['Added', 'Updated']);
    expect(files()).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
  });

  it.each([
    ['a private address', () => 'http://10.0.0.5/story', 'that address is on a private network'],
    ['a redirect to a private address', () => site.url('/to-private'), 'that address is on a private network'],
    ['a page over 5 MB', () => site.url('/huge'), 'the page is larger than 5 MB'],
    ['an image', () => site.url('/photo.png'), 'that is not an article page (image/png)'],
    ['a feed', () => site.url('/feed.xml'), 'that is not an article page (it is XML, perhaps a feed)'],
    ['a section front with hardly any text', () => site.url('/section'), /^that is not an article page \(only \d+ words of text\)$/],
    ['a missing page', () => site.url('/gone'), 'the page was not found (404)'],
    ['another scheme', () => 'ftp://example.com/story.html', 'only web pages (http or https) can be fetched, not ftp: links'],
    ['text that is no address', () => 'not a link at all', 'that is not a valid web address'],
  ])('refuses %s with one polite line, and saves nothing', async (_case, target, reason) => {
    const reply = await add(target());
    expect(reply.kind).toBe('error');
    expect(reply.summary).toHaveLength(1);
    const line = reply.summary[0]!;
    expect(line).not.toMatch(/\n|Error|\bat \S+ \(/);
    const expected = typeof reason === 'string' ? reason : undefined;
    if (expected) expect(line).toBe(`I could not add that: ${expected}.`);
    else expect(line.replace(/^I could not add that: (.*)\.$/, '$1')).toMatch(reason as RegExp);
    expect(files()).toEqual([]);
  });

  it('refuses 127.0.0.1 itself unless FETCH_ALLOW_HOSTS lists it', async () => {
    const strict = createBriefbotFromKnowledge(seedBot().kb, [], { library: new ArticleLibrary({ contentDir: dir }) });
    const reply = await strict.handleLine(`/sources add ${site.url(OMAR.path)}`, console_);
    expect(reply.summary).toEqual(['I could not add that: that address is on a private network.']);
    expect(files()).toEqual([]);
  });

  it('asks for an address when none is given', async () => {
    const reply = await bot.handleLine('/sources add', console_);
    expect(reply.kind).toBe('error');
    expect(reply.summary[0]).toMatch(/^Please give the page’s address, e\.g\. `\/sources add https:\/\/example\.com\/news\/story`/);
  });
});

describe('uploads', () => {
  const library = () => new ArticleLibrary({ contentDir: dir, now: () => new Date(FETCHED) });

  it('saves an uploaded Markdown article with source: upload, and a saved page as the URL add would', async () => {
    const notes = await library().addUpload({ name: 'notes.md', bytes: Buffer.from(NOTES_MD) });
    expect(notes.file).toBe('harbour-cranes-return-to-gdansk.md');
    expect(notes.article).toMatchObject({ title: 'Harbour cranes return to Gdansk', publisher: 'Baltic Wire', published: '2024-05-02', source: 'upload', fetched: FETCHED });
    const page = await library().addUpload({ name: 'story.html.gz', bytes: readFileSync(join('tests/fixtures/pages', 'sky-mourinho.html.gz')) });
    expect(page.article).toMatchObject({ title: MOURINHO.title, published: MOURINHO.published, source: 'upload' });
    expect(createBriefbot(dir).runLine('/who nowak').title).toBe('Marta Nowak');
  });

  it.each([
    ['a PDF', 'report.pdf', Buffer.from('%PDF-1.7'), 'only .html, .htm, .md, .txt files can be added, not .pdf'],
    ['an empty text file', 'empty.txt', Buffer.from('  \n'), 'that file cannot be read as an article (is empty)'],
    ['a page with no article', 'blank.html', Buffer.from('<html><body></body></html>'), 'that is not an article page (no article text found)'],
  ])('refuses %s with its reason', async (_case, name, bytes, reason) => {
    await expect(library().addUpload({ name, bytes })).rejects.toThrow(reason);
    expect(files()).toEqual([]);
  });
});

describe('with hot reload', () => {
  it('an article added in chat is answered once the folder is reloaded', async () => {
    const live = await LiveBot.start(dir, { watch: false, library: new ArticleLibrary({ contentDir: dir, allowHosts: [site.allow] }) });
    try {
      expect((await live.current().handleLine(`/sources add ${site.url(MOURINHO.path)}`, console_)).title).toBe(`Added: ${MOURINHO.title}`);
      await live.reload();
      const who = live.current().runLine('/who mourinho');
      expect(who.kind).toBe('who');
      expect(who.sources[0]!.articleTitle).toBe(MOURINHO.title);
    } finally {
      live.close();
    }
  });
});
