import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVerbOnlyWord } from '../../../src/core/knowledge/verbOnlyWords.ts';
import { VERB_ONLY_WORDS_FILE, verbOnlyWordsFromWordNet } from '../../../scripts/verbOnlyWords.ts';

describe('words that are only verbs, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1', () => {
    expect(readFileSync(VERB_ONLY_WORDS_FILE, 'utf8')).toBe(verbOnlyWordsFromWordNet());
  });
  it('holds verbs and their -s forms, and no word that can also be a noun or an adjective', () => {
    for (const word of ['investigate', 'investigates', 'thank', 'appoint', 'appoints', 'achieve']) expect(isVerbOnlyWord(word)).toBe(true);
    for (const word of ['rival', 'former', 'lead', 'head', 'chief', 'help', 'elect', 'Investigate']) expect(isVerbOnlyWord(word)).toBe(false);
  });
});
