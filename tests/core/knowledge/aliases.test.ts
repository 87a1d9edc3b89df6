import { describe, expect, it } from 'vitest';
import { longFormFor } from '../../../src/core/knowledge/aliases.ts';
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
