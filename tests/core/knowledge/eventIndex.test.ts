/**
 * The event index answers a period, a month of any year and a set of passages
 * with exactly the events a scan of every event would keep, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBriefbotFromArticles } from '../../../src/briefbot.ts';
import { parsePeriod } from '../../../src/core/answers/period.ts';
import { parseArticle } from '../../../src/core/content/load.ts';
import { EventIndex } from '../../../src/core/knowledge/eventIndex.ts';
import { spanOf } from '../../../src/core/knowledge/dates.ts';
import { compareEvents, type DatedEvent } from '../../../src/core/knowledge/events.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/**
 * A date at any precision, from few years, months and days, so that events share dates and periods start
 * and end on them; years of three and four digits, so text order and calendar order differ.
 */
const year = fc.constantFrom(998, 999, 1000, 2023, 2024);
const isoDate = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 3 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 3 }), fc.constantFrom(1, 2, 28, 29, 30, 31)).map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()))}`),
);
/** Chronological events, as a knowledge base keeps them (a stable sort by date). */
const events = fc
  .array(fc.tuple(isoDate, fc.integer({ min: 0, max: 9 })), { maxLength: 120 })
  .map((drawn) => drawn.map(([date, passage], i): DatedEvent => ({ date, ...spanOf(date), text: `event ${i}`, passageId: `a#${passage}`, articleId: 'a' })).sort(compareEvents));
const period = fc.tuple(isoDate, isoDate).map(([a, b]) => {
  const [from, to] = [spanOf(a).start, spanOf(b).end];
  return from <= to ? { from, to } : { from: spanOf(b).start, to: spanOf(a).end };
});

describe('the event index', () => {
  it('finds a period’s events as a scan does: the whole date inside the period', () => {
    fc.assert(
      fc.property(events, period, (all, { from, to }) => {
        expect(new EventIndex(all).inPeriod(from, to)).toEqual(all.filter((e) => e.start >= from && e.end <= to));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a month of any year, a set of passages’ events, and the latest months as a scan does', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 0, max: 11 }).map((n) => `a#${n}`)), (all, month, passages) => {
        const index = new EventIndex(all);
        expect(index.inMonthOfAnyYear(month)).toEqual(all.filter((e) => Number(e.date.slice(5, 7)) === month));
        expect(index.inPassages(passages)).toEqual(all.filter((e) => passages.includes(e.passageId)));
        const months = [...new Set(all.map((e) => e.date.slice(0, 7)).filter((d) => d.length === 7))].reverse().slice(0, 5);
        expect(index.latestMonths(5)).toEqual(months);
      }),
      { numRuns: 300 },
    );
  });
});

describe('/events for a period, on generated articles', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const sentence = fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 0, max: 11 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }), fc.constantFrom('the council met', 'the port reopened', 'talks began', 'a storm hit the coast'));
  const article = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((sentences) =>
    sentences.map(([year, month, day, what]) => `On ${MONTHS[month]} ${day ? `${day}, ` : ''}${year} ${what}.`).join(' '),
  );

  const recentDate = isoDate.map((date) => date.replace(/^\d+/, (y) => String(2014 + (Number(y) % 12))));

  it('lists the events a scan of every event keeps, in chronological order', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), recentDate, recentDate, (bodies, a, b) => {
        const articles = bodies.map((body, i) => parseArticle(`article-${i}.md`, new TextEncoder().encode(`---\ntitle: Article ${i}\npublished: 2024-12-31\n---\n\n${body}\n`)));
        const bot = createBriefbotFromArticles(articles);
        const query = parsePeriod(`${a}..${b}`);
        if (query.type !== 'period') throw new Error(`not a period: ${a}..${b}`);
        const scanned = bot.kb.events.filter((e) => e.start >= query.from && e.end <= query.to);
        const reply = bot.run('events', { period: `${a}..${b}` });
        if (scanned.length === 0) expect(reply.kind).toBe('not_found');
        else expect(reply.events!.map((e) => [e.date, e.text, e.source.articleId])).toEqual(scanned.map((e) => [e.date, e.text, e.articleId]));
        if (scanned.length > 0) answered++;
      }),
      { numRuns: 25 },
    );
    // The generated periods do hold events, often.
    expect(answered).toBeGreaterThan(5);
  });
});
