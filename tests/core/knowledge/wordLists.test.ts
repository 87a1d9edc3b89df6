import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasOrganisationHead, isDictionaryWord, isFamousName, isGivenName, isWorldGivenName, isGroupNoun, isKinNoun, isKnownSurname, isMostlyThingNoun, isOrganisationName, isPersonWord, isPlaceName, isVerbOnlyWord } from '../../../src/core/knowledge/wordLists.ts';
import { DICTIONARY_WORDS_FILE, dictionaryWordsFromWordNet } from '../../../scripts/dictionaryWords.ts';
import { FAMOUS_NAMES_FILE, famousNamesFromWordNet } from '../../../scripts/famousNames.ts';
import { GIVEN_NAMES_FILE, givenNamesFromDatasets } from '../../../scripts/givenNames.ts';
import { GROUP_NOUNS_FILE, groupNounsFromWordNet } from '../../../scripts/groupNouns.ts';
import { KIN_NOUNS_FILE, kinNounsFromWordNet } from '../../../scripts/kinNouns.ts';
import { ORGANISATION_NAMES_FILE, organisationNamesFromCompromise } from '../../../scripts/organisationNames.ts';
import { ORGANISATION_NOUNS_FILE, organisationNounsFromWordNet } from '../../../scripts/organisationNouns.ts';
import { MOSTLY_THING_NOUNS_FILE, mostlyThingNounsFromWordNet, PERSON_NOUNS_FILE, personNounsFromWordNet } from '../../../scripts/personNouns.ts';
import { PLACE_NAMES_FILE, placeNamesFromWordNet } from '../../../scripts/placeNames.ts';
import { SURNAMES_FILE, surnamesFromCensus } from '../../../scripts/surnames.ts';
import { WORLD_GIVEN_NAMES_FILE, worldGivenNamesFromDatasets } from '../../../scripts/worldGivenNames.ts';
import { VERB_ONLY_WORDS_FILE, verbOnlyWordsFromWordNet } from '../../../scripts/verbOnlyWords.ts';

describe('given names, from the @stdlib and faker name datasets', () => {
  it('the shipped list is exactly what the script makes from the datasets', async () => {
    expect(readFileSync(GIVEN_NAMES_FILE, 'utf8')).toBe(await givenNamesFromDatasets());
  });
  it('holds first names from many countries, with or without their accents', () => {
    for (const name of ['Michael', 'Kamala', 'Bukola', 'Ivana', 'José', 'Jose', 'Margarita']) expect(isGivenName(name)).toBe(true);
  });
  it('holds the commonest first names of the census even where they are also words: "Donald", "Oscar", "Earnest"', () => {
    for (const name of ['Donald', 'Oscar', 'Lewis', 'Earnest']) expect(isGivenName(name)).toBe(true);
  });
  it('leaves out names that are also ordinary words or places, which would open "Real Madrid" as a person', () => {
    for (const word of ['Real', 'Amazon', 'Sierra', 'Santa', 'Kong', 'the', 'Ministry']) expect(isGivenName(word)).toBe(false);
  });
});

describe('the world’s given names, from birth-register lists', () => {
  it('the shipped list is exactly what the script makes from the lists', () => {
    expect(readFileSync(WORLD_GIVEN_NAMES_FILE, 'utf8')).toBe(worldGivenNamesFromDatasets());
  });
  it('adds first names of every origin the common lists lack', () => {
    for (const name of ['Hrithik', 'Sajid', 'Barack', 'Nawaz']) {
      expect(isGivenName(name)).toBe(false);
      expect(isWorldGivenName(name)).toBe(true);
    }
    expect(isWorldGivenName('Michael')).toBe(true);
  });
  it('leaves out the words, census family names and two-letter names the registers also hold', () => {
    for (const word of ['You', 'Streeter', 'Melville', 'Tinley', 'Uk', 'Street']) expect(isWorldGivenName(word)).toBe(false);
  });
});

describe('the words of a dictionary, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1', () => {
    expect(readFileSync(DICTIONARY_WORDS_FILE, 'utf8')).toBe(dictionaryWordsFromWordNet());
  });
  it('holds ordinary words, in the singular or plural, and the names of places and things', () => {
    for (const word of ['Bang', 'Auditorium', 'Warriors', 'Armies', 'Madrid', 'Kuala', 'Café']) expect(isDictionaryWord(word)).toBe(true);
  });
  it('leaves out the names WordNet gives only people, and the names it does not know', () => {
    for (const word of ['Obama', 'Gomba', 'Obari', 'Chiazo-Eneamor', 'Sawadjaan']) expect(isDictionaryWord(word)).toBe(false);
  });
});

describe('family names, from the 1990 US census', () => {
  it('the shipped list is exactly what the script makes from the census names', () => {
    expect(readFileSync(SURNAMES_FILE, 'utf8')).toBe(surnamesFromCensus());
  });
  it('holds family names from many countries, with or without their accents', () => {
    for (const name of ['Pospisil', 'Szczesny', 'Nguyen', 'Okafor', 'Vasek', 'Núñez']) expect(isKnownSurname(name)).toBe(true);
  });
  it('leaves out names that are also ordinary words, places or things', () => {
    for (const word of ['Police', 'Street', 'Madrid', 'Senate', 'Army', 'Union']) expect(isKnownSurname(word)).toBe(false);
  });
});

