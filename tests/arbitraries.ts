/** fast-check generators of replies, including hostile and oversized ones. */
import fc from 'fast-check';
import type { Reply } from '../src/core/reply.ts';

const hostile = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<!channel>', '<@U0123ABC>', '[x](http://evil.example)', '# heading', '**bold** _it_ ~~s~~ `c`', '&amp; <b>', '\u202Eevil'),
  fc.string({ minLength: 3000, maxLength: 12000 }),
);

const source = fc.record({
  text: hostile,
  section: hostile,
  paragraph: fc.integer({ min: 1, max: 99999 }),
  articleTitle: hostile,
  articleId: fc.string({ minLength: 1, maxLength: 40 }),
  url: fc.option(fc.oneof(fc.webUrl(), hostile), { nil: undefined }),
  publisher: fc.option(hostile, { nil: undefined }),
});

export const arbitraryReply: fc.Arbitrary<Reply> = fc
  .record({
    kind: fc.constantFrom('brief', 'who', 'lookup', 'events', 'search', 'sources', 'help', 'not_found', 'error', 'digest'),
    title: hostile.filter((t) => t.length > 0),
    summary: fc.array(hostile, { maxLength: 30 }),
    sources: fc.array(source, { maxLength: 40 }),
    suggestions: fc.option(fc.array(hostile, { maxLength: 8 }), { nil: undefined }),
    events: fc.array(fc.record({ date: fc.constantFrom('2024', '2024-03', '2024-03-18'), text: hostile, source }), { maxLength: 30 }),
    role: fc.option(hostile, { nil: undefined }),
    labels: fc.array(hostile, { maxLength: 6 }),
    alsoMentioned: fc.array(hostile, { maxLength: 15 }),
  })
  .map(({ role, events, labels, alsoMentioned, ...reply }) => ({
    ...reply,
    citations: reply.summary.map((_, i) => (reply.sources.length ? i % reply.sources.length : 0)),
    ...(reply.kind === 'events' || reply.kind === 'digest' ? { events } : {}),
    // A digest groups its lines under headings (article titles, topics): hostile text too.
    ...(reply.kind === 'digest' && labels.length ? { labels: reply.summary.map((_, i) => labels[Math.floor(i / 3) % labels.length]!) } : {}),
    // A lookup heads each line with the name it describes, and lists the other names it found.
    ...(reply.kind === 'lookup' && labels.length ? { labels: reply.summary.map((_, i) => labels[i % labels.length]!), alsoMentioned } : {}),
    ...(reply.kind === 'who' ? { entity: { name: reply.title, kind: 'person' as const, ...(role ? { role } : {}) } } : {}),
  }));

export const arbitraryQuery = hostile;
