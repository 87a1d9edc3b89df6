import { describe, expect, it } from 'vitest';
import { kindOfDescription } from '../../../src/core/knowledge/descriptions.ts';

describe('descriptions are classified by their head noun', () => {
  it.each([
    ['the research director for The Khorasan Diary', 'person'],
    ['co-founder and editor of Militant Wire', 'person'],
    ['a security news and analysis platform based in Islamabad', 'organization'],
    ['an al-Qaeda-linked group aiming to establish a caliphate', 'organization'],
    ['a southeastern city', 'place'],
    ['nations that typically maintained ties', undefined],
    ['a marine biologist at the university', 'person'],
    ['a physician in Suva', 'person'],
    ['a checklist for the board', undefined],
    ['a rare birth defect', undefined],
    ['the regional hospital operator', 'organization'],
    // One capitalised word after "a": a kind of person, a nationality too; a post capitalised after "the".
    ['a Democrat', 'person'],
    ['a Briton', 'person'],
    ['the Prosecution Counsel', 'person'],
  ])('%s -> %s', (description, kind) => expect(kindOfDescription(description)).toBe(kind));
});