describe('words for people, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.person', () => {
    expect(readFileSync(PERSON_NOUNS_FILE, 'utf8')).toBe(personNounsFromWordNet());
  });
  it('holds the words news uses for people, and not proper names or phrases', () => {
    for (const word of ['goalie', 'counsel', 'deportee', 'pundit', 'spokeswoman', 'paediatrician']) expect(isPersonWord(word)).toBe(true);
    for (const word of ['einstein', 'Einstein', 'head_of_state', 'table', 'report']) expect(isPersonWord(word)).toBe(false);
  });
  it('marks those the sense-tagged corpora use mostly for something else, as the shipped list holds them', () => {
    expect(readFileSync(MOSTLY_THING_NOUNS_FILE, 'utf8')).toBe(mostlyThingNounsFromWordNet());
    for (const word of ['date', 'threat', 'planet']) expect(isMostlyThingNoun(word)).toBe(true);
    for (const word of ['officer', 'singer', 'captain', 'champion']) expect(isMostlyThingNoun(word)).toBe(false);
  });
});

describe('names of famous people, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.person instances', () => {
    expect(readFileSync(FAMOUS_NAMES_FILE, 'utf8')).toBe(famousNamesFromWordNet());
  });
  it('holds family names WordNet gives a famous person alone, with their particle, and not names that are also places or words', () => {
    for (const words of [['Gogh'], ['Van', 'Gogh'], ['Obama'], ['Einstein'], ['Modigliani']]) expect(isFamousName(words)).toBe(true);
    for (const words of [['Washington'], ['Lincoln'], ['French'], ['Vincent', 'van', 'Gogh'], ['Table']]) expect(isFamousName(words)).toBe(false);
  });
});

describe('names of places, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.location and noun.object', () => {
    expect(readFileSync(PLACE_NAMES_FILE, 'utf8')).toBe(placeNamesFromWordNet());
  });
  it('holds places that name no one, and leaves out places that are also people’s names or given names', () => {
    for (const name of ['China', 'Beijing', 'San Francisco', 'Gibraltar', 'Caribbean']) expect(isPlaceName(name)).toBe(true);
    for (const name of ['Washington', 'London', 'Houston', 'Georgia', 'Austin', 'Smith']) expect(isPlaceName(name)).toBe(false);
  });
});

describe('kinds of people, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1 noun.person', () => {
    expect(readFileSync(GROUP_NOUNS_FILE, 'utf8')).toBe(groupNounsFromWordNet());
  });
  it('holds nationalities, faiths and parties in the singular and plural, and not given names or anyone’s name', () => {
    for (const word of ['American', 'Americans', 'Muslims', 'Taiwanese', 'Democrats', 'Republican']) expect(isGroupNoun(word)).toBe(true);
    for (const word of ['Christian', 'Grace', 'Michael', 'Luther', 'Smith']) expect(isGroupNoun(word)).toBe(false);
  });
});

describe('words that are only verbs, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1', () => {
    expect(readFileSync(VERB_ONLY_WORDS_FILE, 'utf8')).toBe(verbOnlyWordsFromWordNet());
  });
  it('holds verbs and their -s forms, and no word that can also be a noun or an adjective', () => {
    for (const word of ['investigate', 'investigates', 'thank', 'appoint', 'appoints', 'achieve']) expect(isVerbOnlyWord(word)).toBe(true);
    for (const word of ['rival', 'former', 'lead', 'head', 'chief', 'help', 'elect', 'Investigate']) expect(isVerbOnlyWord(word)).toBe(false);
  });
});

describe('names of companies and organisations, from compromise’s lexicon', () => {
  it('the shipped list is exactly what the script makes from compromise 14', () => {
    expect(readFileSync(ORGANISATION_NAMES_FILE, 'utf8')).toBe(organisationNamesFromCompromise());
  });
  it('holds companies news names alone, and leaves out those that are given or famous people’s names', () => {
    for (const name of ['Microsoft', 'Costco', 'Goldman Sachs', 'Tottenham Hotspur', 'NASA']) expect(isOrganisationName(name)).toBe(true);
    for (const name of ['Ford', 'Dell', 'Disney', 'Smith', 'inc', 'dept']) expect(isOrganisationName(name)).toBe(false);
  });
});

describe('words for relatives and spouses, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1’s synsets under relative.n.01 and spouse.n.01', () => {
    expect(readFileSync(KIN_NOUNS_FILE, 'utf8')).toBe(kinNounsFromWordNet());
  });
  it('holds the family words news writes before a name, and no other words for people', () => {
    for (const word of ['sister', 'son', 'daughter', 'wife', 'husband', 'grandmother', 'stepson', 'cousin', 'nephew']) expect(isKinNoun(word)).toBe(true);
    for (const word of ['private', 'coach', 'friend', 'lawyer', 'minister', 'island']) expect(isKinNoun(word)).toBe(false);
  });
});

describe('kinds of organisation, from WordNet', () => {
  it('the shipped list is exactly what the script makes from WordNet 3.1’s synsets under organization.n.01', () => {
    expect(readFileSync(ORGANISATION_NOUNS_FILE, 'utf8')).toBe(organisationNounsFromWordNet());
  });
  it('tells a description of an organisation by its head, one or two words before a preposition', () => {
    for (const description of ['a Beijing-based think tank', 'an international association for launch sites', 'a coalition of climate groups', 'the brokerage'])
      expect(hasOrganisationHead(description)).toBe(true);
    // Words WordNet also gives people, and heads that are no organisation.
    for (const description of ['a member of the association', 'a longtime ally', 'the city of Leith', 'a tank of water', 'a think piece'])
      expect(hasOrganisationHead(description)).toBe(false);
  });
});
