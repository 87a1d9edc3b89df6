import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPersonWord } from '../../../src/core/knowledge/personNouns.ts';
import { PERSON_NOUNS_FILE, personNounsFromWordNet } from '../../../scripts/personNouns.ts';

describe('words for people, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.person', () => {
    expect(readFileSync(PERSON_NOUNS_FILE, 'utf8')).toBe(personNounsFromWordNet());
  });
  it('holds the words news uses for people, and not proper names or phrases', () => {
    for (const word of ['goalie', 'counsel', 'deportee', 'pundit', 'spokeswoman', 'paediatrician']) expect(isPersonWord(word)).toBe(true);
    for (const word of ['einstein', 'Einstein', 'head_of_state', 'table', 'report']) expect(isPersonWord(word)).toBe(false);
  });
});
