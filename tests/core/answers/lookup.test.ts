/**
 * /lookup and "Brief me on this": what the articles know among the words of
 * any text. Run on the seed, on the storm article and on the wire stories, so
 * nothing holds for one text only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup, MAX_LOOKUP_CHARS, RESTATEMENT_CHARS } from '../../../src/core/answers/lookup.ts';
import { lookupDictionary, stemOf, wordsOf } from '../../../src/core/knowledge/lookupDictionary.ts';
import { ReplySchema, type Reply } from '../../../src/core/reply.ts';
import { fixtureBot, seedBot, wireBot } from '../../helpers.ts';

const seed = () => seedBot().kb;
const names = (reply: Reply) => reply.labels?.map((label) => label.replace(/ · \w+$/, ''));

/** Every line a lookup shows is words of the passage it cites (a role is a part of a sentence; a long line ends in "…"). */
function linesAreCited(reply: Reply): boolean {
  return reply.summary.every((line, i) => reply.sources[reply.citations![i]!]!.text.includes(line.replace(/ ?…$/, '')));
}

describe('finding what the articles know in a text', () => {
  it('names two people and an abbreviation, each with their role or the sentence that defines it, and its passage', () => {
    const reply = lookup(seed(), 'Did you see what Lodhi said? Webber thinks the TTP is behind it.');
    expect(reply.kind).toBe('lookup');
    expect(reply.title).toBe('In this text: Maleeha Lodhi, Lucas Webber, TTP');
    expect(reply.labels).toEqual(['Maleeha Lodhi · person', 'Lucas Webber · person', 'TTP — Tehreek-i-Taliban Pakistan · organization']);
    expect(reply.summary[0]).toBe('Pakistan’s ambassador to the UK, US, and the United Nations');
    expect(reply.summary[1]).toBe('co-founder and editor of Militant Wire');
    expect(reply.summary[2]).toMatch(/^The activities of Isis .* Tehreek-i-Taliban Pakistan \(TTP\)/);
    expect(reply.citations).toEqual([0, 1, 2]);
    expect(reply.sources[0]!.text).toContain('Maleeha Lodhi');
    expect(linesAreCited(reply)).toBe(true);
    expect(() => ReplySchema.parse(reply)).not.toThrow();
  });

  it('finds full names, surnames, abbreviations, possessives, plurals and names written as people type them', () => {
    const kb = seed();
    for (const text of ['Maleeha Lodhi', 'Lodhi', 'Lodhi’s view', "LODHI'S view", 'maleeha lodhi']) expect(names(lookup(kb, text)), text).toEqual(['Maleeha Lodhi']);
    for (const text of ['Isis-K', 'ISIS K', 'isis-k', 'ISISK', 'Isis-Khorasan', 'Isis-K’s allies']) expect(names(lookup(kb, text)), text).toEqual(['Isis-K — Isis-Khorasan']);
    for (const text of ['TTP', 'the ttp', 'Tehreek-i-Taliban Pakistan’s fighters']) expect(names(lookup(kb, text)), text).toEqual(['TTP — Tehreek-i-Taliban Pakistan']);
    expect(names(lookup(fixtureBot().kb, 'Both Halvorsens were at the NSTA’s meeting'))).toEqual(['Ingrid Halvorsen', 'NSTA — North Sea Transmission Authority']);
    expect(names(lookup(wireBot().kb, 'Vasquez of the NCSC spoke to Oyelaran.'))).toEqual(['Helena Vasquez', 'NCSC — National Cyber Security Centre', 'Marcus Oyelaran']);
  });

  it('leaves ordinary words alone: a one-word name in lower case, a two-letter word, a name split by punctuation', () => {
    const kb = seed();
    expect(names(lookup(kb, 'Smith said so'))).toEqual(['Graeme Smith']);
    expect(lookup(kb, 'the smith said so').kind).toBe('not_found');
    expect(names(lookup(kb, 'Maleeha. Lodhi'))).toEqual(['Maleeha Lodhi']); // "Lodhi" alone, not a name run across a sentence end
    expect(wordsOf('Maleeha. Lodhi')[1]!.joined).toBe(false);
    expect(wordsOf('C. Martinez')[1]!.joined).toBe(true); // the dot of an initial does not split a name
  });

  it('puts the most mentioned first, describes three, and lists the others as also mentioned', () => {
    const reply = lookup(seed(), 'Smith met Valle. Asif and Lodhi spoke, then Webber. Smith again, and Smith’s colleague Valle.');
    expect(names(reply)).toEqual(['Graeme Smith', 'Riccardo Valle', 'Khawaja Muhammad Asif']);
    expect(reply.alsoMentioned).toEqual(['Maleeha Lodhi', 'Lucas Webber']);
    expect(reply.summary).toHaveLength(3);
  });

  it('matches a topic strongly: all the words of a section heading close together, or a tag', () => {
    const reply = lookup(seed(), 'Are Chinese investments endangered by all this?');
    expect(reply.labels).toEqual(['Endangering Chinese Investments · topic']);
    expect(linesAreCited(reply)).toBe(true);
    expect(lookup(seed(), `Chinese officials ${'said many things about other matters entirely '.repeat(5)} investments`).kind).toBe('not_found');
    expect(lookup(fixtureBot().kb, 'How did the grid cope?').labels).toEqual(['grid · topic']);
    expect(stemOf('endangering')).toBe(stemOf('endangered'));
  });

  it('restates what it found in a few words that find the same things again, so a button can carry them', () => {
    const kb = seed();
    const reply = lookup(kb, `${'Background chatter. '.repeat(150)}Did you see what Lodhi said? Webber thinks the TTP is behind it, and Smith agrees.`);
    expect(reply.query).toBe('Lodhi, Webber, TTP, Smith');
    expect(reply.query!.length).toBeLessThanOrEqual(RESTATEMENT_CHARS);
    const again = lookup(kb, reply.query!);
    expect({ ...again, query: undefined }).toEqual({ ...reply, query: undefined });
  });

  it('reads a whole message of 4,000 characters and more, up to its limit', () => {
    const kb = seed();
    const filler = 'Nothing anyone here would call news. ';
    expect(names(lookup(kb, `${filler.repeat(110)}Then Graeme Smith spoke.`))).toEqual(['Graeme Smith']);
    expect(lookup(kb, `${filler.repeat(Math.ceil(MAX_LOOKUP_CHARS / filler.length))}Then Graeme Smith spoke.`).kind).toBe('not_found');
  });

  it('as /lookup, takes a message of any length (Slack’s hold 40,000 characters) and reads its beginning', () => {
    const long = `Lodhi spoke first. ${'Nothing else of note here. '.repeat(1500)}Then Graeme Smith spoke.`;
    expect(long.length).toBeGreaterThan(40_000);
    const reply = seedBot().run('lookup', { text: long });
    expect(reply.title).toBe('In this text: Maleeha Lodhi');
    expect(seedBot().run('lookup', { text: 42 })).toMatchObject({ kind: 'error', summary: [expect.stringMatching(/^Please send plain text\./)] });
  });

  it('answers a text that names nobody with a short note and the most discussed names, never an error', () => {
    const reply = lookup(seed(), 'Anyone up for pizza tonight?');
    expect(reply).toMatchObject({ kind: 'not_found', title: 'No one the articles know is named in that text', sources: [] });
    expect(reply.suggestions).toEqual(['Isis-Khorasan', 'Lucas Webber', 'Graeme Smith', 'Riccardo Valle', 'Maleeha Lodhi']);
    expect(reply.query).toBeUndefined();
    expect(lookup(seed(), '   ').title).toBe('There is no text to look up');
    expect(lookup(seed(), '🔥 👍').title).toBe('There is no text to look up');
  });

  it('never repeats hostile text: the reply is made of the articles’ words', () => {
    const hostile = `@everyone <!channel> <@123456789012345678> **Lodhi** [x](http://evil.example) <script>alert(1)</script> ${'# heading\n'.repeat(400)}`;
    const reply = lookup(seed(), hostile);
    expect(names(reply)).toEqual(['Maleeha Lodhi']);
    expect(JSON.stringify(reply)).not.toMatch(/@everyone|<!channel>|<@123|evil\.example|<script>/);
  });

  it('builds its dictionary once per knowledge base', () => {
    expect(lookupDictionary(seed())).toBe(lookupDictionary(seed()));
  });
});

