import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../src/core/knowledge/givenNames.ts';
import { GIVEN_NAMES_FILE, givenNamesFromDatasets } from '../../../scripts/givenNames.ts';

describe('given names, from the @stdlib and faker name datasets', () => {
  it('the shipped list is exactly what the script makes from the datasets', async () => {
    expect(readFileSync(GIVEN_NAMES_FILE, 'utf8')).toBe(await givenNamesFromDatasets());
  });
  it('holds first names from many countries, with or without their accents', () => {
    for (const name of ['Michael', 'Kamala', 'Bukola', 'Ivana', 'José', 'Jose', 'Margarita']) expect(isGivenName(name)).toBe(true);
  });
  it('leaves out names that are also ordinary words or places, which would open "Real Madrid" as a person', () => {
    for (const word of ['Real', 'Amazon', 'Sierra', 'Santa', 'Kong', 'the', 'Ministry']) expect(isGivenName(word)).toBe(false);
  });
});
