import { describe, expect, it } from 'vitest';
import { PassageIndex, packedTerms, type PackedIndex } from '../../../src/core/search/passageIndex.ts';
import { seedBot } from '../../helpers.ts';

const bot = seedBot();
const findIds = (...phrasings: string[]) => bot.kb.index.find(phrasings).map((h) => h.id);
const textOf = (id: string) => bot.kb.passageById.get(id)!.text;
/** An index of these passages alone, numbered a#1, a#2, … */
const indexOf = (...texts: string[]) => PassageIndex.build(texts.map((text, i) => ({ id: `a#${i + 1}`, text, section: '', names: '' })));

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
    const index = indexOf('The harbor tax rose again.', 'The harbor closed early.', 'Harbor fees and the harbor pilots.', 'A tax on fuel.');
    const ids = index.find(['harbor tax']).map((hit) => hit.id);
    expect(ids[0]).toBe('a#1');
    expect(ids.slice(1).sort()).toEqual(['a#2', 'a#3', 'a#4']);
  });

  it('finds the other forms of a query’s words: "directing" finds "direct", "politics" finds "political"', () => {
    const index = indexOf('She got a chance to direct her favorite show.', 'The political show aired late.', 'The show aired late.');
    expect(index.find(['directing show']).map((hit) => hit.id)[0]).toBe('a#1');
    expect(index.find(['politics show']).map((hit) => hit.id)[0]).toBe('a#2');
  });

  it('finds a short word in its other number: "job cuts" finds "36,000 jobs"', () => {
    const index = indexOf('He was promoted to the top job last year.', 'The company eliminated 36,000 jobs last year.', 'Profits rose.');
    expect(index.find(['job cuts']).map((hit) => hit.id).sort()).toEqual(['a#1', 'a#2']);
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
  function postingsByTerm(packed: PackedIndex): Map<string, number[]> {
    const { postings } = packed;
    const terms = packedTerms(packed);
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
    const packed = bot.kb.index.pack();
    expect(packedTerms(packed).length).toBeGreaterThan(100);
    // Beside the passages and postings, what MiniSearch's own form holds.
    const { edgeText, edgeLengths, shape, postings, documents, shortIds, fieldLengths, ...rest } = packed;
    const { index, documentIds, fieldLength, ...ownRest } = bot.kb.index.search.toJSON();
    expect(rest).toEqual(ownRest);
    expect(documents).toEqual(Object.values(documentIds));
    // Smaller than that form, which keys every posting and passage by its short id as text.
    const bytes = JSON.stringify({ ...rest, documents, edgeText }).length + edgeLengths.byteLength + shape.byteLength + shortIds.byteLength + fieldLengths.byteLength + postings.byteLength;
    expect(bytes).toBeLessThan(JSON.stringify(bot.kb.index.search.toJSON()).length);
    // As a worker hands it over.
    const restored = PassageIndex.fromPacked(structuredClone(packed));
    // The term tree as it was, node for node: prefix and typo-tolerant searches meet the terms in the same order,
    // so scores, summed in that order, are equal to the bit, and so are suggestions.
    const hits = (found: PassageIndex, words: string[]) => found.find(words).map((h) => ({ id: h.id, score: h.score }));
    for (const words of [['isis-k'], ['webbr'], ['gwadar', 'zzzqqq'], ['pakist'], ['talban']]) expect(hits(restored, words)).toEqual(hits(bot.kb.index, words));
    for (const typed of ['talib', 'pakistn', 'secur']) expect(restored.nearTerms(typed)).toEqual(bot.kb.index.nearTerms(typed));
    // Packed again after those searches (the terms they read, and the others still packed): the same tree and postings.
    const again = restored.pack();
    expect(again.edgeText).toBe(edgeText);
    expect(again.edgeLengths).toEqual(edgeLengths);
    expect(again.shape).toEqual(shape);
    expect(postingsByTerm(again)).toEqual(postingsByTerm(packed));
    // The same terms in the same order, with the same postings, all read now.
    expect(restored.search.toJSON()).toEqual(bot.kb.index.search.toJSON());
    expect(index.length).toBe(packedTerms(packed).length);
  });

  it('a restored index, updated, stays what the built one becomes with the same update', async () => {
    const built = seedBot().kb.index;
    const before = built.search.toJSON();
    const restored = PassageIndex.fromPacked(structuredClone(built.pack()));
    const passage = { id: 'extra#1', text: 'Pakistani talibans in Gwadar, a new paragraph about security', section: 'Extra', names: 'Maleeha Lodhi' };
    for (const index of [restored, built]) index.search.add(passage);
    expect(restored.search.toJSON()).toEqual(built.search.toJSON());
    for (const index of [restored, built]) index.search.remove(passage);
    expect(restored.search.toJSON()).toEqual(built.search.toJSON());
    // Back to the terms and postings it had (a passage added takes a new short id for good; a term
    // removed from the tree's node it split leaves that node in another place among its siblings).
    const byTerm = (json: typeof before) => ({ ...json, nextId: 0, index: new Map(json.index) });
    expect(byTerm(restored.search.toJSON())).toEqual(byTerm(before));
  });

  it('refuses postings that do not match the terms', async () => {
    const packed = bot.kb.index.pack();
    expect(() => PassageIndex.fromPacked({ ...packed, postings: packed.postings.subarray(0, packed.postings.length - 1) })).toThrow();
    expect(() => PassageIndex.fromPacked({ ...packed, edgeLengths: packed.edgeLengths.subarray(0, -1) })).toThrow(/exactly its terms/);
    expect(() => PassageIndex.fromPacked({ ...packed, edgeLengths: Uint32Array.from([...packed.edgeLengths, 3]), edgeText: `${packed.edgeText}zzz` })).toThrow(/exactly its terms/);
    expect(() => PassageIndex.fromPacked({ ...packed, edgeText: packed.edgeText.slice(1) })).toThrow(/exactly its terms/);
    expect(() => PassageIndex.fromPacked({ ...packed, shape: packed.shape.subarray(1) })).toThrow(/exactly its terms/);
  });
});
