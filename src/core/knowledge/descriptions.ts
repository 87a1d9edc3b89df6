/**
 * What the text says a person or an organisation is, read from the words around its name: the roles
 * ./entities.ts gives the names it finds. Each reader is given a sentence and where a name stands in it,
 * and answers with the description as the text writes it, or with nothing:
 *   apposition     "Riccardo Valle, the research director for The Khorasan Diary, ..."  (readApposition)
 *   leading        "The company’s chief executive, Dana Whitfield, told analysts ..."   (readLeadingDescription)
 *   descriptor     "the marine biologist Aaron Whitlock", "Amazon founder Jeff Bezos"    (describedBefore)
 *   relative       "Maleeha Lodhi to SCMP, who has served as Pakistan’s ambassador ..." (relativeClauses)
 *   copula, post   "Jo Doe is the mayor of Leith", "tapped Sondland as his ambassador"  (readCopulaDescription, readAppointedAs …)
 * kindOfDescription tells whether a description is a person's, an organisation's or a place's.
 */
import { alternatives, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { classOf, firstWordAfter, isBlank, lastIndexOfAny, lastWordBefore, LETTER, NUMBER, opensSentence } from '../text/characters.ts';
import { isStopWord, unique } from '../text/normalize.ts';
import type { WordSet } from '../text/words.ts';
import { isRoleQualifier, LEGAL_SUFFIX, looksLikeOrganisation, looksLikePersonName, looksLikeSurname, mayNamePerson, nameRuns, opensClauseOnly, POST_NOMINALS, subRunOf, withoutHonorifics, type NameRun } from './names.ts';
import { endsHonorificPair, FINAL_DOT, HONORIFIC_OR_TITLE, isConferredTitle, isHonorific, isLegislator, isPersonHead, isPersonNoun, isTitleOfAddress, namesThingsMostly, ORGANISATION_NOUNS, PLACE_NOUNS, TITLES } from './personWords.ts';
import { RunMemo } from './runMemo.ts';
import { SPEECH, SPEECH_FIRST_WORDS, SPEECH_LAST_WORDS, SPEECH_VERB } from './speech.ts';
import { hasOrganisationHead, isGivenName, isGroupNoun, isKinNoun, isPlaceName, isVerbOnlyWord, isWorldGivenName } from './wordLists.ts';

/** What a name names, and what kindOfDescription tells a description describes. */
export type EntityKind = 'person' | 'organization' | 'place';

const RANKING = /^(?:the\s+)?(?:world|women’s|women's|men’s|men's|former|then|current|top-ranked|ranked|\p{Lu}[\p{L}.-]*[’']s)?\s*No\.\s*\d{1,3}$/iu;
// "World number one Justin Rose", "the world number two": a ranking written out, after "world".
const RANKING_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`;
const RANKING_IN_WORDS = new RegExp(String.raw`(?:^|\s)((?:(?:the|former|women’s|women's|men’s|men's)\s+)*world\s+number\s+${RANKING_NUMBER})\s*$`, 'iu');
const IS_RANKING_NUMBER = new RegExp(`^${RANKING_NUMBER}$`, 'i');
// ("Drua’s No.10 Teti Tela": a team's, as a shirt number.)
const RANKING_BEFORE = /(?:\p{Lu}[\p{L}.-]*[’']s\s+)?(?:(?:the|world|women’s|women's|men’s|men's|former|top-ranked|ranked)\s+)*No\.\s*\d{1,3}\s*$/iu;
const NATIVE_OF = /^(?:a|an)\s+(?:(?:lifelong|longtime|proud)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}native(?:\s+of\s+\p{Lu}|$)/u;
// Participles that open a description of an organisation ("…, led by China, …").
const ORGANISATION_PARTICIPLES = /^(?:led|based|founded|headquartered|run|backed|owned|operated|funded|created|established)\b/;
// Words that end the noun phrase carrying the head noun.
const PHRASE_BREAKS = new Set('of for at in on with from based to who which that aiming whose since by as behind'.split(' '));

// A description never carries a finite verb; "the TTP, the Taliban government … has disregarded" is a clause.
// (In lower case but where it opens the phrase: "since May 2019" and "Will Roe’s" hold a month and a name, and "do"
// before a capital is a name's particle, "Observatório do Clima".)
export const FINITE_WORDS = 'is are was were has have had should will would can could may might must did does do'.split(' ');
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const inLowerCase = (word: string) => (word === 'do' ? String.raw`do(?!\s+\p{Lu})` : word);
export const FINITE_VERB = new RegExp(String.raw`(?:^(?:${FINITE_WORDS.map(capitalised).join('|')})|\b(?:${FINITE_WORDS.map(inLowerCase).join('|')}))\b`, 'u');

const ACRONYM = /^\p{Lu}{2,}$/u;

const COUNSEL_FOR = /^(?:prosecuting|defending|mitigating|for\s+the\s+(?:prosecution|defen[cs]e|Crown|[Ss]tate))$/;

/** What a description describes, told by its head noun: a person ("the research director"), an organisation ("a militant group"), a place ("the port city"), or nothing. */
export function kindOfDescription(description: string): EntityKind | undefined {
  if (ORGANISATION_PARTICIPLES.test(description)) return 'organization';
  // "a Leith native", "a native of Leith": where the person is from ("native" alone is more often an adjective);
  // "the world No. 1": a player's ranking.
  if (NATIVE_OF.test(description) || RANKING.test(description) || RANKING_IN_WORDS.exec(description)?.index === 0) return 'person';
  // "Jo Doe BL, prosecuting,", "Al Roe, defending,", "Joanna Korner QC, for the prosecution,": the side a barrister speaks
  // for, as court reports write it.
  if (COUNSEL_FOR.test(description)) return 'person';
  // "one of the founders of Acme", "one of three people arrested": what the group they belong to is.
  const oneOf = /^(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|\p{Lu}[\p{L}.&-]*[’']s\s+)?(?:[\p{Ll}\d][\p{L}’'-]*\s+){0,5}?(\p{Ll}[\p{L}-]*s|[\p{Ll}-]*(?:men|people))\b/u.exec(description);
  if (oneOf) {
    const group = oneOf[1]!;
    return /(?:men|people)$/.test(group) || isPersonHead(group.replace(/ies$/, 'y').replace(/s$/, '')) ? 'person' : undefined;
  }
  let head: EntityKind | undefined;
  const words = description.split(/\s+/);
  for (const [i, rawWord] of words.entries()) {
    // Capitalised words belong to names inside the description ("leader of the Quds Force").
    if (/^\p{Lu}/u.test(rawWord) && head) break;
    const word = rawWord.toLowerCase().replace(/[^\p{L}-]/gu, '');
    const next = words[i + 1];
    // "Department of Health public information officer": "of" inside a name does not end the phrase.
    const insideName = !head && i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && next !== undefined && /^\p{Lu}/u.test(next);
    // ("the WHO chief": an acronym in capitals is a name, not the word it spells.)
    if (PHRASE_BREAKS.has(word) && !insideName && !ACRONYM.test(rawWord)) break;
    if (/^\p{Lu}/u.test(rawWord)) {
      // "the then UK Home Secretary": a title, capitalised as titles are;
      // "Head of Platform Solutions", "Senior Advocate of Nigeria", "CEO & founder": a capitalised head noun;
      // "MP for Leith", "Asawase MP": a member of a parliament.
      if (word.split('-').some((part) => TITLES.has(part) && part.length > 2) || isLegislator(rawWord)) head = 'person';
      else if (word.length > 3 && isPersonNoun(word) && next !== undefined && (next === '&' || PHRASE_BREAKS.has(next.toLowerCase()))) head = 'person';
      // ("External Member", "Senior Partner": after words that say which of several, or how the post is held.)
      else if (word.length > 3 && isPersonNoun(word) && next === undefined && i > 0 && words.slice(0, i).every(isRoleQualifier)) head = 'person';
      // ("the Prosecution Counsel": or after "the" and one capitalised word, as a post is written.)
      else if (word.length > 3 && !/[^s]s$/.test(word) && isPersonNoun(word) && !namesThingsMostly(word) && next === undefined && i === 2 && /^the$/i.test(words[0]!)) head = 'person';
      // "a Democrat", "an American": one capitalised word for a kind of person, after "a";
      // "the committee’s top Republican": a word for a kind of people ending the description, after one in lower case.
      // ("a Briton", "a Kenyan": or for a nationality.)
      else if (i === 1 && words.length === 2 && /^an?$/i.test(words[0]!) && word.length > 3 && (isPersonNoun(word) || isGroupNoun(word))) head = 'person';
      else if (next === undefined && i > 1 && /^\p{Ll}/u.test(words[i - 1]!) && isGroupNoun(word)) head = 'person';
      // ("a 67-year-old Vietnamese American", "a 28-year-old Briton": after "a", an age and kinds of people.)
      else if (next === undefined && i > 1 && /^an?$/i.test(words[0]!) && isGroupNoun(word) && words.slice(1, i).every((w) => AGE_NOUN.test(w) || isGroupNoun(w)) && words.slice(1, i).some((w) => AGE_NOUN.test(w))) head = 'person';
      continue;
    }
    // "a 61-year-old who had five relations on the flight", "the 14-year-old killed in 1955": an age said as a noun ("a
    // 61-year-old nurse" goes on to its noun).
    if (AGE_NOUN.test(rawWord) && (next === undefined || PHRASE_BREAKS.has(next.toLowerCase()) || PARTICIPLE_OR_ADVERB.test(next))) head = 'person';
    // "producer/director": either word names what the person is.
    else if (isPersonNoun(word) || (rawWord.includes('/') && rawWord.toLowerCase().split('/').some((part) => isPersonNoun(part.replace(/[^\p{L}-]/gu, ''))))) head = 'person';
    // "director-general", "attorney-general": a hyphenated title.
    else if (word.includes('-') && word.split('-').some((part) => TITLES.has(part) && part.length > 3)) head = 'person';
    // "the Columbia University historian and authority on New York City": a second noun joined to a person's stays theirs.
    else if (ORGANISATION_NOUNS.has(word) && !(head === 'person' && words[i - 1] === 'and')) head = 'organization';
    else if (PLACE_NOUNS.has(word)) head = 'place';
  }
  return head;
}

/** "29-year-old": an age said as a word, in a pattern other patterns are built on. */
export const AGE_WORD = String.raw`\d{1,3}-year-old`;
const AGE_NOUN = new RegExp(`^${AGE_WORD}$`);
/** "17th-seeded", "top-ranked", "second-placed", "unseeded": where a player stands in a draw, a ranking or a race. */
export const SEEDING_WORD = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|highest|lowest|low|high)-(?:seeded|ranked|placed)|unseeded`;
export const isSeeding = (word: string) => SEEDING.test(word);
const SEEDING = new RegExp(`^(?:${SEEDING_WORD})$`, 'i');
const PARTICIPLE_OR_ADVERB = /^\p{Ll}+(?:ed|ly)$/u;

/** What a description ending in this word describes: a person ("manager", "CEO"), an organisation ("group"), or nothing. */
function kindOfHead(head: string): EntityKind | undefined {
  return isPersonHead(head) || isLegislator(head) ? 'person' : /^\p{Ll}/u.test(head) && ORGANISATION_NOUNS.has(head) ? 'organization' : undefined;
}

// "a second person briefed on the call said": a phrase that ends with a verb of speech is a speaker.
const SPEAKER_AT_END = new RegExp(`\\s(?:${SPEECH})$`, 'i');
// "prosecutors said in a statement", "police told reporters": a plural speaker and its verb of speech open a clause.
const SPEAKER_THEN_HOW = new RegExp(`^(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+s\\s+(?:${SPEECH})\\s+(?:in|on|to|at|during|after|reporters|journalists)\\b`, 'u');

// The party and state news writes after a politician's name, in brackets ("(D-Ohio)") or between commas
// (", R-S.C.,"), as pattern sources: the entity reader gives them to the title, this one reads past them.
export const PARTY_IN_BRACKETS = String.raw`\([DRI]-[\p{L}.\s]{1,12}\)`;
export const PARTY_BETWEEN_COMMAS = String.raw`[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
// "(D-Ohio)", "(pictured)", "(left)": an aside in brackets between a name and its description.
// The honorifics, as written before a name, that the patterns below let stand between a description and the name.
const HONORIFIC_ABBREVIATIONS = 'Dr|Mr|Mrs|Ms|Prof|Revd|Rev|Hon|Rt|Sir|Dame|Lord|Lady';
const ONLY_SPACES_AND_HONORIFICS = new RegExp(String.raw`^(?:\s|(?:${HONORIFIC_ABBREVIATIONS})\.?)*$`);
const BRACKETED_DESCRIPTION = /^\s\(((?:the|a|an)\s[^()]{2,120})\)/;
// ("Abudalatif Balikoowa, alias Kyalimp Muzee Bako (54), a hawker": another name the person goes by, and their age.)
const ALIAS_AFTER_NAME = /^,\s+(?:alias|aka|a\.k\.a\.)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:\s+\(\d{1,3}\))?(?=,)/u;
// ("said Ald. Michael Saville, 6th Ward, a committee member": the ward or district an elected member sits for.)
const WARD_AFTER_NAME = /^,\s+(?:\d{1,2}(?:st|nd|rd|th)\s+(?:Ward|District)|(?:Ward|District)\s+\d{1,2})(?=,)/;
// ("Moses Katende (19), a food vendor": an age in brackets, as court reports give it, too.)
const ASIDE_IN_PARENTHESES = new RegExp(String.raw`^\s+(?:${PARTY_IN_BRACKETS}|\((?:pictured|left|right|centre|center|above|below|inset|top|bottom|\d{1,3})\))`, 'u');

// ("Jimmy Lai, already jailed and denied bail": an adverb of time before a past participle, too.)
const ADVERBS_THEN_VERB = /^(?:(?:\p{Ll}{3,}ly|already|since|once|still|later|now),?\s+(?:and\s+)?){1,3}\p{Ll}{3,}(?:ed|s)\s/u;
// "education officials and parents", "local residents or visitors": bare plurals joined by "and" or "or".
// ("a news and analysis provider": a determiner opens one description; "news" and "analysis" are no plurals.)
// ("curator of carnivores and primates at the zoo": plurals after a preposition are what the one person's post covers.)
const PLURAL_LISTED_ON = /^(?!(?:a|an|the|his|her|their|its|our|my|your)\s)(?:(?!(?:of|for|in|at|on|with|to)\s)\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}+[^siu\s]s\s+(?:and|or)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}+[^siu\s]s\b/u;

// One to four capitalised words: an organisation's or a country's name ("Acme", "Kenya Airways"), or a post written in capitals.
const CAPITALISED_WORDS = String.raw`(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*`;

// A comma or a dash after the name, past an age or a party and state between commas.
const APPOSITION_OPENER = new RegExp(
  String.raw`^(?:\.(?=,))?(?:,\s+\d{1,3},\s+(?=(?:the|a|an)\s|${CAPITALISED_WORDS}[’']s\s|\p{Ll}[\p{L}-]*\s(?!(?:the|a|an|his|her|their|its|him|them|to|that|up|down|out|off)\s))|,\s+${PARTY_BETWEEN_COMMAS},\s+|\s?,\s+|\s+[—–]\s+|\s*—\s*)`,
  'u',
);

/**
 * Whether a description names people in the plural, as the description of one name cannot ("against challenger Chris
 * McDaniel, the faces of establishment Washington and the tea party"); a list's shared one can ("Jo Doe and Al Roe, the
 * founders of Acme,").
 */
export function describesMany(description: string): boolean {
  return /^(?:the|these|those)\s/i.test(description) && hasPluralPersonHead(description);
}
const VERB_AND_TO = /\s(?:appeared|seemed|tried|refused|wanted|declined|agreed|went|came|began|started|continued|managed|failed|decided|promised|threatened|vowed|planned|hoped|attempted|offered|needed)\s+to\s/;
// ("Avrum Grant of Israel, plus two former Chipolopolo coaches": "plus" adds others to a list.)
const PREPOSITION_OPENING = /^(?:before|after|during|since|until|till|by|in(?!\s+charge\b)|on|under|over|amid|despite|with|without|through|throughout|towards?|from|into|onto|upon|via|per|plus)\s/;
const PRONOUN_CLAUSE = /^(?:he|she|it|they|we|i|you)(?:[’'](?:s|re|ll|d|ve|m)\b|\s)/iu;

// "widely regarded as", "considered", "in her role as": what a person is held to be, or serves as, follows.
const REGARDED_AS = /^(?:(?:widely|generally|often|long|once|also|still|universally)\s+)?(?:(?:regarded|seen|viewed|described|hailed|billed|touted|recogni[sz]ed|acknowledged)\s+as|considered(?:\s+to\s+be)?|in\s+(?:his|her|their)\s+(?:role|capacity)\s+as)\s+/;

/** The description after a name set off by a comma or a dash, if it reads like one. */
export function readApposition(sentence: string, nameEnd: number): string | undefined {
  // "Jo Doe, 45, a teacher": the age is not the description; "Sen. Lindsey Graham, R-S.C., chairman of …",
  // "Rep. Jo Doe (D-Ohio), a member of …": nor is the party and state, nor "(pictured)".
  // "James P. Kennedy Jr., the U.S. Attorney": a suffix's period stands before the comma.
  const bracket = sentence.charCodeAt(nameEnd + 1) === 0x28;
  // "Jo Doe (a former carpenter) said": a description in brackets.
  const bracketed = bracket ? BRACKETED_DESCRIPTION.exec(sentence.slice(nameEnd, nameEnd + 160)) : null;
  if (bracketed && !FINITE_VERB.test(bracketed[1]!)) return bracketed[1];
  const aside = bracket ? ASIDE_IN_PARENTHESES.exec(sentence.slice(nameEnd, nameEnd + 24)) : (ALIAS_AFTER_NAME.exec(sentence.slice(nameEnd, nameEnd + 80)) ?? WARD_AFTER_NAME.exec(sentence.slice(nameEnd, nameEnd + 24)));
  // ("Jo Doe BL, prosecuting,", "Al Roe MBE, chairman of …": letters after the name stand before the comma.)
  const from = nameEnd + (aside ? aside[0].length : postNominalsLength(sentence, nameEnd));
  // The opener below needs a comma or a dash after the name (and spaces): most names have a word after them.
  if (!commaOrDashAt(sentence, from)) return undefined;
  const opener = APPOSITION_OPENER.exec(sentence.slice(from));
  if (!opener) return undefined;
  const start = from + opener[0].length;
  const rest = sentence.slice(start);
  // "Jo Doe, widely regarded as the best player of his generation,", "…, in her role as chair of the committee,": what
  // the person is held to be, or serves as.
  const regarded = REGARDED_AS.exec(rest);
  if (regarded) {
    const held = readPhrase(sentence, start + regarded[0].length);
    return kindOfDescription(held) === 'person' && !FINITE_VERB.test(held) && wordCount(held) <= MAX_DESCRIPTION_WORDS ? held : undefined;
  }
  // "…, Pilar Bernabé, told journalists": a verb of speech opens what the person did, not a description.
  if (SPEECH_FIRST_WORDS.has(/^\p{Ll}+/u.exec(rest)?.[0] ?? '')) return undefined;
  // ("I have spoken to Navas, he's an important player": a pronoun opens a clause of its own.)
  if (PRONOUN_CLAUSE.test(rest)) return undefined;
  // ("under Prime Minister Narendra Modi, before the end of the year": a preposition opens when or where, not who.)
  if (PREPOSITION_OPENING.test(rest)) return undefined;
  // "whose father, Jimmy, led the union from 1957 to 1971": a verb in the past and its object say what the person did.
  if (PAST_VERB_AND_OBJECT.test(rest)) return undefined;
  // "President Barack Obama, replacing the billionaire’s jet": a verb in -ing and its object open a clause, not a description.
  if (PARTICIPLE_AND_OBJECT.test(rest)) return undefined;
  // "the research director for Y", "a paediatrician", "WHO’s regional director for Europe", "BBC diplomatic correspondent",
  // "North Korea’s leader".
  const lowerHead = /^(?:(?:the|a|an|its|his|her|their|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:[’']s|s[’']))\s+)?(?:\p{Lu}[\p{L}.&-]*\s+(?:&\s+)?){0,3}\p{Ll}/u.test(rest);
  // "Research and Advocacy Director for the Middle East": a capitalised title, not followed by a name ("President Xi").
  // "Tesla’s CEO": an organisation's possessive before the title.
  // ("Vector Space Systems CEO and a founding member of SpaceX": a second description may follow "and".)
  const title = /^(?:\p{Lu}[\p{L}.&-]*(?:[’']s)?\s+(?:(?:and|&)\s+)?){0,4}?(\p{Lu}[\p{L}.-]*)(?=\s+(?:of|for|at|to|in|on|with)\b|\s+and\s+(?:a|an|the)\s|\s*[,;.]|$)/u.exec(rest)?.[1];
  // "a Democrat,", "an American —": one capitalised word for a kind of person.
  // ("a 67-year-old Vietnamese American": after an age, one or two.)
  const kindOfPerson = /^an?\s+(?:\d{1,3}-year-old\s+(?:\p{Lu}\p{Ll}{3,}\s+)?)?\p{Lu}\p{Ll}{3,}(?=\s*(?:[,;.)—–]|$))/u.test(rest) && kindOfDescription(rest.replace(/\s*[,;.)—–][\s\S]*$/, '')) === 'person';
  if (!lowerHead && !(title && isTitleWord(title)) && !kindOfPerson) return undefined;
  // "Jo Doe – explores the relationship between …": a verb opens a predicate, not a description ("heads the unit" still describes).
  const verb = /^(\p{Ll}+s)\s+(?:the|a|an|his|her|their|its)\s/u.exec(rest)?.[1];
  if (verb && !DESCRIBING_VERB.test(verb) && !isPersonNoun(verb)) return undefined;
  // "His widow, Rafida Ahmed, suffered head injuries", "Winfrey, 60, joined the cast": a verb in the past opens the predicate.
  // ("led by China", "based in Leith" still describe an organisation.)
  const past = ORGANISATION_PARTICIPLES.test(rest) ? null : /^(\p{Ll}+)ed\s+(\p{Ll}+)/u.exec(rest);
  if (past && (DETERMINER.test(past[2]!) || PHRASE_BREAKS.has(past[2]!) || isVerbOnlyWord(past[1]!) || isVerbOnlyWord(`${past[1]}e`))) return undefined;
  // "Tri Rismaharini, comforted relatives and urged them": a verb in the past and its object in the plural are no one person.
  if (past && /(?:[^s]s|men|people)$/.test(past[2]!) && isPersonHead(past[2]!)) return undefined;
  // "Colonel Jo Doe, and Captain Al Roe of the Guard,": the rest of a list, not a description.
  if (/^(?:and|or|but|nor)\s/.test(rest)) return undefined;
  // "Ms Ntombizodwa Mazhandu, allegedly unlawfully revoked bail": adverbs and a verb open what the person did.
  if (ADVERBS_THEN_VERB.test(rest)) return undefined;
  // "opposition leader Wavel Ramkalawan, education officials and parents": people in the plural, listed on, are no description.
  if (PLURAL_LISTED_ON.test(rest)) return undefined;
  // ("Kyagulanyi, his co accused and others at large": nor others added to a list.)
  if (/^[^,;:]*\band\s+others\b/.test(rest)) return undefined;
  // "Critics, including the activist group Ocean Voices, said": examples, not a description of the critics.
  if (/^(?:including|such as|like|among|notably|especially|particularly|mainly|mostly|chiefly)\b/i.test(sentence.slice(start))) return undefined;
  // "David Gee, no relation to Albert Gee,": who the person is not.
  if (/^no\s+relation\b/i.test(sentence.slice(start, start + 12))) return undefined;
  // "an expert in drug use … who did not work on the study": a relative clause saying what the person did not do is about
  // the story, not the description; "a political scientist who studies U.S.-Canada trade" describes what the person is.
  // "a friend who recently switched to a professional account": a bare description says too little alone, so its clause stays.
  // ("Eric Durr, Director of Public Affairs at Acme told Mashable that …", "… Chair of the Association said: “…”": a verb of
  // speech ends a title left without its comma.)
  // ("Lizzo has hired Marty Singer, a popular celebrity lawyer as her attorney for the lawsuit": what the sentence's verb
  // makes the person, after "as" and a pronoun's, is no part of what they are; "a hotelier Trump tapped as his ambassador"
  // keeps its clause's.)
  let description = readPastCoordinateAdjectives(sentence, start)
    .replace(RELATIVE_CLAUSE_AFTER_NOUN, keepDescribingClause)
    .replace(UNCLOSED_BEFORE_SPEECH, '')
    .replace(AS_THEIR_POST, '');
  // "Nakul Nath, the sitting Chhindwara MP and son of … Kamal Nath is contesting the seat": a description left without its
  // closing comma, after the name that opens the sentence, ends at the sentence's verb.
  if (!/\swho\s/.test(description) && isPersonNameAlone(sentence.slice(0, from))) description = description.replace(UNCLOSED_BEFORE_VERB, '$1');
  // "a deal for Trump, a second person briefed on the call said": the phrase is the speaker of the sentence, not the name's description.
  // ("… and Taku Hada, prosecutors said in a statement": a speaker and their verb, with how they said it.)
  const speaks = (SPEECH_LAST_WORDS.has(lastWordBefore(description, 0, description.length, false)) && SPEAKER_AT_END.test(description)) || SPEAKER_THEN_HOW.test(description);
  // ("a man who had lived there for 40 years": a relative clause kept above may have its own verb.)
  const predicate = description.replace(/[“"][^”"]*[”"]/g, '').replace(RELATIVE_CLAUSE, '');
  if (speaks || FINITE_VERB.test(predicate)) return undefined;
  // "Jo Doe, Hawaii Rep. Ann Roe and …": a capitalised phrase ending in a person's name is the next name of a list; so is
  // one opening with a person's name ("Julian Barnes, Kazuo Ishiguro and Zadie Smith to become …", "Lord Justice Gage, Mr
  // Justice Silber and …"), unless it is that person's to own ("Jo Doe, Al Roe’s wife,").
  // ("Jo Doe, Chief Minister’s principal secretary S. Narsing Rao and …": a capitalised title may open the next one too.)
  // ("Bazid Khan, member of Board of Governors Asad Ali Khan, PCB Chief Executive …": or the description of a next name
  // that runs into it with no title between.)
  const nextName = (/^\p{Lu}/u.test(description) && (endsWithPersonName(description) || opensWithPersonName(description))) || opensWithTitledName(description) || namesAfterOrganisation(description);
  if (nextName || namesSubjectOfVerb(description)) return undefined;
  // "Rodgers Mwewa, MP for Mwansabombwe and Mwenya Munkonge, MP for Lukashya": the next name of a list, with a description
  // of its own, is no part of this one's.
  const listedOn = NAME_LISTED_AT_END.exec(description);
  if (listedOn && sentence.startsWith(',', start + description.length) && describesPerson(readApposition(sentence, start + description.length))) description = description.slice(0, listedOn.index);
  // ("Camilla, the New Rules singer appeared to say": a verb and its "to" open a clause.)
  if (VERB_AND_TO.test(description)) return undefined;
  const full = description + organisationContinued(sentence, start + description.length);
  return wordCount(full) <= MAX_DESCRIPTION_WORDS ? full : undefined;
}

const AS_THEIR_POST = /(?<!\p{Ll}ed)\s+as\s+(?:his|her|their|its)\s[\s\S]*$/u;
const NAME_LISTED_AT_END = /\s+and\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u;
const NAME_ALONE = /^[\s“"]*(?:\p{Lu}[\p{L}.’'-]*\s+)+\p{Lu}[\p{L}.’'-]*$/u;
const isPersonNameAlone = (text: string) => NAME_ALONE.test(text) && looksLikePersonName(text.trim().replace(/^[“"]+/, '').split(/\s+/));
const UNCLOSED_BEFORE_VERB = /^(?=(?:the|a|an)\s)((?:(?!\s(?:is|was|has|had|will|would)\s)[\s\S])*?)\s+(?:is|was|has|had|will|would)\s[\s\S]*$/;
// "a tall, soft-spoken engineer", "an exuberantly bearded, Hagrid-like figure": adjectives before the noun, separated by a
// comma, are one description, not a description cut at its first comma.
const ADJECTIVES_BEFORE_COMMA = /^(?:a|an|the)(?:\s+\p{Ll}[\p{Ll}-]*){1,2}$/u;
function readPastCoordinateAdjectives(sentence: string, start: number): string {
  const phrase = readPhrase(sentence, start);
  const comma = start + phrase.length;
  if (sentence[comma] !== ',' || !ADJECTIVES_BEFORE_COMMA.test(phrase) || kindOfDescription(phrase) !== undefined) return phrase;
  const joined = `${phrase}, ${readPhrase(sentence, comma + 1).trim()}`;
  return kindOfDescription(joined) === 'person' ? joined : phrase;
}

/** Whether a phrase opens with a person's name and goes on to the next name of a list, or with an honorific and a name. */
function opensWithPersonName(phrase: string): boolean {
  if (/^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+\p{Lu}/u.test(phrase)) return true;
  const run = nameRuns(phrase)[0];
  // (Followed by the rest of the list: not "Chief Hydrographer of the Geological Survey".)
  // ("…, Mahzyar Ahmadi, Maria Khan on stage": a full name that opens with a given name is the next of a list, whatever follows
  // it, unless it owns what follows: "Jo Doe, Al Roe’s wife,".)
  if (run === undefined || run.start !== 0 || !looksLikePersonName(run.words)) return false;
  const rest = phrase.slice(run.end);
  return /^(?:,\s|\s+and\s)/.test(rest) || (run.words.length > 1 && isGivenName(run.words[0]!) && !/^[’']/.test(rest));
}

// "Jo Doe, guitarist Al Roe and drummer Ben Cole": a title right before a name opens the next person of a list, not a
// description of the name before it ("wife of senator Al Roe" and "President Trump's envoy" still describe).
function opensWithTitledName(phrase: string): boolean {
  // (Most descriptions hold no capitalised word after their first: no name to read.)
  if (!CAPITAL_AFTER_SPACE.test(phrase)) return false;
  const run = nameRuns(phrase).find((candidate) => candidate.start > 0);
  if (!run) return false;
  // ("…, iron-ore CEO Chris Salisbury and …": a capitalised title that opens the run ends the description before it.)
  // ("Acme’s Chief Operating Officer": not a title of several words.)
  const named = run.words.slice(1);
  const titleWords = named.length > 1 && HONORIFIC_OR_TITLE(run.words[0]!) && looksLikePersonName(named) && !named.some((w) => HONORIFIC_OR_TITLE(w) || isPersonNoun(w.toLowerCase())) ? 1 : 0;
  const name = subRunOf(run, phrase, titleWords);
  // ("a 67-year-old Vietnamese American": kinds of people, not a name.)
  if (/^[’']s?\s/.test(phrase.slice(run.end)) || !looksLikePersonName(name.words) || name.words.every(isGroupNoun)) return false;
  const title = descriptionEndingAt(phrase, name.start, NO_COMMON_WORDS);
  return title?.kind === 'person' && title.text === phrase.slice(0, name.start).trim();
}
const NO_COMMON_WORDS: WordSet = new Set();
const CAPITAL_AFTER_SPACE = /\s\p{Lu}/u;

// Longer than this, a phrase after a name is a clause of the sentence rather than a description of the person.
const MAX_DESCRIPTION_WORDS = 25;
// Verbs in the past that are no "-ed" word, as news writes them with an object.
const IRREGULAR_PAST = 'made|took|gave|found|met|saw|heard|told|beat|won|lost|left|sent|brought|sold|hit';
const PAST_VERB_AND_OBJECT = new RegExp(
  String.raw`^(?:\p{Ll}{2,}ed|${IRREGULAR_PAST}|led|ran|held|built|wrote|became|began|kept|paid|spent|struck|taught|threw|drove|bought|fought|caught|oversaw)\s+(?:a|an|the|its|his|her|their|this|that|these|those|it|him|them|us|me|you|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|some|many|both|all|no)\b`,
  'u',
);
// (Not "left", which is also a side: "left back Jo Doe".)
const PAST_BEFORE_OBJECT = new RegExp(`^(?:${IRREGULAR_PAST.replace('|left', '')})$`);
const PARTICIPLE_AND_OBJECT = /^\p{Ll}{2,}ing\s+(?:a|an|the|its|his|her|their|this|that|these|those|him|them|\p{Lu}[\p{L}.&-]*[’']s)\s/u;
const UNCLOSED_BEFORE_SPEECH = /(?<=\p{Lu}[\p{L}.&’'-]*)\s+(?:told|tells|said|says|explained|added|confirmed|confirms)(?::|\s+(?:\p{Lu}|reporters|the|a|an|that))[\s\S]*$/u;
// (At the end of the sentence, without its full stop: "Prof. Al Roe, External Member.")
const isTitleWord = (word: string) => {
  const bare = word.toLowerCase().replace(FINAL_DOT, '');
  return TITLES.has(bare) || isPersonNoun(bare);
};
const keepDescribingClause = (clause: string, at: number, phrase: string) =>
  DESCRIBING_CLAUSE.test(clause) || (BARE_DESCRIPTION.test(phrase.slice(0, at)) && /^\s+who\s/.test(clause))
    ? clause
    : restrictiveClause(clause, phrase.slice(0, at));
// "a local resident who tweeted about the smoke", "a lawyer who served in the Corps and has defended …": a relative
// clause right after its noun, with no comma, says which resident or lawyer, so it is part of a short description, up to a
// second predicate. Not one that makes the description too long to show, nor one that says what the person did not do.
const restrictiveClause = (clause: string, description: string): string => {
  if (!/^\s+who\s/.test(clause) || /\b(?:not|never)\b|n[’']t\b/.test(clause)) return '';
  // ("the 30-year-old foreign minister who won the backing of …": a description of more words says who the person is
  // already; the clause says what they did.)
  if (wordCount(description) > MAX_WORDS_NEEDING_CLAUSE) return '';
  const kept = clause.replace(SECOND_AUXILIARY_PREDICATE, '');
  return wordCount(description) + wordCount(kept) <= MAX_DESCRIPTION_WORDS ? kept : '';
};
const MAX_WORDS_NEEDING_CLAUSE = 3;
const SECOND_AUXILIARY_PREDICATE = /\s+and\s+(?:has|have|had|is|was|are|were)\s[\s\S]*$/;
const wordCount = (text: string) => text.trim().split(/\s+/).length;
// "… who tweeted about the smoke": a relative clause, to the end of the description.
const RELATIVE_CLAUSE = /\s+who\s[\s\S]*$/;
// "the foundation that operates the Freeman Stage where the concert was held": a relative clause after a noun, with a verb
// of its own ("the owner of a store near where the battle unfolded" is no clause after a noun).
const RELATIVE_CLAUSE_AFTER_NOUN = /\s+(?:who|which|whose|(?<!\b(?:near|to|from|of|in|at|by|for|on)\s+)where)\s[\s\S]*$/;
// "a friend", "a 61-year-old", "someone", "one of the organisers": says too little without the clause that follows it.
const BARE_DESCRIPTION = /^(?:(?:a|an)\s+[\p{Ll}\d][\p{Ll}\d-]*|someone|somebody|one\s+of\s+(?:the|its|his|her|their)\s+\p{Ll}+)$/u;

/** Whether the first character at `from` after a dot and spaces is a comma or a dash. */
export function commaOrDashAt(sentence: string, from: number): boolean {
  let at = sentence.charCodeAt(from) === 0x2e ? from + 1 : from;
  while (at < sentence.length && isBlank(sentence, at, at + 1)) at++;
  const code = sentence.charCodeAt(at);
  return code === 0x2c || code === 0x2014 || code === 0x2013;
}

/**
 * "translated by Michael Wells, the philosopher Luis de Miranda weaves a history of …": a phrase in which a
 * person's full name is followed by a verb is a clause about that person, not a description of the one before.
 */
function namesSubjectOfVerb(phrase: string): boolean {
  return nameRuns(phrase).some((run) => isGivenName(run.words[0]!) && looksLikePersonName(run.words) && VERB_WITH_OBJECT.test(phrase.slice(run.end)));
}

// A verb in the present or the past and the start of its object: "weaves a history", "praised the plan".
const VERB_WITH_OBJECT = /^\s+\p{Ll}+(?:s|ed)\s+(?:a|an|the|his|her|their|its|that)\s/u;

/** Whether a phrase ends with a person's name, from a given name or after a title: "Hawaii Rep. Ann Roe". */
function endsWithPersonName(phrase: string): boolean {
  const last = nameRuns(phrase).at(-1);
  // ("his co-stars Robert Downey Jr.": a suffix's period may end it.)
  if (!last || !(phrase.slice(last.end).trim() === '' || (phrase.slice(last.end).trim() === '.' && /^(?:Jr|Sr)$/.test(last.words.at(-1)!)))) return false;
  const words = last.words;
  // "Acme’s Chief Operating Officer": a title's last word ends no one's name ("MacKenzie King" is one).
  if (HONORIFIC_OR_TITLE(words.at(-1)!) && !(words.length > 1 && isGivenName(words.at(-2)!))) return false;
  for (let i = 0; i < words.length - 1; i++) {
    const opensName = isGivenName(words[i]!) || (i > 0 && HONORIFIC_OR_TITLE(words[i - 1]!));
    if (opensName && looksLikePersonName(words.slice(i))) return true;
  }
  return false;
}

/** "member of Board of Governors Asad Ali Khan (and …)": a person's name right after an organisation's, in one run of capitals. */
// ("the Five Star Speaker of the lower house": not a title after a word that is also a given name.)
function namesAfterOrganisation(phrase: string): boolean {
  return nameRuns(phrase).some(({ words }) =>
    words.some((w, i) => i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && !HONORIFIC_OR_TITLE(words[i - 1]!) && isGivenName(w) && looksLikePersonName(words.slice(i)) && !HONORIFIC_OR_TITLE(words.at(-1)!)),
  );
}

// A unit that names someone: "Lieutenant Commander Scott Speicher", "Jo Doe"; not "Asia Pacific" (a family name is no place's).
const isPersonShaped = (unit: string) => endsWithPersonName(unit) && !isPlaceName(unit.split(/\s+/).at(-1)!);
const PLACES_LISTED = /^(?:,\s+\p{Lu}[\p{L}.-]*)*,?\s+and\s+\p{Lu}[\p{L}.-]*(?=\s*(?:[,;.)—–]|$))/u;
const PRESS_RELEASE_UNITS = /^(?:,\s+(?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}-]*){1,3}\.?$/u;

/**
 * The rest of an organisation named at the end of a description, past its comma:
 * "an immunologist at the University of California, San Francisco"; "vice president
 * of the Trade Partnership, a trade-focused consulting firm in Washington".
 */
function organisationContinued(sentence: string, from: number): string {
  if (!/\p{Lu}[\p{L}.&-]*$/u.test(sentence.slice(Math.max(0, from - 40), from))) {
    // A description ending in a word for a person in lower case may go on: its unit and company, or more titles.
    const head = /(\p{Ll}[\p{L}-]*)$/u.exec(sentence.slice(Math.max(0, from - 40), from))?.[1];
    return head && isPersonHead(head) ? unitAfterTitle(sentence, from) || titlesListed(sentence, from) : '';
  }
  const rest = sentence.slice(from);
  // ("Fahd Al-Rasheed, CEO, Emaar Economic City - the Saudi affiliate": a dash may close it too.)
  const place = /^,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?=\s*(?:[,;.)—–]|$)|\s+-\s)/u.exec(rest);
  // ("Group President, Asia Pacific, Hyatt Hotels Corporation": a press release writes the unit, then the company,
  // to the end of the sentence.)
  const units = PRESS_RELEASE_UNITS.exec(rest);
  if (units && !units[0].split(',').some((unit) => isPersonShaped(unit.trim().replace(/\.$/, '')))) return units[0].replace(/\.$/, '');
  // ("Second Deputy Governor, Dr. Benjamin Amoah, Head of Research": the next name of a list, with an honorific, is no place.)
  if (place && !opensWithPersonName(place[0].replace(/^,\s+/, ''))) return place[0];
  // ("the Labour MP for Normanton, Pontefract and Castleford": a seat named for places listed, after "for".)
  const seat = /\sfor\s+\p{Lu}[\p{L}.-]*$/u.test(sentence.slice(Math.max(0, from - 40), from)) ? PLACES_LISTED.exec(rest) : null;
  if (seat && !seat[0].split(/,\s+|\s+and\s+/).some((unit) => isPersonShaped(unit.trim()) || isGivenName(unit.trim()))) return seat[0];
  const described = /^,\s+(?=(?:a|an|the)\s)/.exec(rest);
  if (!described) return '';
  const phrase = readPhrase(sentence, from + described[0].length);
  return (kindOfDescription(phrase) === 'organization' || hasOrganisationHead(phrase)) && phrase.split(/\s+/).length <= 12 ? `, ${phrase}` : '';
}

/**
 * "a psychiatrist, aesthetic doctor and body specialist": more words for what the person is, listed after the first
 * and joined by "and", each a few lower-case words ending in a word for a person.
 */
function titlesListed(sentence: string, from: number): string {
  const list = TITLES_LISTED.exec(sentence.slice(from));
  if (!list) return '';
  const items = list[0].replace(/^,\s+/, '').split(/,\s+(?:and\s+)?|\s+and\s+/);
  const isTitle = (item: string) => {
    const words = item.trim().split(/\s+/);
    return isPersonHead(words.at(-1)!) && words.every((word) => !DETERMINER.test(word) && !PRONOUN_BEFORE_VERB.test(word) && !isVerbOnlyWord(word) && !(VERB_FORM.test(word) && !isPersonHead(word)));
  };
  return items.every(isTitle) ? list[0] : '';
}
const LOWER_WORDS = String.raw`(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*`;
const TITLES_LISTED = new RegExp(String.raw`^,\s+${LOWER_WORDS}(?:,\s+${LOWER_WORDS})*,?\s+and\s+${LOWER_WORDS}(?=\s*(?:[,;.]|$))`, 'u');

/**
 * "division vice president, Retail Sales & Marketing at Acme North America Inc.": the unit and
 * company a title belongs to, written after it as press releases do, up to the end of the sentence.
 */
function unitAfterTitle(sentence: string, from: number): string {
  const unit = /^,\s+((?:\p{Lu}[\p{L}.&-]*|&)(?:\s+(?:\p{Lu}[\p{L}.&-]*|&|of|for|at|the|and))*)\s*[.;)]?$/u.exec(sentence.slice(from));
  if (!unit) return '';
  const words = unit[1]!.replace(/[.;)]$/, '').split(/\s+/);
  const organisation = looksLikeOrganisation(words.map((w) => w.replace(/\.$/, ''))) || words.some((w) => LEGAL_SUFFIX.test(` ${w}`));
  return organisation && !looksLikePersonName(words) ? `, ${words.join(' ')}` : '';
}

// " of Leith", " of the Bronx": where a person is from, between the name and the comma of a description.
const PLACE_AFTER_NAME = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&’'-]*){0,3}(?=,)/u;

/** "Jo Doe of Leith, a retired teacher,", "Sen. Jo Hoyer of Maryland, the top Democrat on …": a person's description past where they are from. */
export function readAppositionPastPlace(sentence: string, nameEnd: number): string | undefined {
  if (!sentence.startsWith(' of ', nameEnd)) return undefined;
  const place = PLACE_AFTER_NAME.exec(sentence.slice(nameEnd, nameEnd + 80));
  const description = place ? readApposition(sentence, nameEnd + place[0].length) : undefined;
  return description && kindOfDescription(description) === 'person' ? description : undefined;
}

/** "… and Al Roe, both nurses at Leith General,": a description the whole list ending with this name shares. */
export function readSharedApposition(sentence: string, run: NameRun): string | undefined {
  // (Only with "both", "all" or "each": "Cheney, members of Congress, distinguished guests" addresses a list.)
  // ("Antoni Comín and Clara Ponsatí, two Puigdemont aides,": or with how many they are.)
  if (!/^,\s+(?:both|all|each|two|three|four|five|six)\s/.test(sentence.slice(run.end, run.end + 8))) return undefined;
  const description = readApposition(sentence, run.end);
  // (What a relative clause says they did is no part of what each of them is: "two Puigdemont aides who fled Spain".)
  return description && hasPluralPersonHead(description) ? description.replace(RELATIVE_CLAUSE_AFTER_NOUN, '') : undefined;
}

/**
 * A description before the name: "The company’s chief executive, Dana Whitfield, told analysts".
 * The name must be set off by commas on both sides (or end the sentence), and the description
 * must read like one: a person's head noun, no verb, a few words.
 */
export function readLeadingDescription(sentence: string, run: NameRun): string | undefined {
  // "As a lung biologist and a colleague of Herbert’s, Andrew Vaughan followed …": the subject, described first.
  // "As mayor, Jo Doe signed", "As Leith's mayor, …": a bare post or an owner's, too.
  const asOpening = opensWithAs(sentence, run.start)
    ? /^\s*[“"]?As\s+((?:(?:a|an|the|its|his|her|their)\s|\p{Lu}[\p{L}.&-]*[’']s\s|(?=\p{Ll}))[^,;:]{3,200}?),\s+$/u.exec(sentence.slice(0, run.start))
    : null;
  if (asOpening && sentence.slice(0, run.start).trim().length > 0) {
    const description = asOpening[1]!.trim().replace(WHEN_AT_END, '');
    // ("As early retiree Jo Doe wrote on his blog Think, Save, Retire": a clause about someone else.)
    const namesAnother = nameRuns(description).some((named) => {
      const next = /^\s+(\p{Ll}+)/u.exec(description.slice(named.end))?.[1];
      return looksLikePersonName(named.words) && next !== undefined && !PHRASE_BREAKS.has(next);
    });
    if (description.split(/\s+/).length <= 16 && !FINITE_VERB.test(description) && !namesAnother && kindOfDescription(description) === 'person') return description;
  }
  // The name is set off on both sides: ", Andy Beshear —", ", Dr. Harold Bornstein,", ", Jo Doe of Leith University,".
  // ("Councillor Jo Doe MBE,": letters after the name, for an honour or a post, stand before the comma too.)
  const end = run.end + (AFFILIATION_BEFORE_COMMA.exec(sentence.slice(run.end, run.end + 120))?.[0].length ?? postNominalsLength(sentence, run.end));
  // ("his second-in-command, Michelle King (who was later named his successor)": an aside in brackets sets it off too.)
  // ("a visit by China's Foreign Minister, Wang Yi where …": or a relative word, as a comma would.)
  const setOff = (setOffAfter(sentence, end) && /^\s*(?:,|$|\.|\s[—–]|—|\s\()/.test(sentence.slice(end))) || CLAUSE_AFTER.test(sentence.slice(end, end + 24));
  const opening = sentence.slice(0, run.start);
  // ("chaired by the Minister of Health, Kwaku Agyeman Manu is intended", "a visit to the Minister of Federal Capital
  // Territory, Mohammed Bello to solicit": nor does a capitalised title after a preposition.)
  // (Not the object of a capitalised title that opens the sentence: "Secretary to the President, Colleen Zamba says".)
  const afterTitle = setOff ? null : TITLE_AFTER_PREPOSITION.exec(opening);
  const titled = afterTitle && !isCapitalisedTitleAlone(opening.slice(0, afterTitle.index)) ? afterTitle[1] : undefined;
  if (titled && titled.split(/\s+/).some((w) => w.length > 3 && TITLES.has(w.toLowerCase())) && kindOfDescription(titled) === 'person') return titled;
  // "Meghan Markle's mum, Doria Ragland is said to be …": a description opening the sentence needs no closing comma.
  if (!setOff && !(OPENING_PHRASE.test(opening) && VERB_AFTER_NAME.test(sentence.slice(end)))) return undefined;
  // "The Mandan, North Dakota, police chief, Jason Ziegler,": a town and its state, set off by commas, open the description.
  const placed = PLACE_OPENED_DESCRIPTION.exec(sentence.slice(Math.max(0, run.start - 160), run.start));
  if (placed && !FINITE_VERB.test(placed[2]!) && kindOfDescription(placed[2]!) === 'person') return placed[1]!.trim();
  // "…an indictment,” Sweden’s deputy prosecutor, Eva Lind, said": the description may follow a quotation's closing comma.
  // ("The bakery’s owner, 52-year-old Jane Roe,": an age may stand before the name.)
  // ("my favorite actor - Heath Ledger,": a dash may set it off too.)
  const before = DESCRIPTION_BEFORE_COMMA.exec(opening) ?? DESCRIPTION_BEFORE_DASH.exec(opening);
  // (Only a title quoted inside the description: "“Thanks to the coach,” Jo Doe said" closes a quotation.)
  const quoted = before?.[2] && /^[^“"]+[“"][^”"]*$/.test(before[1]!.trim()) ? before[2] : '';
  if (before?.[2] && !quoted) return undefined;
  let clause = before && `${before[1]!.trim()}${quoted}`.replace(/^[“”"‘’']+\s*/, '');
  // ("Pretoria – Minister of Health, Joe Phaahla": a dateline, or anything a spaced dash sets off, is no part of it.)
  if (clause) clause = clause.slice(lastSpacedDashEnd(clause));
  if (!clause) return undefined;
  // The description may close a longer clause: "they were told the newest 2020 hopeful, Deval Patrick,";
  // or be a title of its own: "Senate Leader, Ahmad Lawan", "President of the Senate, Bukola Saraki".
  const openings = [
    ...[...clause.matchAll(/(?:^|\s)(?=(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|whose|\p{Lu}[\p{L}.-]*(?:[’']s|s[’']))\s)/gu)].map((m) => m.index),
    // "brother of heir to the British throne, Charles": the noun phrase after "of" stands on its own.
    // ("the fight was stopped by local Koroba MP, Phillip Undialu,": or after "by", the agent; not after "for", "nominee for
    // governor", nor "to", "to thank our Secretary".)
    ...[...clause.matchAll(/\b(?:of|by)\s+(?=\p{Ll})/gu)].map((m) => m.index + m[0].length),
    // "his associates, including former Attorney General, Jean Alain Rodriguez": an example's description after "including".
    ...[...clause.matchAll(/\b(?:including|such\s+as|among\s+them)\s+(?=\p{L})/gu)].map((m) => m.index + m[0].length),
    // "Mick Lynch said Secretary of State for Transport, Grant Shapps,", "our Secretary of Defense, Bill Cohen", "groups that
    // Minister of Health, Dr Jo Doe, met": a capitalised title after a verb of saying, "and", "our", "that", "met" or "with"
    // (not after "as": "promoted to Cabinet as Minister for Pacific Peoples, Jo Doe" is another person's post).
    ...[...clause.matchAll(/(?<=\b(?:said|says|told|added|and|our|that|met|with)\s+)(\p{Lu}\p{Ll}{3,})\s/gu)].filter((m) => TITLES.has(m[1]!.toLowerCase())).map((m) => m.index),
  ].sort((a, b) => a - b);
  if (/^\p{Lu}/u.test(clause)) openings.unshift(0);
  // "Ben Roe’s mother": a possessive opening takes the whole name it ends.
  for (let i = 0; i < openings.length; i++) openings[i] = nameStartBefore(clause, openings[i]!);
  // ("James Hoffa, whose father, Jimmy, led the union": the relation alone describes the name.)
  const beforeFullName = looksLikePersonName(run.words);
  const valid = [...new Set(openings)].map((at) => ({ at, text: clause.slice(at).trim().replace(/^whose\s+/, '') })).filter(({ at, text }) => isLeadingDescription(text, at, beforeFullName));
  const [longest] = valid;
  if (!longest) return undefined;
  // "an immunologist at the University of California, San Francisco,": a description that ends
  // inside a name goes on past the comma; only a person's name after it is the one described.
  const last = /\p{Lu}[\p{L}.-]*$/u.exec(clause)?.[0];
  // ("the national government delegate in Valencia, Pilar Bernabé,": after a place the description ends with, a full
  // name no place list knows is a person's too.)
  // ("the MP for Tamale South, Haruna Iddrisu": a place's name of up to three words.)
  // ("Counsel for the DPP, Kos Lesses": or an organisation's, after "the".)
  const placeAtEnd = /\s(?:in|of|from|for)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}$/u.test(clause);
  const named = withoutHonorifics(run, sentence);
  // ("the Archbishop of York, Dr Sentamu,": an honorific says the name after it is a person's.)
  const honoured = named.words.length < run.words.length || isHonorific(/(\S+)\s+$/.exec(sentence.slice(Math.max(0, run.start - 12), run.start))?.[1] ?? '');
  const personAfter = isGivenName(named.words[0]!) || honoured || (placeAtEnd && looksLikePersonName(named.words) && !isPlaceName(named.text));
  if (last && !HONORIFIC_OR_TITLE(last) && !isPersonNoun(last.toLowerCase()) && !personAfter) return undefined;
  // "the younger brother of the heir to the throne, Charles", "charges at the court against Sudan’s president, Omar
  // al-Bashir": the name stands beside the nearest noun phrase after a preposition; "the man who kidnapped the child,
  // Michael Webb" is the man.
  // ("Department of Health’s national spokesperson": not a preposition inside an organisation's name.)
  // ("One of the defendants": nor the "of" after a word for how many.)
  // ("Secretary to the President, Colleen Zamba says": not after a capitalised title opening the sentence, which the
  // name stands for whole.)
  const titleOpens = longest.at === 0 && before!.index === 0 && /^\p{Lu}/u.test(clause) && !/^(?:The|A|An)\s/.test(clause);
  const nearer = titleOpens
    ? undefined
    : valid.find((v) => v.at > longest.at && PREPOSITION_AT_END.test(clause.slice(longest.at, v.at)) && !PREPOSITION_IN_NAME.test(clause.slice(longest.at, v.at)) && !PART_OF.test(clause.slice(longest.at, v.at)) && !servesFor(clause.slice(longest.at, v.at)));
  const chosen = nearer ?? longest;
  // "said Julian Moore, General Manager, Nam Nghi Phu Quoc": a capitalised title right after a person's name and a
  // comma is theirs, and what follows it is where they work.
  if (chosen.at === 0 && /^\p{Lu}/u.test(clause) && sentence.charCodeAt(before!.index) === 0x2c && endsWithPersonName(sentence.slice(0, before!.index))) return undefined;
  // (Without its closing comma, only a description that is all the opening phrase: "Now a retired UPS worker, Hartsell
  // has", not "If they had a credible fourth outfielder on the roster, Danny Espinosa would".)
  if (!setOff && !/^(?:|now|then|once|still|also|\p{L}+ly)$/iu.test(clause.slice(0, chosen.at).trim())) return undefined;
  // ("In a letter to the president in May, Zippy Duvall, the president of …, said": a noun phrase inside the sentence's
  // opening adverbial is whom the letter went to; a name that is described after it is the subject.)
  if (chosen.at > 0 && sentence.slice(0, before!.index).trim() === '' && ADVERBIAL_OPENING.test(clause) && describesPerson(readApposition(sentence, end))) return undefined;
  const description = chosen.text;
  // ("Soon after “the chief factor of the company at Victoria, Mr. Dallas": a quotation left open is no description.)
  if ((description.match(/["“”]/g)?.length ?? 0) % 2 === 1) return undefined;
  return description.startsWith('its ') ? withOwnerNamed(description, opening) : description;
}

// ("the lead counsel for the petitioner, Tsatsu Tsikata", "a spokesman for the family, Jo Doe": whom a person works for is
// not who the name is.)
const servesFor = (phrase: string) => /\sfor\s*$/.test(phrase) && kindOfDescription(phrase.replace(/\s+for\s*$/, '')) === 'person';
const PART_OF = /^(?:one|another|some|each|either|neither|many|most|several|two|three|four|five|six)\s+of\s*$/i;
const PREPOSITION_IN_NAME = /\p{Lu}[\p{L}.&-]*\s+(?:of|for)\s*$/u;

// One phrase and its comma from the sentence's start to the name; the verb the name is then the subject of.
// ("Minister of Health, Dr Joe Phaahla will", "Chairman of the District Council, Councillor Jo Doe,": an honorific, or a title
// the person is addressed by, may open the name.)
// ("the Bishop of Dover, the Rt Revd Trevor Willmott,": a clergyman's style, with its article.)
const CALLED_BY = String.raw`(?:the\s+(?=(?:Rt|Right|Most|Very)\s))?(?:(?:${HONORIFIC_ABBREVIATIONS}|Right|Most|Very|Councillor|Councilor|Cllr|Cr|Coun|Professor|Senator|Sen|Judge|Justice|Insp|Sgt|Supt|Det|Cpl|Capt|Lt|Col|Maj|Gen|Alhaji|Alhaja|Sheikh)\.?\s+)*`;
// ("Earlier, the prosecution counsel, Mary Adebayo said": after a one-word opener too.)
const OPENING_PHRASE = new RegExp(String.raw`^[\s“"]*(?:\p{Lu}\p{Ll}+,\s+)?[^,;:]{3,80},\s+${CALLED_BY}$`, 'u');
/** Where the text after the last dash (or slash or bar, "Shafaq News / ") with spaces around it starts, or 0. */
function lastSpacedDashEnd(text: string): number {
  const dash = /\s[—–\-/|]\s+(?!.*\s[—–\-/|]\s)/u.exec(text);
  return dash ? dash.index + dash[0].length : 0;
}
// "by the Minister of Health, ", "to the Minister of Federal Capital Territory, ": a capitalised title after a preposition,
// with its object, and the comma before the name.
const TITLE_AFTER_PREPOSITION = /\b(?:by|to|with|from|for)\s+(the\s+(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}[\p{L}.&’'-]*(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}[\p{L}.&’'-]*)?),\s+$/u;
/** "Secretary", "Deputy Chief Secretary": up to three capitalised words, the last a title, and nothing else. */
function isCapitalisedTitleAlone(text: string): boolean {
  const words = text.replace(/^[\s“"]+/, '').trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && TITLES.has(words.at(-1)!.toLowerCase());
}
// ("Deputy Speaker of the Iraqi parliament, Bashir Al-Haddad expressed": or any verb in the past.)
const VERB_AFTER_NAME = /^\s+(?:is|was|has|had|have|will|would|said|says|did|\p{Ll}{3,}ed)\s/u;
// ("another striker, Montenegro's Stevan Jovetic,": where the person is from may stand before the name.)
const OWNER_BEFORE_NAME = String.raw`(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}[’']s\s+)?`;
// ("the Japanese director of “Shoplifters,” Hirokazu Kore-eda,": the comma may stand inside a title's closing quotation mark.)
const DESCRIPTION_BEFORE_COMMA = new RegExp(String.raw`(?:^|[,;:][”"’]?\s+)([^,;:]{3,400}?),([”"])?\s+(?:\d{1,3}-year-old\s+)?${OWNER_BEFORE_NAME}${CALLED_BY}$`, 'u');
const DESCRIPTION_BEFORE_DASH = new RegExp(String.raw`(?:^|[,;:][”"’]?\s+)([^,;:—–]{3,400}?)\s+[-—–]\s+(?:(?:${HONORIFIC_ABBREVIATIONS})\.?\s+)*$`);

// A town or a state as datelines and AP style write them: one to three capitalised words.
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}`;
const PLACE_OPENED_DESCRIPTION = new RegExp(String.raw`(?:^|\s)((?:[Tt]he|[Aa]n?)\s+${PLACE_WORDS},\s+${PLACE_WORDS},\s+(\p{Ll}[^,;:]{2,60}?)),\s+$`, 'u');

// The verb after a sentence's subject, past what it is, set off by commas.
const SUBJECT_VERB_AFTER = /^(?:,\s[^,]{3,80},)?\s+(?:has|have|had|is|was|will|said|says|\p{Ll}{3,}ed)\s/u;

/**
 * "research cited by its president, Richard Fisher": "its president (Federal Reserve Bank of Dallas)", the
 * organisation the sentence named last before the description, when its words say it is one; else the sentence's
 * subject, when it is no person's name ("Acme said its chief executive").
 */
function withOwnerNamed(description: string, before: string): string {
  const runs = nameRuns(before.slice(0, before.lastIndexOf(description)));
  const owner = [...runs].reverse().find((r) => r.words.length > 1 && looksLikeOrganisation(r.words));
  // ("PKN Orlen, Poland's largest oil refiner, has suspended its president": or the subject the sentence opens with, when
  // no person's name.)
  // ("[SINGAPORE] OCBC has announced": past a dateline in brackets.)
  const opening = /^[\s“"]*(?:\[[^\]]{1,30}\]\s*)?/.exec(before)![0].length;
  const first = runs.find((r) => r.start >= opening);
  const opens = first !== undefined && first.start === opening && SUBJECT_VERB_AFTER.test(before.slice(first.end));
  const subject = opens && !looksLikePersonName(first.words) && !isStopWord(first.text.toLowerCase()) ? first : undefined;
  const named = owner ?? subject;
  return named ? `${description} (${named.text})` : description;
}

const PREPOSITION_AT_END = /\b(?:of|against|at|to|for|from|with|by|on|in|between|among|after|before|following|alongside|beside)\s*$/;

const POSTNOMINALS = new RegExp(String.raw`^\s+(?:(?:${[...POST_NOMINALS].join('|')})\s*)+(?=[,—–])`);
/** How long the letters after a name that a comma or a dash closes are ("Jo Doe MBE,", "Jo Doe BL,"), from `at`; 0 for none. */
function postNominalsLength(sentence: string, at: number): number {
  return POSTNOMINALS.exec(sentence.slice(at, at + 24))?.[0].length ?? 0;
}
// "of Leith University" between a name and the comma that closes it.
const AFFILIATION_BEFORE_COMMA = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}.&’'-]*)*(?=\s*,)/u;

/** Where the capitalised words ending with a possessive at `at` start ("Ben Roe’s" from "Roe’s"). */
function nameStartBefore(clause: string, at: number): number {
  if (!/^\s*\p{Lu}[\p{L}.-]*[’']s\s/u.test(clause.slice(at))) return at;
  const before = /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){1,3})$/u.exec(clause.slice(0, at).replace(/\s+$/, ' '));
  return before ? at - before[1]!.length - (clause.slice(0, at).length - clause.slice(0, at).replace(/\s+$/, ' ').length) : at;
}

/** Whether the sentence opens, before `end`, with "As" and a space (after spaces and a quotation mark). */
function opensWithAs(sentence: string, end: number): boolean {
  let at = 0;
  while (at < end && isBlank(sentence, at, at + 1)) at++;
  if (sentence[at] === '“' || sentence[at] === '"') at++;
  return at + 2 < end && sentence[at] === 'A' && sentence[at + 1] === 's' && isBlank(sentence, at + 2, at + 3);
}

// What sets a description before a name off after it, as a comma would: a relative word ("Wang Yi where …"), or another verb
// of the sentence's subject after "and" or "but" ("the Grade One Magistrate, Esther Nahilya and applied for bail").
const CLAUSE_AFTER = /^\s+(?:who|where|whose|(?:and|but)\s+\p{Ll}{2,}ed)\s/u;

/** Whether a comma, a full stop, a dash, an opening bracket or the sentence's end follows the spaces after `from`. */
function setOffAfter(sentence: string, from: number): boolean {
  let at = from;
  while (at < sentence.length && isBlank(sentence, at, at + 1)) at++;
  const code = sentence.charCodeAt(at);
  return at === sentence.length || code === 0x2c || code === 0x2e || code === 0x2014 || code === 0x2013 || code === 0x28;
}

// ("the man who kidnapped the child, Jo Doe," is the man: a relative clause's verb is inside the description.)
const VERB_BEFORE_OBJECT = new RegExp(String.raw`(?<!\b(?:who|that|which))\s(?:\p{Ll}{3,}ed|${IRREGULAR_PAST}|chose)\s+(?:a|an|the|its|his|her|their|our|my)\s`, 'u');

const JOINED_PHRASE = /^(.+?)\s+and\s+(?:the|a|an|his|her|their|its|our|my)\s/;

const COMPASS_POINT = /^(?:North|South|East|West)$/;

/** Whether a phrase before a name set off by commas describes the person. */
function isLeadingDescription(description: string, at: number, beforeFullName: boolean): boolean {
  // "Acme said its chief executive, Jo Doe,": a clause with a verb, not a description.
  // ("The reporter who wrote the story, Jo Doe,": a verb inside the description's relative clause is the clause's.)
  const main = description.replace(RELATIVE_CLAUSE, '');
  if (description.split(/\s+/).length > 10 || FINITE_VERB.test(main) || SPEECH_VERB.test(main)) return false;
  // "The board hired a new coach, Jo Doe,": a verb and its object are a clause; "a new coach" describes her.
  if (VERB_BEFORE_OBJECT.test(description)) return false;
  // ("after she took an afternoon nap and her son, Ronald, …": a thing and another noun phrase joined by "and"; the person
  // is the second's.)
  const joined = JOINED_PHRASE.exec(description);
  if (joined && kindOfDescription(joined[1]!) !== 'person') return false;
  // "a meeting between Mr. Trump and his Chinese counterpart": a phrase that names someone else is not the description.
  // A given name counts only with a capitalised word after it ("Senator representing Yobe North" names no one).
  const words = description.split(/\s+/);
  // (Whose the person is, "Ben Roe’s mother", still describes them.)
  // ("North East Derbyshire District Council": a point of the compass opens a place's name, though "North" is a given name.)
  const namesSomeone = (w: string, i: number) => /^\p{Lu}/u.test(w) && isGivenName(w) && !COMPASS_POINT.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '') && !(i === 0 && /^\p{Lu}[\p{L}-]*[’']s$/u.test(words[1] ?? ''));
  if (words.some((w, i) => isHonorific(w) || namesSomeone(w, i))) return false;
  // ("US Ambassador to Ireland": a country's letters in capitals are no pronoun.)
  const first = description.split(/\s+/)[0]!;
  if (at === 0 && NOT_IN_DESCRIPTION.test(first) && !ACRONYM.test(first)) return false;
  // A capitalised opening is a description only when it holds a title ("Senate Leader") or ends in a word for a person in
  // lower case ("Grammy-nominated US songstress"), not any name ("Fort Worth").
  if (at === 0 && /^\p{Lu}/u.test(description) && !/^(?:the|a|an|another|its|their|his|her|one\s+of)\s/i.test(description) && !/(?:[’']s|s[’'])\s/.test(description)) {
    const head = words.at(-1)!;
    // (Only capitalised words before that head, and a full name after it: not "Two weeks later his wife", "CBS DFW reports
    // the man …", nor "Go forward, America".)
    const modifiers = words.slice(0, -1);
    const personHead =
      beforeFullName && words.length > 1 && words.length <= 4 && /^\p{Ll}+$/u.test(head) && isPersonNoun(head) && modifiers.every((w) => /^\p{Lu}/u.test(w)) && !isVerbOnlyWord(modifiers[0]!.toLowerCase());
    // ("Counsel for the DPP": or a word for a person opens it, before its object.)
    const postOf = words.length > 2 && /^(?:of|for|to|at)$/.test(words[1]!) && isPersonNoun(words[0]!.toLowerCase()) && !namesThingsMostly(words[0]!.toLowerCase());
    if (!personHead && !postOf && !description.split(/[\s-]+/).some((w) => TITLES.has(w.toLowerCase().replace(FINAL_DOT, '')) && w.length > 3)) return false;
  }
  return kindOfDescription(description) === 'person';
}

/** Whether a capitalised word opening the sentence modifies the head in lower case after it ("Labor journalist"). */
function modifiesLowerCaseHead(word: string, head: string): boolean {
  return /^\p{Ll}/u.test(head) && !/ly$/i.test(word) && !NOT_IN_DESCRIPTION.test(word.toLowerCase()) && !opensClauseOnly(word) && !isVerbOnlyWord(word.toLowerCase());
}

const MONTH_WORDS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
const TOLD_BEFORE = /\b(?:told|tells|telling|asked|informed|assured|reminded|warned)\s+$/;
const SURNAME_THEN_VERB = /^\p{Lu}[\p{L}’'-]+\s+\p{Ll}/u;
const MODAL = /^(?:will|would|can|could|should|shall|may|might|must|did|does|do)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her)$/i;
const REGION_BEFORE_NATIONALITY = /^(?:North|South|East|West|Central|Latin)$/;

// Lower-case words that qualify a title: "former President", "deputy press secretary".
// The unit a capitalised title heads, written before it in lower case: "school board President", "school police Chief".
// Two nouns joined by a hyphen, in lower case: "iron-ore", "real-estate".
const NOUN_COMPOUND = /^\p{Ll}{3,}-\p{Ll}{3,}$/u;
const TITLE_UNITS = new Set('board school police city county state district campus fire town village tribal'.split(' '));
/**
 * How a post is held, or when: lower-case words a title keeps before it whether written in lower case ("former president") or
 * capitalised ("former President", "Bahrain’s long-serving Prime Minister"), as ./entities.ts reads the capitalised one.
 * (A champion's too, "defending champion Novak Djokovic"; and one of several, "fellow Chieftain Matt Molloy".)
 */
export const HOLDING_WORDS = (
  'former then acting interim outgoing incoming late retired current deputy incumbent defending reigning ' +
  'long-serving longest-serving long-time longtime embattled disgraced fellow'
).split(' ');
const TITLE_QUALIFIERS = new Set([
  ...HOLDING_WORDS,
  ...('senior junior chief principal executive assistant asst associate assoc vice lead top running starting managing general founding ' +
    'ranking leading presiding visiting ' +
    // (A post held outside any party: "newly independent Senator Lidia Thorpe".)
    'independent ' +
    // (Where the person is in their career or post: "returning star Marcos Ambrose", "sitting judge Jo Doe".)
    'returning rising emerging aspiring departing retiring sitting serving').split(' '),
]);
// "20-time Grand Slam winner", "six-term Mississippi Sen.", "two-time champion": how many times the title was won or held.
export const TIMES_HELD_WORD = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple)-(?:time|term)`;
const TIMES_HELD = new RegExp(`^${TIMES_HELD_WORD}$`, 'i');
// ("second-placed Hellen Obiri", "17th-seeded Spaniard": a placing or a seeding, too; "29-year-old British prodigy": an age.)
const isTitleQualifier = (word: string) => TITLE_QUALIFIERS.has(word) || TIMES_HELD.test(word) || SEEDING.test(word) || AGE_NOUN.test(word);
// "last year's", "this season's", "2014's": the time a title was held, owning it.
const TIME_OWNED = /^(?:year|season|week|month|weekend|summer|winter|spring|autumn|fall)[’']s$/;
const YEAR_OWNED = /^\d{4}[’']s$/;
// A distance or an event's number, in metres or not: "1500", "110", "100m", "10,000m".
const EVENT_NUMBER = /^(?:\d{2,5}|\d{1,2},\d{3})m?$/;
// Verb forms that end a description read backwards: "defeating President", "re-elected Governor".
const VERB_FORM = /^(?:\p{Ll}[\p{Ll}-]*(?:ed|ing)|could|would|should|will|can|may|might|must|see|saw|beat|kill|meet|met|join|face|call|named|hired|fired|elected|include|includes)$/u;
// Lower-case words that end a description read backwards from a name: verbs, conjunctions and prepositions.
const NOT_IN_DESCRIPTION = new RegExp(
  '^(?:and|or|but|nor|yet|so|is|are|was|were|be|been|being|has|have|had|not|than|then|also|when|after|before|while|if|whether|because|' +
    'it|it’s|it\'s|he|she|they|we|i|you|him|them|us|me|' +
    'although|though|where|why|how|what|including|like|about|into|over|under|against|between|through|during|without|within|among|upon|' +
    // ("alongside Rebels captain Jo Doe": a preposition before a capitalised modifier, too.)
    'alongside|beside|besides|behind|toward|towards|around|across|beyond|via|amid|amidst|despite|unlike|onto|throughout|until|versus|vs|' +
    `${SPEECH})$`,
  'i',
);

/**
 * A description right before the name, with no comma: "the activist group Ocean
 * Voices", "the marine biologist Aaron Whitlock", "talent manager Scooter Braun",
 * "Amazon founder Jeff Bezos", "Chinese vice-premier Liu He". Its last word is
 * the head noun; before it may stand a few lower-case modifiers, the capitalised
 * organisation or country it belongs to, and a determiner. Only an organisation
 * needs the determiner: "group Ocean Voices" alone reads as a list.
 */
function readDescriptionBefore(sentence: string, run: NameRun, commonWords: WordSet): { text: string; kind: EntityKind } | undefined {
  const described = descriptionEndingAt(sentence, run.start, commonWords);
  if (!described) return undefined;
  // "ruined my kid’s Christmas", "her father’s Ford": a person's possessive right before a name says whose it is.
  if (described.kind === 'person' && /[’']s$/.test(described.text)) return undefined;
  // ("The 48-year-old Australian": an age before a kind of people describes whom it refers to, not a name.)
  if (AGE_NOUN.test(described.text.split(/\s+/).at(-1)!) && run.words.length === 1 && isGroupNoun(run.text)) return undefined;
  // "a millionaire Labour donor", "the veteran Tory MP": one capitalised word before a word for a person modifies it.
  const next = run.words.length === 1 ? /^\s+([\p{L}-]+)/u.exec(sentence.slice(run.end))?.[1] : undefined;
  if (next && ((/^\p{Ll}/u.test(next) && isPersonNoun(next)) || (/^\p{Lu}+$/u.test(next) && TITLES.has(next.toLowerCase())))) return undefined;
  // "Sondland, a wealthy hotelier Trump tapped as his ambassador": the description stands in apposition to
  // the name before it, and this name is the subject of a clause about that one.
  const opening = sentence.lastIndexOf(described.text, run.start);
  const appositionBefore = /^(?:a|an|the)\s/i.test(described.text) && /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(sentence.slice(0, opening));
  // "Wells, the philosopher Luis de Miranda weaves a history of …": a verb with its object makes this name the
  // subject of the sentence, and the description its own.
  if (appositionBefore && /^\s+\p{Ll}/u.test(sentence.slice(run.end)) && !VERB_WITH_OBJECT.test(sentence.slice(run.end))) return undefined;
  return described;
}

const descriptionMemo = new RunMemo(readDescriptionBefore);

export function describedBefore(sentence: string, run: NameRun, commonWords: WordSet): ReturnType<typeof readDescriptionBefore> {
  return descriptionMemo.of(sentence, run, commonWords);
}

// A word for someone's relation to another: "teammate", "stablemate", "colleague", "wife".
const RELATION = /^(?:\p{Ll}+mate|colleague|partner|wife|husband|brother|sister|son|daughter|father|mother)$/u;

// "her four-year-old daughter ": a pronoun's relation before a name, which makes the name someone's relation itself.
const OWNED_BEFORE = /\b(?:his|her|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/iu;

// Any personal pronoun: words before a sentence's subject that hold one may say who "his" is.
const PRONOUN_WORD = /\b(?:he|she|they|his|her|their|him|them|i|we|you)\b/i;
// "Upon entering, she sat": a pronoun the sentence's first clause has for its subject.
const SUBJECT_PRONOUN = /^[^,;:]*?,?\s*\b(he|she)\s+(?:\p{Ll}+(?:ed|s)|sat|stood|went|came|took|made|gave|met|told|said|spoke|thanked)\b/iu;

/**
 * "Jo Doe and his postdoc Bo Vale": the pronoun of the description is the person named just before "and", "Jo Doe’s postdoc";
 * "he and his wife Kali", "His lawyer, Bo Vale,", the one person the sentence before named; "its incumbent head", the
 * organisation named before; "Jo Doe and teammate Bo Vale", a relation alone, the person before "and".
 */
export function ownedDescription(sentence: string, description: string, run: NameRun, runs: NameRun[], previousRuns: NameRun[]): string {
  // ("The Bank of Thailand is set for a new governor after its incumbent head Jo Doe decided …": the organisation before.)
  if (description.startsWith('its ')) return withOwnerNamed(description, sentence.slice(0, run.start));
  const pronoun = /^(?:his|her|their)\s+/i.exec(description);
  const opening = sentence.lastIndexOf(description, run.start);
  // ("ahead of Lowndes and teammate Jamie Whincup": a relation alone, after a name and "and", is that person's.)
  if (!pronoun && RELATION.test(description)) {
    // (Not a name itself someone's relation: "her daughter Lynnolive Jemutai and husband Jacob Yator" are both hers.)
    const owner = runs.find((r) => r.end <= opening && /^\s+and\s+$/.test(sentence.slice(r.end, opening)) && !OWNED_BEFORE.test(sentence.slice(Math.max(0, r.start - 40), r.start)));
    return owner && mayNamePerson(owner) ? `${owner.text}’s ${description}` : description;
  }
  if (!pronoun) return description;
  const owner = runs.find((r) => r.end <= opening && /^\s+(?:and|with)\s+$/.test(sentence.slice(r.end, opening)));
  if (owner && mayNamePerson(owner)) return `${owner.text}’s ${description.slice(pronoun[0].length)}`;
  // "Li Ka-shing, the city's richest man, put his son Victor in charge": the person the sentence opens with, where no one
  // else is named before the description.
  const named = runs.filter((r) => r.end <= opening && looksLikePersonName(r.words));
  const subject = named[0];
  // ("The petitioner, Martin Gitau through his lawyer Adrian Kamotho": after words of no name or pronoun too.)
  if (subject && named.length === 1 && runs.every((r) => r.start >= subject.start || isStopWord(r.text.toLowerCase())) && !PRONOUN_WORD.test(sentence.slice(0, subject.start))) return `${subject.text}’s ${description.slice(pronoun[0].length)}`;
  // "he and his wife": only a pronoun that matches "his" or "her", and no one named in between.
  // ("she sat … alongside her close aide, Jo Doe": or the sentence's subject pronoun; "His lawyer, Jo Doe, said": or a
  // description that opens the sentence.)
  const spoken = (/(?:^|[\s,“"])(he|she)\s+(?:and|with)\s+$/i.exec(sentence.slice(0, opening)) ?? SUBJECT_PRONOUN.exec(sentence.slice(0, opening)))?.[1]?.toLowerCase();
  // (Not "their", which may stand for several: "Their lawyer, Jo Doe, told the court the two …".)
  const opensSentence = /^[\s“"]*$/.test(sentence.slice(0, opening)) && !/^their\s/i.test(description);
  const matches = (spoken && (spoken === 'he') === (pronoun[0].trim().toLowerCase() === 'his')) || opensSentence;
  if (!matches || named.length > 0) return description;
  // Read only here, where a pronoun needs it: most sentences have none.
  const before = previousRuns.filter((r) => looksLikePersonName(r.words));
  return before.length === 1 ? `${before[0]!.text}’s ${description.slice(pronoun[0].length)}` : description;
}

/** `/^[\p{L}\p{N}]$/u` of one UTF-16 unit (half a surrogate pair is neither). */
function isLetterOrDigitUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return !isSurrogate(code) && (classOf(code) & (LETTER | NUMBER)) !== 0;
}

/** `/^[\p{L}\p{N}.&’'-]$/u` of one UTF-16 unit. */
function isWordUnit(code: number): boolean {
  return code === 0x2e || code === 0x26 || code === 0x2019 || code === 0x27 || code === 0x2d || isLetterOrDigitUnit(code);
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * Whether the text before a name (`sentence.slice(from, end)`) surely ends in no description, told from
 * its last word alone, as descriptionEndingAt would tell it after reading every word (most names have
 * none): the text is empty or ends in something other than a word and spaces, or in a word that is not a head.
 * Anything it is not sure of (an honorific, a letter outside the BMP) is left to the full reading.
 */
function endsWithoutHead(sentence: string, from: number, end: number): boolean {
  // The text without the spaces that end it (as trimEnd()).
  let last = end;
  while (last > from && isBlank(sentence, last - 1, last)) last--;
  let wordStart = last;
  while (wordStart > from && isWordUnit(sentence.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart > from && isSurrogate(sentence.charCodeAt(wordStart - 1))) return false;
  // Punctuation after the last word: nothing but spaces (and honorifics) may stand between a description and the name.
  // Nothing at all (a name opening the sentence): no word to read.
  if (wordStart === last) return true;
  let at = wordStart;
  while (at < last && !isLetterOrDigitUnit(sentence.charCodeAt(at))) at++;
  if (at === last) return false;
  const word = sentence.slice(at, last);
  if (isHonorific(word) || isTitleOfAddress(word)) return false;
  // ("chairman Datuk Wira Md Yunos Husin": the second word of a conferred title of two.)
  const wordBefore = /(\S+)\s+$/.exec(sentence.slice(Math.max(from, wordStart - 12), wordStart))?.[1];
  if (wordBefore !== undefined && endsHonorificPair([wordBefore, word], 1)) return false;
  // "No. 1": a ranking, read in full by descriptionEndingAt.
  if (/^\d{1,3}$/.test(word) && /No\.\s*$/.test(sentence.slice(Math.max(from, wordStart - 5), wordStart))) return false;
  if (/^No\.\d{1,3}$/.test(word)) return false;
  // ("world number one": a ranking written out.)
  if (/\bnumber\s+$/i.test(sentence.slice(Math.max(from, wordStart - 7), wordStart))) return false;
  if (kindOfHead(word.replace(/[’']s$/, '')) !== undefined || AGE_NOUN.test(word) || SEEDING.test(word)) return false;
  // ("President elect": read in full by descriptionEndingAt.)
  if (word === 'elect' && wordBefore !== undefined && isPersonHead(wordBefore)) return false;
  // "chief of staff": a title of two nouns, read in full by descriptionEndingAt.
  const ofBefore = TITLE_AND_PREPOSITION_BEFORE.exec(sentence.slice(Math.max(from, wordStart - 28), wordStart));
  return !(ofBefore && isNounAfterOf(word) && isTitleBeforeOf(ofBefore[1]!));
}

// Two capitalised words: a full name, not "the gallant General acted".
const FULL_NAME_AFTER = /^\p{Lu}[\p{L}.’'-]*\s+\p{Lu}/u;
const PRONOUN_BEFORE_VERB = /^(?:who|which|he|she|they|we|i|you)$/i;

// Words shaped as adjectives are ("powerful", "ruling"): no object of a title, but a name's modifier after it.
const ADJECTIVE_SHAPED = /(?:ful|ous|ive|less|able|ible|ic|ical|ish|ed|ing)$/;
// ("minister in the presidency", "head of the department", "director of public affairs": the title's preposition, and its
// object's article or one word that qualifies it.)
const TITLE_AND_PREPOSITION_BEFORE = /(\p{Ll}+)\s+(?:of|in|at|for)\s+(?:the\s+|\p{Ll}{3,}\s+)?$/u;
// "chief of staff", not "the governor of any Territory": the noun a two-noun title ends with.
const NOT_NOUN_AFTER_OF = /^(?:both|either|neither|any|every|each|all|most|some|many|few|several|our|your|my|two|three|four|five|six|seven|eight|nine|ten)$/;
const isTitleBeforeOf = (word: string) => TITLES.has(word.toLowerCase()) || word === 'head';
const isNounAfterOf = (word: string) => /^\p{Ll}{3,}$/u.test(word) && !isStopWord(word) && !NOT_NOUN_AFTER_OF.test(word);

/** "British", "Ghana", "ex-Chelsea": what may stand before "and" in an affiliation, as no person's name does. */
const isJoinedAffiliation = (word: string) => isGroupNoun(word) || isPlaceName(word) || FORMER_TEAM.test(word);
const FORMER_TEAM = /^(?:ex|former)-\p{Lu}/u;

/**
 * The description that ends right where a name begins, read backwards: a head
 * noun or title, lower-case modifiers, titles joined by "and" ("WeWork founder
 * and former CEO"), the capitalised organisation or country it belongs to, and
 * a determiner.
 */
export function descriptionEndingAt(sentence: string, end: number, commonWords: WordSet): { text: string; kind: EntityKind } | undefined {
  if (endsWithoutHead(sentence, Math.max(0, end - 160), end)) return undefined;
  const before = sentence.slice(Math.max(0, end - 160), end);
  // ("Olympic 10,000m bronze medallist": a comma between digits is inside a word.)
  const words = [...before.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}.&’'-]|,(?=\d{3}))*/gu)];
  // "CNN's chief medical correspondent Dr. Sanjay Gupta": the honorific belongs to the name, not the description.
  // ("first lady Jill Biden", "First Lady Jill Biden": after "first", "lady" is the title itself.)
  // ("chairman Datuk Wira Md Yunos Husin": a conferred title, of one word or two, too.)
  let conferred: number | undefined;
  for (;;) {
    const [previous, lastWord] = [words.at(-2)?.[0], words.at(-1)?.[0]];
    if (words.length > 2 && endsHonorificPair([previous!, lastWord!], 1)) conferred = words.splice(-2)[0]!.index;
    else if (words.length > 1 && isHonorific(lastWord!) && !/^first$/i.test(previous!)) {
      const honorific = words.pop()!;
      if (isConferredTitle(honorific[0])) conferred = honorific.index;
    } else break;
  }
  const calledBy = titleAfterLowerCaseHead(before, words) ? words.pop() : undefined;
  const last = words.at(-1);
  // Only spaces between the head noun and the name.
  if (!last || !ONLY_SPACES_AND_HONORIFICS.test(before.slice(last.index + last[0].length, calledBy?.index ?? conferred))) return undefined;
  // "World No. 1 Rafael Nadal", "World number one Justin Rose": a ranking before the name.
  const inWords = IS_RANKING_NUMBER.test(last[0]) ? RANKING_IN_WORDS.exec(before)?.[1] : undefined;
  if (inWords) return { text: inWords, kind: 'person' };
  if ((/^\d{1,3}$/.test(last[0]) && words.length > 1 && words.at(-2)![0] === 'No.') || /^No\.\d{1,3}$/.test(last[0])) {
    const ranking = RANKING_BEFORE.exec(before)?.[0].trim();
    return ranking ? { text: ranking, kind: 'person' } : undefined;
  }
  // "17th-seeded Pablo Carreno Busta", "top-ranked Novak Djokovic", "unseeded Danielle Collins": a seeding or a ranking.
  // ("the sixth-seeded Greek", "the second-seeded Rockets": after a determiner, the capitalised word is the noun it qualifies.)
  if (SEEDING.test(last[0])) return words.length > 1 && DETERMINER.test(words.at(-2)![0]) ? undefined : { text: last[0], kind: 'person' };
  // "On President’s Day, Jo Doe called": a possessive before a name says whose, not what it is.
  if (/[’']s$/.test(last[0]) && /^\p{Lu}/u.test(last[0]) && isPersonHead(last[0].replace(/[’']s$/, ''))) return undefined;
  // ("President elect William Ruto": "elect" after a title, unhyphenated, is the title's.)
  const elect = last[0] === 'elect' && words.length > 1 && isPersonHead(words.at(-2)![0]);
  const head = elect ? words.at(-2)![0] : last[0].replace(/[’']s$/, '');
  // "That would help Trump’s farmers": after a modal the word is a verb, whatever else WordNet files it as.
  if (words.length > 1 && MODAL.test(words.at(-2)![0]) && /^\s+$/.test(before.slice(words.at(-2)!.index + words.at(-2)![0].length, last.index))) return undefined;
  // "White House chief of staff Mick Mulvaney", "deputy chief of mission Jo Doe": a title of two nouns joined by "of".
  const compound = kindOfHead(head) === undefined && isNounAfterOf(head) && words.length > 2 && words.at(-2)![0] === 'of' && isTitleBeforeOf(words.at(-3)![0]);
  // ("minister in the presidency Collins Chabane", "the head of the department Jo Doe": the title's object, with its article.)
  // (Not an adjective of a name after it: "the head of the powerful Rail, Tram and Bus Union".)
  // ("group executive of corporate relations Simone Niven", "director of public affairs Jo Doe": or one word that qualifies it.)
  // (A field in the plural names no one, though WordNet files "relations" as kin.)
  const qualifiedObject = words.length > 3 && /^\p{Ll}{3,}$/u.test(words.at(-2)![0]) && !isStopWord(words.at(-2)![0]) && words.at(-3)![0] === 'of' && (kindOfHead(head) === undefined || /\p{Ll}s$/u.test(head));
  const objectOf =
    !compound &&
    isNounAfterOf(head) &&
    !ADJECTIVE_SHAPED.test(head) &&
    words.length > 3 &&
    ((words.at(-2)![0] === 'the' && /^(?:of|in|at|for)$/.test(words.at(-3)![0])) || qualifiedObject) &&
    isTitleBeforeOf(words.at(-4)![0]);
  const headAt = compound ? words.length - 3 : objectOf ? words.length - 4 : elect ? words.length - 2 : words.length - 1;
  // ("the killing of 17-year-old Trayvon Martin": an age said as a noun is what the text says the person is.)
  const kind = compound || objectOf || AGE_NOUN.test(head) ? 'person' : kindOfHead(head);
  if (!kind) return undefined;
  // Lower-case words come before the head, never between capitalised affiliation words and it; before a
  // capitalised title only the words that qualify a title ("former President", not "defeating President").
  const titleHead = /^\p{Lu}/u.test(head);
  let first = headAt;
  let determiner = false;
  let modifiers = 0;
  let capitals = 0;
  // Whether the capitalised words read so far end in an organisation's word ("Agency", "Department").
  let organisation = false;
  // Whether a qualifier stands before the capitalised words.
  let qualified = false;
  // Where a lower-case title joined by "and" to the capitalised one stands ("Premier’s secretary and Bentleigh MP").
  let joinedAt: number | undefined;
  for (let i = headAt - 1; i >= 0; i--) {
    const word = words[i]![0];
    // Anything but spaces between words (a comma, a quote) ends the description, but for the brackets around an
    // organisation's acronym: "Agence France-Presse (AFP) photographer".
    const gap = before.slice(words[i]!.index + word.length, words[i + 1]!.index).trim();
    // ("comedian/writer Jo Doe": two titles joined by a slash are one.)
    const slashJoined = gap === '/' && capitals === 0 && isPersonHead(word) && isPersonHead(words[i + 1]![0]);
    if (gap !== '' && !slashJoined && !acronymInBrackets(before, words, gap === ')' ? i : i + 1, gap)) break;
    // "Washington State Department of Health public information officer": small words inside the organisation's name.
    if (capitals > 0 && /^(?:of|for|the)$/.test(word) && i > 0 && /^\p{Lu}/u.test(words[i - 1]![0])) continue;
    // "National Search and Rescue Agency chief": "and" inside the capitalised affiliation (not "Jo Doe and Acme chief").
    if (capitals > 0 && /^(?:and|&)$/.test(word) && joinsAffiliation(words, i, organisation)) continue;
    // (A former team is written in lower case before its hyphen, and counts as the capitalised words do.)
    if (capitals > 0 && FORMER_TEAM.test(word)) {
      capitals++;
      first = i;
      continue;
    }
    // "will feature members Jo Doe": the word after a modal is a verb, not a modifier.
    if (MODAL.test(word)) {
      if (first === i + 1 && first < words.length - 1) first++;
      break;
    }
    if (DETERMINER.test(word)) {
      first = i;
      determiner = true;
      break;
    }
    if (/^\p{Lu}/u.test(word)) {
      // ("Moscow, 19 Mar Turkmenistan's president-elect": a month after its day is the dateline's, no affiliation.)
      if (i > 0 && MONTH_WORDS.has(word.replace(FINAL_DOT, '')) && /^\d{1,2}$/.test(words[i - 1]![0])) break;
      // "When President Trump": a word capitalised only because it opens the sentence is no affiliation.
      const atSentenceStart = before.slice(0, words[i]!.index).trim() === '' && end - before.length <= 0;
      // ("Chief constable Glen Mayhew", "Former President Trump": a qualifier opening the sentence is the description's;
      // so is any word right before a head in lower case, "Labor journalist Alex Press", unless it only opens a clause.)
      // ("Board Clerk Don Klein said": so is a kind of organisation right before a capitalised title, whatever the text
      // writes in lower case elsewhere.)
      const ofOrganisation = titleHead && i === headAt - 1 && hasOrganisationHead(word.toLowerCase());
      if (atSentenceStart && capitals === 0 && (isTitleQualifier(word.toLowerCase()) || (i === headAt - 1 && modifiesLowerCaseHead(word, head)) || ofOrganisation)) {
        first = i;
        break;
      }
      if (capitals === 6 || isHonorific(word) || (atSentenceStart && (commonWords.has(word.toLowerCase()) || NOT_IN_DESCRIPTION.test(word) || isVerbOnlyWord(word.toLowerCase())))) break;
      // ("the former British prime minister", "senior North American economist": a nationality nearest the head is an
      // adjective, not the organisation the person works for, so the words before it are read on.)
      // (Not one ending an organisation's name: "University of Miami tropical weather expert".)
      const endsName = i > 0 && /^(?:of|for|and|&)$/.test(words[i - 1]![0]);
      if (capitals === 0 && modifiers < 4 && !endsName && (isGroupNoun(word) || (REGION_BEFORE_NATIONALITY.test(word) && i + 1 < headAt && isGroupNoun(words[i + 1]![0])))) {
        modifiers++;
        first = i;
        continue;
      }
      // ("Veracruz state Attorney General": a capitalised title of several words is the head, not the affiliation.)
      if (titleHead && capitals === 0 && modifiers === 0 && first === i + 1 && TITLES.has(word.toLowerCase())) {
        first = i;
        continue;
      }
      capitals++;
      organisation ||= ORGANISATION_NOUNS.has(word.toLowerCase());
      first = i;
      continue;
    }
    // "founder and former CEO": titles joined by "and" are one description.
    // ("Premier’s secretary and Bentleigh MP": a lower-case title before "and" joins the capitalised one after it too.)
    // ("fired Founder and CEO Sam Altman", "OpenAI Chief Scientist and board member Ilya Sutskever": a word for a person,
    // capitalised as a post is, before "and" too.)
    const joinsTitles =
      /^(?:and|&)$/.test(word) &&
      i > 0 &&
      (isPersonHead(words[i - 1]![0]) || (isCapitalisedPersonNoun(words[i - 1]![0]) && !endsName(words, i - 1))) &&
      (capitals === 0 || /^\p{Ll}/u.test(words[i - 1]![0]));
    if (joinsTitles) {
      // (The title before "and" may have its own affiliation: "Premier’s".)
      if (capitals > 0) joinedAt = i;
      capitals = 0;
      organisation = false;
      continue;
    }
    // ("EFF’s acting Gauteng provincial chairperson", "former Leith council leader": a word that qualifies a title may stand
    // before the capitalised affiliation too.)
    // ("anti-establishment 5-Star Movement (M5S) leader": a capitalised name may open with a number.)
    if (capitals > 0 && /^\d+-\p{Lu}/u.test(word)) {
      capitals++;
      first = i;
      continue;
    }
    // ("far-right Freedom Party leader", "anti-migrant Euroskeptic League leader": or with a party's stance, before its name.)
    if (capitals > 0 && modifiers < 4 && (isTitleQualifier(word) || STANCE.test(word)) && !qualified) {
      qualified = true;
      modifiers++;
      first = i;
      continue;
    }
    // "last year's US Open champion Marin Cilic", "2014's winner Jo Doe": when the title was held opens the description.
    if (TIME_OWNED.test(word) && /^(?:last|this|next)$/i.test(wordRightBefore(words, i, before) ?? '')) {
      first = i - 1;
      break;
    }
    if (YEAR_OWNED.test(word)) {
      first = i;
      break;
    }
    // ("Olympic 1500 champion", "men’s 110 hurdles champion", "100m silver medallist": a number may name the event won.)
    const event = EVENT_NUMBER.test(word) && !titleHead;
    // ("the party’s then leader Alan Sked": "then" after a determiner or an owner says the post was held then.)
    const then = word === 'then' && i > 0 && /^(?:the|\p{L}+[’']s)$/u.test(words[i - 1]![0]);
    // ("his former deputy turned rebel leader Riek Machar": one post turned into another is one description.)
    const turned = word === 'turned' && i > 0 && isPersonHead(words[i - 1]![0]);
    if (then || turned) {
      modifiers++;
      first = i;
      continue;
    }
    if (capitals > 0 || modifiers === 4 || PHRASE_BREAKS.has(word) || NOT_IN_DESCRIPTION.test(word) || (/^\d/.test(word) && !isTitleQualifier(word) && !event)) break;
    // A verb form ends it even when WordNet also lists it as a person ("beat"), and so does a word
    // that is only ever a verb: "to investigate political rival Joe Biden" (not one that qualifies a title: "two-time").
    const adjective = participleAsAdjective(words, i, before);
    // ("The Raptors sent forward Jared Sullinger": so does a verb's irregular past.)
    if ((VERB_FORM.test(word) || isVerbOnlyWord(word) || PAST_BEFORE_OBJECT.test(word)) && !isTitleQualifier(word) && !nounModifierInPhrase(words, i, before) && !adjective) break;
    // ("the country’s President", "the company’s Chief Executive": a noun's possessive after a determiner says whose title.)
    const ownerOfTitle = /^\p{Ll}+[’']s$/u.test(word) && i > 0 && DETERMINER.test(words[i - 1]![0]);
    // ("iron-ore CEO Chris Salisbury": a compound of two nouns says what the post is of.)
    const compoundNoun = NOUN_COMPOUND.test(word) && !VERB_PREFIXES.has(word.split('-')[0]!) && !word.split('-').some(isStopWord);
    // ("the Civic Coalition's federal Congresswoman": an adjective in "-al" says which level the post is at.)
    // (Not a word for how many: "the several Executive Departments".)
    const level = /^\p{Ll}{3,}al$/u.test(word) && !NOT_NOUN_AFTER_OF.test(word);
    if (titleHead && !(adjective || compoundNoun || level || isTitleQualifier(word) || isPersonHead(word) || ORGANISATION_NOUNS.has(word) || TITLE_UNITS.has(word.replace(/s$/, '')) || ownerOfTitle)) break;
    modifiers++;
    first = i;
  }
  // ("approved Jo Doe as prime minister and Respublika leader Omurbek Babanov as …": a post given after "as" is the name's before.)
  if (joinedAt !== undefined && first > 0 && words[first - 1]![0] === 'as') first = joinedAt + 1;
  if (kind === 'organization' && !determiner) return undefined;
  // ("told the court Murphy was a member", "told the judge Barnes couldn't appear": whom someone told, before the subject of
  // what they said, describes no one.)
  if (determiner && TOLD_BEFORE.test(before.slice(0, words[first]!.index)) && SURNAME_THEN_VERB.test(sentence.slice(end))) return undefined;
  // "Wilson, who fatally shot Michael Brown", "They shot Al Carter": after "who", "which" or a pronoun the words are a verb
  // ("that" also opens a clause: "It is for that reason that the space agency NASA").
  // ("the polls in which incumbent Edgar Lungu was declared winner": after a preposition and "which", its clause's subject.)
  const clauseSubject = first > 1 && /^(?:which|whom)$/i.test(words[first - 1]![0]) && PREPOSITION.test(words[first - 2]![0]) && FULL_NAME_AFTER.test(sentence.slice(end, end + 60));
  if (first > 0 && PRONOUN_BEFORE_VERB.test(words[first - 1]![0]) && !clauseSubject) return undefined;
  // ("“I hope Jill has as good a year”": nor the pronoun "I" read as a capitalised word before it.)
  if (words[first]![0] === 'I' && first < headAt) return undefined;
  // "“Parasite” director Bong Joon Ho", "“Mrs Maisel” actress Alex Borstein": the work in quotation marks says what of.
  const work = kind === 'person' && !determiner ? QUOTED_WORK_BEFORE.exec(before.slice(Math.max(0, words[first]!.index - 60), words[first]!.index)) : null;
  const text = before.slice(work ? words[first]!.index - work[1]!.length : words[first]!.index, last.index + last[0].length).trim();
  return { text, kind };
}

const STANCE = /^(?:anti|pro|far|hard|ultra|centre|center)-\p{Ll}+$/u;
const isCapitalisedPersonNoun = (word: string) => /^\p{Lu}\p{Ll}{3,}$/u.test(word) && isPersonNoun(word.toLowerCase());
// ("MP Hamish Walker and former party president": not a family name that is also a word for a person.)
const endsName = (words: RegExpMatchArray[], at: number) => at > 0 && /^\p{Lu}/u.test(words[at - 1]![0]) && looksLikePersonName([words[at - 1]![0], words[at]![0]]);

/**
 * "England’s chief medical officer Professor Chris Whitty", "the mayor Cr Bryan Payne": a capitalised title right after
 * a description in lower case is what the name is called by, as an honorific is; the description is the words before it.
 */
function titleAfterLowerCaseHead(before: string, words: RegExpMatchArray[]): boolean {
  if (words.length < 2) return false;
  const title = words.at(-1)!;
  const head = words.at(-2)!;
  if (!/^\p{Lu}/u.test(title[0]) || !isTitleOfAddress(title[0])) return false;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head[0]) || !isPersonHead(head[0]) || TITLE_QUALIFIERS.has(head[0]) || VERB_FORM.test(head[0])) return false;
  // ("I have chosen Judge Neil Gorsuch": after an auxiliary the word is a verb, whatever else WordNet files it as.)
  if (words.length > 2 && FINITE_WORDS.includes(words.at(-3)![0].toLowerCase())) return false;
  return before.slice(head.index! + head[0].length, title.index).trim() === '';
}

// (A title, not a quotation: "“I love it,” actress Jo Doe said" ends its quotation with a comma.)
const QUOTED_WORK_BEFORE = /(?:^|\s)([“"]\p{Lu}[^“”",.!?]{0,48}[”"]\s+)$/u;

/**
 * Whether the "and" at the i-th word joins two parts of the affiliation before a title: inside an organisation's name read
 * so far ("National Search and Rescue Agency"), after a people, a place or a former team ("British and Irish Lions prop",
 * "ex-Chelsea and Ghana coach"), or inside the object of an organisation's "of" ("Office of Management and Budget").
 */
function joinsAffiliation(words: RegExpMatchArray[], i: number, organisation: boolean): boolean {
  if (i === 0) return false;
  const previous = words[i - 1]![0];
  return (organisation && /^\p{Lu}/u.test(previous)) || isJoinedAffiliation(previous) || opensOrganisationsObject(words, i);
}

/** Whether capitalised words before the i-th word run back to an organisation's word and its "of": "Office of Management". */
function opensOrganisationsObject(words: RegExpMatchArray[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^\p{Lu}/u.test(words[j]![0])) j--;
  return j > 0 && j < i - 1 && words[j]![0] === 'of' && /^\p{Lu}/u.test(words[j - 1]![0]) && looksLikeOrganisation([words[j - 1]![0]]);
}

// ("5-Star Movement (M5S)": an acronym may hold a digit.)
const ACRONYM_WITH_DIGITS = /^\p{Lu}[\p{Lu}\d]+$/u;

/** Whether the word at `at` is an acronym in brackets after a capitalised name, the gap at one of its sides. */
function acronymInBrackets(before: string, words: RegExpMatchArray[], at: number, gap: string): boolean {
  const acronym = words[at];
  if (!acronym || at === 0 || !ACRONYM_WITH_DIGITS.test(acronym[0]) || !/^\p{Lu}/u.test(words[at - 1]![0])) return false;
  const start = acronym.index!;
  const end = start + acronym[0].length;
  return (gap === '(' || gap === ')') && before[start - 1] === '(' && before[end] === ')';
}

// Prefixes that make a verb of a verb: "re-elected Governor", "co-founded".
const VERB_PREFIXES = new Set('re co pre un de mis out over under'.split(' '));
const PREPOSITION = /^(?:of|to|for|with|by|from|against|at|on|in|about|behind|between|among|under|over|like|alongside|including)$/;

/**
 * "best-selling author Stephen King", "with disgraced financier Jeffrey Epstein", "the ousted president": a participle
 * that modifies the noun after it, not a verb: one joined to a word before it by a hyphen, or one in -ed right after a
 * preposition or determiner ("defeated President Trump", "re-elected Governor" are still verbs).
 */
function participleAsAdjective(words: RegExpMatchArray[], i: number, before: string): boolean {
  const word = words[i]![0];
  const compound = /^(\p{Ll}+)-\p{Ll}+(?:ed|ing)$/u.exec(word);
  if (compound) return !VERB_PREFIXES.has(compound[1]!);
  if (!/^\p{Ll}{3,}ed$/u.test(word)) return false;
  // ("Former undisputed cruiserweight champion": "un-" and a participle make no verb.)
  if (/^un\p{Ll}{3,}ed$/u.test(word)) return true;
  const previous = wordRightBefore(words, i, before);
  return previous !== undefined && (DETERMINER.test(previous) || PREPOSITION.test(previous));
}

/** The word before the i-th, when only spaces stand between them. */
function wordRightBefore(words: RegExpMatchArray[], i: number, before: string): string | undefined {
  if (i === 0) return undefined;
  const previous = words[i - 1]!;
  return before.slice(previous.index! + previous[0].length, words[i]!.index).trim() === '' ? previous[0] : undefined;
}

// Words that say when a title was held, which a noun modifier in -ing never stands before.
const WHEN_HELD = /^(?:former|then|late|retired|current|outgoing|incoming|incumbent|longtime)$/;

/**
 * "the company’s marketing director", "veteran sports broadcasting executive": a word in -ing between a noun phrase's
 * opening and its head names a field, not an action ("after hiring lawyer Jo Doe", "of killing officer Jo Doe" stay verbs).
 */
function nounModifierInPhrase(words: RegExpMatchArray[], i: number, before: string): boolean {
  const word = words[i]![0];
  if (!/^\p{Ll}+ing$/u.test(word)) return false;
  const opener = wordRightBefore(words, i, before);
  if (opener === undefined) return false;
  // ("the scandal involving former lobbyist Jo Doe": before a word that says when a title was held, the word in -ing is a verb.)
  if (i + 1 < words.length && WHEN_HELD.test(words[i + 1]![0])) return false;
  if (DETERMINER.test(opener) || /[’']s$|s[’']$/.test(opener)) return true;
  // ("Acme marketing director", "sports broadcasting executive"; not "Fans cheering", which opens the sentence.)
  if (/^\p{Lu}/u.test(opener)) return before.slice(0, words[i - 1]!.index).trim() !== '';
  // ("shareholders rejecting chief Jo Doe": after people in the plural, the word in -ing is what they do.)
  if (/s$/.test(opener) && isPersonNoun(opener)) return false;
  return /^\p{Ll}+$/u.test(opener) && !VERB_FORM.test(opener) && !isVerbOnlyWord(opener) && !PHRASE_BREAKS.has(opener) && !NOT_IN_DESCRIPTION.test(opener) && !MODAL.test(opener) && !isStopWord(opener);
}

// What stands right before a list a plural description covers: the plural itself, punctuation, "including", or the verb
// after a plural subject ("The winners were").
const PLURAL_BEFORE_HINT = /(?:s|men|people)\s+$|[,:—–(]\s*$|(?:including|such as|among them|are|were|include|included)\s+$/;

/**
 * PLURAL_BEFORE_HINT of the 30 characters before `start`, looked at first by the last character before
 * the spaces: a comma, colon, dash or opening bracket, or after spaces the last letter of a plural, "including", "as", "them", "were" or "included".
 */
export function pluralHintBefore(sentence: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  let end = start;
  while (end > from && isBlank(sentence, end - 1, end)) end--;
  if (end === from) return false;
  const last = sentence.charCodeAt(end - 1);
  const punctuation = last === 0x2c || last === 0x3a || last === 0x2014 || last === 0x2013 || last === 0x28;
  const wordEnd = end < start && (last === 0x73 || last === 0x6e || last === 0x65 || last === 0x67 || last === 0x6d || last === 0x64);
  return (punctuation || wordEnd) && PLURAL_BEFORE_HINT.test(sentence.slice(from, start));
}
const describesPerson = (description: string | undefined) => description !== undefined && kindOfDescription(description) === 'person';
// ("Announcing the winner at a ceremony, Simon Jenkins, chairman of the judges, said": a participle opens one too.)
const ADVERBIAL_OPENING = /^\s*[“"]?(?:after|before|when|while|since|although|though|if|unless|until|upon|despite|following|during|without|by|in|on|at|with|for|from|to|like|unlike|[a-z]{3,}ing)\s/i;

/** Whether a description's head noun is people in the plural: "founding members", "the founders of Acme". */
export function hasPluralPersonHead(description: string): boolean {
  let plural = false;
  for (const [i, raw] of description.split(/\s+/).entries()) {
    // "Singer-guitarists Jo Doe and …": the opening word is capitalised by the sentence, not as a name.
    const word = i === 0 ? raw.replace(/[^\p{L}-]/gu, '').toLowerCase() : raw.replace(/[^\p{L}-]/gu, '');
    if (PHRASE_BREAKS.has(word.toLowerCase())) break;
    // ("former TDs Jo Doe and Al Roe", "CEOs": a title written in capitals, in the plural.)
    if (/^\p{Lu}{2,4}s$/u.test(word)) plural = isLegislator(word) || isPersonHead(word.slice(0, -1));
    // ("Argentine Judges Jo Doe, Al Roe and …": a capitalised title in the plural.)
    else if (/^\p{Lu}\p{Ll}{3,}[^s]s$/u.test(word) && TITLES.has(word.slice(0, -1).toLowerCase())) plural = true;
    else if (/^\p{Lu}/u.test(word)) continue;
    else if (isPersonHead(word)) plural = /(?:[^s]s|men|people|children)$/.test(word);
  }
  return plural;
}

/**
 * A description of several people before a list of names: right before it
 * ("founding members Jo Doe and Al Roe", `direct`), before "including"
 * ("candidates including …"), or set off by a comma, a dash or a colon
 * ("the founders of Acme, Jo Doe and Al Roe"), as a noun phrase of its own.
 */
export function pluralDescriptionBefore(sentence: string, run: NameRun, commonWords: WordSet): { text: string; direct: boolean } | undefined {
  const described = describedBefore(sentence, run, commonWords);
  if (described?.kind === 'person' && hasPluralPersonHead(described.text)) return { text: described.text, direct: true };
  const example = exampleBefore(sentence, run.start);
  if (example >= 0) {
    const head = descriptionEndingAt(sentence, example, commonWords);
    return head?.kind === 'person' && hasPluralPersonHead(head.text) ? { text: head.text, direct: false } : undefined;
  }
  const separator = separatorBefore(sentence, run.start);
  if (separator < 0) return undefined;
  // The noun phrase opens at a determiner after the last punctuation: "where the two other candidates in the race —".
  // What `/[^,;:()—–]*$/` would match: the text after the last of those marks.
  const clause = sentence.slice(lastIndexOfAny(sentence, ',;:()—–', separator) + 1, separator);
  // "After meeting the reporters, Jo Doe and …": an opening adverbial clause, not a description of the list after it.
  if (clause.length === separator && ADVERBIAL_OPENING.test(clause)) return undefined;
  // ("Local business owners, Leonard Hine and Eulendar Molepo, say": or the sentence's opening, whole.)
  const openings = [...clause.matchAll(/(?:^|\s)(?=(?:the|its|their|his|her|two|three|four|five|both)\s)/gi)].map((m) => m.index);
  // (Only before a person's name: "Our relations with Great Britain, France, …" lists places.)
  const personNamed = () => (looksLikePersonName(run.words) && !isPlaceName(run.text)) || (run.words.length === 1 && isGivenName(run.text));
  if (clause.length === separator && /^[\s“"]*\p{Lu}\p{Ll}/u.test(clause) && personNamed()) openings.unshift(0);
  // ("She survives him, as do daughters, Jo Doe and Al Roe": a relation in the plural alone, as obituaries list a family;
  // "Debra’s parents, Gerald and Sharon,": with whose.)
  const lastWord = /\s((?:\p{Lu}[\p{L}.-]*[’']s\s+)?)(\p{Ll}+)\s*$/u.exec(clause);
  if (lastWord && isKinNoun(singularOf(lastWord[2]!))) openings.push(lastWord.index);
  for (const at of openings) {
    const phrase = clause.slice(at).trim().replace(/^[“"]/, '');
    const words = phrase.split(/\s+/);
    if (words.length > 14 || FINITE_VERB.test(phrase) || words.some((w) => (VERB_FORM.test(w) && !TITLE_QUALIFIERS.has(w)) || NOT_IN_DESCRIPTION.test(w))) continue;
    // ("The new ministers include Jacqui Dean, David Bennett …": not a phrase that ends in the list's first name.)
    if (kindOfDescription(phrase) === 'person' && hasPluralPersonHead(phrase) && !endsWithPersonName(phrase)) return { text: phrase, direct: false };
  }
  return undefined;
}

/** "daughter" of "daughters", "grandchild" of "grandchildren": the singular of a word for people in the plural. */
function singularOf(plural: string): string {
  return plural.endsWith('children') ? plural.slice(0, -3) : plural.replace(/s$/, '');
}

const EXAMPLE_WORDS = ['including', 'such as', 'among them'];

/**
 * Where `/\s+(?:including|such as|among them)\s+$/` would match `sentence.slice(0, end)`, read back from
 * the end: the spaces before the words, or -1.
 */
function exampleBefore(sentence: string, end: number): number {
  let last = end;
  while (last > 0 && isBlank(sentence, last - 1, last)) last--;
  if (last === end) return -1;
  for (const words of EXAMPLE_WORDS) {
    const start = last - words.length;
    if (start < 1 || !sentence.startsWith(words, start) || !isBlank(sentence, start - 1, start)) continue;
    let spaces = start - 1;
    while (spaces > 0 && isBlank(sentence, spaces - 1, spaces)) spaces--;
    return spaces;
  }
  return -1;
}

/** Where `/\s*(?:,|—|–|:)\s*$/` would match `sentence.slice(0, end)`, read back from the end, or -1. */
function separatorBefore(sentence: string, end: number): number {
  let last = end;
  while (last > 0 && isBlank(sentence, last - 1, last)) last--;
  if (last === 0) return -1;
  const mark = sentence.charCodeAt(last - 1);
  // ("the seven court justices (Jo Doe, Al Roe and …)": or an opening bracket.)
  if (mark !== 0x2c && mark !== 0x2014 && mark !== 0x2013 && mark !== 0x3a && mark !== 0x28) return -1;
  let spaces = last - 1;
  while (spaces > 0 && isBlank(sentence, spaces - 1, spaces)) spaces--;
  return spaces;
}

/** "… and Al Roe are the co-founders of Acme": what the list ending with this name says its people are. */
export function readPluralCopulaDescription(sentence: string, run: NameRun): string | undefined {
  const verb = firstWordAfter(sentence, run.end, sentence.length);
  if (verb !== 'are' && verb !== 'were' && verb !== 'have' && verb !== 'had') return undefined;
  const copula = PLURAL_COPULA.exec(sentence.slice(run.end)) ?? PLURAL_POST_TAKEN.exec(sentence.slice(run.end));
  if (!copula) return undefined;
  const description = readPhrase(sentence, run.end + copula[0].length).replace(AFTER_POST, '');
  if (description.split(/\s+/).length > 15 || FINITE_VERB.test(description)) return undefined;
  return kindOfDescription(description) === 'person' && hasPluralPersonHead(description) ? description : undefined;
}

const PLURAL_COPULA = /^\s+(?:are|were)\s+(?:also\s+|now\s+|currently\s+|still\s+|both\s+)?(?=the\s)/;
// "… and Jim Dymock have been appointed as interim coaches at the Cronulla Sharks": the post a list of people takes.
const PLURAL_POST_TAKEN = /^\s+(?:(?:have|had)\s+been|are|were)\s+(?:named|appointed|elected|hired|chosen|selected|confirmed|installed)\s+(?:as\s+)?(?=(?:the\s+)?\p{Ll})/u;

// "Jo Doe, 45, was", "Jo Doe, who scored twice, was", "Jo Doe (pictured) was": an aside between a name and what the sentence says of it.
// ("Kim Ki-nam, president of the semiconductor business, was named …": a description set off between commas too.)
const ASIDE_AFTER_NAME = /^(?:\s*\([^()]{1,40}\)|,\s+(?:\d{1,3}|who\s[^,;()]{1,80}|\p{Ll}[^,;()“”"]{1,80}),)(?=\s+\p{Ll})/u;

/** Where the predicate about a name ending at `end` starts: past an aside, if there is one. */
function predicateAt(sentence: string, end: number): number {
  const code = sentence.charCodeAt(end);
  if (code !== 0x2c && code !== 0x20 && code !== 0x28) return end;
  const aside = ASIDE_AFTER_NAME.exec(sentence.slice(end, end + 130));
  return aside ? end + aside[0].length : end;
}

// "is the mayor", "was Acme’s chief executive", "is chief executive of Acme", "had long been a crossover icon".
// ("is CEO of Acme", "was President of Kenya Airways": a capitalised post, read by isCapitalisedPost.)
const COPULA_BEFORE_DESCRIPTION = new RegExp(
  String.raw`^\s+(?:is|was|remains|remained|(?:has|had)\s+(?:long\s+|always\s+|already\s+)?been)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?=(?:the|a|an)\s|${CAPITALISED_WORDS}(?:[’']s\s+(?:\p{Ll}|\p{Lu}{2,4}\b)|\s+(?:of|at|for)\s|[\s,;.]*$)|\p{Ll})`,
  'u',
);

const COPULA_VERBS = new Set(['is', 'was', 'has', 'had', 'remains', 'remained']);

/** "Jo Doe is the mayor of Leith", "Doe was a teacher": what the sentence says the person is. */
export function readCopulaDescription(sentence: string, run: NameRun): string | undefined {
  // ("Her father, Jim Venteicher, was a fair board member": a name set off by commas is the subject, past its closing one.)
  const setOff = sentence.charCodeAt(run.end) === 0x2c && /,\s*$/.test(sentence.slice(Math.max(0, run.start - 4), run.start));
  const past = predicateAt(sentence, run.end);
  const at = setOff && past === run.end ? run.end + 1 : past;
  const verb = firstWordAfter(sentence, at, sentence.length);
  // ("Jo Doe remains the club’s captain": what someone stays is what they are.)
  if (!COPULA_VERBS.has(verb)) return undefined;
  const copula = COPULA_BEFORE_DESCRIPTION.exec(sentence.slice(at, at + 80));
  if (!copula) return undefined;
  const start = at + copula[0].length;
  // "has been the bakery’s owner for 20 years", "was Acme’s chief executive until 2019", "was a councillor for 41 years before
  // stepping down": how long is not what.
  let description = readPhrase(sentence, start).replace(AFTER_POST, '');
  const determined = /^(?:the|a|an)\s/.test(description);
  // ("was a native of Algeria and a veteran fighter who had traveled to Afghanistan": a relative clause is no part of it.)
  if (FINITE_VERB.test(description)) description = description.replace(/\s+(?:who|which)\s[\s\S]*$/, '');
  // "when Rockefeller was governor and fear … was running high": "and" opens another clause.
  if (FINITE_VERB.test(description)) description = description.replace(/\s+and\s[\s\S]*$/, '');
  // "is chief executive of Acme": a post, without a determiner.
  if (!determined && /^\p{Ll}/u.test(description) && !isBarePost(description) && !/^one\s+of\s/.test(description)) return undefined;
  if (/^\p{Lu}/u.test(description) && !POSSESSIVE_OPENING.test(description) && !isCapitalisedPost(description)) return undefined;
  if (description.split(/\s+/).length > 15 || FINITE_VERB.test(description)) return undefined;
  return kindOfDescription(description) === 'person' ? description : undefined;
}

/** "HD Palmer is with the state Department of Finance": whom a person works with, a role that says where, not what. */
export function readWorksWith(sentence: string, run: NameRun): string | undefined {
  const works = WORKS_WITH.exec(sentence.slice(run.end, run.end + 100));
  if (!works) return undefined;
  const organisation = works[1]!.replace(/^with\s+(?:the\s+)?(?:\p{Ll}+\s+)?/u, '').split(/\s+/);
  return looksLikeOrganisation(organisation) ? works[1] : undefined;
}
// " is with the state Department of Finance", " was with Acme Corp.": "with", the organisation's capitalised words, and the
// sentence's end or a comma.
const WORKS_WITH = /^\s+(?:is|was|has\s+been)\s+(with\s+(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}[\p{L}&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&’'-]*)*)(?=\s*[,.;]|\s*$)/u;

// "Acme’s chief executive", "UN Secretary-General’s envoy": a description that opens with what the post belongs to.
const POSSESSIVE_OPENING = new RegExp(String.raw`^${CAPITALISED_WORDS}[’']s\s`, 'u');

/** "CEO of Acme", "Prime Minister of Britain", "Acme CEO": a few capitalised words ending in a title, then its object. */
function isCapitalisedPost(description: string): boolean {
  const words = description.split(/\s+/);
  const end = words.findIndex((word) => PHRASE_BREAKS.has(word));
  const post = end === -1 ? words : words.slice(0, end);
  return post.length <= 4 && post.every((word) => /^\p{Lu}/u.test(word)) && isPersonHead(post.at(-1)!.replace(/[,.;]$/, ''));
}

// Past participles that do not end in "-ed", which open no post ("was chosen general commander").
const IRREGULAR_PARTICIPLES = new Set('chosen given taken seen known held sent made found brought sworn'.split(' '));
/** "chief executive of Acme", "head coach": a few lower-case words up to the first preposition, ending in a person's post. */
function isBarePost(description: string): boolean {
  const words: string[] = [];
  for (const word of description.split(/\s+/)) {
    if (PHRASE_BREAKS.has(word) || !/^\p{Ll}[\p{L}-]*$/u.test(word)) break;
    words.push(word);
  }
  // ("was elected", "was later named": a past participle is the verb's; "was running" too, but "chief operating officer"
  // holds a word in -ing inside the post.)
  // ("was chosen general commander": nor is a past participle that does not end in "-ed".)
  if (words.length === 0 || words.length > 4 || words.some((w, i) => w === 'a' || w === 'an' || w === 'the' || /ed$/.test(w) || (i === 0 && (/ing$/.test(w) || IRREGULAR_PARTICIPLES.has(w))) || isVerbOnlyWord(w))) return false;
  const head = words.at(-1)!;
  if (!isPersonHead(head)) return false;
  // WordNet files "unknown", "equal" and "possible" as people too: without a determiner, a title, or a post
  // of somewhere ("president of Acme"), is what a post is.
  return TITLES.has(head) || /^\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}/u.test(description.slice(words.join(' ').length));
}

// "was later named", "was unanimously elected": an adverb between the verb's two words.
const POST_ADVERB = String.raw`(?:later\s+|also\s+|then\s+|subsequently\s+|eventually\s+|recently\s+|formally\s+|officially\s+|unanimously\s+)?`;
// "became", "has become", "is set to become".
const BECOME = String.raw`(?:became|becomes|has\s+become|had\s+become|(?:will|would|is\s+to|is\s+set\s+to)\s+become)`;
// What a person does or became, told by the verb after their name: "serves as", "was named", "took over as".
// "is set to take over as", "will be sworn in as": a post the person is about to take.
const POST_AHEAD = String.raw`(?:will|would|is\s+to|(?:is|was)\s+(?:set|due|expected|poised|slated|tipped)\s+to)\s+(?:take\s+over|be\s+(?:named|appointed|elected|sworn\s+in|installed|confirmed))`;
// "would remain on as interior minister", "to return as Speaker": a post kept, or taken again.
const POST_KEPT = String.raw`(?:(?:will|would|to|is\s+to)\s+)?(?:remain|stay|continue|return)(?:s|ed)?(?:\s+on)?`;
// "will take on a new role as vice chairman", "assumed the post of": a post given as a role the person takes on.
const ROLE_TAKEN_ON = String.raw`(?:(?:will|would|is\s+to)\s+)?(?:take|takes|took|taking|assume|assumes|assumed|assuming)\s+(?:on\s+|up\s+)?(?:a|an|the|his|her|their)\s+(?:new\s+|interim\s+|additional\s+|temporary\s+)?(?:role|post|position|job)`;
const POST_TAKEN = new RegExp(String.raw`^\s+(?:(?:has|had)\s+)?(?:also\s+|since\s+|later\s+|then\s+|previously\s+|formerly\s+)?(?:(?:${POST_AHEAD}|${POST_KEPT}|${ROLE_TAKEN_ON}|serv(?:es|ed|ing)|work(?:s|ed|ing)|act(?:s|ed|ing)|tak(?:es|ing)\s+over|took\s+over|step(?:s|ped)\s+down|resign(?:s|ed)|retir(?:es|ed)|(?:leav(?:es|ing)|left|quit(?:s|ting)?)\s+(?:his|her|their)\s+(?:post|role|position|job)|(?:was|is|has\s+been|had\s+been)\s+${POST_ADVERB}(?:re-?)?(?:named|appointed|elected|hired|chosen|selected|promoted|installed|confirmed|sworn\s+in))\s+as|(?:was|is|has\s+been|had\s+been)\s+${POST_ADVERB}(?:re-?)?(?:named|appointed|elected|promoted\s+to))\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*[’']s|\p{Ll}|\p{Lu}))|^\s+${BECOME}\s+(?=(?:the|a|an|its|his|her|their|${CAPITALISED_WORDS}[’']s)\s)`, 'u');
// "became mayor of Leith", "became acting CEO": a title with no article after "became" is the post too (not "became ill").
const BECAME_BARE = new RegExp(String.raw`^\s+${BECOME}\s+(?=([\p{L}.-]+)(?:\s+([\p{L}.-]+))?)`, 'u');
function becameTitle(text: string): RegExpExecArray | null {
  const bare = BECAME_BARE.exec(text);
  if (!bare) return null;
  const [, first, second] = bare;
  // (Not a plural, "became friends with".)
  const title = (word: string) => isTitleWord(word) && !/[^s]s$/.test(word);
  const titled = title(first!) || (second !== undefined && title(second) && (TITLE_QUALIFIERS.has(first!) || /^\p{Lu}/u.test(first!)));
  return titled ? bare : null;
}

/** "Jo Doe serves as the mayor's chief of staff", "Doe was named head coach in 2016": the post the sentence says the person holds or took. */
export function readPostTaken(sentence: string, run: NameRun): string | undefined {
  const at = predicateAt(sentence, run.end);
  const verb = POST_TAKEN.exec(sentence.slice(at, at + 64)) ?? becameTitle(sentence.slice(at, at + 64));
  if (!verb) return undefined;
  return readPostAt(sentence, at + verb[0].length);
}

// The subject's verb and what it did, in one clause, up to "as" and a post: "created a shelter program as president".
// (Not "treated him as a son", "named Doe as ambassador": an object that is someone else takes the post then.)
// (A capitalised name only after a preposition, "the top office in Local 90": "named Al Roe as" names someone else.)
const WORD_BEFORE_AS = String.raw`(?:\s+(?!(?:him|her|them|me|us|you|it)\b)[\p{Ll}\d’'-]+|\s+(?:in|of|at|for|on|with|from)\s+(?:the\s+)?[\p{Lu}\d][\p{L}\d’'.&-]*(?:\s+[\p{Lu}\d][\p{L}\d’'.&-]*){0,3})`;
const DID_AS_POST = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|s)\b${WORD_BEFORE_AS}{0,6}?\s+as\s+(?=\p{Ll})`, 'u');
const PART_PLAYED = /\b(?:role|roles|part|parts|turn|character|portrayal)\s+as\s+$/;
// ("Jo Doe was replaced as captain by Al Roe": a post lost is the next holder's, read by readReplacedAsBy.)
const LOSING_VERBS = 'replaced|succeeded|ousted|removed|sacked|fired|dismissed|deposed|dropped';
const POST_LOST = new RegExp(String.raw`\b(?:${LOSING_VERBS})\s+as\s+$`);

// "with Daniel Murphy as the everyday second baseman": a name, then "as" and a description with its article.
const CAST_BEFORE = /\b(?:with|have|has|had|having|cast|casts|casting)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
const AS_DESCRIBED_AFTER = /^\s+as\s+(?=(?:the|a|an|his|her|their|its)\s)/;

/** "the Nats have Daniel Murphy as the everyday second baseman": what a name is cast as, right after it. */
export function readNamedAs(sentence: string, run: NameRun): string | undefined {
  // (Only after "with", "have" or "cast": "who met Lou Parry as a student" says what the one who met was.)
  if (!CAST_BEFORE.test(sentence.slice(Math.max(0, run.start - 60), run.start))) return undefined;
  const as = AS_DESCRIBED_AFTER.exec(sentence.slice(run.end, run.end + 12));
  return as ? readPostAt(sentence, run.end + as[0].length) : undefined;
}

// "…, making him the school's winningest coach": what the sentence's subject is made by what it did.
const MAKING_SUBJECT = /,\s+making\s+(?:him|her)\s+((?:the|a|an)\s[^,;:.!?]{3,100})/u;

/** "Cozza has a 177-111-5 record, making him the school's winningest coach": the subject, as what it made them. */
export function readMadeDescription(sentence: string, run: NameRun): string | undefined {
  if (!sentence.includes('making') || !opensSentence(sentence, run.start)) return undefined;
  const made = MAKING_SUBJECT.exec(sentence.slice(run.end));
  const role = made?.[1]!.replace(WHEN_AT_END, '').trim();
  return role && !FINITE_VERB.test(role) && kindOfDescription(role) === 'person' ? role : undefined;
}

/** "Kennedy created a nationwide shelter program as president in 1961": a sentence's subject, in the post it acted in. */
export function readActedAsPost(sentence: string, run: NameRun): string | undefined {
  if (!opensSentence(sentence, run.start)) return undefined;
  const verb = DID_AS_POST.exec(sentence.slice(run.end, run.end + 120));
  // ("picked up a trophy for his supporting role as a charming stunt man": a part played is no post.)
  if (!verb || PART_PLAYED.test(verb[0]) || POST_LOST.test(verb[0])) return undefined;
  return readPostAfterAs(sentence, run.end + verb[0].length);
}

/** "As the clock ticks down on Richard Bailey’s tenure as police chief": the post a name's time in office is in. */
export function readTenureAs(sentence: string, run: NameRun): string | undefined {
  const tenure = TENURE_AS.exec(sentence.slice(run.end, run.end + 60));
  return tenure ? readPostAfterAs(sentence, run.end + tenure[0].length) : undefined;
}

/** The post after a name's "as": bare ("as president") or with its article, whose head noun then tells it. */
function readPostAfterAs(sentence: string, start: number): string | undefined {
  const role = readPostAt(sentence, start);
  // ("holds the top office in Local 90 as the secretary-treasurer": with its article, the post is told by its head noun.)
  return role && (isBarePost(role) || /^(?:the|a|an)\s/.test(role)) ? role : undefined;
}
const TENURE_AS = /^[’']s?\s+(?:\p{Ll}+\s+){0,2}(?:tenure|term|time|stint|spell|career|reign)\s+as\s+(?=\p{Ll})/u;

/** The post named from `start` ("his ambassador to the European Union until 2021"), without what follows it. */
function readPostAt(sentence: string, start: number): string | undefined {
  const role = readPhrase(sentence, start).replace(AFTER_POST, '');
  // ("as the new deputy warden for the Municipality of the District of St. Mary's": an organisation's long name may end it.)
  if (!role || role.split(/\s+/).length > 16 || FINITE_VERB.test(role) || kindOfDescription(role) !== 'person') return undefined;
  return role;
}
// Where the post ends and the sentence goes on: "as manager until the end of the season", "as coach in 2016", "as vice
// chairman from April 2013 to September 2022", "as the Choir Leader of the Festival by judge Jessica Robinson",
// "as Toshiba president and Tsunakwa took the helm" (another name and its verb).
const MONTHS_ALONE = alternatives(MONTH_NAMES);
const AFTER_POST = new RegExp(String.raw`\s+(?:(?:until|till|after|before|since|following|when|while|through|amid|despite|because|last|this|next|earlier|later|by|for\s+(?:the\s+)?(?:next|rest|remainder|past)|for\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+(?:\p{Ll}+\s+)?(?:years?|months?|weeks?|decades?|days?)|and\s+(?:\p{Ll}+ed|is|was|will|has)|and\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:\p{Ll}{2,}ed|${IRREGULAR_PAST}|is|was|has|had|will|would|said|says))\b|(?:in|on)\s+(?:the\s+)?(?=\d)|in\s+\p{Lu}\p{Ll}+\.?(?=\s+\d)|(?:in|from)\s+(?:${MONTHS_ALONE})\b|(?:from|between)\s+\d{4}\b|from\s+\d{1,2}\s+(?:${MONTHS_ALONE})\b|on\s+(?:\p{Lu}\p{Ll}+day\b|\p{Lu}\p{Ll}+\.?(?=\s+\d)))[\s\S]*$`, 'u');

// Verbs that give someone a post "as" something: the name is their object.
const APPOINTING_VERB_BEFORE = /\b(?:appoint(?:s|ed|ing)?|named|nam(?:es|ing)|hir(?:e|es|ed|ing)|tap(?:s|ped|ping)?|pick(?:s|ed|ing)?|cho(?:se|sen|oses?|oosing)|select(?:s|ed|ing)?|nominat(?:e|es|ed|ing)|(?:re-?)?elect(?:s|ed|ing)?|install(?:s|ed|ing)?|confirm(?:s|ed|ing)?|(?:(?:re)?plac|succe)(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)\s+$/i;
const SUCCEEDING_VERB = /\b(?:replac|succe)/i;
// "Braun is being replaced by James Freis as interim CEO": the one after "by" takes the post (and the subject held another).
const REPLACED_BY_BEFORE = /\b(?:replaced|succeeded)\s+by\s+$/i;
// "the appointment of Jo Doe as minister for local development": the noun of such a verb, and its "of".
const APPOINTING_NOUN_BEFORE = /\b(?:appointments?|nominations?|elevation|selection|election|naming)\s+of\s+$/i;
// "…as minister for local development, Rania al-Mashat as tourism minister and …": the next name of a list of posts.
const LISTED_POST_BETWEEN = /^\s*[,;]?\s*(?:and\s+)?$/;
// (…and the post read ends before the next name of the list and its "as".)
const NEXT_LISTED_POST = /,?\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}as\s[\s\S]*$/u;
const APPOINTING_TWO_OBJECTS_BEFORE = /\b(?:nam(?:ed|es|ing)|appoint(?:s|ed|ing)|ma(?:de|kes|king)|elect(?:s|ed|ing))\s+$/;

/** "tapped Sondland as his ambassador to the European Union": the post after "as", when a verb of appointing stands before the name. */
export function readAppointedAs(sentence: string, run: NameRun): { role: string; succeeds: boolean } | undefined {
  // ("as CEO", "as Secretary of State": a capitalised title, told by readPostAt's head noun.)
  // ("the nomination of Jo Doe for another five-year term as the governor": the term it is for may stand before "as".)
  const as = /^\s+(?:for\s+(?:a|another|his|her|their|the)\s+(?:[\p{Ll}\d-]+\s+){0,2}terms?\s+)?as\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.&-]*[’']s|\p{Ll}|\p{Lu}))/u.exec(
    sentence.slice(run.end, run.end + 90),
  );
  const before = sentence.slice(Math.max(0, run.start - 24), run.start);
  // "Acme named Jo Doe its new chief executive": the post is the verb's second object.
  // ("Acme named Jo Doe chief executive", "Voters elected Jo Doe mayor": a bare post opens with a title or its qualifier.)
  const second = as ? null : /^\s+(?:(?=(?:its|their|his|her|the|a|an)\s)|(?=(\p{Ll}+)\b))/u.exec(sentence.slice(run.end, run.end + 24));
  const bare = second?.[1];
  if (second && (!bare || isPersonHead(bare) || isTitleQualifier(bare)) && APPOINTING_TWO_OBJECTS_BEFORE.test(before)) {
    const role = readPostAt(sentence, run.end + second[0].length);
    return role ? { role: role.startsWith('its ') ? withOwnerNamed(role, sentence.slice(0, run.start)) : role, succeeds: false } : undefined;
  }
  if (!as) return undefined;
  if (REPLACED_BY_BEFORE.test(before)) {
    const role = listedPostAt(sentence, run.end + as[0].length);
    return role ? { role, succeeds: false } : undefined;
  }
  const verb = APPOINTING_VERB_BEFORE.exec(before) ?? APPOINTING_NOUN_BEFORE.exec(before);
  // ("…were Ali Sabry as the Minister of Foreign Affairs, Harin Fernando as …": a capitalised title after "as the" is a
  // post given, whatever verb stands before.)
  const titled = verb ? null : TITLED_POST.exec(sentence.slice(run.end + as[0].length, run.end + as[0].length + 60));
  if (!verb && !(titled && isPersonHead(titled[1]!))) return undefined;
  const role = listedPostAt(sentence, run.end + as[0].length);
  return role ? { role, succeeds: verb !== null && SUCCEEDING_VERB.test(verb[0]) } : undefined;
}

// "the Minister of Foreign Affairs", "the Deputy Governor of the Central Bank": a capitalised title and its "of".
const TITLED_POST = /^the\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}?(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?\p{Lu}/u;

/** The post at `start`, up to the next name of a list and its "as" ("…as culture minister and Khaled Badawy as …"). */
function listedPostAt(sentence: string, start: number): string | undefined {
  return readPostAt(sentence, start)?.replace(NEXT_LISTED_POST, '') || undefined;
}

// "was replaced as president by ", "will be succeeded as chief executive by ": the post the name after "by" takes.
const REPLACED_AS_BY = /\b(?:replaced|succeeded)\s+as\s+((?:the\s+|its\s+|his\s+|her\s+|their\s+)?[\p{L}.&’' -]{2,60}?)\s+by\s+$/u;

/** "Otsubo was replaced as president by Kazuhiro Tsuga": the post the one who replaces takes. */
export function readReplacedAsBy(sentence: string, run: NameRun): string | undefined {
  if (run.start < 20) return undefined;
  const post = REPLACED_AS_BY.exec(sentence.slice(Math.max(0, run.start - 90), run.start))?.[1];
  return post && !FINITE_VERB.test(post) && kindOfDescription(post) === 'person' ? post : undefined;
}

/**
 * "…remain on as interior minister, and Rabbi Yaakov Litzman as health minister": the post of a name listed, with its
 * "as", right after the post before it (which ends at `after`).
 */
export function readListedPost(sentence: string, run: NameRun, after: number): string | undefined {
  const as = /^\s+as\s+/.exec(sentence.slice(run.end, run.end + 8));
  return as && LISTED_POST_BETWEEN.test(sentence.slice(after, run.start)) ? listedPostAt(sentence, run.end + as[0].length) : undefined;
}

// "The victim was identified as", "A second man, who was arrested Friday, has been identified as".
// ("Other suspects in custody were identified as Jo Doe, Al Roe and …": the plural over a list.)
const IDENTIFIED_AS = /^[\s“"]*((?:The|A|An|Other|Two|Three|Four|Five|Six|Both|Several)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*)(?:,\s+[^,]{1,80},)?\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:later\s+|publicly\s+|officially\s+)?identified\s+as\s+$/u;

// "Police said the gunman, identified as Jo Doe, 26, acted alone": the description set off before the participle.
const IDENTIFIED_AS_ASIDE = /\b((?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*),\s+(?:later\s+|publicly\s+|officially\s+)?identified\s+(?:by\s+(?:the\s+)?(?:police|authorities|officials|investigators)\s+)?as\s+$/iu;

// "Police identified the victim as Jo Doe, 31,": the description is the verb's object.
const IDENTIFIED_OBJECT_AS = /\bidentified\s+((?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*)\s+as\s+$/u;

// "He hired a Tulane University student named Quint Davis", "an 8-year-old boy called Arya Gegana": the description the name is given to.
// ("A woman named Rosa Parks": an article and a word for anyone say nothing.)
const DESCRIPTION_NAMED = /\b((?:a|an|the)\s+(?!(?:man|woman|girl|boy|person|guy|child)\s)(?:[\p{L}\d’'-]+\s+){0,4}?\p{Ll}[\p{L}-]*)\s+(?:named|called)\s+$/u;

/** "The victim was identified as Jo Doe": the description the sentence opens with is who the name is. */
export function readIdentifiedAs(sentence: string, run: NameRun): string | undefined {
  if (run.start > 160) return undefined;
  const whole = sentence.slice(0, run.start);
  // (A name listed after the first: "identified as Jo Doe, Al Roe and Bo Vale" identifies each.)
  for (const before of unique([whole, whole.replace(NAMES_LISTED_BEFORE, '')])) {
    const description = (IDENTIFIED_AS.exec(before) ?? IDENTIFIED_AS_ASIDE.exec(before) ?? IDENTIFIED_OBJECT_AS.exec(before) ?? DESCRIPTION_NAMED.exec(before))?.[1];
    if (description && kindOfDescription(description) === 'person') return description;
  }
  return undefined;
}
const NAMES_LISTED_BEFORE = /(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}.’'-]*(?:,\s+and\s+|,\s+|\s+and\s+))+$/u;

// What opens the description in a relative clause: "who has served as", "who currently serves as", "who was then serving as",
// "who is", "who less than 24 hours ago was".
// ("who also once served as": two such adverbs.)
const COPULA = /^(?:has|have|had)?\s*(?:(?:long|currently|now|also|once|previously|formerly)\s+){0,2}(?:served|serves|serve|worked|works|work)\s+as\s+|^(?:is|was)\s+(?:then\s+|now\s+|currently\s+)?(?:serving|working)\s+as\s+|^(?:at\s+the\s+time\s+|then\s+|now\s+)?(?:is|was)\s+(?:widely\s+|long\s+)?(?:considered|regarded\s+as|seen\s+as)\s+(?:to\s+be\s+)?|^(?:until\s+(?:recently|last\s+\w+)\s+|(?:less\s+than\s+)?(?:a|an|one|two|three|four|five|six|\d{1,2})\s+\w+\s+ago\s+)?(?:is|was|has been|had been|became|becomes|is now|was once|remains)\s+/i;
// "who worked at SpaceX in its earliest days and is now CEO of Phantom Space": what the person is, said second.
const LATER_COPULA = /\sand\s+(?:is|was)\s+(?:now\s+|currently\s+|also\s+)?(?=(?:the|a|an)\s|\p{Ll}|\p{Lu})/u;

// What a person does for a living, said in a relative clause: "who heads the Alliance for American Manufacturing".
const DESCRIBING_VERBS =
  'heads|leads|runs|chairs|directs|oversees|manages|owns|co-owns|founded|co-founded|cofounded|coaches|represents|teaches|studies|researches|specializes|specialises|covers|edits|hosts|advises|coordinates|presides|plays|works|stars|serves|holds';
const DESCRIBING_VERB = new RegExp(`^(?:${DESCRIBING_VERBS})$`);
const DESCRIBING_VERB_OPENING = new RegExp(`^(?:${DESCRIBING_VERBS})\\s`);
const DESCRIBING_CLAUSE = new RegExp(`^\\s+who\\s+(?:${DESCRIBING_VERBS})\\s`);
// "who was then at the University of Maryland": where the person works, as the role.
const AFFILIATION = /^(?:then\s+|now\s+|previously\s+|formerly\s+)?(?:at|with)\s+(?:the\s+)?\p{Lu}/u;

const VERB_AS_POST = /^(?!dress|disguis|pos(?:ed|es)\b)\p{Ll}+(?:s|ed)\s+(?:[^,;]{1,60}?\s+)?as\s+(?=(?:a|an|the|its|his|her|their)\s)/u;

// A verb in "-ing" and its object: "watching the cub", "leading a team" ("acting director", "visiting professor", with no
// object, are posts).
const DOING_NOW = /^\p{Ll}{3,}ing\s+(?:the|a|an|his|her|its|their|this|that|these|those)\s/u;

/** POST_TAKEN at the start of a clause (it reads the spaces after a name first). */
function postTakenIn(clause: string): [string] | null {
  const taken = POST_TAKEN.exec(` ${clause}`);
  return taken ? [taken[0].slice(1)] : null;
}

const PASSIVE_OPENING = /^(?:\p{Ll}{2,}ed|shot|hit|hurt|struck|born|beaten|caught|held|found|seen|known|given|taken|left|sent|brought|sold|thrown|bitten|kept|told|paid)\b/u;

const WHERE_BEFORE = /\b(?:at|in|near)\s+$/;
/** Whether the word at `start` follows "at", "in" or "near": a place's name, where a clause after it is about the person before. */
export const followsPlacePreposition = (sentence: string, start: number) => WHERE_BEFORE.test(sentence.slice(Math.max(0, start - 6), start));

const NEXT_NAME_LISTED = /,\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\s\S]*$/u;
// A participle, where to, and "as" before a post ("promoted straight to Cabinet as"); not a post lost ("replaced as").
const PARTICIPLE_AS_POST = new RegExp(String.raw`^(?!(?:${LOSING_VERBS})\b)\p{Ll}{3,}ed\s+(?:[^,;]{1,40}?\s+)?as\s+(?=(?:a|an|the|its|his|her|their)\s|\p{Lu})`, 'u');

const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;

/** "X (to SCMP), who has served as ...": the role in the clause belongs to the nearest person before it. */
export function relativeClauses(sentence: string, runs: NameRun[]): { run: NameRun; role: string }[] {
  const clauses: { run: NameRun; role: string }[] = [];
  if (!sentence.includes('who')) return clauses;
  // ("Kalione Nasoko who was named player of the final": or with no comma, right after a full name.)
  for (const match of sentence.matchAll(/(?:,\s+|(?<=\p{L})\s+)who\s+/gu)) {
    // (Not after an article: "a Christian Tamil who runs a travel agency" says which one.)
    const fullNameRightBefore = (r: NameRun) => r.end === match.index && r.words.length > 1 && looksLikePersonName(r.words) && !ARTICLE_BEFORE.test(sentence.slice(Math.max(0, r.start - 5), r.start));
    if (match[0][0] !== ',' && !runs.some(fullNameRightBefore)) continue;
    const clause = readPhrase(sentence, match.index + match[0].length, false);
    // "who follows Amazon as a managing director at D.A. Davidson": the post after "as" is the role too.
    // ("who stepped down as Acme's chief executive", "who took over as coach": a post taken or left, as after a name.)
    const copula = COPULA.exec(clause) ?? VERB_AS_POST.exec(clause) ?? postTakenIn(clause);
    const describing = DESCRIBING_VERB_OPENING.test(clause);
    const later = copula || describing ? null : LATER_COPULA.exec(clause.split(/,\s/)[0]!);
    if (!copula && !describing && !later) continue;
    // "who was then serving as the President's physician, suggested …": the role ends with its phrase.
    // A list inside the role goes on ("the UK, US, and the United Nations").
    const role = clause
      .slice(later ? later.index + later[0].length : (copula?.[0].length ?? 0))
      .split(/,\s+(?!and\b|or\b|\p{Lu})/u)[0]!
      .split(/\s+/)
      .slice(0, 20)
      .join(' ')
      // "who was appointed chief executive in 2019": the appointment and its year are not the role;
      // "who is now the festival's director": nor is "now" ("then", saying the post was another's, stays).
      .replace(/^(?:now|currently|still|also)\s+/, '')
      .replace(/^(?:(?:named|appointed|elected)(?:\s+as)?|promoted\s+to|hired\s+as)\s+/, '')
      // ("who has been promoted straight to Cabinet as Minister for Pacific Peoples": the post after "as".)
      .replace(PARTICIPLE_AS_POST, '')
      // ("…, Jacqui Dean and Mark Mitchell": the next name of a list ends it.)
      .replace(NEXT_NAME_LISTED, (next: string, given: string) => (isGivenName(given) ? '' : next))
      .replace(WHEN_AT_END, '')
      // ("who was appointed as minister for the economy following Labour’s victory": nor what the appointment followed.)
      .replace(TIME_PHRASE_AT_END, '');
    if (!describing && kindOfDescription(role) !== 'person' && !AFFILIATION.test(role)) continue;
    // ("John Young, 45, who was shot twice": what was done to the person, in the passive, however WordNet files "shot".)
    if (!describing && PASSIVE_OPENING.test(role)) continue;
    // ("who is watching the cub on webcam video": what the person is doing, not what they are.)
    if (!describing && DOING_NOW.test(role)) continue;
    const before = runs.filter((r) => r.end <= match.index && match.index - r.end <= 40);
    // "Dr. Ronny Jackson, who …": the honorific is not part of the name.
    const named = before.reverse().map((r) => withoutHonorifics(r, sentence, true));
    // ("John Wharton AM at Richmond, who has served as mayor": one word after "at" or "in" is where, not who.)
    const person = named.find(
      (r) => looksLikePersonName(r.words) || (r.words.length === 1 && looksLikeSurname(r.text) && !followsPlacePreposition(sentence, r.start)),
    );
    if (person) clauses.push({ run: person, role: describing ? asPost(role) : role });
  }
  return clauses;
}

// What the person is, for what they do to what they run: "founded Toyota" is the founder of Toyota.
const POST_OF_DOING = new Map([
  ['founded', 'founder'], ['co-founded', 'co-founder'], ['cofounded', 'cofounder'], ['heads', 'head'], ['leads', 'leader'], ['chairs', 'chair'], ['directs', 'director'],
  ['owns', 'owner'], ['co-owns', 'co-owner'], ['coaches', 'coach'], ['edits', 'editor'], ['hosts', 'host'], ['manages', 'manager'],
]);
const DOING_TO_OBJECT = /^(\S+)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/u;

/** "heads the Alliance for American Manufacturing" as the post it describes: "head of the Alliance for American Manufacturing". */
// ("co-founded WeWork and turned it into …": a second verb joined by "and" says what else they did, not what they run.)
const ANOTHER_PREDICATE = /\s+and\s+\p{Ll}+(?:ed|s)\s[\s\S]*$/u;
function asPost(doing: string): string {
  const verb = DOING_TO_OBJECT.exec(doing)?.[1];
  const post = verb && POST_OF_DOING.get(verb);
  return post ? `${post} of ${doing.slice(verb.length).trimStart().replace(ANOTHER_PREDICATE, '')}` : doing;
}

/**
 * "The real estate agent said she …": a sentence whose subject is a description of
 * a person, written to refer back to the person the sentence before opened with.
 */
export function readDescribedSubject(sentence: string): string | undefined {
  // "The Scot, who was cheered on …", "The world No. 1 looked to be in trouble": where someone is from, or their ranking.
  const epithet = EPITHET_SUBJECT.exec(sentence)?.[1];
  const kind = epithet?.split(/\s+/).at(-1);
  if (epithet && (/^world\s/.test(epithet) || (isGroupNoun(kind!) && !/[^s]s$/.test(kind!)))) return `The ${epithet}`;
  const subject = DESCRIBED_SUBJECT.exec(sentence);
  const description = subject?.[1] ?? subject?.[2];
  if (!description || FINITE_VERB.test(description)) return undefined;
  const head = description.split(/\s+/).at(-1)!;
  // A plural ("the researchers said") is not the one person before; nor is a word mostly used for things ("The threat is").
  return isPersonNoun(head) && !/s$/.test(head) && !namesThingsMostly(head) ? description : undefined;
}
// ("The 24-year-old Jamaican, who won …": an age may stand before where someone is from.)
const EPITHET_SUBJECT = /^[\s“"]*The\s+(world\s+No\.\s*\d{1,3}|(?:\d{1,3}-year-old\s+)?\p{Lu}\p{Ll}{2,})(?=,\s+who\b|\s+(?:who|has|had|was|is|said|says|added|admitted|insisted|\p{Ll}{3,}ed)\b)/u;
// "The former “Ocean Drive” star, 42, was voted off": a title in quotation marks and an age may stand in it.
const DESCRIBED_SUBJECT = new RegExp(
  `^[\\s“"]*The\\s+((?:(?:[\\p{Ll}\\d][\\p{L}\\d’'-]*|[“"][^“”"]{1,40}[”"])\\s+){0,5}[\\p{Ll}][\\p{L}-]*)(?:,\\s+\\d{1,3},)?\\s+(?:${SPEECH}|is|was|has|had)\\b` +
    // ("The England Test captain, dropped on one by Danny Briggs, went on to hit …": an aside between the subject and its verb.)
    `|^[\\s“"]*The\\s+((?:[\\p{L}\\d][\\p{L}\\d’'-]*\\s+){0,5}[\\p{Ll}][\\p{L}-]*),\\s+[^,;:“”"]{3,80},\\s+(?:${SPEECH}|is|was|has|had|went|\\p{Ll}{3,}ed)\\b`,
  'u',
);

const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'at', 'in', 'on', 'de', 'du', 'des', 'der', 'van', 'von']);

/** "of the Institute for Functional Genomics at the National Center for Scientific Research in France", after a name ("at the …" too, when asked). */
export function readAffiliationAfter(sentence: string, from: number, orAt = false): string | undefined {
  const opening = (orAt ? /^\s+(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/u : /^\s+of\s+(?:the\s+)?(?=\p{Lu})/u).exec(sentence.slice(from));
  if (!opening) return undefined;
  const tokens = sentence.slice(from + opening[0].length).split(/\s+/);
  let taken = 0;
  for (let i = 0; i < tokens.length && i < 16; i++) {
    const token = tokens[i]!;
    if (/^\p{Lu}/u.test(token)) {
      // ("Metropolitan Chrysostomos of Zakynthos on Monday": a day or month after a small word says when, not where.)
      if (i > taken && MONTH_OR_WEEKDAY.test(token.replace(/[,;:.!?)]+$/, ''))) break;
      taken = i + 1;
      if (/[,;:.!?)]$/.test(token) && !/^(?:\p{Lu}\.)+$/u.test(token)) break;
      continue;
    }
    // Up to two small words join capitalised ones: "at the National Center".
    if (!NAME_CONNECTORS.has(token) || i - taken >= 2) break;
    // ("Jahir Uddin of Bogura’s Sherpur and Hatem Ali Sowdagor of …": not "and" before the next person of a list, said with
    // where they are from too.)
    if (token === 'and') {
      const next = capitalisedRunAt(tokens, i + 1);
      if (tokens[i + 1 + next.length] === 'of' && looksLikePersonName(next)) break;
    }
  }
  if (taken === 0) return undefined;
  // ("Vilnis Ķirsis of the Unity party": a word for an organisation after its name belongs to it.)
  const kind = tokens[taken]?.replace(/[,;:.!?)]+$/, '');
  if (kind && !/[,;:.!?)]$/.test(tokens[taken - 1]!) && ORGANISATION_NOUNS.has(kind)) taken++;
  return `${opening[0].trim()} ${tokens.slice(0, taken).join(' ')}`.replace(/[,;:.!?]+$/, '');
}

/** The capitalised words from `at` on, without the punctuation that ends the last. */
function capitalisedRunAt(tokens: string[], at: number): string[] {
  const run: string[] = [];
  for (let i = at; i < tokens.length && /^\p{Lu}/u.test(tokens[i]!); i++) {
    run.push(tokens[i]!.replace(/[,;:.!?)]+$/, ''));
    if (/[,;:.!?)]$/.test(tokens[i]!)) break;
  }
  return run;
}

// "Tuesday’s Jo Doe": a month's or a weekday's name before a possessive says when, not where from.
export const MONTH_OR_WEEKDAY = new RegExp(`^(?:${alternatives([...MONTH_NAMES, ...WEEKDAY_NAMES])})$`);

// "Wouter Wippert (Cannondale)", "Sara Mustonen (Liv-Plantur)": up to four capitalised words in brackets after a name.
const TEAM_IN_BRACKETS = /^\s*\((\p{Lu}[\p{L}&’'.-]*(?:\s+\p{Lu}[\p{L}&’'.-]*){0,3})\)/u;

/**
 * The team, club, party or seat a list writes in brackets after a name: "Wouter Wippert (Cannondale)", "Liza Chelule
 * (Nakuru)". Not another person's name, opening with a given name: a spouse's, as obituaries write it ("Carla Doe
 * (Shannon)"), or a stage name ("Jo Doe (Zlatan Ibile)"); nor letters alone ("(R)", "(L)") or a date.
 */
export function readTeamInBrackets(sentence: string, from: number): string | undefined {
  const team = TEAM_IN_BRACKETS.exec(sentence.slice(from, from + 60))?.[1];
  if (!team || /^\p{Lu}{1,2}\.?$/u.test(team)) return undefined;
  const words = team.split(/\s+/);
  const opensWithGivenName = isGivenName(words[0]!) || isWorldGivenName(words[0]!);
  if (words.some((word) => MONTH_OR_WEEKDAY.test(word)) || (opensWithGivenName && (words.length === 1 || looksLikePersonName(words)))) return undefined;
  return team;
}

/** Where a person is from or works, right after the name ("of the CDF") or set off by commas (", of the CSU,"). */
export function readAffiliation(sentence: string, from: number, orAt = false): string | undefined {
  return readAffiliationAfter(sentence, from, orAt) ?? readAffiliationSetOff(sentence, from);
}

/**
 * "Alexander Dobrindt, of the Bavarian CSU sister party, said", "Mark Mitchell, 48, from Esgenoôpetitj First Nation": where a
 * person is from, set off by commas after the name (and their age).
 */
function readAffiliationSetOff(sentence: string, from: number): string | undefined {
  const opening = SET_OFF_AFFILIATION.exec(sentence.slice(from, from + 12));
  if (!opening) return undefined;
  const start = from + opening[0].length;
  const phrase = readPhrase(sentence, start);
  const closed = /^\s*(?:[,;—–)]|\.?$)/.test(sentence.slice(start + phrase.length));
  if (!closed || !/^(?:of|from)\s+(?:the\s+)?\p{Lu}/u.test(phrase) || wordCount(phrase) > 10 || FINITE_VERB.test(phrase)) return undefined;
  return phrase;
}
// ("Margaret Ellen Smith (78), of Eden Street, died": an age in brackets, as British local news gives it, too.)
const SET_OFF_AFFILIATION = /^(?:,\s+\d{1,3}|\s+\(\d{1,3}\))?,\s+(?=(?:of|from)\s)/;

// "a postdoc at Harvard in 2011": the year says when the person was it, not what they are.
const WHEN_AT_END = new RegExp(String.raw`\s+(?:in\s+(?:the\s+)?(?:\d{4}s?|(?:early|late|mid)[\s-]\d{4}s?)|in\s+(?:${MONTHS_ALONE})(?:\s+\d{4})?|(?:last|this)\s+(?:year|month|week))[\s.,;:]*$`);
const TIME_AND_AFTER = /\s+(?:last|this)\s+(?:year|month|week)\b[\s\S]*$/;
const TIME_CLAUSE = /\s+(?:while|when)\s[\s\S]*$/;
const TIME_PHRASE_AT_END = /\s+(?:following|after|amid|during)\s[\s\S]*$/;
const CLAUSE_AFTER_BUT = /\s+but\s+(?:\p{Lu}|(?:the|a|an|he|she|they|it|we|i|his|her|their|its)\s)[\s\S]*$/u;
const SECOND_PREDICATE = /\s+and\s+\p{Ll}+ed\s+(?:a|an|the|his|her|their|its|out|up|off|back|to|for|into)\b[\s\S]*$/u;

const ACRONYM_IN_BRACKETS = /^\(\p{Lu}[\p{Lu}\d&]{1,7}\)/u;

// Capitalised words, as a ministry's fields are named ("Trade", "Food Security").
const FIELD = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}`;
const OF_FIELD_AT_END = new RegExp(String.raw`\bof\s+(?:the\s+)?${FIELD}$`, 'u');
const MORE_FIELDS = new RegExp(String.raw`^,\s+(?:(${FIELD}),\s+)*(${FIELD}),?\s+(?:and|&)\s+(${FIELD})(?=\s*(?:[,;.)]|$))`, 'u');

/**
 * "the Minister of Trade, Commerce and Food Security": at the comma after a title's "of" and its capitalised object,
 * how long the list of fields joined by "and" that goes on from the comma is (0: none, or a list of people, "head of
 * Acme, Bob Roe and Al Smith").
 */
function fieldsListedAt(sentence: string, start: number, comma: number): number {
  if (!OF_FIELD_AT_END.test(sentence.slice(start, comma))) return 0;
  const more = MORE_FIELDS.exec(sentence.slice(comma));
  return more && !more.slice(1).some((field) => field !== undefined && isGivenName(field.split(/\s+/)[0]!)) ? more[0].length : 0;
}

/**
 * Reads up to the next comma, semicolon, dash ("—", "–" or "--") or bracket outside quotation marks (past the commas of a
 * title's list of fields).
 */
function readPhrase(sentence: string, start: number, stopAtComma = true): string {
  let inQuote = false;
  let end = start;
  for (; end < sentence.length; end++) {
    const ch = sentence[end]!;
    if (ch === '“') inQuote = true;
    else if (ch === '”') {
      inQuote = false;
      // American punctuation puts the phrase-ending comma inside the quote: “…Afghanistan,” highlighted
      if (stopAtComma && sentence[end - 1] === ',') {
        end++;
        break;
      }
    }
    else if (ch === '"') inQuote = !inQuote;
    // "head of information technology (IT) and mobile communications": an acronym in brackets is the phrase's own.
    else if (ch === '(' && ACRONYM_IN_BRACKETS.test(sentence.slice(end, end + 12))) end = sentence.indexOf(')', end);
    // ("a community of about 2,770 people": a comma between digits is the number's.)
    else if (ch === ',' && /\d/.test(sentence[end - 1] ?? '') && /^\d{3}\b/.test(sentence.slice(end + 1, end + 5))) continue;
    else if (!inQuote && ((stopAtComma && ch === ',') || ch === ';' || ch === '(' || ch === ')' || ch === '—' || ch === '–' || (ch === '-' && sentence[end + 1] === '-'))) {
      // ("the Minister of Trade, Commerce and Food Security": a comma inside the list of what a title is of.)
      const fields = ch === ',' ? fieldsListedAt(sentence, start, end) : 0;
      if (fields === 0) break;
      end += fields - 1;
    }
  }
  let phrase = sentence.slice(start, end);
  // "a convicted felon and possessed a handgun": a second verb in the past tense starts what the person did.
  // (Each pattern only where the words it needs are: most phrases have no "and" and no quotation mark.)
  if (phrase.includes('and')) phrase = phrase.replace(SECOND_PREDICATE, '');
  // ("the front-runners for the post but PCB panel stamped Misbah’s name": "but" and a subject open another clause.)
  if (phrase.includes(' but ')) phrase = phrase.replace(CLAUSE_AFTER_BUT, '');
  phrase = phrase.replace(WHEN_AT_END, '');
  // ("… leader of the conservative group this week may put Austria on track": a time said when, and what follows it, when
  // the comma that should close the phrase is missing.)
  phrase = phrase.replace(TIME_AND_AFTER, '');
  // "a server while going to school", "the party chairman when Ms. Haley was governor": a clause of time says when, not what.
  if (phrase.includes(' while ') || phrase.includes(' when ')) phrase = phrase.replace(TIME_CLAUSE, '');
  if (phrase.includes('”') || phrase.includes('"')) phrase = phrase.replace(/,(?=[”"]\s*$)/, '');
  return phrase.replace(/[\s.,;:]+$/, '').trim();
}

/**
 * Puts the role that best says who the person is first, given the roles in the order the text states them.
 * News says who a person is where it introduces them, so the roles of the first sentence of each article that describes
 * the person count for more than their words alone: "Jo Doe, a nurse at Leith General," before "the most senior figure on
 * the children’s ward" later on. (Among that sentence's roles, the fuller one still wins: "Senator Jo Doe, who chairs …".)
 */
// A description whose head is a word for anyone at all: "a kind-hearted man", "a lovely woman".
const GENERIC_PERSON_ROLE = /^(?:an?|the)\s(?:[\p{Ll}-]+\s){0,3}(?:man|woman|person|guy|gentleman|lady|soul)$/u;
/** Whether a role says only what kind of person someone is, not what they are: "a kind-hearted man". */
export const isGenericPersonRole = (role: string) => GENERIC_PERSON_ROLE.test(role);

export function rankRoles(roles: StatedRole[]): void {
  if (roles.length < 2) return;
  // Each article's first role, in the order stated.
  const introductions = new Map<string, StatedRole>();
  for (const role of roles) {
    const article = articleOf(role);
    if (!introductions.has(article)) introductions.set(article, role);
  }
  const introduces = (role: StatedRole) => {
    const first = introductions.get(articleOf(role))!;
    return role.passageId === first.passageId && role.sentence === first.sentence;
  };
  // ("Ethiopia’s Genzebe Dibaba … Dibaba, voted world athlete of the year,": where a person is from introduces no one.)
  // ("Cllr Sue Newham … Cllr Newham, chair of the economy committee,": nor does a title of address, abbreviated, alone,
  // nor "a kind-hearted man".)
  const introducesWell = (role: StatedRole) => introduces(role) && !WHERE_FROM.test(role.text) && !isAbbreviatedAddress(role.text) && !isGenericPersonRole(role.text);
  const quality = new Map(roles.map((role) => [role, roleQuality(role.text) + (introducesWell(role) ? INTRODUCTION_WEIGHT : 0)]));
  // ("Minister Jaime Mañalich …", later "Health Minister Jaime Mañalich": a later role that says more of the introduction's
  // post, ending with it, says it better.)
  for (const role of roles) {
    const first = introductions.get(articleOf(role))!;
    if (role !== first && introducesWell(first) && extendsRole(role.text, first.text)) quality.set(role, Math.max(quality.get(role)!, quality.get(first)! + 1));
  }
  roles.sort((a, b) => quality.get(b)! - quality.get(a)!);
}

/**
 * "Health Minister" of "Minister", "the Gojek group president" of "President": the same post, with words that say which
 * before it (not a verb or a clause: "made interim chairman", "when a United States circuit judge").
 */
function extendsRole(fuller: string, role: string): boolean {
  if (fuller.length <= role.length || !fuller.toLowerCase().endsWith(` ${role.toLowerCase()}`)) return false;
  const first = fuller.slice(0, -role.length).trim().replace(/^(?:the|a|an)\s+/i, '').split(/\s+/)[0]!;
  const lower = first.toLowerCase();
  return first !== '' && !isStopWord(lower) && !/^(?:its|his|her|their|our|my)$/.test(lower) && !/\p{L}ed$/u.test(lower) && !IRREGULAR_PAST_WORD.test(lower);
}
const IRREGULAR_PAST_WORD = new RegExp(`^(?:${IRREGULAR_PAST})$`);

type StatedRole = { text: string; passageId: string; sentence: string };
// A passage's id is its article's and its number: "article#3".
const articleOf = (role: StatedRole) => role.passageId.slice(0, role.passageId.lastIndexOf('#'));

// Chosen among 2 to 20 on the development articles and on two sets never read (see README "Answer quality"): about as
// much as the longest description's words, so a later role wins only when the introduction's is a word or two.
const INTRODUCTION_WEIGHT = 8;
const WHERE_FROM = /^(?:(?:then|now|formerly|previously)\s+)?(?:of|at|with|from)\s/i;
/** Whether a role says only where the person is from or works ("of the CDF", "from Barnet"), not what they are. */
export const saysOnlyWhereFrom = (role: string) => WHERE_FROM.test(role);
// ("Cllr", "Cr", "Gen.": a title of address of four letters at most, not "Judge" or "Senator".)
const isAbbreviatedAddress = (role: string) => role.replace(FINAL_DOT, '').length <= 4 && isTitleOfAddress(role);

/**
 * How well a role describes its person, to show the best first: a longer
 * description, naming the organisation or country, beats a bare title; one that
 * opens with a pronoun ("Its director") needs the sentence before it.
 */
function roleQuality(role: string): number {
  // ("the man who saved the Union": the relative clause says which man, so its words do not make the role fuller.)
  let quality = Math.min(role.replace(RELATIVE_CLAUSE, '').split(/\s+/).length, 10);
  if (/\p{Lu}/u.test(role.slice(1))) quality += 2;
  // ("its president (Federal Reserve Bank of Dallas)": withOwnerNamed said whose, so it needs no sentence before it.)
  if (/^(?:its|his|her|their)\b/i.test(role) && !role.endsWith(')')) quality -= 8;
  // "represents a largely rural district": what the person does says less than a title ("State Sen.") or a noun phrase.
  const describesDoing = DESCRIBING_VERB.test(role.slice(0, role.indexOf(' ')));
  if (describesDoing) quality -= 2;
  // "and Captain Talcott", "but the Members of Congress": a phrase that opens with a conjunction is the rest of a list or clause.
  if (/^(?:and|or|but|nor|if|when|while|because|so|you)\b/i.test(role)) quality -= 20;
  // "of the CDF", "then at the University of Maryland": where the person is from says less than what they are.
  if (WHERE_FROM.test(role)) quality -= 6;
  // "higher-profile favourites Julian Barnes, Kazuo Ishiguro and Zadie Smith": what a list shares says less of one of them
  // than their own description later ("Japanese-born British writer Ishiguro", "British author Julian Barnes"), however
  // early it comes, and at the same length too. ("chairs the committee" is a verb, no plural.)
  if (!describesDoing && hasPluralPersonHead(role)) quality -= INTRODUCTION_WEIGHT + 1;
  return quality;
}
