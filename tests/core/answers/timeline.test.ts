import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/answers/period.ts';
import { fixtureBot, seedBot } from '../../helpers.ts';

describe('reading the /events argument', () => {
  it.each([
    ['', { type: 'all' }],
    ['2024', { type: 'period', from: '2024-01-01', to: '2024-12-31', label: '2024' }],
    ['2024-03', { type: 'period', from: '2024-03-01', to: '2024-03-31', label: 'March 2024' }],
    ['March 2024', { type: 'period', from: '2024-03-01', to: '2024-03-31', label: 'March 2024' }],
    ['feb 2024', { type: 'period', from: '2024-02-01', to: '2024-02-29', label: 'February 2024' }],
    ['2024-01..2024-03', { type: 'period', from: '2024-01-01', to: '2024-03-31', label: 'January 2024 to March 2024' }],
    ['January to March 2024', { type: 'period', from: '2024-01-01', to: '2024-03-31', label: 'January 2024 to March 2024' }],
    ['2024-03..2024-01', { type: 'period', from: '2024-01-01', to: '2024-03-31', label: 'January 2024 to March 2024' }],
    ['march', { type: 'month-any-year', month: 3, label: 'March' }],
    ['moscow attack', { type: 'topic', topic: 'moscow attack' }],
    ['2024-13', { type: 'topic', topic: '2024-13' }],
  ])('%j', (text, expected) => expect(parsePeriod(text)).toEqual(expected));
});

describe('/events', () => {
  it('lists every dated event chronologically, each with its passage', () => {
    const reply = seedBot().runLine('/events');
    expect(reply.kind).toBe('events');
    const dates = reply.events!.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2019');
    for (const event of reply.events!) expect(event.source.text).toContain(event.text);
  });

  it('filters by month, year and range', () => {
    expect(seedBot().runLine('/events 2024-03').events!.map((e) => e.date)).toEqual(['2024-03-16', '2024-03-18', '2024-03-21', '2024-03-22', '2024-03-26', '2024-03-27']);
    expect(seedBot().runLine('/events 2024-01..2024-02').events!.map((e) => e.date)).toEqual(['2024-01', '2024-01-03', '2024-01-28']);
    expect(seedBot().runLine('/events 2023').events!.map((e) => e.date)).toEqual(['2023-12', '2023-12']);
  });

  it('filters by topic', () => {
    const reply = seedBot().runLine('/events gwadar');
    expect(reply.events!.map((e) => e.date)).toEqual(['2024-03-21']);
    expect(reply.title).toBe('Timeline: gwadar');
  });

  it('works on an unseen article', () => {
    expect(fixtureBot().runLine('/events February 2023').events!.map((e) => e.date)).toEqual(['2023-02-14', '2023-02-16']);
  });

  it('offers months that have events when a period has none', () => {
    const reply = seedBot().runLine('/events 1999');
    expect(reply).toMatchObject({ kind: 'not_found', title: 'No dated events in 1999' });
    expect(reply.suggestions).toEqual(['2024-03', '2024-01', '2023-12']);
  });
});
