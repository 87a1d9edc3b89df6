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
