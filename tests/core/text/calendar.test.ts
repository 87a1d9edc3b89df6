import { describe, expect, it } from 'vitest';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_PREFIXES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, WEEKDAY_PREFIXES } from '../../../src/core/text/calendar.ts';

describe('the calendar words every reader derives its set from', () => {
  it('names twelve months and seven weekdays, as JavaScript dates name them', () => {
    const month = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
    expect(MONTH_NAMES).toEqual(Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2024, m, 1))));
    // 1 January 2024 was a Monday.
    expect(WEEKDAY_NAMES).toEqual(Array.from({ length: 7 }, (_, d) => weekday.format(Date.UTC(2024, 0, 1 + d))));
  });

  it('abbreviates each month and weekday by the start of its name, May not at all', () => {
    for (const short of MONTH_ABBREVIATIONS) expect(MONTH_NAMES.filter((name) => name.startsWith(short))).toHaveLength(1);
    for (const short of WEEKDAY_ABBREVIATIONS) expect(WEEKDAY_NAMES.filter((name) => name.startsWith(short))).toHaveLength(1);
    expect(MONTH_ABBREVIATIONS).not.toContain('May');
    expect(new Set(MONTH_ABBREVIATIONS.map((short) => short.slice(0, 3))).size).toBe(11);
  });

  it('gives the three letters every written form begins with, one per name', () => {
    expect(MONTH_PREFIXES).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(WEEKDAY_PREFIXES).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    for (const short of [...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS]) expect([...MONTH_PREFIXES, ...WEEKDAY_PREFIXES]).toContain(short.slice(0, 3));
  });
});
