import { describe, expect, it } from 'vitest';
import { seedBot } from '../../helpers.ts';

const bot = seedBot();
const findIds = (...phrasings: string[]) => bot.kb.index.find(phrasings).map((h) => h.id);
const textOf = (id: string) => bot.kb.passageById.get(id)!.text;

describe('the passage index', () => {
  it('meets isis-k, ISIS K and Isis-K in the same passages', () => {
    const reference = findIds('Isis-K');
    expect(reference.length).toBeGreaterThan(5);
    expect(findIds('isis-k')).toEqual(reference);
    expect(findIds('ISIS K')).toEqual(reference);
  });

  it('finds a passage through the names of the entities it mentions', () => {
    // The passage says "Tehreek-i-Taliban Pakistan (TTP)"; later ones only say "TTP".
    const ids = findIds('tehreek-i-taliban pakistan');
    expect(ids.map(textOf).some((t) => t.includes('the TTP, which had been conducting'))).toBe(true);
  });

  it('tolerates a typo and completes a prefix', () => {
    expect(findIds('webbr').map(textOf).some((t) => t.includes('Webber'))).toBe(true);
    expect(findIds('negotiat').length + findIds('counterterror').length).toBeGreaterThan(0);
  });

  it('falls back to any word when no passage has them all', () => {
    expect(findIds('gwadar', 'zzzqqq').length).toBeGreaterThan(0);
    expect(findIds('gwadar zzzqqq').map(textOf).every((t) => /Gwadar/.test(t))).toBe(true);
  });

  it('follows the few passages that hold every word with those that hold most of them', () => {
    const all = findIds('gwadar');
    const both = findIds('gwadar xinjiang');
    // A word that only one passage pairs with "gwadar" does not hide the other Gwadar passages.
    const strict = both.filter((id) => /xinjiang/i.test(textOf(id)) && /gwadar/i.test(textOf(id)));
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.length).toBeLessThan(3);
    expect(both.slice(0, strict.length)).toEqual(strict);
    expect(both.length).toBeGreaterThan(strict.length);
    expect(new Set(both)).toContain(all[0]);
  });

  it('ranks passages that name the topic in their section higher', () => {
    const [first] = findIds('chinese investments');
    expect(bot.kb.passageById.get(first!)!.section).toBe('Endangering Chinese Investments');
  });

  it('returns nothing for words the corpus does not have, or for stop words only', () => {
    expect(findIds('pizza')).toEqual([]);
    expect(findIds('the of and')).toEqual([]);
  });
});

describe('the packed index (what a snapshot holds)', () => {
  it('restores to the very index it was packed from, answering alike', async () => {
    const { PassageIndex } = await import('../../../src/core/search/passageIndex.ts');
    const packed = bot.kb.index.pack();
    expect(packed.terms.length).toBeGreaterThan(100);
    // Smaller than MiniSearch's own form, which keys every posting by its id as text.
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(bot.kb.index.search.toJSON()).length);
    const restored = PassageIndex.fromPacked(JSON.parse(JSON.stringify(packed)));
    // The same terms and postings (the term tree may list them in another order).
    const byTerm = (json: ReturnType<typeof restored.search.toJSON>) => ({ ...json, index: new Map(json.index) });
    expect(byTerm(restored.search.toJSON())).toEqual(byTerm(bot.kb.index.search.toJSON()));
    // Scores are sums over the terms met, in the tree's order: equal but for the last bit of a float.
    const hits = (index: typeof restored, words: string[]) => index.find(words).map((h) => ({ id: h.id, score: h.score.toFixed(6) }));
    for (const words of [['isis-k'], ['webbr'], ['gwadar', 'zzzqqq']]) expect(hits(restored, words)).toEqual(hits(bot.kb.index, words));
  });
});
