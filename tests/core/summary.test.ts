import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/core/content/article.ts';
import { SUMMARY_MAX_CHARS, summarize } from '../../src/core/summary.ts';
import type { Briefbot } from '../../src/briefbot.ts';
import { fixtureBot, seedBot } from '../helpers.ts';

function summaryFor(bot: Briefbot, topic: string) {
  const ranked = bot.kb.index.find([topic]).slice(0, 8).map((h) => ({ passage: bot.kb.passageById.get(h.id)!, score: h.score }));
  return summarize(ranked, [topic]);
}

describe('extractive summaries', () => {
  for (const [name, bot, topic] of [['seed', seedBot(), 'gwadar'], ['unseen article', fixtureBot(), 'cable repair']] as const) {
    it(`only ever contain sentences of the passage they cite (${name})`, () => {
      const summary = summaryFor(bot, topic);
      expect(summary.length).toBeGreaterThan(0);
      for (const sentence of summary) {
        const passage = bot.kb.passageById.get(sentence.passageId)!;
        expect(sentencesOf(passage).map((s) => s.text)).toContain(sentence.text);
      }
    });
    it(`stay short: at most ${SUMMARY_MAX_CHARS} characters (${name})`, () => {
      const summary = summaryFor(bot, topic);
      expect(summary.map((s) => s.text).join(' ').length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS + 3);
    });
  }

  it('prefers sentences that name the topic', () => {
    const [first] = summaryFor(seedBot(), 'Shanghai Cooperation Organisation');
    expect(first!.text).toContain('Shanghai Cooperation Organisation');
  });

  it('puts required sentences first and skips near-duplicates', () => {
    const bot = seedBot();
    const passage = bot.kb.passageById.get(bot.kb.index.find(['gwadar'])[0]!.id)!;
    const required = { text: sentencesOf(passage)[0]!.text, passageId: passage.id };
    const summary = summarize([{ passage, score: 1 }, { passage, score: 1 }], ['gwadar'], [required]);
    expect(summary[0]).toEqual(required);
    expect(new Set(summary.map((s) => s.text)).size).toBe(summary.length);
  });

  it('cuts a single overlong sentence at a word boundary rather than returning nothing', () => {
    const long = 'Word '.repeat(200).trim() + '.';
    const passage = { id: 'a#1', articleId: 'a', section: '', paragraph: 1, text: long, sentenceBounds: [0, long.length] };
    const [only] = summarize([{ passage, score: 1 }], ['word']);
    expect(only!.text.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(only!.text.endsWith('…')).toBe(true);
  });

  it('does not let a sentence too long to fit beside the lead set the bar for the rest, so a long lead is not left alone', () => {
    const passage = (n: number, text: string) => ({ id: `a#${n}`, articleId: 'a', section: '', paragraph: n, text, sentenceBounds: [0, text.length] });
    const lead = `The harbour authority said on Tuesday that ${'the western quay, '.repeat(20)}would close for repairs.`;
    // The best-scoring sentence, but too long to follow the lead.
    const quote = `“The harbour authority must reopen the berths to the fishing fleet at once,” demanded a ${'very '.repeat(20)}angry harbour pilot.`;
    // Weaker than half the quote, not than half the lead.
    const fact = 'Repairs to the western quay began after a storm damaged the old pier.';
    expect(lead.length + quote.length).toBeGreaterThan(SUMMARY_MAX_CHARS);
    const ranked = [{ passage: passage(2, quote), score: 1 }, { passage: passage(1, lead), score: 0.1 }, { passage: passage(3, fact), score: 0.8 }];
    const summary = summarize(ranked, ['harbour authority'], [{ text: lead, passageId: 'a#1' }]);
    expect(summary.map((s) => s.text)).toEqual([lead, fact]);
  });
});
