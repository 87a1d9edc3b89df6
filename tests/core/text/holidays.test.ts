import { describe, expect, it } from 'vitest';
import { datesHere, holidayIn } from '../../../src/core/text/holidays.ts';

describe('the day each holiday falls on', () => {
  it.each([
    ['Easter', 2019, { month: 4, day: 21 }],
    ['Easter Sunday', 2024, { month: 3, day: 31 }],
    ['Good Friday', 2020, { month: 4, day: 10 }],
    ['Easter Monday', 2015, { month: 4, day: 6 }],
    ['Thanksgiving', 2019, { month: 11, day: 28 }],
    ['Black Friday', 2020, { month: 11, day: 27 }],
    ['Cyber Monday', 2019, { month: 12, day: 2 }],
    ['Memorial Day', 2019, { month: 5, day: 27 }],
    ['Labor Day', 2019, { month: 9, day: 2 }],
    ['Mother’s Day', 2019, { month: 5, day: 12 }],
    ['Father’s Day', 2019, { month: 6, day: 16 }],
    ['Christmas Eve', 2019, { month: 12, day: 24 }],
    ['New Year’s Day', 2020, { month: 1, day: 1 }],
    ['the Fourth of July', 2019, { month: 7, day: 4 }],
  ])('%s %i', (name, year, day) => expect(holidayIn(name, year)).toEqual(day));

  it('a bare holiday dates a sentence only after a preposition, and not before a noun it qualifies', () => {
    const at = (sentence: string, name: string) => datesHere(sentence, name, sentence.indexOf(name), sentence.indexOf(name) + name.length);
    expect(at('The store reopens after Thanksgiving.', 'Thanksgiving')).toBe(true);
    expect(at('Thanksgiving travel is up.', 'Thanksgiving')).toBe(false);
    expect(at('They bought gifts for Christmas shoppers.', 'Christmas')).toBe(false);
    expect(at('The parade is on Christmas Day.', 'Christmas Day')).toBe(true);
    // "and" or "or" after it lists another day, and qualifies nothing.
    expect(at('The office closes over Christmas and reopens in January.', 'Christmas')).toBe(true);
    expect(at('The office closes over Christmas or soon after.', 'Christmas')).toBe(true);
  });
});
