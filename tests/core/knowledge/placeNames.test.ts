import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlaceName } from '../../../src/core/knowledge/placeNames.ts';
import { PLACE_NAMES_FILE, placeNamesFromWordNet } from '../../../scripts/placeNames.ts';

describe('names of places, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.location and noun.object', () => {
    expect(readFileSync(PLACE_NAMES_FILE, 'utf8')).toBe(placeNamesFromWordNet());
  });
  it('holds places that name no one, and leaves out places that are also people’s names or given names', () => {
    for (const name of ['China', 'Beijing', 'San Francisco', 'Gibraltar', 'Caribbean']) expect(isPlaceName(name)).toBe(true);
    for (const name of ['Washington', 'London', 'Houston', 'Georgia', 'Austin', 'Smith']) expect(isPlaceName(name)).toBe(false);
  });
});
