import { describe, expect, it } from 'vitest';
import { findAliases, longFormFor } from '../../../src/core/knowledge/aliases.ts';
import { fixtureBot, seedBot } from '../../helpers.ts';

describe('abbreviations learnt from "Long Name (ABBR)"', () => {
  it('matches initials, skipping small words and hyphen parts', () => {
    expect(longFormFor('groups such as Tehreek-i-Taliban Pakistan', 'TTP')).toBe('Tehreek-i-Taliban Pakistan');
    expect(longFormFor('a report from the Organisation of the Islamic Cooperation', 'OIC')).toBe('Organisation of the Islamic Cooperation');
  });
  it('matches prefixes of words ("Isis-Khorasan (Isis-K)")', () => {
    expect(longFormFor('its affiliate in Afghanistan, Isis-Khorasan', 'Isis-K')).toBe('Isis-Khorasan');
  });
  it('rejects parentheses that are not abbreviations', () => {
    expect(longFormFor('the strike in Gwadar', 'GP')).toBeUndefined();
  });
  it('finds the pairs in the seed and in an unseen article', () => {
    expect(seedBot().kb.aliases.map((a) => [a.short, a.long])).toEqual(
      expect.arrayContaining([['TTP', 'Tehreek-i-Taliban Pakistan'], ['Isis-K', 'Isis-Khorasan']]),
    );
    expect(fixtureBot().kb.aliases.map((a) => [a.short, a.long])).toEqual([['NSTA', 'North Sea Transmission Authority']]);
  });
});

describe('abbreviations an article uses without defining them', () => {
  const passage = (paragraph: number, text: string) => ({ id: `a#${paragraph}`, articleId: 'a', paragraph, section: '', text, sentenceBounds: [0, text.length] });
  const aliasesOf = (...texts: string[]) => findAliases(texts.map((text, i) => passage(i, text)) as never).map((a) => [a.short, a.long, a.inferred ?? false]);

  it('match the run of capitalised words, written before them, whose initials spell them', () => {
    expect(aliasesOf('Harbor Gas & Power Co. will cut supply to 40,000 homes on Friday.', 'HG&P said the cuts would last two days.')).toEqual([['HG&P', 'Harbor Gas & Power', true]]);
    expect(aliasesOf('The Eastern Rivers Authority met on Monday.', 'The ERA voted to close the dam.')).toEqual([['ERA', 'Eastern Rivers Authority', true]]);
  });
  it('skip small words inside a name, but not around one', () => {
    expect(aliasesOf('The Bank of the Northern Coast raised rates.', 'BNC shares fell.')).toEqual([['BNC', 'Bank of the Northern Coast', true]]);
    expect(aliasesOf('She arrived Tuesday at the Vox, late.', 'TV crews waited.')).toEqual([]);
  });
  it('never take part of a longer name, a date, or a name written only after the abbreviation', () => {
    expect(aliasesOf('The Exploration Upper Stage is late.', 'The US delayed it.')).toEqual([]);
    expect(aliasesOf('The band plays Chicago August 4.', 'CA dates follow.')).toEqual([]);
    expect(aliasesOf('NTA staff walked out.', 'The National Transit Agency said talks would resume.')).toEqual([]);
  });
  it('leave an abbreviation the text defines in parentheses to that definition', () => {
    expect(aliasesOf('The North Sea Transmission Authority (NSTA) approved it.', 'NSTA engineers agreed.')).toEqual([['NSTA', 'North Sea Transmission Authority', false]]);
  });
});