describe('properties', () => {
  const kb = seed();
  const known = kb.entities.flatMap((e) => [e.name, ...e.aliases]);
  const text = fc.oneof(
    fc.string({ maxLength: 500 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ minLength: 3000, maxLength: 5000 }),
    fc.array(fc.oneof(fc.constantFrom(...known), fc.constantFrom('@everyone', '<!channel>', 'and', '’s', '-', '.', '\n', 'the', 'TTPs', 'lodhi')), { maxLength: 60 }).map((words) => words.join(' ')),
  );

  it('any text gives a reply valid against the schema: a lookup whose lines are cited, or a note', () => {
    fc.assert(
      fc.property(text, (input) => {
        const reply = lookup(kb, input);
        expect(ReplySchema.safeParse(reply).success).toBe(true);
        expect(['lookup', 'not_found']).toContain(reply.kind);
        if (reply.kind === 'lookup') {
          expect(reply.summary.length).toBeGreaterThan(0);
          expect(reply.summary.length).toBeLessThanOrEqual(3);
          expect(reply.labels).toHaveLength(reply.summary.length);
          expect(linesAreCited(reply)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('any list of known names finds each of them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...kb.entities), { minLength: 1, maxLength: 6 }), (entities) => {
        const reply = lookup(kb, entities.map((e) => e.name).join(', '));
        const found = [...(reply.labels ?? []).map((l) => l.replace(/ · \w+$/, '')), ...(reply.alsoMentioned ?? [])];
        for (const entity of entities) expect(found.some((f) => f === entity.name || f.endsWith(`— ${entity.name}`)), entity.name).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
