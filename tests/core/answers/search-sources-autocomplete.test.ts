import { describe, expect, it } from 'vitest';
import { createBriefbotFromArticles } from '../../../src/briefbot.ts';
import { MAX_CHOICES } from '../../../src/core/answers/autocomplete.ts';
import { parseArticle } from '../../../src/core/content/load.ts';
import { botFor, FIXTURE_DIR, SEED_DIR, seedBot } from '../../helpers.ts';

describe('/search', () => {
  it('returns the matching passages, each once, best first', () => {
    const reply = seedBot().runLine('/search gwadar port');
    expect(reply.kind).toBe('search');
    expect(reply.sources[0]!.text).toMatch(/Gwadar port|port of Gwadar/);
    const keys = reply.sources.map((s) => `${s.articleId}#${s.paragraph}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(reply.summary).toEqual([]);
  });
  it('reads a question for what it asks about: "how many arrests" finds the arrests, not any "many"', () => {
    const story = [
      'Families were at the vigil, with many young children dressed in pink.',
      'Police have made 378 arrests so far since the disorder broke out last week.',
      'Many shops stayed shut on Sunday, and many more closed early.',
    ].join('\n\n');
    const bot = createBriefbotFromArticles([parseArticle('story.md', new TextEncoder().encode(`---\ntitle: Unrest\npublished: 2024-08-04\n---\n\n${story}`))]);
    const reply = bot.runLine('/search how many arrests');
    expect(reply.sources.map((s) => s.text)).toEqual(['Police have made 378 arrests so far since the disorder broke out last week.']);
  });
  it('reports a miss as not_found', () => {
    expect(seedBot().runLine('/search quantum chromodynamics').kind).toBe('not_found');
  });
});

describe('/sources', () => {
  it('lists every article with author, publisher, date and url', () => {
    const reply = botFor(SEED_DIR, FIXTURE_DIR).runLine('/sources');
    expect(reply.kind).toBe('sources');
    expect(reply.articles).toEqual([
      expect.objectContaining({ title: 'ISIS-K: From Afghanistan to the World’s Capitals', author: 'Girish Linganna', publisher: 'Business Upturn', published: '2024-03-28' }),
      expect.objectContaining({ title: 'Storm Cables: How the North Sea Grid Rode Out Winter', url: 'https://example.org/storm-cables' }),
    ]);
    expect(reply.summary[0]).toBe('ISIS-K: From Afghanistan to the World’s Capitals · Girish Linganna · Business Upturn · 2024-03-28');
  });
});

describe('autocomplete', () => {
  const bot = seedBot();
  it('offers names by any word prefix, most mentioned first', () => {
    const choices = bot.autocomplete('who', 'name', 'lo');
    expect(choices[0]).toEqual({ label: 'Lodhi (Maleeha Lodhi)', value: 'Lodhi' });
    expect(bot.autocomplete('who', 'name', 'web').map((c) => c.value)).toContain('Lucas Webber');
  });
  it('tolerates a typo', () => {
    expect(bot.autocomplete('who', 'name', 'webbr').map((c) => c.value)).toContain('Webber');
  });
  it('offers months with events for /events', () => {
    expect(bot.autocomplete('events', 'period', '2024-0')).toEqual(
      expect.arrayContaining([{ label: 'March 2024 (6 events)', value: '2024-03' }]),
    );
  });
  it('offers topics, sections and tags for /brief, and command names for /help', () => {
    expect(bot.autocomplete('brief', 'topic', 'endangering').map((c) => c.value)).toEqual(['Endangering Chinese Investments']);
    expect(bot.autocomplete('help', 'command', 'ev')).toEqual([{ label: '/events', value: 'events' }]);
  });
  it('stays within Discord limits: at most 25 choices of at most 100 characters', () => {
    for (const typed of ['', 'a', 'isis', 'x'.repeat(500)]) {
      const choices = bot.autocomplete('brief', 'topic', typed);
      expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
      for (const c of choices) {
        expect(c.label.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
  it('returns nothing for options without autocomplete or unknown commands', () => {
    expect(bot.autocomplete('sources', 'x', 'a')).toEqual([]);
    expect(bot.autocomplete('nope', 'topic', 'a')).toEqual([]);
  });
});
