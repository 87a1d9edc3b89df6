import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFamousName } from '../../../src/core/knowledge/famousNames.ts';
import { FAMOUS_NAMES_FILE, famousNamesFromWordNet } from '../../../scripts/famousNames.ts';

describe('names of famous people, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.person instances', () => {
    expect(readFileSync(FAMOUS_NAMES_FILE, 'utf8')).toBe(famousNamesFromWordNet());
  });
  it('holds family names WordNet gives a famous person alone, with their particle, and not names that are also places or words', () => {
    for (const words of [['Gogh'], ['Van', 'Gogh'], ['Obama'], ['Einstein'], ['Modigliani']]) expect(isFamousName(words)).toBe(true);
    for (const words of [['Washington'], ['Lincoln'], ['French'], ['Vincent', 'van', 'Gogh'], ['Table']]) expect(isFamousName(words)).toBe(false);
  });
});
