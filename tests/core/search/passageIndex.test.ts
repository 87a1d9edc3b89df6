import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../../src/core/search/passageIndex.ts';
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

  it('does so too when a short word sends the query to the typo-tolerant search ("tax" is also looked for joined: "harbortax")', () => {
    const passages = ['The harbor tax rose again.', 'The harbor closed early.', 'Harbor fees and the harbor pilots.', 'A tax on fuel.'].map((text, i) => ({
      id: `a#${i + 1}`,
      text,
      section: '',
      names: '',
    }));
    const ids = PassageIndex.build(passages).find(['harbor tax']).map((hit) => hit.id);
    expect(ids[0]).toBe('a#1');
    expect(ids.slice(1).sort()).toEqual(['a#2', 'a#3', 'a#4']);
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
  /** Each term's record of the packed postings, as bytes (each record starts with its length, a varint). */
  function postingsByTerm({ terms, postings }: { terms: string[]; postings: Uint8Array }): Map<string, number[]> {
    const byTerm = new Map<string, number[]>();
    let at = 0;
    for (const term of terms) {
      let length = 0;
      for (let scale = 1, byte = 0x80; byte >= 0x80; scale *= 0x80) {
        byte = postings[at++]!;
        length += (byte & 0x7f) * scale;
      }
      byTerm.set(term, [...postings.subarray(at, at + length)]);
      at += length;
    }
    expect(at).toBe(postings.length);
    return byTerm;
  }

  it('restores to the very index it was packed from, answering alike', async () => {
    const { PassageIndex } = await import('../../../src/core/search/passageIndex.ts');
    const packed = bot.kb.index.pack();
    expect(packed.terms.length).toBeGreaterThan(100);
    // Beside the passages and postings, what MiniSearch's own form holds.
    const { terms, postings, documents, shortIds, fieldLengths, ...rest } = packed;
    const { index, documentIds, fieldLength, ...ownRest } = bot.kb.index.search.toJSON();
    expect(rest).toEqual(ownRest);
    expect(documents).toEqual(Object.values(documentIds));
    // Smaller than that form, which keys every posting and passage by its short id as text.
    const bytes = JSON.stringify({ ...rest, documents, terms }).length + shortIds.byteLength + fieldLengths.byteLength + postings.byteLength;
    expect(bytes).toBeLessThan(JSON.stringify(bot.kb.index.search.toJSON()).length);
    // As a worker hands it over.
    const restored = PassageIndex.fromPacked(structuredClone(packed));
    // Scores are sums over the terms met, in the tree's order: equal but for the last bit of a float.
    const hits = (found: typeof restored, words: string[]) => found.find(words).map((h) => ({ id: h.id, score: h.score.toFixed(6) }));
    for (const words of [['isis-k'], ['webbr'], ['gwadar', 'zzzqqq']]) expect(hits(restored, words)).toEqual(hits(bot.kb.index, words));
    // Packed again after those searches (the terms they read, and the others still packed): the same postings.
    expect(postingsByTerm(restored.pack())).toEqual(postingsByTerm(packed));
    // The same terms and postings, all read now (the term tree may list them in another order).
    const byTerm = (json: ReturnType<typeof restored.search.toJSON>) => ({ ...json, index: new Map(json.index) });
    expect(byTerm(restored.search.toJSON())).toEqual(byTerm(bot.kb.index.search.toJSON()));
    expect(new Map(index).size).toBe(terms.length);
  });

  it('refuses postings that do not match the terms', async () => {
    const { PassageIndex } = await import('../../../src/core/search/passageIndex.ts');
    const packed = bot.kb.index.pack();
    expect(() => PassageIndex.fromPacked({ ...packed, postings: packed.postings.subarray(0, packed.postings.length - 1) })).toThrow();
    expect(() => PassageIndex.fromPacked({ ...packed, terms: packed.terms.slice(0, -1) })).toThrow(/exactly its terms/);
    expect(() => PassageIndex.fromPacked({ ...packed, terms: [...packed.terms, 'zzz'] })).toThrow(/exactly its terms/);
  });
});
