import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/knowledge/entities.ts';
import { findAliases } from '../../../src/core/knowledge/aliases.ts';
import { boundsOf, splitSentences } from '../../../src/core/text/sentences.ts';
import type { Passage } from '../../../src/core/content/article.ts';

const passagesOf = (text: string): Passage[] => [{ id: 'a#1', articleId: 'a', section: '', paragraph: 1, text, sentenceBounds: boundsOf(splitSentences(text)) }];
import { looksLikePersonName, looksLikeSurname, nameRuns } from '../../../src/core/knowledge/names.ts';
import type { Briefbot } from '../../../src/briefbot.ts';
import { fixtureBot, seedBot, wireBot } from '../../helpers.ts';

function entity(bot: Briefbot, name: string) {
  const found = bot.kb.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name}; have ${bot.kb.entities.map((e) => e.name).join(', ')}`);
  return found;
}
const roles = (bot: Briefbot, name: string) => entity(bot, name).roles.map((r) => r.text);
/** The quotes of a person, each shortened to the opening the expectation gives. */
const quoteStarts = (bot: Briefbot, name: string, openings: string[]) =>
  entity(bot, name).quotes.map((q) => openings.find((o) => q.text.startsWith(o)) ?? q.text);

describe('name runs', () => {
  it('finds capitalised names with connectors and splits lists and possessives', () => {
    const runs = (s: string) => nameRuns(s).map((r) => r.text);
    expect(runs('as part of the Islamic Revolutionary Guard Corps.')).toEqual(['Islamic Revolutionary Guard Corps']);
    expect(runs('Militant Wire’s Webber, as cited by SCMP, mentioned')).toEqual(['Militant Wire', 'Webber', 'SCMP']);
    expect(runs('warnings to Iran and Russia and the Belt and Road Initiative')).toEqual(['Iran', 'Russia', 'Belt and Road Initiative']);
    expect(runs('said Amara Okafor of the Hanseatic Institute, who')).toEqual(['Amara Okafor', 'Hanseatic Institute']);
    // (An opening word and its preposition are no part of the name, which is split from where the person is from.)
    expect(runs('As for Coach Kenroy Knibbs of Saddlers, he felt the layoff')).toEqual(['Coach Kenroy Knibbs', 'Saddlers']);
    // ("Al" capitalised after "and" opens the next name whole.)
    expect(runs('the likes of Lee Evans and Al Murray')).toEqual(['Lee Evans', 'Al Murray']);
    // (A full stop after a word inside a quotation ends the name; not an abbreviation's or initials'.)
    expect(runs('“Thank you for trusting Star Magic. Thank you,” said S.N.V.S. Reddy of Calif. Gov. Jo Doe’s team.')).toEqual([
      'Thank',
      'Star Magic',
      'Thank',
      'S.N.V.S. Reddy',
      'Calif. Gov. Jo Doe',
    ]);
  });
  it('a weekday after a full name says when, and is no part of the name: "said Jo Doe Monday"', () => {
    const runs = (s: string) => nameRuns(s).map((r) => r.text);
    expect(runs('the budget passed, said Dara Voss Monday.')).toEqual(['Dara Voss']);
    expect(runs('the House Intelligence Committee Tuesday heard')).toEqual(['House Intelligence Committee']);
    // One word before it is no full name: "Cyber Monday", "Good Friday".
    expect(runs('sales on Cyber Monday rose')).toEqual(['Cyber Monday']);
  });
  it('a month and its day after a full name say when, and are no part of the name: "fired CEO Sam Altman Nov. 17"', () => {
    const runs = (s: string) => nameRuns(s).map((r) => r.text);
    expect(runs('the board fired CEO Dara Voss Nov. 17, it said')).toEqual(['CEO Dara Voss']);
    expect(runs('the band plays the Leith Music Center July 22')).toEqual(['Leith Music Center']);
    // Not a month that is a name too, nor a month without its day.
    expect(runs('he met Prime Minister Theresa May 17 times')).toEqual(['Prime Minister Theresa May']);
    expect(runs('the Leith Music Center December show')).toEqual(['Leith Music Center December']);
  });
  it('tells a person’s initial from an acronym', () => {
    expect(looksLikePersonName(['Rebecca', 'T.', 'Hale'])).toBe(true);
    expect(looksLikePersonName(['Rebecca', 'TTP', 'Hale'])).toBe(false);
  });
  it('words for what people are, capitalised as titles, are no one’s name; a given name before one is', () => {
    expect(looksLikePersonName(['General', 'Manager'])).toBe(false);
    expect(looksLikePersonName(['Ranking', 'Member'])).toBe(false);
    expect(looksLikePersonName(['Vice', 'President'])).toBe(false);
    expect(looksLikePersonName(['Jack', 'Mason'])).toBe(true);
  });
  it('takes a given name with an apostrophe before its capitalised rest ("De’Andre", "Ja’Nae")', () => {
    expect(looksLikePersonName(['De’Andre', 'Vance'])).toBe(true);
    expect(looksLikePersonName(['Ja’Nae', 'Corbin'])).toBe(true);
    expect(looksLikePersonName(['Ja’NAE', 'Corbin'])).toBe(false);
  });
  it('offsets point at the name in the sentence', () => {
    const sentence = 'Yesterday Riccardo Valle spoke.';
    const [run] = nameRuns(sentence).filter((r) => r.text === 'Riccardo Valle');
    expect(sentence.slice(run!.start, run!.end)).toBe('Riccardo Valle');
  });
});

describe('people and roles in the seed article', () => {
  const bot = seedBot();
  it('apposition: "X, the research director for Y"', () => {
    expect(roles(bot, 'Riccardo Valle')).toEqual(['the research director for The Khorasan Diary']);
    expect(roles(bot, 'Lucas Webber')).toEqual(['co-founder and editor of Militant Wire']);
  });
  it('description: "X, the former leader of Y"', () => {
    expect(roles(bot, 'Qassem Soleimani')).toEqual(['the former leader of the Quds Force']);
  });
  it('title before the name: "Defence Minister X"', () => {
    expect(roles(bot, 'Khawaja Muhammad Asif')).toEqual(['Defence Minister']);
  });
  it('relative clause: "X to SCMP, who has served as ..."', () => {
    expect(roles(bot, 'Maleeha Lodhi')).toEqual(['Pakistan’s ambassador to the UK, US, and the United Nations']);
  });
  it('a later surname-only apposition adds to the same person', () => {
    expect(roles(bot, 'Graeme Smith')).toEqual([
      'a senior consultant at the Crisis Group’s Asia program with a focus on Afghanistan',
      'author of “The Dogs Are Eating Them Now: Our War in Afghanistan”',
    ]);
  });
  it('organisations described by apposition', () => {
    expect(entity(bot, 'Militant Wire').kind).toBe('organization');
    expect(roles(bot, 'Turkistan Islamic Party')).toEqual(['an al-Qaeda-linked group aiming to establish a caliphate in Xinjiang']);
    expect(entity(bot, 'Tehreek-i-Taliban Pakistan').aliases).toContain('TTP');
  });
  it('surname-only mentions and quotes attach to the person ("Lodhi stated", "Militant Wire’s Webber")', () => {
    expect(entity(bot, 'Maleeha Lodhi').aliases).toContain('Lodhi');
    expect(quoteStarts(bot, 'Maleeha Lodhi', ['“Every neighboring country of A', 'She mentioned that despite both', 'Lodhi observed that the conflic', 'Lodhi emphasized that there is'])).toEqual(
      expect.arrayContaining(['“Every neighboring country of A', 'She mentioned that despite both', 'Lodhi observed that the conflic', 'Lodhi emphasized that there is']),
    );
    expect(quoteStarts(bot, 'Lucas Webber', ['Militant Wire’s Webber, as cit', 'He mentioned that jihadists ha', 'Webber stated that the Moscow a'])).toEqual(expect.arrayContaining(['Militant Wire’s Webber, as cit', 'He mentioned that jihadists ha', 'Webber stated that the Moscow a']));
  });
  it('"he stated" after a quote goes to the person last named as speaking', () => {
    expect(quoteStarts(bot, 'Riccardo Valle', ['“Acquiring a comprehensive over'])).toContain('“Acquiring a comprehensive over');
    expect(quoteStarts(bot, 'Graeme Smith', ['He further suggested that the S'])).toContain('He further suggested that the S');
  });
  it('never turns a clause into a role', () => {
    for (const e of bot.kb.entities) for (const r of e.roles) expect(r.text).not.toMatch(/\b(?:has|should|is)\b/);
    expect(bot.kb.entities.find((e) => e.name === 'Smith')).toBeUndefined();
  });
});

describe('the same expectations on an article briefbot was never tuned on', () => {
  const bot = fixtureBot();
  it('apposition, title, description and relative clause', () => {
    expect(roles(bot, 'Ingrid Halvorsen')).toEqual(['the chief engineer of Nordlys Energy']);
    expect(roles(bot, 'Tomas Brekke')).toEqual(['Energy Minister']);
    expect(roles(bot, 'Lars Mikkelsen')).toEqual(['the former head of the Norwegian Coast Guard']);
    // "Amara Okafor of the Hanseatic Institute": where she is from, after what she is.
    expect(roles(bot, 'Amara Okafor')).toEqual(['the institute’s director of research since 2015', 'of the Hanseatic Institute']);
  });
  it('surname mentions, possessive mentions and pronoun quotes', () => {
    expect(quoteStarts(bot, 'Ingrid Halvorsen', [
      'Ingrid Halvorsen, the chief eng',
      'Nordlys Energy’s Halvorsen sta',
      'On Friday, Halvorsen mentioned',
    ])).toEqual([
      'Ingrid Halvorsen, the chief eng',
      'Nordlys Energy’s Halvorsen sta',
      'On Friday, Halvorsen mentioned',
    ]);
    expect(quoteStarts(bot, 'Amara Okafor', ['“We cannot stockpile our way o', 'She noted that operators aroun'])).toEqual(['“We cannot stockpile our way o', 'She noted that operators aroun']);
  });
  it('a description before the name: "The authority’s head of inspections, Jonas Eriksen, told …"', () => {
    expect(roles(bot, 'Jonas Eriksen')).toEqual(['The authority’s head of inspections']);
    expect(quoteStarts(bot, 'Jonas Eriksen', ['The authority’s head'])).toEqual(['The authority’s head']);
  });
  it('abbreviation expansions become organisations with their alias', () => {
    expect(entity(bot, 'North Sea Transmission Authority')).toMatchObject({ kind: 'organization', aliases: ['NSTA'] });
  });
});

describe('and on two wire stories', () => {
  const bot = wireBot();
  it('"Dr. X, a marine biologist at …, said": the description is the role, and the aside before "said" still makes X the speaker', () => {
    expect(roles(bot, 'Aaron Whitlock')).toEqual(['a marine biologist at the university']);
    expect(quoteStarts(bot, 'Aaron Whitlock', ['Dr. Aaron Whitlock', 'Whitlock warned'])).toEqual(['Dr. Aaron Whitlock', 'Whitlock warned']);
    // "Senator Daniel Okoro, who chairs the state health committee": the post he holds, and his title.
    expect(roles(bot, 'Daniel Okoro')).toEqual(['chair of the state health committee', 'Senator']);
  });
  it('a description right before a name, without a comma: "the activist group Ocean Voices"', () => {
    expect(entity(bot, 'Ocean Voices')).toMatchObject({ kind: 'organization' });
    expect(roles(bot, 'Ocean Voices')).toEqual(['the activist group']);
  });
  it('examples after a comma ("Critics, including …") are not a description of the word before them', () => {
    expect(bot.kb.entities.map((e) => e.name)).not.toContain('Critics');
  });
  it('an expanded abbreviation that names a facility is an organisation, not a person', () => {
    expect(entity(bot, 'Reef Recovery Facility')).toMatchObject({ kind: 'organization', aliases: ['RRF'], quotes: [] });
  });
  it.each([
    ['a hyphenated surname', 'José Luis Ferreira-Santos, a paediatrician in Lisbon, said clinics were full.', 'José Luis Ferreira-Santos', 'a paediatrician in Lisbon'],
    ['an organisation’s possessive opening the description', 'Dr. Hans Kluge, WHO’s regional director for Europe, urged governments to act.', 'Hans Kluge', 'WHO’s regional director for Europe'],
    ['a surname with a capital inside', 'Maria McDonald, the mayor of Leith, said the port would reopen.', 'Maria McDonald', 'the mayor of Leith'],
  ])('people named with %s', (_case, text, name, role) => {
    const person = extractEntities(passagesOf(text), []).find((e) => e.name === name);
    expect(person).toMatchObject({ kind: 'person', roles: [expect.objectContaining({ text: role })] });
    expect(person!.quotes).toHaveLength(1);
  });
  it('a surname with particles is known whole and by its last word: "von der Leyen", "Leyen"', () => {
    const extracted = extractEntities(passagesOf('Ursula von der Leyen, the president of the Commission, spoke. Later von der Leyen said more. Leyen added that it mattered.'), []);
    const person = extracted.find((e) => e.name === 'Ursula von der Leyen')!;
    expect(person.aliases).toEqual(['von der Leyen']);
    expect(person.quotes.map((q) => q.text)).toEqual(['Later von der Leyen said more.', 'Leyen added that it mattered.']);
  });
  it('two family names joined by "e" or "y" are the family name together: "Joaquim Silva e Luna"', () => {
    const extracted = extractEntities(passagesOf('They appoint Joaquim Silva e Luna to the post. Silva e Luna, formerly the defense minister, had served at Itaipu.'), []);
    const person = extracted.find((e) => e.kind === 'person')!;
    expect([person.name, person.roles[0]?.text]).toEqual(['Joaquim Silva e Luna', 'formerly the defense minister']);
    expect(person.aliases).toEqual(['Silva e Luna']);
  });
  it('where a person named in full is from, before their family name alone, is no part of a name: "Italian Bagnaia"', () => {
    const text = 'Alex Rins won after defending champion Francesco Bagnaia crashed. Italian Bagnaia, who started on pole, fell early.';
    const people = extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.name, e.aliases])).toEqual([['Alex Rins', ['Rins']], ['Francesco Bagnaia', ['Bagnaia']]]);
  });
  it('two family names joined by a particle are the family name together: "Cristina Fernández de Kirchner"', () => {
    const text = 'The court upheld the verdict against Cristina Fernández de Kirchner. Fernández de Kirchner served as president.';
    const people = extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.name, e.aliases])).toEqual([['Cristina Fernández de Kirchner', ['Fernández de Kirchner', 'de Kirchner']]]);
  });
  it('a word before a family name opening with a particle is a given name, though no list holds it: "Marine Le Pen", then "Le Pen"', () => {
    const text = 'Before the hearing, Marine Le Pen, leader of the party, spoke. Le Pen said she had evidence.';
    const people = extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(['Marine Le Pen']);
  });
  it('a hyphenated name with lower-case parts is not a person’s', () => {
    expect(looksLikePersonName(['Tehreek-i-Taliban', 'Pakistan'])).toBe(false);
  });
  it('a company is also known without its legal suffix', () => {
    const extracted = extractEntities(passagesOf('The regulator sued Orbital Freight Inc. on Monday. Orbital Freight denied it.'), []);
    const company = extracted.find((e) => e.name === 'Orbital Freight Inc')!;
    expect(company).toMatchObject({ kind: 'organization', aliases: ['Orbital Freight'] });
    expect(company.mentions).toHaveLength(1);
  });
  it('a company named after its founder is a company: "Walt Disney Co.", "Harlan Webb PLC", not "Denver, CO"', () => {
    const kinds = (text: string) => Object.fromEntries(extractEntities(passagesOf(text), []).map((e) => [e.name, e.kind]));
    expect(kinds('The studio is owned by Walt Disney Co. now.')).toMatchObject({ 'Walt Disney Co': 'organization' });
    expect(kinds('The bid came from Harlan Webb PLC on Monday.')).toMatchObject({ 'Harlan Webb PLC': 'organization' });
    expect(kinds('The tour stops in Denver, CO Sept. 12.')).not.toHaveProperty('CO Sept');
  });
  it('a quotation of two sentences is attributed whole', () => {
    expect(entity(bot, 'Losana Tuilagi').quotes.map((q) => q.text)).toContain('"Our reefs feed our families and protect our coasts from storms. We cannot wait for another bleaching season," she said.');
  });
});

describe('people as real news names them', () => {
  const people = (text: string) =>
    Object.fromEntries(extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => [e.name, e.roles[0]?.text ?? null]));

  it('a given name used alone is the one person its article names in full with it: "said Nahid" of "Nahid Islam"', () => {
    const text = 'Nahid Islam, one of the key coordinators, spoke on Tuesday. “We have decided,” said Nahid. Cora Corcoran was born in May. The couple said their daughter Cora died.';
    const extracted = extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person');
    expect(extracted.map((e) => [e.name, e.roles.map((r) => r.text), e.aliases.includes(e.name.split(' ')[0]!)])).toEqual([
      ['Nahid Islam', ['one of the key coordinators'], true],
      ['Cora Corcoran', ['their daughter'], true],
    ]);
    // (Not when the article names two people with it, nor in another article, which may mean someone else.)
    expect(people('Nahid Islam and Nahid Hasan spoke. “We have decided,” said Nahid.')).toHaveProperty('Nahid');
    const elsewhere = [...passagesOf('Nahid Islam, one of the key coordinators, spoke.'), { ...passagesOf('“We have decided,” said Nahid.')[0]!, id: 'b#1', articleId: 'b' }];
    expect(extractEntities(elsewhere, []).map((e) => e.name)).toEqual(['Nahid Islam', 'Nahid']);
    // (A description of anyone at all, "a kind-hearted man", does not displace what the person is.)
    expect(people('The former mayor Tim Shadbolt died. Tim, a kind-hearted man, was loved.')).toEqual({ 'Tim Shadbolt': 'The former mayor' });
  });
  it('two spellings of one name in one article, a vowel apart, are one person: "Muhammad Yunus", then "Mohammad Yunus"', () => {
    const text = 'Nobel laureate Dr Muhammad Yunus will lead the government. “Dr Mohammad Yunus, who has wide acceptability, will lead it,” said Nahid Islam.';
    expect(extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Muhammad Yunus', 'Nahid Islam']);
    // (Under the spelling written more often.)
    expect(Object.keys(people('DCP Tejaswani Gautam said so. DCP Tejaswini Gautam added more. Tejaswini Gautam left.'))).toEqual(['Tejaswini Gautam']);
    // (Not names a consonant apart, nor short names: "Mark Kelly" and "Mary Kelly" are two.)
    expect(Object.keys(people('Mark Kelly spoke. Mary Kelly, his sister, spoke too. Tejaswani Gautam and Tejasvani Gautam met.'))).toEqual(['Mark Kelly', 'Mary Kelly', 'Tejaswani Gautam', 'Tejasvani Gautam']);
  });
  it('the given names of a longer name, used alone as a name, are that person: "Mohamad Suffi Kamari", then "Mohamad Suffi said"', () => {
    expect(people('Mohamad Suffi Kamari, 35, refuted the claims. Mohamad Suffi said he was invited.')).toEqual({ 'Mohamad Suffi Kamari': null });
    // (Not when the family name is used alone too, as a Western middle name's is not: someone else may bear it.)
    expect(Object.keys(people('Mohamad Suffi Kamari, 35, refuted the claims. Mohamad Suffi said he was invited. Kamari said so.'))).toContain('Mohamad Suffi');
  });
  it('the ward an elected member sits for, set off after the name, stands before the description: "Ald. Jo Doe, 6th Ward, a committee member"', () => {
    expect(people('“We knew this was coming,” said Ald. Michael Saville, 6th Ward, a committee member.')).toEqual({ 'Michael Saville': 'a committee member' });
  });
  it('"I" before a word that is also a person noun opens a clause, no description: "I hope Jo Doe has a good year"', () => {
    expect(people('He added: “I hope Jo Doe has as good a year as I have.”')).toEqual({ 'Jo Doe': null });
  });
  it('a name listed beside people, each with the work it is listed for, is a person: "Jo Doe, “Work”; Al Roe, “Work”"', () => {
    expect(people('The nominees are Gary Oldman, “Slow Horses”; Hiroyuki Sanada, “Shogun”; and Dominic West, “The Crown.”')).toHaveProperty('Hiroyuki Sanada');
    expect(people('The nominees are Gary Oldman, “Slow Horses”; Hiroyuki Sanada, “Shogun” and Dominic West.')).toHaveProperty('Hiroyuki Sanada');
    // (A semicolon alone, with no aside before it, joins descriptions, not names: "a director of Acme Holdings; Jo Doe, …".)
    expect(people('The offerors are Jo Doe, a director of Westiara Development; Al Roe, the owner of Fine Approach.')).not.toHaveProperty('Westiara Development');
    // Or with a short clause on what one of them did.
    expect(people('Goals came from Jordan Ayew, who netted twice, Eberechi Eze and Odsonne Edouard.')).toMatchObject({ 'Eberechi Eze': null, 'Odsonne Edouard': null });
  });
  it('a name that opens with a given name is a person, with no other cue', () => {
    expect(people('Police found the car after Michael Webb drove away.')).toEqual({ 'Michael Webb': null });
    expect(people('The president met Donald Trump in New York.')).toEqual({ 'Donald Trump': null });
  });
  it('Malaysia’s and Fiji’s conferred titles, of one word or two, are honorifics: no part of the name nor of the role', () => {
    expect(people('Deputy Minister I Datuk P. Kamalanathan said so.')).toEqual({ 'P. Kamalanathan': 'Deputy Minister I' });
    expect(people('Prime Minister Tan Sri Muhyiddin Yassin said so.')).toEqual({ 'Muhyiddin Yassin': 'Prime Minister' });
    expect(people('Committee chairman Datuk Wira Md Yunos Husin said so.')).toEqual({ 'Md Yunos Husin': 'Committee chairman' });
    // (A priest's "Mgr", "Fr" and "Most Rev", and a Buddhist monk's "Thero" after the name, too.)
    expect(people('Mgr Malcolm Doevalu, archbishop of Colombo, was named a cardinal.')).toEqual({ 'Malcolm Doevalu': 'archbishop of Colombo' });
    expect(people('We thank the Most Rev Dr Ephraim Doevalu for his work.')).toEqual({ 'Ephraim Doevalu': null });
    // (The Church of England's "Rt Revd", with its article after the description set off before it.)
    expect(people('A motion, moved by the Bishop of Dover, the Rt Revd Trevor Doevalu, was carried.')).toEqual({ 'Trevor Doevalu': 'the Bishop of Dover' });
    // (A family name alone after an honorific is a person's, described so; not by a quotation left open.)
    expect(people('After the vote, the Archbishop of York, Dr Doevalu, told the Synod so.')).toEqual({ Doevalu: 'the Archbishop of York' });
    expect(people('Soon after “the chief factor of the company at Victoria, Mr. Doevalu, came to the island.')).toEqual({ Doevalu: null });
    expect(people('Madampagama Assaji Thero, a Buddhist priest, thanked the Pope.')).toEqual({ 'Madampagama Assaji': 'a Buddhist priest' });
    // (A Fijian chief's "Ratu" too.)
    expect(people('Speaker Ratu Naiqama Doevalu says the directive is clear.')).toEqual({ 'Naiqama Doevalu': 'Speaker' });
    // (The second word alone is a given name: "Sri Mulyani Indrawati".)
    expect(people('Finance Minister Sri Mulyani Indrawati said so.')).toEqual({ 'Sri Mulyani Indrawati': 'Finance Minister' });
  });
  it('a name listed after a known person’s, behind a country’s possessive, is a person’s', () => {
    expect(people('The crew are France’s Thomas Pesquet and Japan’s Zukaro Omiyabe.')).toEqual({ 'Thomas Pesquet': 'of France', 'Zukaro Omiyabe': 'of Japan' });
    // (Not behind an organisation's: "Acme’s Zukaro Omiyabe" may be a product.)
    expect(people('The crew are France’s Thomas Pesquet and Acme’s Zukaro Omiyabe.')).toEqual({ 'Thomas Pesquet': 'of France' });
  });
  it('a full name no list knows is a person’s when its family name alone is described as a person elsewhere', () => {
    expect(people('It would be hard for Zukaro Omiyabe to lose. He met Omiyabe, a Lower House lawmaker, on Friday.')).toEqual({ 'Zukaro Omiyabe': 'a Lower House lawmaker' });
    // (Described as a thing, it decides nothing.)
    expect(people('It would be hard for Zukaro Omiyabe to lose. He lives in Omiyabe, a small town.')).toEqual({});
  });
  it('a name none of whose words a dictionary knows is a person’s, written plainly, with no other cue: "Obari Gomba won the prize"', () => {
    expect(people('Obari Gomba won the prize last year for his play Grit.')).toEqual({ 'Obari Gomba': null });
    expect(people('He beat two other shortlisted books by Ndidi Chiazo-Eneamor and Uche Peter Umez.')).toEqual({ 'Ndidi Chiazo-Eneamor': null, 'Uche Peter Umez': null });
    expect(people('The order was signed by P K Misra on Friday.')).toEqual({ 'P K Misra': null });
    expect(people("It is distributed by Gokulam Gopalan's Sree Gokulam films in Kerala.")).toEqual({ 'Gokulam Gopalan': null });
    // (Not a name with a word the dictionary knows, in the singular or plural: a place's, a team's or a thing's.)
    expect(people('The rally ended at Chua Chu Kang. Their rivals beat Abia Warriors.')).toEqual({});
    // (Nor where a place's, a thing's or an organisation's name stands: after an article, a possessive or a preposition of
    // place, in quotation marks, before a bracketed acronym or a word for an organisation or its people, after a word for
    // an organisation, or as the company after someone's title.)
    expect(people('They met in Sharm Ebassa. The Asharq Alawsat newspaper said so. Gomba Tilaki members left.')).toEqual({});
    expect(people('When Barisan Nasional (BN) ruled, the mixed choir Cor Dre sang.')).toEqual({});
    expect(people('“We are proud,” said Julian Moore, General Manager, Nam Nghi Phu Quoc.')).toEqual({ 'Julian Moore': 'General Manager, Nam Nghi Phu Quoc' });
    // (Nor a pronoun's: "His Majesty", "My Budget" are no one's names.)
    expect(people('A letter from His Majesty came. My Budget is ready.')).toEqual({});
    // (Nor one its apposition calls a firm.)
    expect(people('Investors include Bharti Airtel, an Indian firm.')).toEqual({});
  });
  it('a first name only the world’s birth registers know opens a person’s name too, after a title or alone', () => {
    expect(people('A day after Shreyas Desai took to Twitter, the studio issued a statement.')).toEqual({ 'Shreyas Desai': null });
    expect(people('MUMBAI: Actor Hrithik Verma on Thursday said he would shift the release.')).toEqual({ 'Hrithik Verma': 'Actor' });
    // (A common first name is still where the name starts: "Streeter" is a register's name and a word of the title.)
    expect(people('Veteran Wall Streeter Charlotte Beyer said the market would recover.')).toEqual({ 'Charlotte Beyer': 'Veteran Wall Streeter' });
  });
  it('a title\'s word that ends a name after another title and a given name is the family name: "Mayor Mario King"', () => {
    expect(people('The board voted to restore Mayor Mario King’s salary.')).toEqual({ 'Mario King': 'Mayor' });
    expect(people('Prime Minister Jo Bishop spoke first.')).toEqual({ 'Jo Bishop': 'Prime Minister' });
  });
  it('an Arabic name that opens with a kunya ("Abu", "Umm") is a person’s, whole; "Abu Dhabi" and "Abu Sayyaf" are not', () => {
    expect(people('Abu Bakr al-Baghdadi was killed. He was a disciple of Abu Musab al-Zarqawi, a militant leader.')).toEqual({
      'Abu Bakr al-Baghdadi': null,
      'Abu Musab al-Zarqawi': 'a militant leader',
    });
    expect(people('Three Abu Sayyaf members were held at Abu Dhabi Airport.')).toEqual({});
  });
  it('"bin" joins a given name to the father’s name after it: "Hamad bin Isa Al Khalifa" is one name, with no title', () => {
    expect(people('News/ Hamad bin Isa Al Khalifa issued a Royal Order on Wednesday.')).toMatchObject({ 'Hamad bin Isa Al Khalifa': null });
    expect(people('Crown Prince Salman bin Hamad Al Khalifa spoke.')).toEqual({ 'Salman bin Hamad Al Khalifa': 'Crown Prince' });
  });
  it('an Arabic name with its articles stays whole after a title, and an honorific is no part of the title', () => {
    expect(people('Defence Minister Sheikh Hamad Jaber Al-Ali Al-Sabah was replaced on Monday.')).toEqual({ 'Hamad Jaber Al-Ali Al-Sabah': 'Defence Minister' });
    expect(people('Health Minister Dr. Jo Doe said so.')).toEqual({ 'Jo Doe': 'Health Minister' });
    // (Nor between a description and the name: "British aristocrat Lord Jo Doe".)
    expect(people('He is the son of British aristocrat Lord Jo Doe, they said.')).toEqual({ 'Jo Doe': 'British aristocrat' });
  });
  it('one word listed between two people\'s full names is a person known by one name: "Bobby Simha, Vivek, Priya Bhavani Shankar"', () => {
    expect(people('The cast includes Rakul Preet Singh, Bobby Simha, Vivek, Priya Bhavani Shankar and Gulshan Grover.')).toMatchObject({ Vivek: null });
    // (Not a place between them.)
    expect(people('The tour visits Jane Doe, Leeds and Mary Roe.')).not.toHaveProperty('Leeds');
    // So is one word listed with a full name after a word for people.
    expect(people('Actors Manoj Bajpayee and Dhanush shared the award.')).toEqual({ 'Manoj Bajpayee': 'Actors', Dhanush: 'Actors' });
  });
  it('a list that opens with a person lists the rest as people, however many names come between', () => {
    expect(people('The likes of Sunil Narine, Piyush Qalandar and Zorawar Ozturkmen took seven wickets.')).toEqual({ 'Sunil Narine': null, 'Piyush Qalandar': null, 'Zorawar Ozturkmen': null });
  });
  it('a title opens a sentence whole, though the article writes its first word in lower case', () => {
    expect(people('Her attorney objected. Attorney General Juan Villena told the panel so.')).toEqual({ 'Juan Villena': 'Attorney General' });
    expect(people('The interior ministry said so. Interior Minister Jo Doe was replaced.')).toEqual({ 'Jo Doe': 'Interior Minister' });
    // (A word that opens the sentence without modifying the title is not the title's.)
    expect(people('It was later, meanwhile, decided. Meanwhile President Jo Doe was replaced.')).toEqual({ 'Jo Doe': 'President' });
    // (A word that says what level a post is keeps its place before the post and its portfolio: "State", "Federal".)
    expect(people('State Minister for Religious Affairs Jo Doe, 74, died.')).toEqual({ 'Jo Doe': 'State Minister for Religious Affairs' });
    expect(people('Federal Minister for Energy Jo Doe resigned.')).toEqual({ 'Jo Doe': 'Federal Minister for Energy' });
  });
  it('a verb in the relative clause of a description set off before a name is the clause’s: "The reporter who wrote the story, Jo Doe,"', () => {
    expect(people('The reporter who wrote the story, Zukaro Omiyabe, was released on bail on Friday.')).toEqual({ 'Zukaro Omiyabe': 'The reporter who wrote the story' });
    // (A verb before the relative pronoun still makes a clause of it, which describes no one.)
    expect(people('The reporter wrote the story, Zukaro Omiyabe, and left.')['Zukaro Omiyabe']).toBeNull();
  });
  it('a full name set off by what only people are, "elected" or "born", is a person’s', () => {
    expect(people('Zukaro Omiyabe, elected to the Lower House for the first time in 2017, aims to run again.')).toEqual({ 'Zukaro Omiyabe': null });
    expect(people('Zukaro Omiyabe, born in Leith in 1950, moved south.')).toEqual({ 'Zukaro Omiyabe': null });
    // (Not what organisations are too.)
    expect(people('Zukaro Omiyabe, founded in Leith in 1950, moved south.')).toEqual({});
  });
  it('a given name and a word that names organisations too is a person’s name when described as a person', () => {
    expect(people('The firm will pick a new chief by summer, Paul House, executive chairman, said on Monday.')).toEqual({ 'Paul House': 'executive chairman' });
    // (Not when the description is an organisation's.)
    expect(people('The talks were held at Jordan House, a conference centre in Leith.')).toEqual({});
  });
  it('letters after a name for a rank at the bar or a degree are no part of it: "Jo Doe BL, prosecuting,"', () => {
    expect(Object.keys(people('Garda Walsh told Emer Ní Chúagáin BL, prosecuting, that he was on bail.'))).toContain('Emer Ní Chúagáin');
    expect(Object.keys(people('Oisín Clarke BL, defending, said this was a brutal attack.'))).toEqual(['Oisín Clarke']);
    expect(Object.keys(people('The study was led by Jane Doe PhD of Leith University.'))).toEqual(['Jane Doe']);
  });
  it('a list’s names may each close with an aside in brackets, and the list goes on past it', () => {
    // (The seat or team in brackets is each one's role of last resort; a stage name opening with a given name is not.)
    expect(people('The funeral was attended by Liza Chelule (Nakuru), Vincent Kemosi (West Mugirango) and Zukaro Omiyabe (Kitutu Masaba).')).toEqual({
      'Liza Chelule': 'Nakuru',
      'Vincent Kemosi': 'West Mugirango',
      'Zukaro Omiyabe': 'Kitutu Masaba',
    });
    expect(people('The cast includes Nadia Buari, Temidayo Omoniyi (Zlatan Ibile) and Zukaro Omiyabe (Mercy Elenu).')).toMatchObject({ 'Temidayo Omoniyi': null, 'Zukaro Omiyabe': null });
    // (Not what the aside names: it is no name of the list.)
    expect(Object.keys(people('The funeral was attended by Liza Chelule (Kitutu Masaba).'))).toEqual(['Liza Chelule']);
  });
  it('a speaker after the comma that ends a list is no description of its last name: "…and Taku Hada, prosecutors said"', () => {
    expect(people('Also charged were former bankers Jo Nakagawa and Taku Hada, prosecutors said in a statement.')).toEqual({ 'Jo Nakagawa': 'former bankers', 'Taku Hada': 'former bankers' });
  });
  it('a Korean family name that is also a small word opens a name before a hyphenated given name: "Gov. An Hee-jung"', () => {
    expect(people('Others include Gov. An Hee-jung and Mayor Lee Jae-myung.')).toEqual({ 'An Hee-jung': 'Gov.', 'Lee Jae-myung': 'Mayor' });
    expect(people('Former President No Moo-hyun died in 2009. An aide said so.')).toEqual({ 'No Moo-hyun': 'Former President' });
  });
  it('four initials open a name; two capitals that abbreviate a post ("MD") are its title, not initials, unlike "Md" for Mohammad', () => {
    const text = 'Acme chairman S.N. Varma and MD Ravindran, Metro Rail MD S.N.V.S. Quddus, Chief Minister’s secretary S. Narsing Pillai and others met. Judge Md Asaduzzaman spoke.';
    expect(people(text)).toEqual({
      'S.N. Varma': 'Acme chairman',
      Ravindran: 'MD',
      'S.N.V.S. Quddus': 'Metro Rail MD',
      'S. Narsing Pillai': 'Chief Minister’s secretary',
      'Md Asaduzzaman': 'Judge',
    });
  });
  it('"the late", "legendary" before a full name make it a person’s; not an organisation’s', () => {
    expect(people('He worked with the late Savanu Ganezan for years, from legendary Ivaro Pendleck to newcomers.')).toEqual({ 'Savanu Ganezan': null, 'Ivaro Pendleck': null });
    expect(people('They recorded at legendary Abbey Road Studios.')).toEqual({});
  });
  it('what befalls only people, before a full name, makes it a person’s: "the resignation of Gotabaya Rajapaksa"', () => {
    expect(people('Ministers were sworn in after the resignation of Gotabaya Omiyabe.')).toEqual({ 'Gotabaya Omiyabe': null });
    expect(people('Riots followed the arrest of Savanu Ganezan and the death of Ivaro Pendleck.')).toEqual({ 'Savanu Ganezan': null, 'Ivaro Pendleck': null });
    // (Not an organisation's: "the resignation of Leith Borough Council".)
    expect(people('It followed the resignation of Leith Borough Council.')).toEqual({});
  });
  it('a full name made the modifier of what only people do is a person’s: "The Abdu Maikaba-tutored Kano Pillars"', () => {
    expect(people('The Abdu Maikabo-tutored Leith Rovers lost again.')).toEqual({ 'Abdu Maikabo': null });
    // (The participle may be joined to the noun after it instead: "The Mick Byrne coached-side".)
    expect(people('The Mick Byrne coached-side now goes on the road. Tela spoke to head coach Mick Byrne after the match.')).toEqual({ 'Mick Byrne': 'head coach' });
    expect(people('The Saudi-led coalition struck again.')).toEqual({});
  });
  it('"aka" or "alias" after a full name makes it a person’s', () => {
    expect(people('They came from Sulu under Mundo Gold aka The Engineer.')).toEqual({ 'Mundo Gold': null });
    expect(people('They came from Sulu under Mundo Gold.')).toEqual({});
  });
  it('"his" or "her" in the clause of a full name that opens the sentence makes it a person’s, but not "its"', () => {
    expect(people('It was all over. Usain Bolt had run the final race of his career.')).toEqual({ 'Usain Bolt': null });
    expect(people('It was all over. Usain Bolt had run the final race of its season.')).toEqual({});
    // (Not with another name between: "his" may be that one's.)
    expect(people('It was all over. Usain Bolt had beaten Gatlin in his final race.')).toEqual({});
  });
  it('"who" right after a full name, with or without a comma, makes it a person’s, but not after a determiner', () => {
    expect(people('The case rests on the complaint of Fehmida Arshad who died years ago.')).toEqual({ 'Fehmida Arshad': null });
    expect(people('Among those who left is Boba Sima, who was sent on loan abroad.')).toEqual({ 'Boba Sima': null });
    expect(people('We pray to our Heavenly Parent, who made us.')).toEqual({});
    expect(people('Not just the winner of the Super Bowl who deserves praise, said Ada Quinn.')).toEqual({ 'Ada Quinn': null });
  });
  it('an age in brackets, or another name the person goes by, stands between a name and its description', () => {
    expect(people('The accused include Moses Katende (19), a food vendor; and Abudalatif Balikoowa, alias Bako (54), a hawker.')).toMatchObject({
      'Moses Katende': 'a food vendor',
      'Abudalatif Balikoowa': 'a hawker',
    });
  });
  it('a description, then "named" or "called", describes the name after it; a word for anyone alone does not', () => {
    expect(people('A citizen named Ada Quinn filed a petition. Police arrested a 24-year-old man called Jo Doe.')).toEqual({
      'Ada Quinn': 'A citizen',
      'Jo Doe': 'a 24-year-old man',
    });
    expect(people('He met a woman named Ada Quinn.')).toEqual({ 'Ada Quinn': null });
  });
  it('a person "is with" an organisation: where they work, which a description of what they are outranks', () => {
    expect(people('HD Quinn is with the state Department of Finance.')).toEqual({ 'HD Quinn': 'with the state Department of Finance' });
    expect(people('Ada Quinn is with the band tonight.')).toEqual({ 'Ada Quinn': null });
  });
  it('"People" is no part of a person’s name: "the conservative Austrian People’s Party"', () => {
    expect(people('But his talks with the conservative Austrian People’s Party failed, said Ada Quinn.')).toEqual({ 'Ada Quinn': null });
  });
  it('a councillor is "Cr", and a title’s object may be two joined by "and": "Minister of Education and Youth Danny Faure"', () => {
    expect(people('Cr Simon Brooks said the pool was too expensive.')).toEqual({ 'Simon Brooks': 'Cr' });
    expect(people('The ceremony drew Minister of Education and Youth Danny Faure.')).toEqual({ 'Danny Faure': 'Minister of Education and Youth' });
    // (The title's own object before that one: "Minister of State for …".)
    expect(people('Union Minister of State for Sport and Youth Affairs Ada Quinn opened the track.')).toEqual({
      'Ada Quinn': 'Union Minister of State for Sport and Youth Affairs',
    });
  });
  it('people in the plural listed on after a name are no description of it: "leader Wavel Ramkalawan, education officials and parents"', () => {
    expect(people('Ministers came, as well as opposition leader Wavel Ramkalawan, education officials and parents, who sang.')).toEqual({ 'Wavel Ramkalawan': 'opposition leader' });
    // (Nor others added to a list: "Kyagulanyi, his co accused and others at large".)
    expect(people('Prosecutors allege that Robert Kyagulanyi, his co accused and others at large disobeyed the law.')).toEqual({ 'Robert Kyagulanyi': null });
    // ("a physics and mathematics teacher" is one description.)
    expect(people('Jo Doe, a physics and mathematics teacher, said so.')).toEqual({ 'Jo Doe': 'a physics and mathematics teacher' });
  });
  it('after a title, its preposition and a place, a name no given-name list knows is the person’s: "Envoy to Syria Geir Pedersen"', () => {
    expect(people('UN Special Envoy to Syria Geir Pedersen said talks would resume.')).toEqual({ 'Geir Pedersen': 'UN Special Envoy to Syria' });
    // (After an object of two joined by "and" whose second is of several words, one of them no name's.)
    expect(people('Minister for Petroleum & Natural Resources Shahid Khaqan Omiyabe is also coming.')).toEqual({ 'Shahid Khaqan Omiyabe': 'Minister for Petroleum & Natural Resources' });
  });
  it('adverbs and a verb after a name open what the person did, no description: "Jo Doe, allegedly and unlawfully revoked bail"', () => {
    expect(people('The magistrate, Ms Jo Doe, allegedly unprocedurally and unlawfully revoked bail against two men.')).toEqual({ 'Jo Doe': 'The magistrate' });
  });
  it('a title set off before a name is that person’s, not another person listed beside them', () => {
    expect(people('In June, the then UK Home Secretary, John Javid, approved the request.')).toEqual({ 'John Javid': 'the then UK Home Secretary' });
    expect(people('They remembered Bebe King, Elsie Stancombe and Alice Aguiar.')).toEqual({ 'Bebe King': null, 'Elsie Stancombe': null, 'Alice Aguiar': null });
  });
  it('a small word before a name is no title: "… misunderstanding: If Saddam Hussein does not disarm"', () => {
    expect(people('Let there be no misunderstanding: If Saddam Hussein does not disarm, we will act.')).toEqual({ 'Saddam Hussein': null });
  });
  it('an abbreviation in capitals before a given name is no part of the name, and says what the person is', () => {
    expect(people('The party featured DJ Calvin Harris.')).toEqual({ 'Calvin Harris': 'DJ' });
    expect(people('The Patriots signed QB Tom Brady on Monday.')).toEqual({ 'Tom Brady': 'QB' });
  });
  it('a title or affiliation inside the run is the role, never part of the name', () => {
    expect(people('The motion came after the Senate President Bukola Saraki read the letters.')).toEqual({ 'Bukola Saraki': 'the Senate President' });
    expect(people('Disney Chief Executive Bob Iger spoke first.')).toEqual({ 'Bob Iger': 'Disney Chief Executive' });
    expect(people('It was bought by a company owned by talent manager Scooter Braun.')).toEqual({ 'Scooter Braun': 'talent manager' });
    expect(people('If WeWork founder and former CEO Adam Neumann engaged in self-dealing, it was not said.')).toEqual({ 'Adam Neumann': 'WeWork founder and former CEO' });
    // (A word for a person capitalised as a post is, before "and", too; not a family name that is also one.)
    expect(people('The board fired Founder and CEO Sam Altman on Friday.')).toEqual({ 'Sam Altman': 'Founder and CEO' });
    expect(people('It was backed by party MP Hamish Walker and former party president Michelle Boag.')).toMatchObject({ 'Michelle Boag': 'former party president' });
  });
  it('a place WordNet names is never a person, however the sentence reads it, unless it is used as only people are', () => {
    expect(people('Defence Secretary Dana Whitfield on Wednesday accused China of intimidating its neighbours.')).toEqual({ 'Dana Whitfield': 'Defence Secretary' });
    expect(people('Wales beat Hungary 2-0 to qualify.')).toEqual({});
    expect(people('Viera (4-0): Bozeman 10 points, Okafor 8 points.')).toMatchObject({ Bozeman: null, Okafor: null });
    expect(people('The service was led by Bishop Galloway of the diocese.')).toEqual({ Galloway: 'Bishop' });
  });
  it('a kind of people WordNet names is a group, not a person; one name that a given name opens stays a person', () => {
    expect(people('Most affluent Americans bought more, and Kentucky Democrats cheered the result.')).toEqual({});
    expect(people('The radical Muslims were not named.')).toEqual({});
    expect(people('Prime Minister Bill English said the budget was sound.')).toEqual({ 'Bill English': 'Prime Minister' });
  });
  it('a headline in title case (another story’s, a credit) names no one: no run of capitals in it says where a name ends', () => {
    expect(people('Man Shot at Dallas Gas Station Dies at Hospital')).toEqual({});
    expect(people('Mayor Equates Firing to Professional Death Sentence')).toEqual({});
    // A list of names has commas, and a line of prose its words in lower case: both are read.
    expect(people('Tom Johnston, Michael McDonald, Pat Simmons and John McFee')).toMatchObject({ 'Tom Johnston': null, 'John McFee': null });
    expect(people('Dana Whitfield spoke at the Harbour Trust meeting')).toEqual({ 'Dana Whitfield': null });
  });
  it('a word for people in the plural that speaks alone is a group: "Authorities say", not a person called Authorities', () => {
    expect(people('Authorities say the attacker fled on foot.')).toEqual({});
    expect(people('Investigators believe the fire started in the kitchen.')).toEqual({});
    expect(people('Whitfield said the fire started in the kitchen.')).toEqual({ Whitfield: null });
  });
  it('the Chinese family name He, written first, opens a name: the pronoun is never followed by one', () => {
    expect(people('He Jianxiong, the former executive director for China at the fund, said he was wary.')).toEqual({ 'He Jianxiong': 'the former executive director for China at the fund' });
    expect(people('The scientist He Jiankui said the twins were healthy.')).toEqual({ 'He Jiankui': 'The scientist' });
    expect(people('He said Monday that Whitfield would go.')).not.toHaveProperty('He');
  });
  it('a bare noun after the name keeps the clause that says who the person is: "a friend who …"', () => {
    expect(people('“It worked,” said Dana Whitfield, a friend who recently opened a bakery in Leith.')).toEqual({ 'Dana Whitfield': 'a friend who recently opened a bakery in Leith' });
    // A fuller description says what the person is without the clause.
    expect(people('Dana Whitfield, an expert in drug use who did not work on the study, said it held.')).toEqual({ 'Dana Whitfield': 'an expert in drug use' });
  });
  it('a description opening the sentence needs no comma after the name: "Meghan Markle’s mum, Doria Ragland is said …"', () => {
    expect(people('Her longtime coach, Ana Silva was not at the match.')).toEqual({ 'Ana Silva': 'Her longtime coach' });
    expect(people('Now a retired bus driver, Ana Silva has been a member for years.')).toEqual({ 'Ana Silva': 'a retired bus driver' });
    // Only when the description is the whole opening phrase.
    expect(people('If they had a credible fourth outfielder, Ana Silva would be benched.')).toEqual({ 'Ana Silva': null });
    expect(people('In Paris, Ana Silva said the talks had failed.')).toEqual({ 'Ana Silva': null });
  });
  it('names that say whose or what kind, not who: "my kid’s Christmas", "a millionaire Labour donor", "announced China’s targets"', () => {
    expect(people('And then you ruined the surprise for my kid’s Christmas.')).toEqual({});
    expect(people('Starmer has defended accepting gifts from a millionaire Labour donor who was given a pass.')).toEqual({});
    expect(people('That Xi announced China’s latest targets signals a commitment, says Belinda Schäpe, an analyst.')).toEqual({ Xi: null, 'Belinda Schäpe': 'an analyst' });
  });
  it('a qualifier or modifier opening the sentence is the description’s, even when the article writes it in lower case elsewhere', () => {
    expect(people('The chief said little. Chief constable Glen Mayhew says he is increasing patrols.')).toEqual({ 'Glen Mayhew': 'Chief constable' });
    expect(people('Two-time champion Jo Doe won again.')).toEqual({ 'Jo Doe': 'Two-time champion' });
    expect(people('Organised labor is back. Labor journalist Alex Press noted this in Jacobin.')).toEqual({ 'Alex Press': 'Labor journalist' });
    expect(people('It was over meanwhile. Meanwhile actress Jo Doe said she had left.')).toEqual({ 'Jo Doe': 'actress' });
    // A word that only opens the sentence is still no part of it.
    expect(people('He left when it rained. When President Jo Doe spoke, it rained.')).toEqual({ 'Jo Doe': 'President' });
  });
  it('a verb of speech after a name and its comma is what the person did, so the description before the name is read', () => {
    expect(people('Police found the victim, the national government delegate in Valencia, Pilar Bernabé, told journalists.')).toEqual({
      'Pilar Bernabé': 'the national government delegate in Valencia',
    });
    // A title between two names in a list is still no description of the second.
    expect(people('Prime Minister Attlee, Prime Minister Jo Roe, and I announced the plan.')).toEqual({ Attlee: 'Prime Minister', 'Jo Roe': 'Prime Minister' });
  });
  it('British honours after a name, "Cllr" and "Editor-in-Chief" are no part of it; "said:" ends a title left without its comma', () => {
    expect(people('The Leader of Leith Council, Councillor Afrasiab Anwar MBE, has issued a statement.')).toEqual({ 'Afrasiab Anwar': 'The Leader of Leith Council' });
    expect(people('Sir Keir Starmer met Ralph Fiennes OBE at the show.')).toEqual({ 'Keir Starmer': null, 'Ralph Fiennes': null });
    expect(people('Cllr Louise Gittins, Chair of the Local Government Association said: “The unrest has been deplorable.”')).toEqual({ 'Louise Gittins': 'Chair of the Local Government Association' });
    expect(people('“We reiterate our calls,” Reuters Editor-in-Chief Alessandra Galloni said.')).toEqual({ 'Alessandra Galloni': 'Reuters Editor-in-Chief' });
  });
  it('a given name that ends a place’s name opens no one’s name: "New York Yankees pitcher Jo Doe", "San Jose de Guatemala"', () => {
    const named = (text: string) => extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(named('New York Yankees pitcher Jo Doe threw a shutout.')).toEqual(['Jo Doe']);
    expect(named('He saw New York Yankees pitcher Jo Doe throw a shutout.')).toEqual(['Jo Doe']);
  });
  it('a country’s possessive before a full name makes a person of it, whatever the given name: "Jamaica’s Shericka Williams"', () => {
    const named = (text: string) => extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(named('Jamaica’s Shericka Williams finished like a train to clinch silver.')).toEqual(['Shericka Williams']);
    // Not a place or a thing of the country's.
    expect(named('China’s Shanghai Composite fell 2 percent, and China’s Inner Mongolia reported a case.')).toEqual([]);
  });
  it('a member of a parliament before a name is the title of that name, after a party of several words too', () => {
    expect(people('He campaigned alongside former New Democrat MP Pierre Nantel in Montreal.')).toEqual({ 'Pierre Nantel': 'former New Democrat MP' });
    expect(people('Scottish Green Party MSP Ross Greer asked a question.')).toEqual({ 'Ross Greer': 'Scottish Green Party MSP' });
    // A name no list of given names knows, too.
    expect(people('According to Woodley MCA Mwangi Njihia, the motion has no support.')).toEqual({ 'Mwangi Njihia': 'Woodley MCA' });
    // After the name, the same letters are honours, no part of it.
    expect(people('The motion was tabled by Jo Doe MP on Monday.')).toEqual({ 'Jo Doe': null });
  });
  it('a preposition ends a description read back from a name: "alongside Rebels captain Jo Doe"', () => {
    expect(people('He trained alongside Rebels captain Jo Doe last week.')).toEqual({ 'Jo Doe': 'Rebels captain' });
  });
  it('a month or a name’s particle inside a description is no verb: "since May", "Observatório do Clima"', () => {
    expect(people('“It is late,” says Ana Silva, the policy coordinator at Observatório do Clima, a coalition of climate groups.')).toEqual({
      'Ana Silva': 'the policy coordinator at Observatório do Clima, a coalition of climate groups',
    });
    expect(people('Ana Silva, a teacher at the school since May 2019, said the plan had failed.')).toEqual({ 'Ana Silva': 'a teacher at the school since May 2019' });
    // A verb still ends it.
    expect(people('Ana Silva, the school’s teacher may retire soon, they said.')).toEqual({ 'Ana Silva': null });
  });
  it('a noun phrase inside the sentence’s opening adverbial describes no name after it that is described in its own right', () => {
    const allRoles = (text: string) => extractEntities(passagesOf(text), []).find((e) => e.name === 'Jo Doe')?.roles.map((r) => r.text);
    expect(allRoles('In a letter to the president last month, Jo Doe, the president of the Leith Farm Bureau, said farmers faced hardship.')).toEqual([
      'the president of the Leith Farm Bureau',
    ]);
    // A name set off after the phrase and described by nothing else is still in apposition to it.
    expect(allRoles('With his brother, Jo Doe, he founded the firm.')).toEqual(['his brother']);
  });
  it('a word in -ing inside a description names a field: "the company’s marketing director", "fashion branding expert"', () => {
    expect(people('The plan was praised by the company’s marketing director Jo Doe.')).toEqual({ 'Jo Doe': 'the company’s marketing director' });
    expect(people('Shoppers were surprised, but fashion branding expert Jo Doe says they would not sell it without cause.')).toEqual({ 'Jo Doe': 'fashion branding expert' });
    expect(people('The award went to Acme broadcasting executive Jo Doe.')).toEqual({ 'Jo Doe': 'Acme broadcasting executive' });
    // After a verb, a preposition or a conjunction, the -ing word is an action and not the description's.
    expect(people('After hiring lawyer Jo Doe, the firm settled.')).toEqual({ 'Jo Doe': 'lawyer' });
    expect(people('He was accused of killing officer Jo Doe.')).toEqual({ 'Jo Doe': 'officer' });
  });
  it('a noun’s possessive after a determiner says whose title it is: "the country’s President Jo Doe"', () => {
    expect(people('Trump pressured the country’s President Jo Doe into an inquiry.')).toEqual({ 'Jo Doe': 'the country’s President' });
  });
  it('an age said as a noun right before a name is what the text says the person is: "the killing of 17-year-old Jo Doe"', () => {
    expect(people('He reacted to the killing of 17-year-old Jo Doe by a neighbour.')).toEqual({ 'Jo Doe': '17-year-old' });
    // Before a kind of people, the age describes someone the sentence refers to, and names no one.
    expect(people('The 48-year-old Australian was evicted in April.')).toEqual({});
  });
  it('a second apposition that describes the organisation a role names stays with the role: "…, a Beijing-based think tank"', () => {
    expect(people('“It is late,” says Jo Doe, co-founder of the Institute for Decarbonization Progress, a Beijing-based think tank.')).toEqual({
      'Jo Doe': 'co-founder of the Institute for Decarbonization Progress, a Beijing-based think tank',
    });
    expect(people('Jo Doe, executive director of the Global Spaceport Alliance, an international association for launch sites, told us.')).toEqual({
      'Jo Doe': 'executive director of the Global Spaceport Alliance, an international association for launch sites',
    });
  });
  it('an organisation’s acronym in brackets stays inside the description before a name: "Agence France-Presse (AFP) photographer"', () => {
    expect(people('The shell wounded Agence France-Presse (AFP) photographer Jo Doe, 28.')).toEqual({ 'Jo Doe': 'Agence France-Presse (AFP) photographer' });
    // Other brackets still end it.
    expect(people('The police (pictured) officer Jo Doe said.')).toEqual({ 'Jo Doe': 'officer' });
  });
  it('what belongs to a titled person, or who stands to them, is no title of theirs: "the White House of President Jo Doe"', () => {
    expect(people('He was once invited to the White House of President Jo Doe.')).toEqual({ 'Jo Doe': 'President' });
    expect(people('Friends of President Jo Doe said he was tired.')).toEqual({ 'Jo Doe': 'President' });
    // A title with "of" inside stays whole.
    expect(people('Secretary of State Jo Doe said he was tired.')).toEqual({ 'Jo Doe': 'Secretary of State' });
  });
  it('a nationality right before the head is an adjective, so the words before it stay in the description', () => {
    expect(people('The plan was backed by the former British prime minister Jo Doe.')).toEqual({ 'Jo Doe': 'the former British prime minister' });
    expect(people('Acme Economics senior North American economist Jo Doe said the data was strong.')).toEqual({ 'Jo Doe': 'Acme Economics senior North American economist' });
    // A name ending an organisation's is no nationality there.
    expect(people('The forecast worried University of Miami tropical weather expert Jo Doe.')).toEqual({ 'Jo Doe': 'University of Miami tropical weather expert' });
  });
  it('the role the text introduces a person with comes first, unless a later one says much more', () => {
    expect(people('Jo Doe, a nurse at Leith General, led the strike. Doe, the most senior figure on the children’s ward, said it would go on.')).toEqual({
      'Jo Doe': 'a nurse at Leith General',
    });
    expect(people('Jo Doe, a nurse, led the strike. Doe, the most senior nurse on the children’s ward at Leith General Hospital, said it would go on.')).toEqual({
      'Jo Doe': 'the most senior nurse on the children’s ward at Leith General Hospital',
    });
    // Nor is where a person is from an introduction: what they are comes first.
    expect(people('Ethiopia’s Jo Doe won the 3,000. Doe, voted world athlete of the year, has had a difficult season.')).toEqual({
      'Jo Doe': 'voted world athlete of the year',
    });
    // Nor is a title of address, abbreviated, alone.
    expect(people('Cllr Jo Doe toured the site. Cllr Doe, chair of the roads committee, praised the work.')).toEqual({ 'Jo Doe': 'chair of the roads committee' });
    // What a list shares says less of one of its people than their own description, however early it comes.
    const listed = 'Jo Doe beat higher-profile favourites Al Roe, Bo Vale and Cy Lee to win the prize. The judges were torn between her work and the latest novel by Japanese-born British writer Roe.';
    expect(people(listed)).toMatchObject({ 'Al Roe': 'Japanese-born British writer', 'Bo Vale': 'higher-profile favourites' });
    // At the same length too.
    const same = 'Jo Doe beat higher-profile favourites Al Roe, Bo Vale and Cy Lee to win the prize. The favourite had been British author Al Roe.';
    expect(people(same)).toMatchObject({ 'Al Roe': 'British author', 'Bo Vale': 'higher-profile favourites' });
  });
  it('a family name inside a longer name is a form of it: "Lula" of "Luiz Inácio Lula da Silva", "García" of "Gabriel García Márquez"', () => {
    expect(people('Brazil’s President Luiz Inácio Lula da Silva invited him. In September, Lula announced a fund.')).toEqual({ 'Luiz Inácio Lula da Silva': 'Brazil’s President' });
    expect(people('Colombian writer Gabriel García Márquez died. García, the novelist, won the Nobel Prize.')).toEqual({ 'Gabriel García Márquez': 'Colombian writer' });
  });
  it('a name made a modifier by a hyphen ends there: "a Taylor Swift-themed holiday club"; titles and ordinals stay whole', () => {
    expect(people('The stabbings at a Taylor Swift-themed holiday club shocked the town.')).toEqual({ 'Taylor Swift': null });
    expect(people('President-elect Jo Doe spoke in the Fifty-first Congress.')).toEqual({ 'Jo Doe': 'President-elect' });
    expect(people('Samsung heir Lee Jae-yong met the board.')).toEqual({ 'Lee Jae-yong': 'Samsung heir' });
    expect(people('The film has a Chet Baker-ish trumpet and a Gene Kelly-esque dance.')).toEqual({ 'Chet Baker': null, 'Gene Kelly': null });
    expect(people('Remember Donald Sterling-gate? It was worse.')).toEqual({ 'Donald Sterling': null });
  });
  it('a reserve names no one, when a modifier before it is cut away too: "World Heritage-designated Kien Giang Biosphere Reserve"', () => {
    expect(people('Half the island is in the World Heritage-designated Kien Giang Biosphere Reserve, one of the largest biosphere reserves in Asia.')).toEqual({});
  });
  it('a word for a person before a given name and one more word makes a person of a name shaped like an organisation’s', () => {
    expect(people('Labor journalist Alex Press noted this year in Jacobin that strikes were rare.')).toEqual({ 'Alex Press': 'Labor journalist' });
    // Without the description, or without a given name, it stays an organisation.
    expect(people('The Alex Press printed the paper.')).toEqual({});
    expect(people('Acme senior North American economist Jo Roe said rates would rise.')).toEqual({ 'Jo Roe': 'Acme senior North American economist' });
  });
  it('an age said as a noun, "someone" and "one of the …" are bare too, and their clause may have its own verb', () => {
    expect(people('Dana Whitfield, a 61-year-old who had five relatives on the flight, said she was waiting.')).toEqual({ 'Dana Whitfield': 'a 61-year-old who had five relatives on the flight' });
    expect(people('The fire destroyed the house of Tom Reyes, a man who had lived there for 40 years.')).toEqual({ 'Tom Reyes': 'a man who had lived there for 40 years' });
    expect(people('Anna Berg, someone who has studied the law for decades, said the ruling was wrong.')).toEqual({ 'Anna Berg': 'someone who has studied the law for decades' });
    expect(people('Sam Lee, one of the people who organised the march, said it was peaceful.')).toEqual({ 'Sam Lee': 'one of the people who organised the march' });
    // An age before its noun goes on to the noun.
    expect(people('Jo Smith, a 34-year-old nurse from Leeds, said the ward was full.')).toEqual({ 'Jo Smith': 'a 34-year-old nurse from Leeds' });
    // An age said as a noun may take a participle right after it.
    expect(people('The museum shows the coffin of Emmett Till, the 14-year-old savagely killed in Mississippi in 1955.')).toEqual({ 'Emmett Till': 'the 14-year-old savagely killed in Mississippi' });
  });
  it('a verb before a title is not part of the role', () => {
    expect(people('Kentucky Democrats beat incumbent Gov. Matt Bevin on Tuesday.')).toEqual({ 'Matt Bevin': 'incumbent Gov.' });
    // A word WordNet knows only as a verb, in its plain or -s form.
    expect(people('The council wants to investigate political rival Dana Whitfield over the contract.')).toEqual({ 'Dana Whitfield': 'political rival' });
    // (So does a verb's irregular past: "The Raptors sent forward Jo Doe".)
    expect(people('The Raptors sent forward Dana Whitfield to the Suns.')).toEqual({ 'Dana Whitfield': 'forward' });
    expect(people('Tonight I thank flight attendant Hermis Okafor for her courage.')).toEqual({ 'Hermis Okafor': 'flight attendant' });
    // Capitalised because it opens the sentence, a word only ever a verb is still no part of the role.
    expect(people('Follow reporter Hermis Okafor on Twitter for updates.')).toEqual({ 'Hermis Okafor': 'reporter' });
  });
  it('a plural description covers every name in its list', () => {
    expect(people('Founding members Tom Johnston, Michael McDonald and John McFee will reunite.')).toEqual({
      'Tom Johnston': 'Founding members',
      'Michael McDonald': 'Founding members',
      'John McFee': 'Founding members',
    });
  });
  it('a capitalised title after a name is its role: "Head of …", "Senior Advocate of …", "CEO & founder"', () => {
    expect(people('“It helps,” says André Neu, Head of Platform Solutions for Ascom.')).toEqual({ 'André Neu': 'Head of Platform Solutions for Ascom' });
    expect(people('The suit was filed by Mahmud Magaji, a Senior Advocate of Nigeria, on Monday.')).toEqual({ 'Mahmud Magaji': 'a Senior Advocate of Nigeria' });
    expect(people('“Run all three,” said Avinoam Rubinstain, CEO & founder, my6sense.')).toEqual({ 'Avinoam Rubinstain': 'CEO & founder' });
    expect(people('It did not appeal to Julie Graham, Washington State Department of Health public information officer, she said.')).toEqual({
      'Julie Graham': 'Washington State Department of Health public information officer',
    });
  });
  it('a possessive ending in s’ opens a role as one ending in ’s does', () => {
    expect(people('“It is popular,” Jessica Caldwell, Edmunds’ executive director of industry analysis, said.')).toEqual({
      'Jessica Caldwell': 'Edmunds’ executive director of industry analysis',
    });
  });
  it('the role goes on past a comma to finish the organisation it names', () => {
    expect(people('Richard Locksley, an immunologist at the University of California, San Francisco, agreed.')).toEqual({
      'Richard Locksley': 'an immunologist at the University of California, San Francisco',
    });
    expect(people('Laura Anthony, vice president of the Trade Partnership, a consulting firm in Washington, said so.')).toEqual({
      'Laura Anthony': 'vice president of the Trade Partnership, a consulting firm in Washington',
    });
    // (A capitalised title's company after it, closed by a spaced hyphen too.)
    expect(people('Fahd Al-Rasheed, CEO, Emaar Economic City - the Saudi affiliate - said so.')).toMatchObject({ 'Fahd Al-Rasheed': 'CEO, Emaar Economic City' });
    // (A seat named for places listed, after "for".)
    expect(people('He said Yvette Cooper, the Labour MP for Normanton, Pontefract and Castleford, was wrong.')).toEqual({ 'Yvette Cooper': 'the Labour MP for Normanton, Pontefract and Castleford' });
  });
  it('a relative clause says what the person does: "who heads …", "who studies …", "who was then at …"', () => {
    // (What they head, found or lead is their post: "head of …", "founder of …".)
    expect(people('Tariffs helped, said Scott Paul, who heads the Alliance for American Manufacturing, a group.')).toEqual({ 'Scott Paul': 'head of the Alliance for American Manufacturing' });
    expect(people('Akio Toyoda is the grandson of Kiichiro Toyoda, who founded Toyota.')).toMatchObject({ 'Kiichiro Toyoda': 'founder of Toyota' });
    // (Not what the sentence's verb makes the person, after "as" and a pronoun's; a relative clause keeps it.)
    expect(people('Lizzo has hired Marty Singer, a popular celebrity lawyer as her attorney for the lawsuit.')).toMatchObject({ 'Marty Singer': 'a popular celebrity lawyer' });
    expect(people('Jo Doe, a wealthy hotelier the president tapped as his ambassador, testified.')).toMatchObject({ 'Jo Doe': 'a wealthy hotelier the president tapped as his ambassador' });
    // (Written as one word, and with what else they did joined by "and" left out.)
    expect(people('Jo Doe, who cofounded WeWork and turned it into a giant, stepped down.')).toEqual({ 'Jo Doe': 'cofounder of WeWork' });
    expect(people('Saad al-Kaabi, who holds the energy portfolio of the top gas producer, also spoke on Sunday.')).toEqual({ 'Saad al-Kaabi': 'holds the energy portfolio of the top gas producer' });
    // (And what the person was, when: "who less than 24 hours ago was president", "who until recently was …".)
    expect(people('In Peru, Pedro Castillo, who less than 24 hours ago was president, is in police custody.')).toEqual({ 'Pedro Castillo': 'president' });
    expect(people('Jo Doe, who until recently was the club’s coach, left.')).toEqual({ 'Jo Doe': 'the club’s coach' });
    expect(people('Trade will suffer, said Ross Burkhart, a political scientist who studies U.S.-Canada trade.')).toEqual({ 'Ross Burkhart': 'a political scientist who studies U.S.-Canada trade' });
    expect(people('In 2010 the laboratory of Stephen Liggett, who was then at the University of Maryland, reported it.')).toEqual({ 'Stephen Liggett': 'then at the University of Maryland' });
  });
  it('a verb in the past and its object after a name say what the person did, not what they are', () => {
    const roles = (text: string) => extractEntities(passagesOf(text), []).flatMap((e) => e.roles.map((r) => r.text));
    expect(roles('The union was led by Jo Doe, whose father, Jimmy, led the union from 1957 to 1971.')).toEqual(['father']);
    expect(roles('The Leith Assembly, took his pen and engrossed those words in the preamble.')).toEqual([]);
    // (An object that opens with how many, too: "refused two key motions put forward by the opposition".)
    expect(people('It erupted as the Speaker, Jo Doe, refused two key motions put forward by the opposition.')).toEqual({ 'Jo Doe': 'the Speaker' });
    // What "whose" sets before the name describes it: the relation.
    expect(people('The union was led by Jo Doe, whose father, Jimmy, led it from 1957 to 1971.')).toEqual({ 'Jo Doe': null, Jimmy: 'father' });
    // Nor is a verb in -ing and its object: "replacing the billionaire’s jet".
    expect(people('The plane now carries President Jo Doe, replacing the billionaire’s beloved jet.')).toEqual({ 'Jo Doe': 'President' });
  });
  it('a description inside brackets ends at the closing bracket: "(Heather Hitchens, President and CEO)"', () => {
    expect(people('The American Theatre Wing (Dara Voss, President and CEO) is dedicated to theatre.')).toEqual({ 'Dara Voss': 'President and CEO' });
  });
  it('who the person is not, and when they were something, are no part of the description', () => {
    expect(people('Dara Voss, no relation to the senator, spoke first.')).toEqual({ 'Dara Voss': null });
    expect(people('Dara Voss, a server while going to school, met him there.')).toEqual({ 'Dara Voss': 'a server' });
    expect(people('Dara Voss, the party chairman in Leith when Ms. Roe was governor there, said so.')).toMatchObject({ 'Dara Voss': 'the party chairman in Leith' });
  });
  it('more words for what the person is, listed after the first and joined by "and", stay with it', () => {
    expect(people('Dara Voss, a psychiatrist, aesthetic doctor and body specialist, tells Metro it works.')).toEqual({ 'Dara Voss': 'a psychiatrist, aesthetic doctor and body specialist' });
    expect(people('Dara Voss, a lawyer, activist and writer, said so.')).toEqual({ 'Dara Voss': 'a lawyer, activist and writer' });
    // Not the next person of a list, nor what the person did.
    expect(people('Dara Voss, a lawyer, and Al Roe, a doctor, said so.')).toEqual({ 'Dara Voss': 'a lawyer', 'Al Roe': 'a doctor' });
    expect(people('Dara Voss, a lawyer, sued the firm and won.')).toEqual({ 'Dara Voss': 'a lawyer' });
  });
  it('adjectives before the noun, separated by a comma, are one description: "a tall, soft-spoken engineer"', () => {
    expect(people('The plan came from Dara Voss, a tall, soft-spoken engineer who runs the lab.')).toEqual({ 'Dara Voss': 'a tall, soft-spoken engineer who runs the lab' });
    expect(people('I met Noa Brandt, an exuberantly bearded, cheerful physicist, at the lab.')).toEqual({ 'Noa Brandt': 'an exuberantly bearded, cheerful physicist' });
    // A noun before the comma ends the description; so does a phrase after it that names no one.
    expect(people('Dara Voss, a lawyer, activist and writer, said so.')).toEqual({ 'Dara Voss': 'a lawyer, activist and writer' });
    expect(people('Dara Voss, a local, said so.')).toEqual({ 'Dara Voss': null });
  });
  it('a title right before a name after the comma opens the next person of a list, not a description', () => {
    expect(people('The lineup includes Dara Voss, guitarist Al Roe and drummer Ben Cole.')).toEqual({ 'Dara Voss': null, 'Al Roe': 'guitarist', 'Ben Cole': 'drummer' });
    // (A capitalised title, with a compound of two nouns before it: "iron-ore CEO".)
    expect(people('The firm announced the resignation of CEO Dara Voss, iron-ore CEO Al Roe and others.')).toEqual({ 'Dara Voss': 'CEO', 'Al Roe': 'iron-ore CEO' });
    // A name inside a description, or a titled name's possessive, still describes.
    expect(people('The award went to Dara Voss, wife of senator Al Roe.')).toMatchObject({ 'Dara Voss': 'wife of senator Al Roe' });
    expect(people('The letter came from Dara Voss, Governor Al Roe’s chief of staff.')).toMatchObject({ 'Dara Voss': 'Governor Al Roe’s chief of staff' });
  });
  it('a relative clause right after the noun, with no comma, says which one, so it stays with a short description', () => {
    expect(people('Dara Voss, a Lisbon resident who filmed the fire, said it spread fast.')).toEqual({ 'Dara Voss': 'a Lisbon resident who filmed the fire' });
    // Up to a second predicate, which says what else the person did.
    expect(people('Noa Brandt, a Danish lawyer who served in the navy and has defended sailors since, declined.')).toEqual({ 'Noa Brandt': 'a Danish lawyer who served in the navy' });
    // Not after a description of more than three words, which says who the person is already: the clause says what they did.
    expect(people('Jo Doe, the 30-year-old foreign minister who won the backing of the party on Thursday, said so.')).toEqual({ 'Jo Doe': 'the 30-year-old foreign minister' });
    // Not when it would make the description longer than a description runs.
    expect(people('Ana Ruiz, a professor of marine biology at the Institute of Ocean Sciences at the University of Leith in Scotland who sailed the northern coast on a small boat, agreed.')).toEqual({
      'Ana Ruiz': 'a professor of marine biology at the Institute of Ocean Sciences at the University of Leith in Scotland',
    });
    // The clause does not make a role fuller than a title the text also gives.
    expect(people('Chief Executive Officer Jo Doe, the man who wrote the famous report on the river, spoke.')).toEqual({
      'Jo Doe': 'Chief Executive Officer',
    });
  });
  it('a relative clause says what the person is considered, or is now after what they did: "who … and is now CEO of …"', () => {
    expect(people('Success came to Albert Gee, who at the time was considered the unofficial mayor of the Chinese community.')).toEqual({ 'Albert Gee': 'the unofficial mayor of the Chinese community' });
    expect(people('“It works,” Jim Cantrell, who worked at SpaceX in its earliest days and is now CEO of launch startup Phantom Space, told reporters.')).toEqual({ 'Jim Cantrell': 'CEO of launch startup Phantom Space' });
    // Only in the clause itself: "and is" after its comma is the sentence's.
    expect(people('Jim Cantrell, who worked at SpaceX, left, and is a rival now.')).toEqual({ 'Jim Cantrell': null });
  });
  it('"X of the Institute" is a role of last resort, after what the text says the person is', () => {
    expect(people('A third paper by Philippe Jay of the Institute for Functional Genomics in France followed.')).toEqual({ 'Philippe Jay': 'of the Institute for Functional Genomics in France' });
    expect(people('Amara Okafor, the director of research, spoke. Later Amara Okafor of the Hanseatic Institute left.')).toEqual({ 'Amara Okafor': 'the director of research' });
  });
  it('a description before the subject, "As a …", and "The … said" right after the person are roles', () => {
    expect(people('As a lung biologist at the University of Pennsylvania, Andrew Vaughan followed the work.')).toEqual({ 'Andrew Vaughan': 'a lung biologist at the University of Pennsylvania' });
    expect(people('Maria Sowers didn’t know he was coming. The real estate agent said she related to him.')).toEqual({ 'Maria Sowers': 'real estate agent' });
    // (An aside may stand between that description and its verb.)
    expect(people('Maria Sowers made her second century. The England Test captain, dropped on one, went on to hit 11 fours.')).toEqual({
      'Maria Sowers': 'England Test captain',
    });
    // Several people: "the researchers said" is not the one before.
    expect(people('Maria Sowers didn’t know he was coming. The researchers said so.')).toEqual({ 'Maria Sowers': null });
  });
  it('a party tag after a titled name stays with the title, and a suffix’s period does not hide the role after it', () => {
    expect(people('He called the offices of Rep. Ilhan Omar (D-Minn.) on March 21.')).toEqual({ 'Ilhan Omar': 'Rep. (D-Minn.)' });
    expect(people('James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said so.')).toEqual({
      'James P. Kennedy Jr': 'the U.S. Attorney for the Western District of New York',
    });
  });
  it('a description in apposition to the name before it does not describe the subject that follows it', () => {
    expect(people('Gordon Sondland, a wealthy hotelier Trump tapped as his ambassador, testified.')).toEqual({
      'Gordon Sondland': 'a wealthy hotelier Trump tapped as his ambassador',
    });
  });
  it('a question’s opening verb is not a given name', () => {
    expect(Object.keys(people('So is Elizabeth Warren, she said. Will Warren continue to face the heat?'))).toEqual(['Elizabeth Warren']);
  });
  it('who scored, saved or set up a goal in a match report is a person: "scored by Venreece Zorbas"', () => {
    expect(Object.keys(people('Goals were scored by Venreece Zorbas in the 18th minute.'))).toEqual(['Venreece Zorbas']);
    expect(Object.keys(people('The goal was scored by Manchester United in the 18th minute.'))).toEqual([]);
  });
  it('names listed beside a known person are people too', () => {
    expect(Object.keys(people('Sen. Cory Booker and Kamala Harris have struggled.'))).toEqual(['Cory Booker', 'Kamala Harris']);
  });
  it('cues after a name that only people take: a box-score line, a party tag, an age in brackets or "aged"', () => {
    expect(Object.keys(people('Heritage (1-0): Tolivert 25 points. Davis 17 points.'))).toEqual(['Tolivert', 'Davis']);
    expect(Object.keys(people('The letter reached Ilhan Omar (D-Minn.) on Monday.'))).toEqual(['Ilhan Omar']);
    // (A name no given-name list knows: only the age says it is a person's.)
    expect(Object.keys(people('Ayanleh Souleiman (45) was jailed for two years.'))).toEqual(['Ayanleh Souleiman']);
    expect(Object.keys(people('Ayanleh Souleiman, aged 45, was jailed for two years.'))).toEqual(['Ayanleh Souleiman']);
  });
  it('a short form joins the one full name it belongs to, family name first included', () => {
    const extracted = extractEntities(passagesOf('Mr. Biden met his Chinese counterpart, Xi Jinping. Later Mr. Xi left. Joe Biden stayed.'), []);
    expect(extracted.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Xi Jinping', 'Joe Biden']);
    expect(extracted.find((e) => e.name === 'Xi Jinping')!.aliases).toContain('Xi');
  });
  it('the family name before a hyphenated Chinese given name, after an English one, is the short form: "Law" of "Nathan Law Kwun-chung"', () => {
    const text = 'The court freed activists Joshua Wong Chi-fung and Nathan Law Kwun-chung. Law, who was recently elected to the Legislative Council, said the court was fair.';
    const extracted = extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person');
    expect(extracted.map((e) => e.name)).toEqual(['Joshua Wong Chi-fung', 'Nathan Law Kwun-chung']);
    expect(extracted[1]!.aliases).toContain('Law');
  });
  it('a family name of one syllable before a given name of two written apart is the short form: "Mr Lee" of "Lee Hsien Loong"', () => {
    const text = 'Senior Minister Lee Hsien Loong spoke on Monday. Later, Mr Lee said the vote was close. Deputy Prime Minister Gan Kim Yong agreed, and Mr Gan left.';
    const extracted = extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person');
    expect(extracted.map((e) => e.name)).toEqual(['Lee Hsien Loong', 'Gan Kim Yong']);
    expect(extracted.map((e) => e.aliases[0])).toEqual(['Lee', 'Gan']);
    // (Syllables as Singapore spells Hokkien names too: "Tan Teck Long".)
    const hokkien = extractEntities(passagesOf('The bank named Tan Teck Long its chief. Tan – who joined in 2022 – will take over.'), []).filter((e) => e.kind === 'person');
    expect(hokkien.map((e) => e.name)).toEqual(['Tan Teck Long']);
  });
  it('a name before a word for a person and the speaker’s name says whose they are, not who speaks: "said Acme spokesman Jo Doe"', () => {
    expect(Object.keys(people('“It is over,” said Zorvex spokesman Jo Doe.'))).toEqual(['Jo Doe']);
    expect(Object.keys(people('According to Zorvex spokesman Jo Doe, it is over.'))).toEqual(['Jo Doe']);
  });
  it('a single name that speaks is a person; a listener or a plural is not', () => {
    expect(Object.keys(people('"It is over," Schiff asked. The report was sent, Newsweek was told. Hamilton told Newsweek the rest. Sources said more.'))).toEqual(['Schiff', 'Hamilton']);
  });
  it('what someone is held to be, or serves as, set off after the name is their description: "Jo Doe, widely regarded as …,"', () => {
    expect(people('Jo Marsh, widely regarded as the best player of his generation, retired on Monday.')).toEqual({ 'Jo Marsh': 'the best player of his generation' });
    expect(people('Jo Marsh, considered the father of modern cricket, died.')).toEqual({ 'Jo Marsh': 'the father of modern cricket' });
    expect(people('Jo Marsh, in her role as chair of the committee, opened the hearing.')).toEqual({ 'Jo Marsh': 'chair of the committee' });
    // Only what a person is: not a nickname.
    expect(people('Jo Marsh, known as “The Rock”, won again.')).toEqual({ 'Jo Marsh': null });
  });
  it('what a sentence says the person is, and a description that closes a longer clause', () => {
    expect(people('Jo Marsh is the mayor of Leith, the council said.')).toEqual({ 'Jo Marsh': 'the mayor of Leith' });
    expect(people('By 1956, Jo Marsh had long been a crossover icon of popular culture.')).toEqual({ 'Jo Marsh': 'a crossover icon of popular culture' });
    // What someone stays is what they are.
    expect(people('Jo Marsh remains the club’s captain, the board said.')).toEqual({ 'Jo Marsh': 'the club’s captain' });
    // (A name set off by commas after another description is the subject too; a participle opens no post.)
    expect(people('Her father, Jo Marsh, was a fair board member.')).toEqual({ 'Jo Marsh': 'a fair board member' });
    expect(people('Jo Marsh was chosen general commander of the defense.')).toEqual({ 'Jo Marsh': null });
    // News calls the famous a legend or an icon, which WordNet files as stories and images.
    expect(people('It recalls the career of Brazilian screen legend Carmen Miranda, for instance.')).toEqual({ 'Carmen Miranda': 'Brazilian screen legend' });
    expect(people('They were told the newest 2020 Democratic presidential hopeful, Deval Patrick, would stop by.')).toEqual({
      'Deval Patrick': 'the newest 2020 Democratic presidential hopeful',
    });
  });
  it('a place of several words owns the description after the name: "Kim Jong Un, North Korea’s leader,"', () => {
    expect(people('Kim Jong Un, North Korea’s leader, fired missiles. Moon Jae-in, South Korea’s president, met him.')).toEqual({
      'Kim Jong Un': 'North Korea’s leader',
      'Moon Jae-in': 'South Korea’s president',
    });
  });
  it('an Arabic article joined to the family name is part of the name, and the name is known without it', () => {
    expect(people('Ahmed al-Sharif, a spokesman for the rebels, denied it.')).toEqual({ 'Ahmed al-Sharif': 'a spokesman for the rebels' });
    const extracted = extractEntities(passagesOf('Syrian President Bashar al-Assad visited troops. Assad said they would win. The al-Tanf base was quiet.'), []);
    const assad = extracted.find((e) => e.name === 'Bashar al-Assad')!;
    expect(extracted.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Bashar al-Assad']);
    expect(assad.quotes.map((q) => q.text)).toEqual(['Assad said they would win.']);
    expect(assad.aliases).toEqual(['al-Assad', 'Assad']);
  });
  it('a single name after "said" with a verb of its own is what was said about, not who said it', () => {
    expect(people('Recep Tayyip Erdogan said Turkey would not back down. "No," said Hale.')).toEqual({ 'Recep Tayyip Erdogan': null, Hale: null });
  });
  it('"Al" opening a name is a given name: "Al Green", "Al Sharpton"; the organisations it opens stay organisations', () => {
    expect(people('County Commissioner Al Green voted no. Al Sharpton led the march. Al Jazeera reported it.')).toEqual({
      'Al Green': 'County Commissioner',
      'Al Sharpton': null,
    });
  });
  it('the party and state after a name do not hide the description after them', () => {
    expect(people('Sen. Lindsey Graham, R-S.C., chairman of the Judiciary Committee, disagreed.')['Lindsey Graham']).toBe('chairman of the Judiciary Committee');
    const roles = extractEntities(passagesOf('Rep. Jo Doe (D-Ohio), the ranking member of the panel, objected.'), []).find((e) => e.name === 'Jo Doe')!.roles;
    expect(roles.map((r) => r.text)).toContain('the ranking member of the panel');
  });
  it('where a person is from, between the name and its description, does not hide the description', () => {
    const rolesOf = (text: string, name: string) => extractEntities(passagesOf(text), []).find((e) => e.name === name)!.roles.map((r) => r.text);
    expect(rolesOf('Jo Doe of Leith, a retired teacher, said the vote would be close.', 'Jo Doe')).toContain('a retired teacher');
    expect(rolesOf('“It is alarming,” said Senator Ann Hoyer of New Hampshire, the top Democrat on the committee.', 'Ann Hoyer')).toContain('the top Democrat on the committee');
    // (What follows the place is the place's own description when it names no person.)
    expect(rolesOf('Jo Doe of Leith, a port town on the coast, said the vote would be close.', 'Jo Doe')).not.toContain('a port town on the coast');
  });
  it('a description set off before "identified as" is who the name is', () => {
    expect(people('Investigators said the gunman, identified as Devin Kelley, 26, acted alone.')).toEqual({ 'Devin Kelley': 'the gunman' });
    expect(people('The driver, identified by police as Tom Reyes, fled.')).toEqual({ 'Tom Reyes': 'The driver' });
  });
  it('a name of two family names the census lists is a person, where no given-name list knows the first', () => {
    expect(people('The deal was signed by Vasek Pospisil last week.')).toEqual({ 'Vasek Pospisil': null });
    // Short words and names that are also words or places stay out: "Hoa Lo" prison, "Police Street".
    expect(people('The pilots were held at Hoa Lo for years. Police Street was closed.')).toEqual({});
  });
  it('"Stars Ryan Gosling and Emma Stone", "her former running mate", "one of the most iconic … singers", "a young pitcher (Joe Ross)"', () => {
    expect(people('Stars Ryan Gosling and Emma Stone can’t sing particularly well.')).toEqual({ 'Ryan Gosling': 'Stars', 'Emma Stone': 'Stars' });
    // The same where the article also writes "stars" in lower case, so the word is no part of the run.
    expect(people('The film has stars. Stars Ryan Gosling and Emma Stone can’t sing.')).toEqual({ 'Ryan Gosling': 'Stars', 'Emma Stone': 'Stars' });
    expect(people('Her former running mate Tim Kaine was in attendance.')).toEqual({ 'Tim Kaine': 'Her former running mate' });
    expect(people('The best example is Lena Horne, one of the most iconic black jazz singers of the century.')).toEqual({
      'Lena Horne': 'one of the most iconic black jazz singers of the century',
    });
    expect(people('They traded for a promising young starting pitcher (Joe Ross).')).toEqual({ 'Joe Ross': 'a promising young starting pitcher' });
    expect(people('She agreed with Tim Flesher, another of her private secretaries, that it would look bad.')).toEqual({ 'Tim Flesher': 'another of her private secretaries' });
  });
  it('the unit a capitalised title heads, in lower case before it, and an abbreviated qualifier: "school board President"', () => {
    expect(people('The threat came when school board President Steve Zimmer read the email.')).toEqual({ 'Steve Zimmer': 'school board President' });
    expect(people('Zimmer called school police Chief Steven Zipperman.')).toEqual({ 'Steven Zipperman': 'school police Chief' });
    // (Before a title of several capitalised words too, and the place after it: "Veracruz state Attorney General".)
    expect(people('Veracruz state Attorney General Reynaldo Escobar said so.')).toEqual({ 'Reynaldo Escobar': 'Veracruz state Attorney General' });
    // ("and" inside the object of an organisation's "of": "Office of Management and Budget director".)
    expect(people('He met Office of Management and Budget director Peter Orszag.')).toEqual({ 'Peter Orszag': 'Office of Management and Budget director' });
    // (After a speech verb, the place that opens the title is no one who speaks.)
    expect(people('It was found there, said Veracruz state Attorney General Reynaldo Escobar.')).toEqual({ 'Reynaldo Escobar': 'Veracruz state Attorney General' });
    expect(people('The LAPD Asst. Chief Horace Frank agreed.')).toEqual({ 'Horace Frank': 'The LAPD Asst. Chief' });
    expect(people('“We agree,” Verizon executive VP Marni Walden said.')).toEqual({ 'Marni Walden': 'Verizon executive VP' });
    // (An adjective in "-al" for the level of the post, not a word for how many.)
    expect(people('It was raised by the Civic Coalition’s federal Congresswoman Paula Oliveto.')).toEqual({ 'Paula Oliveto': 'the Civic Coalition’s federal Congresswoman' });
    // (Abbreviated titles joined by a hyphen.)
    expect(people('The ceremony with Lt.-Gov. Antoinette Perry was held at the playhouse.')).toEqual({ 'Antoinette Perry': 'Lt.-Gov.' });
    // (A kind of organisation before a capitalised title opening the sentence is the title's, though the text writes it in
    // lower case elsewhere; a clerk and a chairperson are titled as a chair is.)
    expect(people('Board Clerk Jane Doe said the board would meet.')).toEqual({ 'Jane Doe': 'Board Clerk' });
    expect(people('The commissioners were led by the Chairperson Wafula Chebukati.')).toEqual({ 'Wafula Chebukati': 'the Chairperson' });
    // (Right after a title, a month that is also a given name opens the name.)
    expect(people('Judge April Smith sentenced him on Monday.')).toEqual({ 'April Smith': 'Judge' });
    expect(people('Magistrate June Cheung Tin-ngan originally sentenced Wong.')).toEqual({ 'June Cheung Tin-ngan': 'Magistrate' });
    // ("elect" after a title, written without its hyphen, is the title's.)
    expect(people('The respondents include the commission and President elect William Ruto.')).toEqual({ 'William Ruto': 'President elect' });
    // (A post held outside any party.)
    expect(people('The Senate welcomed independent Senator Lidia Thorpe to the crossbench.')).toEqual({ 'Lidia Thorpe': 'independent Senator' });
    // (A cabinet secretary, as Kenyan news writes it.)
    expect(people('The strike defies calls by Health CS Cleopa Mailu and the governors.')).toEqual({ 'Cleopa Mailu': 'Health CS' });
    // (A party's stance before its name; a name opening with a number, and its acronym with a digit.)
    expect(people('They met far-right Freedom Party leader Herbert Kickl.')).toMatchObject({ 'Herbert Kickl': 'far-right Freedom Party leader' });
    expect(people('They met anti-establishment 5-Star Movement (M5S) leader Luigi Di Maio.')).toMatchObject({ 'Luigi Di Maio': 'anti-establishment 5-Star Movement (M5S) leader' });
  });
  it('after "who" or "which" the words before a name are a verb, not a description ("who fatally shot Michael Brown")', () => {
    expect(people('Darren Wilson, who fatally shot Michael Brown in 2014, said he feared for his life.')).toEqual({ 'Darren Wilson': null, 'Michael Brown': null });
    // "that" also opens a clause of its own: its description stays.
    expect(people('It is for that reason that the city’s police chief Jo Doe resigned.')).toEqual({ 'Jo Doe': 'the city’s police chief' });
  });
  it('a capitalised title apposition joined to a second description by "and", and a plural unit before a title ("schools Supt.")', () => {
    expect(people('It is a setback, Jim Cantrell, Vector Space Systems CEO and a founding member of SpaceX, told reporters.')).toEqual({
      'Jim Cantrell': 'Vector Space Systems CEO and a founding member of SpaceX',
    });
    expect(people('L.A. schools Supt. Ramon Cortines was on the verge of retirement.')).toEqual({ 'Ramon Cortines': 'L.A. schools Supt.' });
  });
  it('a town and its state set off by commas open a description before a name: "The Mandan, North Dakota, police chief, Jason Ziegler,"', () => {
    expect(people('The Mandan, North Dakota, police chief, Jason Ziegler, has said force is allowed.')).toEqual({ 'Jason Ziegler': 'The Mandan, North Dakota, police chief' });
    expect(people('In Leith, Ohio, police said Jason Ziegler, 34, was arrested.')).toEqual({ 'Jason Ziegler': null });
  });
  it('"was governor and fear … was running high": "and" opens another clause; "--" ends a description as a dash does', () => {
    expect(people('Fifty years ago, when Nelson Rockefeller was governor and fear of war was running high, the city built shelters.')).toEqual({
      'Nelson Rockefeller': 'governor',
    });
    expect(people('Otto Warmbier was a hardworking student at the University of Virginia -- and a great son.')).toEqual({
      'Otto Warmbier': 'a hardworking student at the University of Virginia',
    });
  });
  it('a name in quotation marks after "the name" or "known as" is someone’s; a place’s or a work’s is not', () => {
    expect(people('The gunman went by the name “Ismaaiyl Abdullah-Muhammad,” police said.')).toEqual({ 'Ismaaiyl Abdullah-Muhammad': null });
    expect(people('The worst slum is known as “Willow Tree Alley.” She loved “Mary Poppins,” the film.')).toEqual({});
  });
  it('a nickname in quotation marks inside a name is part of it, and the given name alone is that person', () => {
    expect(people('They shot Al “Bunchy” Carter and John Huggins. Carter died at once.')).toEqual({ 'Al “Bunchy” Carter': null, 'John Huggins': null });
    expect(people('President Joko "Jokowi" Widodo visited Bali.')).toEqual({ 'Joko "Jokowi" Widodo': 'President' });
    // (In single quotation marks too.)
    expect(people("He's been with Sean 'Puffy' Combs. Combs was not in court.")).toEqual({ "Sean 'Puffy' Combs": null });
  });
  it('a list of names, each with its capitalised title after it, gives each its own title and makes no person of a title', () => {
    const text =
      'The committee is made up of Mr. Alan Roe, First Deputy Governor, Dr. Ben Cole, Head of Research, Dr. Jane Doe, External Member, and Prof. Tom Vale, External Member.';
    expect(people(text)).toEqual({ 'Alan Roe': 'First Deputy Governor', 'Ben Cole': 'Head of Research', 'Jane Doe': 'External Member', 'Tom Vale': 'External Member' });
  });
  it('a nickname before a middle initial, or after given names of two words, splits no one in two', () => {
    expect(people('Senators elected Senator Francis “Chiz” G. Escudero on Monday. Escudero thanked them.')).toEqual({ 'Francis “Chiz” G. Escudero': 'Senator' });
    expect(Object.keys(people('Senate President Lorna Regina “Loren” B. Legarda also resigned.'))).toEqual(['Lorna Regina “Loren” B. Legarda']);
    // (A title is no given name, though some lists hold "Mayor" as one.)
    expect(people('Meanwhile, Bacolod Mayor Alfredo Abelardo “Albee” Benitez issued an apology.')).toEqual({ 'Alfredo Abelardo “Albee” Benitez': 'Bacolod Mayor' });
  });
  it('a given name alone described as one person is someone: "Mia, the actress played by Stone,"', () => {
    expect(people('The characters are Sebastian, the jazz musician played by Gosling, and Mia, the actress played by Stone.')).toEqual({
      Sebastian: 'the jazz musician played by Gosling',
      Mia: 'the actress played by Stone',
    });
    // Not a month, a team in the plural, a place after "of", nor a description of the next name.
    expect(people('In June, the then UK Home Secretary, Sajid Javid, signed it.')).toEqual({ 'Sajid Javid': 'the then UK Home Secretary' });
    expect(people('Chelsea, the defending champions, lost. He wrote to the governor of Virginia, the governor of Ohio.')).toEqual({});
  });
  it('a given name before the rest of a full name is no word glued on: "Linda Black Elk" and later "Black Elk" are one', () => {
    expect(people('“We hope for the best,” said Linda Black Elk, a member of the Catawba Nation. “It hurts,” Black Elk said.')).toEqual({
      'Linda Black Elk': 'a member of the Catawba Nation',
    });
    expect(Object.keys(people('Florentina Maria Widodo’s father changed his picture. Maria Widodo had boarded late.'))).toEqual(['Florentina Maria Widodo']);
    // A title is no given name: "Sergeant Jo Doe" is Jo Doe.
    expect(Object.keys(people('Sergeant Jennifer Rodgers spoke. Jennifer Rodgers is a police officer.'))).toEqual(['Jennifer Rodgers']);
  });
  it('"Rabbi" and "Pastor" are titles; a title’s possessive before a name says whose day it is, not who the name is', () => {
    expect(people('Pastor Rick Warren prayed. Rabbi Sharon Brous spoke.')).toEqual({ 'Rick Warren': 'Pastor', 'Sharon Brous': 'Rabbi' });
    // (And the Orthodox churches' "Patriarch" and "Metropolitan", before the one name a primate goes by.)
    expect(people('Patriarch Zukaro met Metropolitan Omiyabe of Leith.')).toEqual({ Zukaro: 'Patriarch', Omiyabe: 'Metropolitan of Leith' });
    expect(people('On President’s Day, Jo Doe called.')).toEqual({ 'Jo Doe': null });
  });
  it('a full name whose family name the article uses alone as only people’s are is a person ("Span did his job")', () => {
    expect(people('The Nationals traded for Denard Span in 2012. Span did his job well.')).toEqual({ 'Denard Span': null });
    // Or that owns someone: "Bush’s former campaign spokesperson" (a company's chief executive says nothing).
    expect(Object.keys(people('She was called a plant for Jeb Bush. Bush’s former campaign spokesperson laughed.'))).toEqual(['Jeb Bush']);
    expect(people('Shares of Harbour Corp fell. Corp’s chief executive resigned.')).toEqual({});
    // Not a word the article also writes in lower case, nor a company's name that is no one's.
    expect(people('The team joined Coastal Production in 2012. Production was slow, and production stopped.')).toEqual({});
  });
  it('"and" inside an organisation’s name before a title stays in the description, not between two people', () => {
    expect(people('The National Search and Rescue Agency chief Bambang Soelistyo said the search would go on.')).toEqual({
      'Bambang Soelistyo': 'The National Search and Rescue Agency chief',
    });
    expect(people('The talks between Ambassador Gordon Sondland and Energy Secretary Rick Perry ended.')).toEqual({ 'Gordon Sondland': 'Ambassador', 'Rick Perry': 'Energy Secretary' });
  });
  it('a word for a person after a title goes with the title: "Lieutenant Airman Tri Wobowo"', () => {
    expect(people('Lieutenant Airman Tri Wobowo told reporters there were seven people.')).toEqual({ 'Tri Wobowo': 'Lieutenant Airman' });
    // (So does the place the post is in, written after it: "Chief Minister Punjab Shahbaz Sharif"; not letters, "AK".)
    expect(people('Chief Minister Punjab Shahbaz Omiyabe is also coming.')).toEqual({ 'Shahbaz Omiyabe': 'Chief Minister Punjab' });
    expect(people('Foreign Minister AK Abdul Momen said so.')).toEqual({ 'AK Abdul Momen': 'Foreign Minister' });
  });
  it('a word for what someone does, opening a sentence, is the title of a name no list knows: "Actress Zorbasa Kallistratou"', () => {
    expect(people('Actress Zorbasa Kallistratou was adjudged the best actress.')).toEqual({ 'Zorbasa Kallistratou': 'Actress' });
    expect(people('Fly-half Zorbas Kallistratou had given them the perfect start.')).toEqual({ 'Zorbas Kallistratou': 'Fly-half' });
    // (Not the words WordNet files as people that open the names of things, nor a name of a place.)
    expect(people('National Zoological Park staff said the panda was well.')).toEqual({});
    expect(people('Amazon Echo Buds went on sale.')).toEqual({});
    // Any word for a person, before a name none of whose words any list or dictionary knows.
    expect(people('Resident Wandi Mhayi said: “The problem is the water.”')).toEqual({ 'Wandi Mhayi': 'Resident' });
  });
  it('"a boy called X" as "a student named X"; a conjunction opening a sentence is no part of a name', () => {
    expect(people('One person remained in the dark: an 8-year-old boy called Arya Gegana.')).toEqual({ 'Arya Gegana': 'an 8-year-old boy' });
    expect(people('Whether Karenga was paid is unclear. Ron Karenga founded the group.')).toEqual({ 'Ron Karenga': null });
  });
  it('a player who scored points is a person; an index that added points is not', () => {
    expect(people('Zorbas Kallistratou scored 30 points. The Harbour Index added 30 points.')).toEqual({ 'Zorbas Kallistratou': null });
  });
  it('after a family name, a given name of two syllables joined by a hyphen: "Lee Jae-yong"', () => {
    expect(people('Lee Jae-yong, vice chairman of Samsung, appeared in court.')).toEqual({ 'Lee Jae-yong': 'vice chairman of Samsung' });
    // (The second syllable may end in "g", as older romanisation writes it.)
    expect(people('“We will launch today,” vice minister Oh Tae-seog said.')).toEqual({ 'Oh Tae-seog': 'vice minister' });
    // A word broken across a line is no given name.
    expect(Object.keys(people('The fleet sailed past the British Isles-which it guarded.'))).toEqual([]);
  });
  it('a description in brackets or between dashes after a name, and "As mayor," before it', () => {
    expect(people('Ivo Brandt (a former carpenter) said he had seen worse. Kit Lowe — a retired nurse — agreed.')).toEqual({
      'Ivo Brandt': 'a former carpenter',
      'Kit Lowe': 'a retired nurse',
    });
    expect(people('Ada Quinn (the name has been changed) spoke to us. Lou Parry (a pseudonym) did too.')).toEqual({ 'Ada Quinn': null, 'Lou Parry': null });
    expect(people('As mayor, Ada Quinn signed the law. As Leith’s coach, Ivo Brandt won twice.')).toEqual({ 'Ada Quinn': 'mayor', 'Ivo Brandt': 'Leith’s coach' });
    // A clause about someone else after "As" describes no one: "Save" is no person.
    expect(Object.keys(people('As expected, Ada Quinn won. As early retiree Kit Lowe wrote on his blog Think, Save, Retire, it pays.'))).toEqual(['Ada Quinn', 'Kit Lowe']);
    expect(people('As expected, Ada Quinn won.')).toEqual({ 'Ada Quinn': null });
  });
  it('where a person works finishes a title that is a word for a person: "Economist Jo Doe of Acme Bank"', () => {
    expect(people('Economist Ada Quinn of Harbour Bank said rates would fall.')).toEqual({ 'Ada Quinn': 'Economist of Harbour Bank' });
    // (Set off by commas too.)
    expect(people('Detective Inspector Ada Quinn, of the Serious Crime Group, said drugs cause damage.')).toEqual({ 'Ada Quinn': 'Detective Inspector of the Serious Crime Group' });
  });
  it('"identified the victim as", "named X its chief executive", "will become", and an owner’s post after an age', () => {
    expect(people('Police identified the victim as Ada Quinn, 31, of Leith.')).toEqual({ 'Ada Quinn': 'the victim' });
    // (A plural over a list identifies each: "Other suspects in custody were identified as …".)
    expect(people('Other suspects in custody were identified as Akram Halaila, Muhammad Abu Saleh and Ali Halaila.')).toEqual({
      'Akram Halaila': 'Other suspects in custody',
      'Muhammad Abu Saleh': 'Other suspects in custody',
      'Ali Halaila': 'Other suspects in custody',
    });
    expect(people('The board named Ivo Brandt its new chief executive on Monday.')).toEqual({ 'Ivo Brandt': 'its new chief executive' });
    expect(people('Kit Lowe will become Harbour Bank’s chief executive in January.')).toEqual({ 'Kit Lowe': 'Harbour Bank’s chief executive' });
    expect(people('Lou Parry, 52, Harbour Bank’s chief executive, said the firm would appeal.')).toEqual({ 'Lou Parry': 'Harbour Bank’s chief executive' });
  });
  it('a description before a name is the nearest noun phrase after a preposition', () => {
    expect(people('It led to charges at the International Criminal Court against Sudan’s president, Omar al-Bashir, and sanctions.')).toEqual({
      'Omar al-Bashir': 'Sudan’s president',
    });
    // (And after "after", "before" or "following".)
    expect(people('The mob stormed the police station after a fish seller, Safiqul Islam, who was detained there, died.')).toEqual({ 'Safiqul Islam': 'a fish seller' });
    expect(people('She sat in the front row alongside the party’s accountant, Nicolas Crochet, in court.')).toEqual({ 'Nicolas Crochet': 'the party’s accountant' });
  });
  it('after an age, a description needs no article: "Yearout, 51, co-owner and chief executive officer of …"', () => {
    expect(people('“It has been slow,” said Kevin Yearout, 51, co-owner and chief executive officer of Yearout Mechanical Inc.')).toEqual({
      'Kevin Yearout': 'co-owner and chief executive officer of Yearout Mechanical Inc',
    });
    expect(people('Jo Doe, 45, died on Tuesday.')).toEqual({ 'Jo Doe': null });
  });
  it('"who follows Amazon as a managing director at …": the post after "as" in a clause about the person', () => {
    expect(people('It has been steady, said Tom Forte, who follows Amazon as a managing director at the Leith brokerage.')).toEqual({
      'Tom Forte': 'a managing director at the Leith brokerage',
    });
    expect(people('Jo Doe, who dressed as a clown, said it was fun.')).toEqual({ 'Jo Doe': null });
  });
  it('hyphenated titles are titles: "Attorney-General", "President-elect", "Vice-President-elect"; a department is not', () => {
    expect(people('Justin Bassi advises Attorney-General George Brandis. The cast spoke to Vice-President-elect Mike Pence.')).toEqual({
      'Justin Bassi': null,
      'George Brandis': 'Attorney-General',
      'Mike Pence': 'Vice-President-elect',
    });
    expect(people('President-elect Trump said he would act.')).toEqual({ Trump: 'President-elect' });
    expect(people('It covers the Quartermaster-General, Commissary-General, and Paymaster-General.')).toEqual({});
  });
  it('a title outranks a clause saying what the person does, unless the clause says more', () => {
    expect(people('State Sen. Michael Doherty (R-Warren), who represents a largely rural district, objected.')['Michael Doherty']).toBe('State Sen. (R-Warren)');
  });
  it('a verb in the past after the name opens the predicate, not a description', () => {
    expect(people('His widow, Rafida Ahmed, suffered head injuries and lost a finger.')).toEqual({ 'Rafida Ahmed': 'His widow' });
    expect(people('Oprah Winfrey, 60, joined the Christmas Day release.')).toEqual({ 'Oprah Winfrey': null });
  });
  it('"its president" names the organisation the sentence named before it, or opens with; a clause with "said" is no description', () => {
    expect(people('The nation is below its peak, according to Federal Reserve Bank of Dallas research cited by its president, Richard Fisher.')).toEqual({
      'Richard Fisher': 'its president (Federal Reserve Bank of Dallas)',
    });
    // (Or the subject the sentence opens with, before its verb: "PKN Orlen, Poland's largest oil refiner, has suspended".)
    expect(people('Acme said its chief executive, Jo Doe, would retire.')['Jo Doe']).toBe('its chief executive (Acme)');
    expect(people('PKN Orlen, Poland’s largest refiner, has suspended its president Piotr Kownacki.')['Piotr Kownacki']).toBe('its president (PKN Orlen)');
    expect(people('[SINGAPORE] OCBC has announced that its chief executive Helen Wong will retire.')['Helen Wong']).toBe('its chief executive (OCBC)');
    // (Not a pronoun, nor a person's name: "Jo Doe said its chief executive" is no one's of Jo Doe.)
    expect(people('We know its chief executive, Al Roe, will retire.')['Al Roe']).toBe('its chief executive');
    // (Without the comma, right before the name, too.)
    expect(people('The Bank of Thailand is set for a new governor after its incumbent head Veerathai Santiprabhob decided to go.')).toEqual({
      'Veerathai Santiprabhob': 'its incumbent head (Bank of Thailand)',
    });
  });
  it('a name with its affiliation is a person after an honorific or a sentence’s opening word too', () => {
    expect(people('Dr. Maya Chen of Stanford University said the results were clear.')).toEqual({ 'Maya Chen': 'of Stanford University' });
    expect(people('As Dan Richter of Demand Media notes, sitcoms run 22 minutes.')).toEqual({ 'Dan Richter': 'of Demand Media' });
    // Where the speaker is from does not speak.
    expect(people('Mr. Tom Hale of Leith said it was fine.')).toEqual({ 'Tom Hale': 'of Leith' });
  });
  it('a full name followed by a verb and its object is the subject of the sentence, with the description before it', () => {
    expect(people('It was translated by Michael Wells, the philosopher Luis de Miranda weaves a history of neon.')).toEqual({
      'Michael Wells': null,
      'Luis de Miranda': 'the philosopher',
    });
  });
  it('a noun joined to a person’s by "and" stays theirs; "producer/director" names a person', () => {
    expect(people('“It was unlucky,” says Kenneth T. Jackson, the Columbia University historian and authority on New York City.')).toEqual({
      'Kenneth T. Jackson': 'the Columbia University historian and authority on New York City',
    });
    expect(people('He also hired a Tulane University student named Quint Davis, who is now the festival’s producer/director.')).toEqual({
      'Quint Davis': 'a Tulane University student',
    });
    const roles = extractEntities(passagesOf('He also hired a Tulane University student named Quint Davis, who is now the festival’s producer/director.'), []).find((e) => e.name === 'Quint Davis')!.roles;
    expect(roles.map((r) => r.text)).toContain('the festival’s producer/director');
    // An article and a word for anyone say nothing.
    expect(people('A woman named Rosa Parks refused.')).toEqual({ 'Rosa Parks': null });
  });
  it('the party and state between commas belong with the title, as in parentheses', () => {
    expect(people('It is led by Republican Sen. Ted Cruz, R-Texas, who leads the pack.')['Ted Cruz']).toBe('Republican Sen. (R-Texas)');
  });
  it('a title of two nouns joined by "of" before a name: "White House chief of staff Mick Mulvaney"', () => {
    expect(people('White House chief of staff Mick Mulvaney said the aid was withheld.')).toEqual({ 'Mick Mulvaney': 'White House chief of staff' });
    expect(people('Deputy chief of mission Jo Doe said so.')).toEqual({ 'Jo Doe': 'Deputy chief of mission' });
    expect(people('It was the wish of the governor of every Jo Doe.')).toEqual({ 'Jo Doe': null });
    // (Its object may take an article, and another preposition: "minister in the presidency Jo Doe".)
    expect(people('“It is no reflection,” said minister in the presidency Collins Omiyabe.')).toEqual({ 'Collins Omiyabe': 'minister in the presidency' });
    expect(people('They met the head of the department Jo Doe.')).toEqual({ 'Jo Doe': 'the head of the department' });
    expect(people('It was said by director of public affairs Jo Doe.')).toEqual({ 'Jo Doe': 'director of public affairs' });
    // (A field in the plural, though a word for people too: "relations".)
    expect(people('The firm announced the resignation of group executive of corporate relations Simone Niven.')).toEqual({ 'Simone Niven': 'group executive of corporate relations' });
    // (Not an adjective of the name after it.)
    expect(people('He is the head of the powerful Rail, Tram and Bus Union.')).toEqual({});
  });
  it('after an age, a verb and its object are no description: "Marcus Reed, 31, shot the clerk"', () => {
    expect(people('Prosecutors say Marcus Reed, 31, shot the clerk.')).toEqual({ 'Marcus Reed': null });
  });
  it('a word for a kind of people may end a description: "the committee’s top Republican"', () => {
    expect(people('Rep. Devin Nunes, the committee’s top Republican, objected.')['Devin Nunes']).toBe('the committee’s top Republican');
  });
  it('an acronym in capitals inside a description is a name, and "director-general" a title: "the WHO director-general"', () => {
    expect(people('Dr Tedros Adhanom Ghebreyesus, the WHO director-general, warned. Chief Constable Sara Thornton agreed.')).toEqual({
      'Tedros Adhanom Ghebreyesus': 'the WHO director-general',
      'Sara Thornton': 'Chief Constable',
    });
  });
  it('"first lady" is a title, and a word for a person before initials is the role: "Author J.K. Rowling"', () => {
    expect(people('Former first lady Michelle Obama spoke. Author J.K. Rowling tweeted.')).toEqual({ 'Michelle Obama': 'Former first lady', 'J.K. Rowling': 'Author' });
    expect(people('First Lady Jill Biden visited.')).toEqual({ 'Jill Biden': 'First Lady' });
    // A magistrate and a warden are titled so; "H.E." (His Excellency) is an honorific, no part of the role.
    expect(people('Magistrate Asuman Muhumuza remanded the group. Magistrate Muhumuza spoke.')).toEqual({ 'Asuman Muhumuza': 'Magistrate' });
    expect(people('The post is filled by Michael Mosher. Warden Mosher said so.')).toEqual({ 'Michael Mosher': 'Warden' });
    expect(people('“It is needed,” said Ald. Michael Saville, 6th Ward.')).toEqual({ 'Michael Saville': 'Ald.' });
    expect(people('He praised H.E. President Yoweri Museveni for the talks.')).toEqual({ 'Yoweri Museveni': 'President' });
    // An honorific after a title's object is no part of the title either.
    expect(people('He met Minister for Religious Affairs Sheikh Mohammad Abdullah on Monday.')).toEqual({ 'Mohammad Abdullah': 'Minister for Religious Affairs' });
    // ("H.H.", His Highness, too; the particles of an Arabic name are no words of its own after an honorific.)
    expect(people('H.H. Sheikh Humaid bin Rashid Al Nuaimi, Ruler of Ajman, attended.')).toEqual({ 'Humaid bin Rashid Al Nuaimi': 'Ruler of Ajman' });
    // Nor is "Alhaji", one who made the hajj, as West African news writes it.
    expect(people('The Minister of Information and Culture, Alhaji Lai Mohammed says the carnival will go on.')).toEqual({
      'Lai Mohammed': 'The Minister of Information and Culture',
    });
    // (Initials written apart too.)
    expect(people('Magistrate F. A. Quaye adjourned the case.')).toEqual({ 'F. A. Quaye': 'Magistrate' });
  });
  it('an organisation’s possessive before a title in capitals: "Tesla’s CEO", "is Microsoft’s CEO", "Acme’s Chief Operating Officer"', () => {
    expect(people('Elon Musk, Tesla’s CEO, tweeted. Satya Nadella has been Microsoft’s CEO since 2014. Jo Doe, Acme’s Chief Operating Officer, said so.')).toEqual({
      'Elon Musk': 'Tesla’s CEO',
      'Satya Nadella': 'Microsoft’s CEO',
      'Jo Doe': 'Acme’s Chief Operating Officer',
    });
  });
  it('an age before the name, or "(pictured)" after it, does not hide the description', () => {
    expect(people('The bakery’s owner, 52-year-old Jane Roe, said sales fell. Kit Lowe (pictured), the club’s president, agreed.')).toEqual({
      'Jane Roe': 'The bakery’s owner',
      'Kit Lowe': 'the club’s president',
    });
  });
  it('the month a post was taken in is not part of it', () => {
    expect(people('Ann Sarnoff, who was named chairman of Warner Bros. in June, spoke.')).toEqual({ 'Ann Sarnoff': 'chairman of Warner Bros.' });
  });
  it('a description ends where a clause about the person begins', () => {
    expect(people('Ian Hamilton, an expert in drug use at the University of York who did not work on the study, said so.')).toEqual({
      'Ian Hamilton': 'an expert in drug use at the University of York',
    });
  });
  it('a title that runs across "of" keeps its object: "Chief of Staff Jo Doe" is Jo Doe, not "Staff Jo Doe"', () => {
    expect(people('He said Chief of Staff John Kelly is likely to leave.')).toEqual({ 'John Kelly': 'Chief of Staff' });
    expect(people('He said former Army Chief of Staff Zukaro Omiyabe is likely to be named defence minister.')).toEqual({ 'Zukaro Omiyabe': 'former Army Chief of Staff' });
  });
  it('a title that goes on past its "of" is no person and affiliation: "Makueni Member of Parliament Dan Maanzo"', () => {
    expect(people('Makueni Member of Parliament Dan Maanzo, who is part of the legal team, dismissed the plot.')).toEqual({ 'Dan Maanzo': 'Makueni Member of Parliament' });
    // (A name and where the person is from still part: "Robin Biesbroek of the CDF".)
    expect(people('Robin Biesbroek of the CDF said so.')).toEqual({ 'Robin Biesbroek': 'of the CDF' });
    // (With the word for what it is: "of the Unity party".)
    expect(people('Vilnis Kirsis of the Unity party said so.')).toEqual({ 'Vilnis Kirsis': 'of the Unity party' });
  });
  it('where a titled person is from ends before a day or month: "Bishop Jo Doe of Enugu on Monday" is of Enugu', () => {
    expect(people('The visitors met Bishop Chukwuma Okafor of Enugu on Monday.')).toEqual({ 'Chukwuma Okafor': 'Bishop of Enugu' });
    expect(people('The visitors met Bishop Chukwuma Okafor of Enugu in March.')).toEqual({ 'Chukwuma Okafor': 'Bishop of Enugu' });
  });
  it('a title with a country’s initials in it, before a name and where the person is from: "Former U.S. Sen. Jo Doe of Indiana"', () => {
    expect(Object.keys(people('She said former U.S. Sen. Richard Roe of Indiana died on Sunday.'))).toEqual(['Richard Roe']);
  });
  it('a monarch’s number after a given name is part of the name', () => {
    expect(people('Barbados cut ties with Queen Elizabeth II in November.')).toEqual({ 'Elizabeth II': 'Queen' });
    expect(people('The cabinet was sworn in by King Abdullah II. Abdullah said it was good.')).toEqual({ 'Abdullah II': 'King' });
    // (After a name no list or dictionary knows too, but not after a word: "the Apollo XI crew".)
    expect(people('Patriarch Alexy II met the bishops. The Apollo XI crew waved.')).toEqual({ 'Alexy II': 'Patriarch' });
    // (Not after a word that is no given name: a war is no one.)
    expect(people('World War II ended in 1945.')).toEqual({});
    // Popes' numbers too, called by the given name.
    const popes = extractEntities(passagesOf('Francis canonized John XXIII with Pope Emeritus Benedict XVI looking on.'), []);
    expect(popes.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases])).toEqual([
      ['John XXIII', ['John']],
      ['Benedict XVI', ['Benedict']],
    ]);
  });
  it('"the appointment of Jo Doe as …" gives the post, and so does each name and post of a list that follows', () => {
    expect(
      people('The reshuffle included the appointment of Abu Bakr al-Gendi as minister for local development, Zukaro Omiyabe as tourism minister and Khaled Badawy as public enterprise minister.'),
    ).toEqual({ 'Abu Bakr al-Gendi': 'minister for local development', 'Zukaro Omiyabe': 'tourism minister', 'Khaled Badawy': 'public enterprise minister' });
    // (A part played is no post: the list needs a verb or noun of appointing.)
    expect(people('He played Jane Doe as a teenager, and Tom Roe as an adult.')).toEqual({ 'Jane Doe': null, 'Tom Roe': null });
    // (The term it is for may stand before "as".)
    expect(people('The Senate confirmed the nomination of Jane Doe for another five-year term as the governor of the Leith Bank.')).toEqual({
      'Jane Doe': 'the governor of the Leith Bank',
    });
  });
  it('a title’s object of two names joined by "and" is the title’s, not the name’s: "manager for Leith and Worcestershire Dave Roe"', () => {
    expect(people('EA manager for Leith and Worcestershire Dave Roe said the flooding was hard to believe.')).toEqual({ 'Dave Roe': 'EA manager for Leith and Worcestershire' });
    // (Not after a word for things: "the ports of Cuba and San Juan de Puerto Rico".)
    expect(people('The blockade of the ports of Cuba and San Juan de Puerto Rico was raised.')).toEqual({});
  });
  it('a given name alone, set off by a relative’s word and its "of", is that relative: "Maureen, wife of McDonnell,"', () => {
    expect(people('Bob Roe was jailed. Maureen, wife of Roe, was also convicted in the case.')).toEqual({ 'Bob Roe': null, Maureen: 'wife of Roe' });
  });
  it('a word for a person after "co-" is one: "co-head of research", "co-chair"', () => {
    expect(people('“It is clear,” Jane Doe, co-head of strategy research at Acme Bank, said.')).toEqual({ 'Jane Doe': 'co-head of strategy research at Acme Bank' });
  });
  it('where a speaker works does not speak: "an analyst at Unicredit told Bloomberg"', () => {
    expect(people('“It is clear,” John Smith, head of strategy research at Unicredit told Bloomberg.')).toEqual({ 'John Smith': 'head of strategy research at Unicredit' });
  });
  it('"May" after a given name is a family name: "Elizabeth May"', () => {
    expect(people('The Green party’s Elizabeth May has toured the island.')).toEqual({ 'Elizabeth May': null });
  });
  it('"Lake" after a given name that is no ordinary word is a family name: "Marianne Lake", not "Crystal Lake"', () => {
    expect(people('It left CFO Marianne Lake to answer to analysts instead.')).toEqual({ 'Marianne Lake': 'CFO' });
    expect(people('They drove to Crystal Lake on Monday, said Jo Doe.')).toEqual({ 'Jo Doe': null });
  });
  it('"Neither" opening a sentence is no part of a name: "Neither Lightfoot nor the district issued a statement"', () => {
    expect(people('She warned Mayor Lori Lightfoot. Neither Lightfoot nor the district issued a statement.')).toEqual({ 'Lori Lightfoot': 'Mayor' });
  });
  it('a title’s "emeritus" is the title’s, not the name’s: "CTU president Emerita Karen Lewis"', () => {
    expect(people('“It is not too late,” CTU president Emerita Karen Lewis said.')).toEqual({ 'Karen Lewis': 'CTU president Emerita' });
  });
  it('a plural title with a prefix, in capitals after it, covers the list it opens: "co-CEOs JK Shin and Yoon Boo-keun"', () => {
    expect(people('The company said co-CEOs JK Shin and Yoon Boo-keun would step down.')).toEqual({ 'JK Shin': 'co-CEOs', 'Yoon Boo-keun': 'co-CEOs' });
  });
  it('a plural title in capitals covers the list it opens, up to a name with a title of its own: "former TDs Jo Doe, Al Roe, and Senator Mo Poe"', () => {
    expect(people('Mourners included former TDs Ada Quinn, Ivo Brandt, and Senator Lou Parry.')).toEqual({ 'Ada Quinn': 'former TDs', 'Ivo Brandt': 'former TDs', 'Lou Parry': 'Senator' });
    expect(people('Tech CEOs Ada Quinn and Ivo Brandt met.')).toEqual({ 'Ada Quinn': 'Tech CEOs', 'Ivo Brandt': 'Tech CEOs' });
  });
});

describe('one person under the forms news gives them', () => {
  const names = (text: string) => extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name);
  it('initials and a short given name join the full name they begin', () => {
    expect(names('Former Speaker Benjamin Nzeribe died. Rt. Hon. B. U. Nzeribe was 80.')).toEqual(['Benjamin Nzeribe']);
    expect(names('Patrick Carlineo pleaded guilty. “Pat Carlineo is passionate,” his lawyer said.')).toEqual(['Patrick Carlineo']);
  });
  it('names whose later words look like other words: "Liu He", "Kanye West"', () => {
    expect(names('Trump met Chinese vice-premier Liu He on Friday.')).toContain('Liu He');
    // Braun too: a family name WordNet gives famous people alone (src/core/knowledge/wordLists.ts), and here a person's.
    expect(names('Braun has worked with Kanye West and Kim Kardashian.').sort()).toEqual(['Braun', 'Kanye West', 'Kim Kardashian']);
  });
  it('initials open a person’s name, and a word for a person before a given name is not part of it', () => {
    expect(names('Star Trek Into Darkness was directed by J.J. Abrams. Abrams was a producer.')).toEqual(['J.J. Abrams']);
    expect(names('It was a turnaround from 2015, when Republican Phil Bryant won.')).toEqual(['Phil Bryant']);
  });
  it('a Korean name is called by the family name it opens with, even one that is a given name elsewhere: "President Park"', () => {
    const park = extractEntities(passagesOf('The vote will pick the successor of Park Geun-hye. Kim Jin-tae backed former President Park.'), []);
    expect(park.filter((e) => e.kind === 'person').map((e) => [e.name, e.roles[0]?.text])).toEqual([['Park Geun-hye', 'former President'], ['Kim Jin-tae', undefined]]);
  });
});

describe('roles as news states them', () => {
  const roleOf = (text: string, name: string) => extractEntities(passagesOf(text), []).find((e) => e.name === name)?.roles[0]?.text;
  /** Every name the text gives, with every role it was given, best first. */
  const roles = (text: string) => Object.fromEntries(extractEntities(passagesOf(text), []).map((e) => [e.name, e.roles.map((r) => r.text)]));
  it('a capitalised title before a name set off by commas', () => {
    expect(roleOf('Senate Leader, Ahmad Lawan, raised a motion.', 'Ahmad Lawan')).toBe('Senate Leader');
    // (A title that opens the sentence is the name's whole, with its object: not the object alone.)
    expect(roleOf('Secretary to the President and Cabinet, Ms Jo Doe says the ceremony starts at nine.', 'Jo Doe')).toBe('Secretary to the President and Cabinet');
    expect(roleOf('Secretary to the President, Jo Doe says the ceremony starts at nine.', 'Jo Doe')).toBe('Secretary to the President');
    // (After a verb of saying, "and" or "our" too; not after a title's object inside a clause: "as Minister for X, Al Roe".)
    expect(roleOf('Al Roe said Secretary of State for Transport, Jo Doe, wrecked the talks.', 'Jo Doe')).toBe('Secretary of State for Transport');
    // (After "that", "met" or "with" too: the title opens an object or a clause's subject.)
    expect(roleOf('These are the groups that Minister of Health and Social Services, Dr Jo Doe, met in May.', 'Jo Doe')).toBe('Minister of Health and Social Services');
    expect(roleOf('Al Roe met Minister of Health, Jo Doe, on Monday.', 'Jo Doe')).toBe('Minister of Health');
    expect(roleOf('I want to thank the Secretary of Defense, Jo Doe, for his work.', 'Jo Doe')).toBe('the Secretary of Defense');
    // ("our" and "my" open a description as "his" does, the speaker's: "must come from our president, Jo Doe,".)
    expect(roleOf('“All communication must come from our president, Jo Doe,” he said.', 'Jo Doe')).toBe('our president');
    expect(roleOf('The talks included my colleague, Jo Doe, who spoke first.', 'Jo Doe')).toBe('my colleague');
    expect(roleOf('The new ministers are Al Roe, who was promoted as Minister for Pacific Peoples, Jo Doe and Mo Poe.', 'Jo Doe')).toBeUndefined();
    expect(roleOf('They sued the Inspector-General of Police, Ibrahim Idris, on Friday.', 'Ibrahim Idris')).toBe('the Inspector-General of Police');
  });
  it('a participle that modifies the title is the title\'s: "best-selling author", "with disgraced financier"', () => {
    expect(roleOf('The book was praised by best-selling author Jo Doe on Tuesday.', 'Jo Doe')).toBe('best-selling author');
    expect(roleOf('She spoke with award-winning journalist Jo Doe about the case.', 'Jo Doe')).toBe('award-winning journalist');
    expect(roleOf('His friendship with disgraced financier Jo Doe drew criticism.', 'Jo Doe')).toBe('disgraced financier');
    expect(roleOf('It was paid to the secret confidante of ousted President Jo Doe.', 'Jo Doe')).toBe('ousted President');
    // ("then" after a determiner or an owner says the post was held then; one post turned into another is one description.)
    expect(roleOf('In July 1997 the party’s then leader Jo Doe stepped down.', 'Jo Doe')).toBe('the party’s then leader');
    expect(roleOf('The talks were joined by former deputy turned rebel leader Jo Doe.', 'Jo Doe')).toBe('former deputy turned rebel leader');
    // ("un-" and a participle make no verb.)
    expect(roleOf('Former undisputed cruiserweight champion Jo Doe will defend his titles.', 'Jo Doe')).toBe('Former undisputed cruiserweight champion');
    // (So is where the politician stands: "far-right President", "centre-left Prime Minister".)
    expect(roleOf('But far-right President Jo Doe was under fire for his response.', 'Jo Doe')).toBe('far-right President');
    expect(roleOf('The talks were led by centre-left Prime Minister Jo Doe.', 'Jo Doe')).toBe('centre-left Prime Minister');
    // (A verb before the title is no part of it, hyphen or not.)
    expect(roleOf('Critics defeated President Jo Doe in the vote.', 'Jo Doe')).toBe('President');
    expect(roleOf('The party re-elected Governor Jo Doe in 2018.', 'Jo Doe')).toBe('Governor');
  });
  it('a player\'s position is a word for a person: "his fellow seamer", "Olympic basketballer"', () => {
    expect(roleOf('Porter joined his fellow seamer Jo Doe with a five-wicket haul.', 'Jo Doe')).toBe('his fellow seamer');
    expect(roleOf('Old students include Olympic basketballer Jo Doe.', 'Jo Doe')).toBe('Olympic basketballer');
    expect(roleOf('The visitors brought on fly-half Jo Doe at the break.', 'Jo Doe')).toBe('fly-half');
    expect(roleOf('Kaizer Chiefs have signed South African youth international Xhosa Manyana on loan.', 'Xhosa Manyana')).toBe('South African youth international');
    // (A rugby prop too; and a people, a place or a former team joined by "and" to the affiliation after it.)
    expect(roleOf('Ulster confirmed that British and Irish Lions prop Jo Doe has signed.', 'Jo Doe')).toBe('British and Irish Lions prop');
    expect(roleOf('The names include ex-Leith and Ghana coach Jo Doe.', 'Jo Doe')).toBe('ex-Leith and Ghana coach');
    expect(roleOf('He met Al Roe and Acme chief Jo Doe.', 'Jo Doe')).toBe('Acme chief');
  });
  it('an organisation described before a month names none: "extended the classified service March 1"', () => {
    expect(roles('I extended the classified service March 1, 1892, to physicians.')).not.toHaveProperty('March');
  });
  it('a post given as the second object of "named", "appointed", "elected" is the role: "Acme named Jo Doe chief executive"', () => {
    expect(roleOf('Acme named Jo Doe chief executive last week.', 'Jo Doe')).toBe('chief executive');
    expect(roleOf('Voters elected Jo Doe mayor in 2019.', 'Jo Doe')).toBe('mayor');
    expect(roleOf('They named Jo Doe the team’s captain.', 'Jo Doe')).toBe('the team’s captain');
    // (Not where the name goes, nor what it made the person.)
    expect(roleOf('The coach named Jo Doe in the squad.', 'Jo Doe')).toBeUndefined();
    expect(roleOf('The court appointed Jo Doe and Al Roe plenipotentiaries to arrange a settlement.', 'Jo Doe')).toBeUndefined();
  });
  it('a post a relative clause says the person took or left is the role: "who stepped down as", "who took over as"', () => {
    expect(roleOf('Jo Doe, who stepped down as Acme’s chief executive last year, declined to comment.', 'Jo Doe')).toBe('Acme’s chief executive');
    expect(roleOf('A notable departure is Anniken Hauglie, who leaves her post as Minister of Labour.', 'Anniken Hauglie')).toBe('Minister of Labour');
    expect(roleOf('Jo Doe, who resigned as finance minister in May, declined to comment.', 'Jo Doe')).toBe('finance minister');
    expect(roleOf('Jo Doe, who took over as coach in 2019, declined to comment.', 'Jo Doe')).toBe('coach');
    // (Where the comma that closes the clause is missing, the time it says ends the post.)
    expect(roleOf('Kurz’s bid to follow Jo Doe, who resigned as vice chancellor and party leader this week may force elections.', 'Jo Doe')).toBe('vice chancellor and party leader');
  });
  it('an acronym in brackets is part of the description, and of a list of posts: "head of information technology (IT) and …"', () => {
    const text = 'Acme named Jo Doe as new head of information technology (IT) and mobile communications, and Al Roe as new head of consumer electronics.';
    expect(roleOf(text, 'Jo Doe')).toBe('new head of information technology (IT) and mobile communications');
    expect(roleOf(text, 'Al Roe')).toBe('new head of consumer electronics');
  });
  it('the next sentence may describe the person one opens with, after an opening phrase, by a surname that speaks', () => {
    const text = 'The board met at noon. At each request, Alarcon-Flory said she sought advice. The board chair said she offered a meeting.';
    expect(roles(text)).toMatchObject({ 'Alarcon-Flory': ['board chair'] });
  });
  it('a lead that describes the person before naming them gives that description to the person named next', () => {
    const lead = 'A former Leith police officer was indicted Monday on murder charges in the killing of Al Roe.';
    const next = 'According to Solicitor Ann Wells, the indictment against Jo Doe was handed down by a grand jury.';
    expect(roles(`${lead}\n\n${next}`)).toMatchObject({ 'Jo Doe': ['A former Leith police officer'], 'Ann Wells': ['Solicitor'] });
    expect(roleOf('One of the UK’s most notorious gangsters has been jailed for seven years.\n\nJo Doe, 52, from Barnet, was worth £11m.', 'Jo Doe')).toBe('One of the UK’s most notorious gangsters');
    expect(roleOf('Leith Town’s new interim manager was shocked at being asked.\n\nJo Doe was asked to take the reins on Saturday.', 'Jo Doe')).toBe('Leith Town’s new interim manager');
    expect(roleOf('The chief executive of Leith’s tram project has conceded its opening will be delayed.\n\nJo Doe now says that will happen in 2025.', 'Jo Doe')).toBe(
      'The chief executive of Leith’s tram project',
    );
    // (Past the lead's dateline.)
    expect(roleOf('CENTENNIAL, Colo. — An Aurora man is facing life in prison, prosecutors said.\n\nJo Doe, 58, was convicted on Friday.', 'Jo Doe')).toBe('An Aurora man');
    // (Where the lead names no one, the one person it speaks of as "a …" after a preposition.)
    expect(roleOf('CORNWALL – Sentencing for a Cornwall man convicted of having child pornography has been delayed.\n\nJo Doe, 59, pleaded guilty last year.', 'Jo Doe')).toBe(
      'a Cornwall man convicted of having child pornography',
    );
    expect(roleOf('Supporters of a man detained by ICE agents, demanded his release.\n\nJo Doe has been in the U.S. for 25 years.', 'Jo Doe')).toBe('a man detained by ICE agents');
    // (Not one an organisation's possessive says works there: the lead's person is someone else.)
    expect(roleOf('A man accused of two knifepoint robberies will stay behind bars.\n\n“I withdraw that,” Legal Aid’s Wendy McAuliffe said.', 'Wendy McAuliffe')).not.toBe('A man accused of two knifepoint robberies');
    // (A description the person is given where they are named wins: the lead's is a role of last resort.)
    expect(roleOf(`${lead}\n\nThe indictment against Jo Doe, a sergeant, was handed down.`, 'Jo Doe')).toBe('a sergeant');
  });
  it('no description is read from the rest of a list, a passive clause, an opening participle or a verb in -ing', () => {
    // The next names of a list, after a comma, are no description of the first.
    expect(roles('He beat favourites Jo Doe, Al Roe and Bo Vale to become the winner of the prize.')['Jo Doe']).not.toContain('Al Roe and Bo Vale to become the winner of the prize');
    const judges = 'Lord Justice Doe, Mr Justice Roe and Mr Justice Vale ruled that "criticisms and failures" relating to his defence, in particular, rendered the verdict unsafe.';
    expect(roles(`${judges} Lord Justice Doe said so.`)['Doe']).toEqual(['Justice']);
    // (A title of one's own still is: "F. H. Newell, Chief Hydrographer of the Geological Survey".)
    expect(roleOf('He asked Jo Doe, Chief Hydrographer of the Geological Survey, to report.', 'Jo Doe')).toBe('Chief Hydrographer of the Geological Survey');
    // What was done to the person, in the passive, is no description ("shot" is also a marksman in WordNet).
    expect(roleOf('Jo Doe, 45, who was shot twice while a serving officer, demanded money.', 'Jo Doe')).toBeUndefined();
    // A sentence's opening participle and its object say what the person did.
    expect(roleOf('Announcing the winner at a ceremony last night, Jo Doe, chairman of the judges, said it was close.', 'Jo Doe')).toBe('chairman of the judges');
    // Before a word that qualifies a title, a word in -ing is a verb: the description starts after it.
    expect(roleOf('Prosecutors are probing the scandal involving former lobbyist Jo Doe.', 'Jo Doe')).toBe('former lobbyist');
  });
  it('a seeding or a ranking before a name is the player\'s role: "17th-seeded", "top-ranked", "unseeded"', () => {
    const text = 'Top-ranked Jo Doe will face 17th-seeded Al Roe of Spain, and fourth-seeded Bo Vale will play unseeded Cy Lee.';
    expect(roles(text)).toMatchObject({ 'Jo Doe': ['Top-ranked'], 'Al Roe': ['17th-seeded', 'of Spain'], 'Bo Vale': ['fourth-seeded'], 'Cy Lee': ['unseeded'] });
    // (After a determiner the capitalised word is the noun it qualifies: a player's nationality, a team.)
    expect(roles('Wawrinka beat the sixth-seeded Greek in five sets.')).not.toHaveProperty('Greek');
    // A placing in a race, too, before the description it qualifies.
    expect(roleOf('She finished well ahead of second-placed Jo Doe of Kenya.', 'Jo Doe')).toBe('second-placed');
    expect(roleOf('The winner beat the second-placed runner Jo Doe by a second.', 'Jo Doe')).toBe('the second-placed runner');
  });
  it('a number in a description before a name names the event won: "Olympic 1500 champion", "men’s 110 hurdles champion"', () => {
    expect(roleOf('Olympic 1500 champion Jo Doe of the U.S. finished sixth.', 'Jo Doe')).toBe('Olympic 1500 champion of the U.S');
    expect(roleOf('The ban covers Olympic 10,000m bronze medallist Jo Doe and others.', 'Jo Doe')).toBe('Olympic 10,000m bronze medallist');
    expect(roleOf('World men’s 110 hurdles champion Jo Doe won in 13.05 seconds.', 'Jo Doe')).toBe('World men’s 110 hurdles champion');
    // Not before a capitalised title: "with 5 President Jo Doe" is no title of five.
    expect(roleOf('The vote was 5 to 4, with 5 President Jo Doe voting.', 'Jo Doe')).toBe('President');
  });
  it('the time a title was held opens the description before a name: "last year\'s US Open champion", "2014\'s winner"', () => {
    expect(roleOf('The winner will face last year\'s US Open champion Jo Doe for a place in the last four.', 'Jo Doe')).toBe('last year\'s US Open champion');
    expect(roleOf('She beat 2014’s winner Jo Doe in two sets.', 'Jo Doe')).toBe('2014’s winner');
  });
  it('an American legislator\'s title before a name is the role, where the article also writes it in lower case', () => {
    expect(roleOf('The councilman spoke on Monday. Councilman Jo Doe said the plan was ready.', 'Jo Doe')).toBe('Councilman');
    expect(roleOf('Assemblywoman Jo Doe said the plan was ready.', 'Jo Doe')).toBe('Assemblywoman');
  });
  it('a capitalised title and its "of" after "as the" is the post given, whatever verb stands before: "Jo Doe as the Minister of …"', () => {
    const text = 'Among those sworn in were Jo Doe as the Minister of Foreign Affairs, Al Roe as the Minister of Tourism and Lands; and Bo Vale as the Minister of Power.';
    expect(roles(text)).toMatchObject({ 'Jo Doe': ['the Minister of Foreign Affairs'], 'Al Roe': ['the Minister of Tourism and Lands'], 'Bo Vale': ['the Minister of Power'] });
    // (Not a title no list knows: "Jo Doe as the Voice of Reason".)
    expect(roleOf('The panel was Jo Doe as the Voice of Reason and Al Roe.', 'Jo Doe')).toBeUndefined();
  });
  it('a description after a preposition and "which" opens the clause\'s subject: "the polls in which incumbent Jo Doe was declared winner"', () => {
    expect(roleOf('They lost the polls in which incumbent Jo Doe was declared the winner.', 'Jo Doe')).toBe('incumbent');
    // (Not after "which" alone, where a verb follows: "which fatally shot Jo Doe".)
    expect(roleOf('It was the gun which fatally shot Jo Doe.', 'Jo Doe')).toBeUndefined();
  });
  it('a post the person is about to take is theirs: "is set to take over as", "will be sworn in as"', () => {
    expect(roleOf('Jane Doe is set to take over as Leith’s new mayor after the vote.', 'Jane Doe')).toBe('Leith’s new mayor');
    expect(roleOf('Jane Doe will take over as chief executive in May.', 'Jane Doe')).toBe('chief executive');
    expect(roleOf('Jane Doe is expected to be sworn in as the mayor of the capital.', 'Jane Doe')).toBe('the mayor of the capital');
  });
  it('a post a relative clause says the person was appointed to is the role, without what the appointment followed', () => {
    expect(roleOf('She took over from Vaughan Gething, who was appointed as minister for the economy following the election.', 'Vaughan Gething')).toBe('minister for the economy');
    expect(roleOf('It was backed by Jane Doe, who was named chief executive after a long search.', 'Jane Doe')).toBe('chief executive');
    // (How long the post was held says whether it still is: that stays.)
    expect(roleOf('It was backed by Jane Doe, who was education secretary until the summer.', 'Jane Doe')).toBe('education secretary until the summer');
  });
  it('after a description that ends with a place of several words, a full name no list knows is the one described', () => {
    expect(roleOf('He replaced the MP for Tamale South, Haruna Iddrisu.', 'Haruna Iddrisu')).toBe('the MP for Tamale South');
    expect(roleOf('The Leader of Burnley Borough Council, Zukaro Omiyabe, said so.', 'Zukaro Omiyabe')).toBe('The Leader of Burnley Borough Council');
  });
  it('the side a barrister speaks for is their role, after the letters of their rank too: "Jo Doe BL, prosecuting,"', () => {
    expect(roleOf('Garda Walsh told Emer Ní Chúagáin BL, prosecuting, that he was on bail.', 'Emer Ní Chúagáin')).toBe('prosecuting');
    expect(roleOf('Jane Doe, defending, said this was a brutal attack.', 'Jane Doe')).toBe('defending');
    expect(roleOf('Opening the trial, Jane Doe QC, for the prosecution, said he saw a chance.', 'Jane Doe')).toBe('for the prosecution');
    expect(roleOf('Jane Doe, for the defence, said the case was weak.', 'Jane Doe')).toBe('for the defence');
    // (Not what a team was doing.)
    expect(roleOf('The club was defending, Jane Doe said.', 'Jane Doe')).toBeUndefined();
  });
  it('a name with a number in it opens the title after it: "Precinct 2 Commissioner", "Radio 1 DJ"', () => {
    expect(roleOf('Precinct 2 Commissioner Cynthia Long said so.', 'Cynthia Long')).toBe('Precinct 2 Commissioner');
    expect(roleOf('Radio 1 DJ Scott Mills returned for his show.', 'Scott Mills')).toBe('Radio 1 DJ');
    // (Not a date before the title.)
    expect(roleOf('On May 5 Commissioner Cynthia Long said so.', 'Cynthia Long')).toBe('Commissioner');
  });
  it('a member of a parliament, in the letters news writes them with, is a person: "Jo Doe, MP for Leith,"', () => {
    expect(roleOf('Zukaro Omiyabe, MP for Leith, said so.', 'Zukaro Omiyabe')).toBe('MP for Leith');
    expect(roleOf('The seat went to Jane Doe, the MLA for Leith North, in May.', 'Jane Doe')).toBe('the MLA for Leith North');
    // (Not other capitals of two letters: a company's or a programme's.)
    expect(roleOf('Zukaro Omiyabe, GM for Leith, said so.', 'Zukaro Omiyabe')).toBeUndefined();
  });
  it('a description ends before the next name of a list that has a description of its own', () => {
    const text = 'It follows the death of Zukaro Omiyabe, MP for Leith and Mwenya Munkonge, MP for Rosyth.';
    expect(roleOf(text, 'Zukaro Omiyabe')).toBe('MP for Leith');
    expect(roleOf(text, 'Mwenya Munkonge')).toBe('MP for Rosyth');
    // (Not an organisation's name with "and" in it, that a description of the organisation follows.)
    expect(roleOf('Zukaro Omiyabe, an analyst at the Centre for Energy and Clean Air, a think tank, said so.', 'Zukaro Omiyabe')).toBe('an analyst at the Centre for Energy and Clean Air, a think tank');
  });
  it('a word that qualifies a title stands before the capitalised affiliation too: "former Leith council leader"', () => {
    expect(roleOf('The motion came from former Leith council leader Jane Doe on Monday.', 'Jane Doe')).toBe('former Leith council leader');
    expect(roleOf('It was led by Acme’s acting Leith regional chairperson Jane Doe on Monday.', 'Jane Doe')).toBe('Acme’s acting Leith regional chairperson');
  });
  it('a plural subject the list of names after its verb completes describes each: "The winners were Jo Doe and Al Roe"', () => {
    expect(roleOf('The two visiting ministers were Jane Doe and Tom Roe.', 'Tom Roe')).toBe('The two visiting ministers');
    expect(roleOf('Other actors in the movie include Jane Doe and Tom Roe.', 'Jane Doe')).toBe('Other actors in the movie');
    // (Not a thing in the plural, nor a list that runs on past the names.)
    expect(roleOf('The prizes were Jane Doe and Tom Roe.', 'Jane Doe')).toBeUndefined();
    expect(roleOf('The winners were Jane Doe and Tom Roe from Leith and more.', 'Jane Doe')).toBeUndefined();
  });
  it('an adverb of time and a past participle after the name open what happened to the person, not a description', () => {
    expect(roleOf('Media tycoon Jane Doe, already jailed and denied bail over other charges, was sentenced.', 'Jane Doe')).toBe('Media tycoon');
  });
  it('"One of the defendants, Jo Doe,": the whole phrase is the description; "shareholders rejecting chief Jo Doe" holds a verb', () => {
    expect(roleOf('One of the defendants, 64-year-old Jane Doe, is known for her role.', 'Jane Doe')).toBe('One of the defendants');
    expect(roleOf('Many shareholders rejecting chief Jane Doe’s pay deal voted.', 'Jane Doe')).toBe('chief');
    expect(roleOf('Detective Garda Jane Doe told the court he was arrested.', 'Jane Doe')).toBe('Detective Garda');
  });
  it('two abbreviated ranks joined by a hyphen are a title, and “Coun.” a councillor’s, never part of the name', () => {
    expect(roleOf('Lt-Col Jane Doe was travelling on the N1 when she was shot.', 'Jane Doe')).toBe('Lt-Col');
    expect(roleOf('The case was postponed, said Hawks spokesperson Lt-Col Jane Doe.', 'Jane Doe')).toBe('Hawks spokesperson');
    expect(roleOf('Council voted to move ahead, but Coun. Jane Doe excused herself.', 'Jane Doe')).toBe('Coun.');
  });
  it('titles joined by a slash are one; the next name of a list is no description of the one before, whatever follows it', () => {
    expect(roleOf('Guests included journalist Jo Doe, comedian/writer Alan Roe and swimmer Ben Cole.', 'Jo Doe')).toBe('journalist');
    expect(roleOf('Guests included journalist Jo Doe, comedian/writer Alan Roe and swimmer Ben Cole.', 'Alan Roe')).toBe('comedian/writer');
    expect(roleOf('According to a letter from Interim City Manager/Fire Chief Jane Doe, he will resign.', 'Jane Doe')).toBe('Interim City Manager/Fire Chief');
    expect(roleOf('She joined school captains Jane Doe, Mary Roe, Anna Cole on stage.', 'Mary Roe')).toBe('school captains');
    // (The period of a suffix is no end of the list.)
    expect(roleOf('It was attended by his co-stars Robert Downey Jr., Chris Hemsworth, and Jeremy Renner.', 'Jeremy Renner')).toBe('his co-stars');
    // (A plural description may open the sentence, set off by commas, before a list of people.)
    expect(roleOf('Local business owners, Jane Doe and Mary Roe, say they are hopeful.', 'Mary Roe')).toBe('Local business owners');
    // (Nor a description that runs into the next name with no title between: "member of Board of Governors Asad Ali Khan".)
    const panel = 'The panel comprised former cricketers Jane Doe, Mary Roe, member of Board of Governors Anna Cole and Ben Poe.';
    expect(roleOf(panel, 'Mary Roe')).toBe('former cricketers');
    expect(roleOf(panel, 'Anna Cole')).toBe('member of Board of Governors');
    // (A title after a capitalised word that is also a given name runs into no one: "the Five Star Speaker".)
    expect(roleOf('The party proposed Roberto Fico, 44, the Five Star Speaker of the lower house, but he declined.', 'Roberto Fico')).toBe('the Five Star Speaker of the lower house');
  });
  it('the letters of a member of a parliament head the description read back from the name: “Labor state MP Jo Doe”', () => {
    expect(roleOf('Among the guests was Labor state MP Jane Doe, who spoke.', 'Jane Doe')).toBe('Labor state MP');
  });
  it('Australian and New Zealand honours after a full name end it, and a “who” clause after “at” and a place is the person’s', () => {
    const text = 'Back for another term are Ernie Camp at the Burke Shire and Jane Doe AM at Richmond, who has served as mayor for 27 years.';
    expect(extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Ernie Camp', 'Jane Doe']);
    expect(roleOf(text, 'Jane Doe')).toBe('mayor for 27 years');
  });
  it('two nationalities joined by a hyphen are no part of the name after them: “Kenyan-American Barack Obama”', () => {
    expect(roleOf('The city that brought forth Kenyan-American Jane Doe went on celebrating.', 'Jane Doe')).toBe('Kenyan-American');
  });
  it('a police rank in capitals, as South Asian and Malaysian news write it, is a title: “DCP Jo Doe”, “district police chief ACP Jo Doe”', () => {
    expect(roleOf('“It was solved,” DCP Tejaswini Gautam said.', 'Tejaswini Gautam')).toBe('DCP');
    expect(roleOf('“It will go to the prosecutor,” said district police chief ACP Mohd Iqbal Ibrahim in a statement.', 'Mohd Iqbal Ibrahim')).toBe('district police chief ACP');
    // (Not in lower case or capitalised as a word: "Dig" opens a sentence.)
    expect(roleOf('Dig Tejaswini Gautam out of the archive, the editor said.', 'Tejaswini Gautam')).not.toBe('Dig');
  });
  it('a title whose acronym stands in brackets before the name is the name’s: “Deputy Commissioner of Police (DCP) Jo Doe”', () => {
    expect(roleOf('Speaking to ANI, Jaipur Deputy Commissioner of Police (DCP) Tejaswani Gautam said more teams worked.', 'Tejaswani Gautam')).toBe('Jaipur Deputy Commissioner of Police');
    expect(roleOf('Nagaon Superintendent of Police (SP) Leena Doley said 24 people were accused.', 'Leena Doley')).toBe('Nagaon Superintendent of Police');
    // (Or the mark of one retired.)
    expect(roleOf('Lokayukta Justice (Rtd) P K Misra issued the order last week.', 'P K Misra')).toBe('Lokayukta Justice');
  });
  it('a member of the Knesset, in its letters, is a title before a name: “Likud MK Jo Doe”', () => {
    expect(roleOf('One vote in that majority was Likud MK Sharren Doe, who had been in hospital.', 'Sharren Doe')).toBe('Likud MK');
    // (And one elected, before the name or after it.)
    const text = 'It was led by Mubende Municipality MP-elect Bashir Sempa, and Ms Shartsi Musherure, the Mawogola North MP-elect, on Friday.';
    expect(roleOf(text, 'Bashir Sempa')).toBe('Mubende Municipality MP-elect');
    expect(roleOf(text, 'Shartsi Musherure')).toBe('the Mawogola North MP-elect');
  });
  it('the time a post was held is no part of it: “served as BPI’s vice chairman from April 2013 to September 2022”', () => {
    expect(roleOf('Jane Doe previously served as Acme’s vice chairman from April 2013 to September 2022, and was first elected in 1994.', 'Jane Doe')).toBe('Acme’s vice chairman');
    expect(roleOf('Jane Doe served as Acme’s treasurer from 2009 to 2012.', 'Jane Doe')).toBe('Acme’s treasurer');
  });
  it('“who currently serves as” opens the post as “who serves as” does', () => {
    expect(roleOf('The board will recommend Jane Doe, who currently serves as chief executive of Leith Water, to succeed him.', 'Jane Doe')).toBe('chief executive of Leith Water');
  });
  it('after a title and its one-word object, a name of three words no list opens is whole: “Minister of Energy Pradhuman Singh Tomar”', () => {
    expect(roleOf('On Friday, Minister of Energy Pradhuman Singh Tomar opened the plant.', 'Pradhuman Singh Tomar')).toBe('Minister of Energy');
    expect(roleOf('Deputy Director of Public Prosecution Eva-Marie Persson said the case was closed.', 'Eva-Marie Persson')).toBe('Deputy Director of Public Prosecution');
    // (An object of ordinary words before a full name no list opens is the title's too.)
    expect(roleOf('The file was sent to Director of Public Prosecution Keriako Tobiko for advice.', 'Keriako Tobiko')).toBe('Director of Public Prosecution');
    // (Ordinary words that end the object before a given name are the object's: "of International Trade Zakir Khan".)
    expect(roleOf('It was attended by Minister of International Trade Zakir Khan and others.', 'Zakir Khan')).toBe('Minister of International Trade');
  });
  it('a capitalised title’s portfolios joined by “and” belong to it; a name before “and” is another person', () => {
    const text = 'Health and Social Care Secretary Jane Doe said health and care staff would be paid more.';
    expect(roleOf(text, 'Jane Doe')).toBe('Health and Social Care Secretary');
    expect(roleOf('Culture, Media and Sport Secretary Jane Doe said culture and media jobs were safe.', 'Jane Doe')).toBe('Culture, Media and Sport Secretary');
    expect(roleOf('Alan Roe and Defence Secretary Jane Doe met the troops to talk about defence.', 'Jane Doe')).toBe('Defence Secretary');
  });
  it('the word after a title’s last “of” is its object’s, though a given name too: “Governor of the Bank of Israel Karnit Flug”', () => {
    expect(roleOf('He notes that Governor of the Bank of Israel Jane Zorvex emphasized the point.', 'Jane Zorvex')).toBe('Governor of the Bank of Israel');
    // (After a title no list knows too, where a later given name opens the name: "Head of Star Magic Lauren Dyogi".)
    expect(roleOf('Joining them were Head of Star Magic Lauren Dyogi and others.', 'Lauren Dyogi')).toBe('Head of Star Magic');
  });
  it('a title’s first word joined to “then-” or “ex-” belongs to it: “then-Prime Minister Thaksin Shinawatra”', () => {
    expect(roleOf('A coup ousted then-Prime Minister Jane Doe on allegations of corruption.', 'Jane Doe')).toBe('then-Prime Minister');
    expect(roleOf('Ex-Vice President Jane Doe spoke on Monday.', 'Jane Doe')).toBe('Ex-Vice President');
  });
  it('how long or how a post is held, and whose it is, belong to a capitalised title: "Bahrain’s long-serving Prime Minister"', () => {
    expect(roleOf('Leith’s long-serving Prime Minister Jane Doe has died.', 'Jane Doe')).toBe('Leith’s long-serving Prime Minister');
    expect(roleOf('He recorded an album with fellow Chieftain Jane Doe.', 'Jane Doe')).toBe('fellow Chieftain');
    // (Not a verb before the title: "Trump nominated Judge Jane Doe".)
    expect(roleOf('Al Roe nominated Judge Jane Doe to the court.', 'Jane Doe')).toBe('Judge');
  });
  it('a title in lower case joined by “and” to a capitalised one is part of it, unless it is a post given “as” to a name before', () => {
    expect(roleOf('The school was opened by Premier’s secretary and Bentleigh MP Jane Doe on Friday.', 'Jane Doe')).toBe('Premier’s secretary and Bentleigh MP');
    const text = 'Deputies approved party leader Alan Roe as prime minister and Respublika leader Jane Doe as his first deputy.';
    expect(roleOf(text, 'Jane Doe')).toBe('Respublika leader');
  });
  it('a ranking written out after “world” is a description: “World number one Justin Rose”, “Rose, the world number one,”', () => {
    expect(roleOf('World number one Jane Doe and Ann Roe are tied for second.', 'Jane Doe')).toBe('World number one');
    expect(roleOf('The match went to Jane Doe, the world number two, in three sets.', 'Jane Doe')).toBe('the world number two');
  });
  it('a description ends before “confirmed” when its closing comma is missing, and a post before the day it starts from', () => {
    expect(roleOf('The oath would follow, Jane Doe, press advisor to President confirmed ANI over the phone.', 'Jane Doe')).toBe('press advisor to President');
    expect(roleOf('The operator announced the appointment of Jane Doe as public EVP from 11 March.', 'Jane Doe')).toBe('public EVP');
  });
  it('“who has been promoted … as” gives the post after “as”, up to the next name of a list', () => {
    const text = 'There are three new ministers: Alan Doe, who has been promoted straight to Cabinet as Minister for Pacific Peoples, Jacqui Roe and Mark Cole.';
    expect(roleOf(text, 'Alan Doe')).toBe('Minister for Pacific Peoples');
  });
  it('a capitalised opening phrase ending in a word for a person describes the full name after its comma', () => {
    expect(roleOf('Grammy-nominated US songstress, Julia Doe will join the singer on his tour.', 'Julia Doe')).toBe('Grammy-nominated US songstress');
    expect(roleOf('Two weeks later his wife, Julia Doe, had left.', 'Julia Doe')).toBe('his wife');
  });
  it('whom someone told, before the subject of what they said, describes no one: “told the court Murphy was a member”', () => {
    const text = 'Jane Doe (32) had pleaded not guilty. A witness told the court Doe was a member of the force.';
    expect(extractEntities(passagesOf(text), []).map((e) => e.name)).toEqual(['Jane Doe']);
    expect(roleOf('Ann Roe, 22, failed to appear. Her lawyer told the judge Roe couldn’t appear on Wednesday.', 'Ann Roe')).toBeUndefined();
  });
  it('a description before the name set off by commas, past a title of address and before letters after the name', () => {
    expect(roleOf('Chairman of North East Leith Council, Councillor Jane Doe MBE, has raised funds.', 'Jane Doe')).toBe('Chairman of North East Leith Council');
    expect(roleOf('The school committee chairlady, Mrs Jane Doe said parents were angry.', 'Jane Doe')).toBe('The school committee chairlady');
    // (Closed by a relative word instead of a comma.)
    expect(roleOf('It followed a visit by China’s Foreign Minister, Wang Yi where three agreements were signed.', 'Wang Yi')).toBe('China’s Foreign Minister');
    // (Or another verb of the sentence's subject, after "and" or "but".)
    expect(roleOf('He pleaded not guilty before the Grade One Magistrate, Esther Nahilya and applied for bail.', 'Esther Nahilya')).toBe('the Grade One Magistrate');
    expect(roleOf('He sought bail through the defence counsel, Jo Doe but failed to get it.', 'Jo Doe')).toBe('the defence counsel');
    // (A post in capitals, before the name set off after it, is no one who speaks.)
    const spokesman = 'Argentina’s Presidential Spokesman, Manuel Adorni, said it.';
    expect(extractEntities(passagesOf(spokesman), []).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Manuel Adorni']);
    expect(roleOf(spokesman, 'Manuel Adorni')).toBe('Argentina’s Presidential Spokesman');
    // (After "by", the agent: a noun phrase of its own.)
    expect(roleOf('The fight was stopped last year by local Koroba MP, Phillip Undialu, under his programme.', 'Phillip Undialu')).toBe('local Koroba MP');
    expect(roleOf('He was named their nominee for governor, Jim Hood, last year.', 'Jim Hood')).toBe('their nominee for governor');
    // ("Councillor Doe, who …": the title is no part of the name the clause describes.)
    expect(extractEntities(passagesOf('Councillor Jane Doe spoke. Councillor Doe, who is the ward’s member, agreed.'), []).map((e) => e.name)).toEqual(['Jane Doe']);
  });
  it('a description opening the sentence, with no closing comma: after a dateline, before an honorific, owned by an organisation', () => {
    expect(roleOf('Leith – Minister of Health, Dr Jane Doe will visit the hospital.', 'Jane Doe')).toBe('Minister of Health');
    // (Before any verb in the past; after a source set off by a slash.)
    expect(roleOf('Leith News / Deputy Speaker of the parliament, Jane Doe expressed her support.', 'Jane Doe')).toBe('Deputy Speaker of the parliament');
    expect(roleOf('Department of Health’s national spokesperson, Jane Doe has cautioned residents.', 'Jane Doe')).toBe('Department of Health’s national spokesperson');
    // A capitalised title after a preposition needs no closing comma either.
    expect(roleOf('The meeting, which will be chaired by the Minister of Health, Jane Doe is intended to end the strike.', 'Jane Doe')).toBe('the Minister of Health');
    expect(roleOf('He paid a visit to the Minister of Federal Capital Territory, Jane Doe to seek support.', 'Jane Doe')).toBe('the Minister of Federal Capital Territory');
    // A country's letters in capitals open a title, though "us" is a pronoun.
    expect(roleOf('Tonight, US Ambassador to Ireland, Jane Doe, said she was saddened.', 'Jane Doe')).toBe('US Ambassador to Ireland');
    // A word for a person and its object, capitalised: a post.
    expect(roleOf('Counsel for the DPP, Kos Lesses, agreed there was need for the appeal.', 'Kos Lesses')).toBe('Counsel for the DPP');
    // After a one-word opener; a post capitalised after "the"; a rank before the name.
    expect(roleOf('Earlier, the prosecution counsel, Jane Doe said the offence was committed in May.', 'Jane Doe')).toBe('the prosecution counsel');
    expect(roleOf('Meanwhile, the Defence Counsel, Sgt Jane Doe said the offence was never committed.', 'Jane Doe')).toBe('the Defence Counsel');
    // (After a preposition in lower case, the nearer phrase is the one: "brother of the heir to the throne, Charles".)
    expect(roleOf('He is the younger brother of the heir to the throne, Charles Doe, who spoke.', 'Charles Doe')).toBe('the heir to the throne');
    // (Not after "for" and a word for a person: whom someone works for is not who the name is.)
    expect(roleOf('It drew an objection from the lead counsel for the petitioner, Jane Doe.', 'Jane Doe')).toBe('the lead counsel for the petitioner');
  });
  it('an honorific between the description and the name', () => {
    expect(roleOf('As Trump’s longtime physician, Dr. Harold Bornstein, wrote in 2015, he was healthy.', 'Harold Bornstein')).toBe('Trump’s longtime physician');
    expect(roleOf('CNN’s chief medical correspondent Dr. Sanjay Gupta noted the risk.', 'Sanjay Gupta')).toBe('CNN’s chief medical correspondent');
  });
  it('a description closed by a dash, and a role in a relative clause that ends at its comma', () => {
    expect(roleOf('In Kentucky, the Democratic candidate, Andy Beshear — whose father was governor — won.', 'Andy Beshear')).toBe('the Democratic candidate');
    expect(roleOf('Ronny Jackson, who was then serving as the President’s physician, suggested a diet.', 'Ronny Jackson')).toBe('the President’s physician');
  });
  it('a lower-case word that is also a given name ("man") does not stop a description', () => {
    expect(roleOf('Reports say the man who kidnapped the child, Michael Webb, was sentenced.', 'Michael Webb')).toBe('the man who kidnapped the child');
  });
  it('a thing joined by "and" to a description set off by commas is no part of it: "an afternoon nap and her son, Ronald,"', () => {
    expect(roleOf('She took an afternoon nap and her son, Ronald Doe, found her unresponsive.', 'Ronald Doe')).toBe('her son');
  });
  it('a verb and its object before a description set off by commas are the sentence\'s: "the court heard the baby’s mother, …"', () => {
    expect(roleOf('A sitting of the Coroner’s Court heard the baby’s mother, Mary Corcoran from Skerries, had a normal pregnancy.', 'Mary Corcoran')).toBe('the baby’s mother');
  });
  it('a description that refers back to the person named last, as a clause’s subject, when nothing else describes them', () => {
    expect(roleOf('We don’t know if John Legend has been asked, but the singer made his position pretty clear.', 'John Legend')).toBe('the singer');
    expect(roleOf('Clinton blamed Vladimir Putin’s involvement in the hacking: The Russian leader has a longtime grudge against her.', 'Vladimir Putin')).toBe(
      'the Russian leader',
    );
    expect(roleOf('Jo Doe spoke on Monday. The veteran senator said she would run.', 'Jo Doe')).toBe('veteran senator');
    // (Past a place after "in", and with places joined by "and": "The former Leith and Rosyth mayor died".)
    expect(roleOf('A funeral for Sir Jo Doe will be held in Leithburgh next Friday. The former Leith and Rosyth mayor died on Thursday.', 'Jo Doe')).toBe(
      'the former Leith and Rosyth mayor',
    );
    // Opening the sentence, to the person the one before named last: by a family name given before, though also a word.
    expect(roleOf('Jo Baker led on Saturday. A baker sold bread to Baker at the course. The 14-time major champion is trying to win.', 'Jo Baker')).toBe(
      'the 14-time major champion',
    );
    // Another person's title is theirs; a word for anyone, a plural or a phrase with "of" describes no one.
    expect(roleOf('President Obama met Jo Smith, and the president said they agreed.', 'Jo Smith')).toBeUndefined();
    expect(roleOf('Jo Smith spoke, but the man said nothing and the officials said little.', 'Jo Smith')).toBeUndefined();
    expect(roleOf('Jo Smith spoke, and the ends of justice were served.', 'Jo Smith')).toBeUndefined();
    // Nor does a word for a person used mostly for something else.
    expect(roleOf('Jo Smith has maintained that the October 2015 date was a provisional one.', 'Jo Smith')).toBeUndefined();
    expect(roleOf('Jo Smith spoke on Monday. The threat was real, she said.', 'Jo Smith')).toBeUndefined();
    // A description the text gives the person otherwise wins.
    expect(roleOf('Jo Smith, a nurse, spoke, but the singer said little.', 'Jo Smith')).toBe('a nurse');
  });
  it('a verb in the past and its object in the plural after a name are a predicate; a verb of speech ends a title left unclosed', () => {
    expect(roleOf('The mayor of Surabaya, Tri Rismaharini, comforted relatives and urged them to be strong.', 'Tri Rismaharini')).toBe('The mayor of Surabaya');
    const text = 'Eric Durr, Director of Public Affairs at the New York State Division of Military and Naval Affairs told Mashable that it was a drill.';
    expect(roleOf(text, 'Eric Durr')).toBe('Director of Public Affairs at the New York State Division of Military and Naval Affairs');
    expect(extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Eric Durr']);
  });
  it('"another" opens a description before a name; single names listed after a plural description are those people', () => {
    expect(roleOf('Another witness, Polly Sheppard, told the jury what happened.', 'Polly Sheppard')).toBe('Another witness');
    const text = 'He is most excited about life at home with Eva Mendes and their two daughters, Esmeralda and Amada.';
    expect(roleOf(text, 'Esmeralda')).toBe('their two daughters');
    expect(roleOf(text, 'Amada')).toBe('their two daughters');
    expect(extractEntities(passagesOf('Payments rose for pensioners, June and July alike.'), []).map((e) => e.name)).not.toContain('June');
  });
  it('what a person is cast as after their name, and "GM" as a title', () => {
    expect(roleOf('It is an asset for a team with Daniel Murphy as the everyday second baseman.', 'Daniel Murphy')).toBe('the everyday second baseman');
    expect(roleOf('GM Mike Rizzo shipped out Milledge in a 2009 trade.', 'Mike Rizzo')).toBe('GM');
    expect(extractEntities(passagesOf('They restored Fort Sackville as a national shrine.'), []).filter((e) => e.kind === 'person')).toEqual([]);
  });
  it('a plural title before a given name and a full name joined by "and" is both people’s', () => {
    expect(roleOf('Co-founders Patrick and John Collison worked their way through the list.', 'John Collison')).toBe('Co-founders');
    // A title after "and" opens another person's name: "Meghan and Prince Harry" share no family name.
    const names = extractEntities(passagesOf('A correspondent joined Meghan and Prince Harry on their tour.'), []).map((e) => e.name);
    expect(names).not.toContain('Meghan Harry');
  });
  it('a name the text writes apart is a person mentioned there: "Forrest and Sally Hoglund", "Ruth Ann (Hertzog) Pirch"', () => {
    const mentioned = (text: string) => extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => [e.name, e.roles[0]?.text ?? null, e.mentions.length]).sort();
    expect(mentioned('The $4 million gift from Forrest and Sally Hoglund is the largest.')).toEqual([['Forrest Hoglund', null, 1], ['Sally Hoglund', null, 1]]);
    // (An obituary's family name before marriage, in brackets between the given names and the family name.)
    expect(mentioned('He was born to the late George and Irma (Lilly) Pirch. He and his wife Ruth Ann (Hertzog) Pirch had two sons.')).toEqual([
      ['George Pirch', null, 1],
      ['Irma Pirch', null, 1],
      ['Ruth Ann Pirch', 'his wife', 1],
    ]);
    // (Not places, nor a kind of family.)
    expect(mentioned('He is minister to Nicaragua, Salvador and Costa Rica. It helps the Richard and Judy Andersons of America.').map(([name]) => name)).not.toContain('Salvador Rica');
  });
  it('a description set off before the name by a dash', () => {
    expect(roleOf('“I am standing on the shoulders of my favorite actor - Heath Ledger,” Phoenix said.', 'Heath Ledger')).toBe('my favorite actor');
    expect(roleOf('The winner of the match — Jane Doe — said little.', 'Jane Doe')).toBe('The winner of the match');
  });
  it('a post a person was named to, with an adverb between', () => {
    expect(roleOf('Jo Doe was later named chief executive of Acme, the firm said.', 'Jo Doe')).toBe('chief executive of Acme');
    // (A most valuable player is a title a player is named to.)
    expect(roleOf('Walter Tavares played well. Tavares was named Final Four MVP after his performance.', 'Walter Tavares')).toBe('Final Four MVP');
    // (In a relative clause with no comma, right after a full name; not after an article, which says which one.)
    expect(roleOf('They won with two tries from Kalione Nasoko who was named player of the final.', 'Kalione Nasoko')).toBe('player of the final');
    expect(roleOf('He met a Christian Tamil who was named player of the year.', 'Christian Tamil')).toBeUndefined();
  });
  it('a compound word for a person that WordNet lacks, by its long last part', () => {
    expect(roleOf('“I’m excited,” says Maura McLaughlin, a radioastronomer at West Virginia University, who studies pulsars.', 'Maura McLaughlin')).toBe(
      'a radioastronomer at West Virginia University',
    );
    expect(roleOf('“It is fast,” says Jo Doe, a supercomputer at Leith.', 'Jo Doe')).toBeUndefined();
  });
  it('a work in quotation marks before a title says what the title is of, and a quotation does not', () => {
    expect(roleOf('The film was praised by “Parasite” director Bong Joon Ho on Sunday.', 'Bong Joon Ho')).toBe('“Parasite” director');
    expect(roleOf('“I love it,” actress Jane Doe said on Sunday.', 'Jane Doe')).toBe('actress');
  });
  it('a press release’s title, unit and company after the name, which name no one else', () => {
    const text = '“We are delighted,” said David Udell, Group President, Asia Pacific, Hyatt Hotels Corporation.';
    expect(roleOf(text, 'David Udell')).toBe('Group President, Asia Pacific, Hyatt Hotels Corporation');
    expect(roleOf('“We are proud,” said Julian Moore, General Manager, Nam Nghi Phu Quoc.', 'Julian Moore')).toBe('General Manager, Nam Nghi Phu Quoc');
    expect(extractEntities(passagesOf('“We are proud,” said Julian Moore, General Manager, Nam Nghi Phu Quoc.'), []).map((e) => e.name)).not.toContain('Nam Nghi Phu Quoc');
    // A title between two people's names is the second's: "Elihu Root, Secretary of War, Henry Cabot Lodge" lists two.
    expect(roleOf('They were Elihu Root, Secretary of War, Henry Cabot Lodge, a Senator, and others.', 'Henry Cabot Lodge')).toBe('a Senator');
  });
  it('the post a sentence’s subject acted in, but not one an object of theirs is given', () => {
    expect(roleOf('John Kennedy created a nationwide shelter program as president in 1961.', 'John Kennedy')).toBe('president');
    // (And the post a name's time in office is in.)
    expect(roleOf('As the clock ticks down on Richard Bailey’s tenure as police chief, selectmen have met.', 'Richard Bailey')).toBe('police chief');
    expect(roleOf('Jane Doe joined the firm as chief executive of Acme in 2010.', 'Jane Doe')).toBe('chief executive of Acme');
    expect(roleOf('Jane Doe treated him as a son for years.', 'Jane Doe')).toBeUndefined();
    expect(roleOf('Jane Doe spoke as well as she could.', 'Jane Doe')).toBeUndefined();
    // A post with its article, past a place's or organisation's name; not one a person named after the verb is given,
    // nor a part played.
    expect(roleOf('Jane Doe holds the top office in Local 90 as the secretary-treasurer.', 'Jane Doe')).toBe('the secretary-treasurer');
    expect(roleOf('Jane Doe named Al Roe as the club’s ambassador.', 'Jane Doe')).toBeUndefined();
    expect(roleOf('Jane Doe won praise for her supporting role as a charming nurse in the film.', 'Jane Doe')).toBeUndefined();
  });
  it('a name set off by an aside in brackets, and a clause with a verb and its object before the description', () => {
    expect(roleOf('He had turned over control to his second-in-command, Michelle King (who was later named his successor).', 'Michelle King')).toBe('his second-in-command');
    expect(roleOf('The board hired a new coach, Jane Doe, on Monday.', 'Jane Doe')).toBe('a new coach');
    expect(roleOf('The company named its new chief executive, Jane Doe (pictured), on Monday.', 'Jane Doe')).toBe('its new chief executive');
  });
  it('a description set off after the name ends before a clause opened by "where" after its noun, with a verb of its own', () => {
    expect(roleOf('Jane Doe, director of the trust that runs the Leith Stage where the show was due, said so.', 'Jane Doe')).toBe('director of the trust that runs the Leith Stage');
    expect(roleOf('Jane Doe, the owner of a store near where the fight happened, said so.', 'Jane Doe')).toBe('the owner of a store near where the fight happened');
  });
  it('a description after the name that opens the sentence, left without its closing comma, ends at the sentence’s verb', () => {
    expect(roleOf('Jane Doe, the sitting Leith MP and daughter of former mayor John Doe is contesting the seat.', 'Jane Doe')).toBe('the sitting Leith MP and daughter of former mayor John Doe');
    // (Not after a word that only opens the sentence, nor through a clause of its own.)
    expect(extractEntities(passagesOf('Today, the group that attacked us is weaker.'), []).map((e) => e.name)).toEqual([]);
  });
  it('where a person is from, set off by commas after the name, is a role too ("of whom" opens no place)', () => {
    expect(roleOf('Jane Doe, of the Bavarian sister party, repeated the claim.', 'Jane Doe')).toBe('of the Bavarian sister party');
    // Not past "and" and the next name of a list, with where that person is from.
    expect(roleOf('The names were Jane Doe of Leith’s Sherpur and Hatem Ali Roe of Perth’s Sadar area.', 'Jane Doe')).toBe('of Leith’s Sherpur');
    // After an age, "from", and at the sentence's end too.
    expect(roleOf('He was charged with the death of Jane Doe, 48, from Leith First Nation.', 'Jane Doe')).toBe('from Leith First Nation');
    expect(roleOf('Jane Doe (78), of Eden Street, died on March 27.', 'Jane Doe')).toBe('of Eden Street');
    expect(roleOf('Jane Doe, of whom little is known, repeated the claim.', 'Jane Doe')).toBeUndefined();
  });
  it('a title held before, written as one word: "then-President", "ex-Minister"', () => {
    expect(roleOf('She joined then-President Jane Doe’s government in July.', 'Jane Doe')).toBe('then-President');
    expect(roleOf('The firm hired ex-Minister Jane Doe as an adviser.', 'Jane Doe')).toBe('ex-Minister');
  });
  it('a title the person is addressed by, after what they are, is no part of it: "the mayor Cr Jo Doe"', () => {
    expect(roleOf('The mayor Cr Jane Doe later described the vote as fantastic.', 'Jane Doe')).toBe('The mayor');
    expect(roleOf('The study was led by Leith’s chief medical officer Professor Jane Doe.', 'Jane Doe')).toBe('Leith’s chief medical officer');
    expect(roleOf('The case went to Senior High Court judge Justice Jane Doe.', 'Jane Doe')).toBe('Senior High Court judge');
    // A title that is one with the word before it stays whole.
    expect(roleOf('“It works,” Acme executive VP Jane Doe said.', 'Jane Doe')).toBe('Acme executive VP');
  });
  it('a description before the name stays theirs past where they are from: "another striker, Montenegro’s Stevan Jovetic,"', () => {
    expect(roleOf('The club are close to securing another striker, Montenegro’s Stevan Jovetic, from Fiorentina.', 'Stevan Jovetic')).toBe('another striker');
  });
  it('"…, making him the school’s winningest coach": what the subject’s deed made them', () => {
    expect(roleOf('Carm Cozza retired. Cozza has a 177-111-5 record, making him the school’s winningest coach.', 'Carm Cozza')).toBe('the school’s winningest coach');
    // (Not what it made something else: "making it the city’s tallest tower".)
    expect(roleOf('Carm Cozza built it. Cozza added a floor, making it the city’s tallest tower.', 'Carm Cozza')).toBeUndefined();
  });
  it('a description may end inside a title’s closing quotation mark: "the Japanese director of “Shoplifters,” Hirokazu Kore-eda,"', () => {
    expect(roleOf('Fresh from Cannes, the Japanese director of “Shoplifters,” Hirokazu Kore-eda, confirmed his next film.', 'Hirokazu Kore-eda')).toBe('the Japanese director of “Shoplifters”');
    // (Not a quotation that ends before the name: the speaker is not what they said.)
    expect(roleOf('“Thanks to the coach,” Jane Doe said.', 'Jane Doe')).toBeUndefined();
  });
  it('what opens with a preposition says when or where, not who: "under Prime Minister Jo Doe, before the end of the year"', () => {
    expect(roleOf('“Under the leadership of Prime Minister Narendra Modi, before the end of the year 2024, roads will be better,” he said.', 'Narendra Modi')).toBe('Prime Minister');
  });
  it('people in the plural, or a verb and its "to", are no one person’s description', () => {
    expect(roleOf('It is a race against conservative challenger Chris McDaniel, the faces of the tea party movement.', 'Chris McDaniel')).toBe('conservative challenger');
    expect(roleOf('Literature lover Jane Doe arrived. During her talk with Jane Doe, the singer appeared to say “no singing”, but she sang.', 'Jane Doe')).toBe('Literature lover');
    // ("one of" a plural still describes one person.)
    expect(roleOf('Jane Doe, one of the founders of Acme, said so.', 'Jane Doe')).toBe('one of the founders of Acme');
  });
  it('a pronoun after the comma opens a clause of its own, no description: "I have spoken to Navas, he’s an important player"', () => {
    expect(roleOf('Jesus Navas joined in June. “I have spoken to Jesus Navas, he’s an important player in any squad,” Roe said.', 'Jesus Navas')).toBeUndefined();
  });
  it('the next sentence may call its subject by where they are from or their ranking: "The Spaniard, who …", "The world No. 1 looked …"', () => {
    expect(roleOf('Rafael Nadal revealed he came close to retiring. The world No. 1 looked to be in real trouble.', 'Rafael Nadal')).toBe('The world No. 1');
    expect(roleOf('Rafael Nadal beat Jo Roe in five sets. The Spaniard, who was cheered on by the crowd, won.', 'Rafael Nadal')).toBe('The Spaniard');
    // (Not a name, nor people in the plural: "The Smiths were", "The Australians said".)
    expect(roleOf('Rafael Nadal beat Jo Roe in five sets. The Australians said it was close.', 'Rafael Nadal')).toBeUndefined();
    // An age may stand before where they are from; a dateline before the subject is no subject.
    const dated = 'BERNE, Switzerland, (Reuters) – Jo Doe won the 100 metres in Lausanne.\n\nThe 24-year-old Jamaican, who won in Rio, clocked 10.78 seconds.';
    expect(roleOf(dated, 'Jo Doe')).toBe('The 24-year-old Jamaican');
    // With no one opening the sentence before, where someone is from refers back to the person it named last.
    const named = 'There was a warm reception for Al Roe but no success in a pole vault won by Jo Doe. The American equalled his best.';
    expect(roleOf(named, 'Jo Doe')).toBe('The American');
  });
  it('an age and what someone is, with no name after them, refer back to the one named before: "for the 33-year-old Australian"', () => {
    // The family name alone that opened the sentence before, not the last name it held.
    expect(roleOf('Jo Doe won by five. Doe broke the record that Al Roe set in 2007.\n\nThe timing was good for the 33-year-old Australian.', 'Jo Doe')).toBe(
      'the 33-year-old Australian',
    );
    // With no name opening the sentence before, the one it named last.
    expect(roleOf('Four shots behind after three rounds at the event, Jo Doe closed with a 64. It moved the 27-year-old Californian into the top 10.', 'Jo Doe')).toBe(
      'the 27-year-old Californian',
    );
    // An age said as a noun, after a comma in the subject's own sentence.
    expect(roleOf('Jo Doe won his 18th title at the Open, the 31 year old defeated Al Roe in a playoff.', 'Jo Doe')).toBe('the 31 year old');
    // Not the age of something, nor the object of the subject's verb, nor after someone else was named.
    expect(roleOf('Jo Doe won by two. It was the best round in the history of the 44-year-old tournament.', 'Jo Doe')).toBeUndefined();
    expect(roleOf('Jo Doe beat the 24-year-old Austrian in five sets.', 'Jo Doe')).toBeUndefined();
    expect(roleOf('Jo Doe won. Then Al Roe lost to the 24-year-old Austrian.', 'Jo Doe')).toBeUndefined();
  });
  it('what a title is of may be a list of fields: "the Minister of Trade, Commerce and Food Security"', () => {
    expect(roleOf('Jo Doe was sworn in as the Minister of Trade, Commerce and Food Security.', 'Jo Doe')).toBe('the Minister of Trade, Commerce and Food Security');
    expect(roleOf('Jo Doe, the Minister of Finance, Planning and Economic Development, said so.', 'Jo Doe')).toBe('the Minister of Finance, Planning and Economic Development');
    // Not a list of people after the title's organisation.
    expect(roleOf('Jo Doe, the head of Acme, Bob Roe and Al Smith met on Monday.', 'Jo Doe')).toBe('the head of Acme');
  });
  it('a description opening the sentence, then "is" and a name, describes the name: "The new chairman is Jo Doe"', () => {
    expect(roleOf('The new chairman is Jo Doe, the board said.', 'Jo Doe')).toBe('The new chairman');
    // (Or when the title was held, owning it; the name may be followed by what it was won for.)
    expect(roleOf('Last year’s winner was Jo Doe for “Do Not Say We Have Nothing.”', 'Jo Doe')).toBe('Last year’s winner');
    // A list after a plural, past the groups' names after "the".
    const inductees = 'The performer inductees are the Foo Fighters, the Go-Go’s, Jay-Z, Carole King and Tina Turner.';
    expect([roleOf(inductees, 'Carole King'), roleOf(inductees, 'Tina Turner')]).toEqual(['The performer inductees', 'The performer inductees']);
    // A preposition ends the noun phrase of the head: "the brain behind this startup" is a person, not a startup.
    expect(roleOf('The brain behind this well-timed startup is said to be Jo Doe and Ann Roe.', 'Ann Roe')).toBe('The brain behind this well-timed startup');
    // Not a possessive that goes on to its noun, nor what is no person.
    expect(roleOf('The new chairman is Jo Doe’s brother. Jo Doe said so.', 'Jo Doe')).toBeUndefined();
    expect(roleOf('The problem is Jo Doe, the board said.', 'Jo Doe')).toBeUndefined();
  });
  it('an age before a description is part of it: "29-year-old British prodigy Zadie Smith"', () => {
    expect(roleOf('It was followed by 29-year-old British prodigy Jo Doe and others.', 'Jo Doe')).toBe('29-year-old British prodigy');
    expect(roleOf('It was won by 24-year-old sprinter Jo Doe from Leith.', 'Jo Doe')).toBe('24-year-old sprinter');
    // An age alone is still the description.
    expect(roleOf('The killing of 17-year-old Jo Doe shocked the country.', 'Jo Doe')).toBe('17-year-old');
  });
  it('a placing, a seeding or an age before a nationality is part of it: "second-placed American Jenna Prandini"', () => {
    expect(roleOf('She won well ahead of second-placed American Jenna Prandini.', 'Jenna Prandini')).toBe('second-placed American');
    expect(roleOf('He lost to unseeded Canadian Al Roe on Monday.', 'Al Roe')).toBe('unseeded Canadian');
    expect(roleOf('He beat 31-year-old Australian Jo Doe in four sets.', 'Jo Doe')).toBe('31-year-old Australian');
  });
  it('how many times a title was won or held, and "defending", qualify it: "20-time Grand Slam winner", "six-term Mississippi Sen."', () => {
    expect(roleOf('Federer and 20-time Grand Slam winner Serena Williams reached the quarter-finals.', 'Serena Williams')).toBe('20-time Grand Slam winner');
    expect(roleOf('The match between defending champion Novak Djokovic and Kevin Anderson was suspended.', 'Novak Djokovic')).toBe('defending champion');
    // (WordNet knows "two-time" only as a verb: before a title it qualifies it.)
    expect(roleOf('The gap was a minute on two-time defending champion Jane Doe.', 'Jane Doe')).toBe('two-time defending champion');
    expect(roleOf('It is the race of a lifetime for six-term Mississippi Sen. Thad Cochran, aides say.', 'Thad Cochran')).toBe('six-term Mississippi Sen.');
  });
  it('where someone is in their career or post qualifies a title too: "returning star", "retiring mayor"', () => {
    expect(roleOf('It was a tough end for Team Leith and returning star Jane Doe.', 'Jane Doe')).toBe('returning star');
    expect(roleOf('The seat was held by retiring Leith Council mayor Jane Doe.', 'Jane Doe')).toBe('retiring Leith Council mayor');
  });
  it('an example’s description after "including" is its role: "his associates, including former Attorney General, Jo Doe"', () => {
    expect(roleOf('The probe targets his close associates, including former Attorney General, Jean Alain Rodriguez.', 'Jean Alain Rodriguez')).toBe('former Attorney General');
  });
  it('a post kept or taken again is the person’s, and so is the post of a name listed after it with "as"', () => {
    expect(roles('The report said Aryeh Deri would remain on as interior minister, and Rabbi Yaakov Litzman as health minister.')).toEqual({
      'Aryeh Deri': ['interior minister'],
      'Yaakov Litzman': ['health minister', 'Rabbi'],
    });
    expect(roleOf('The party would like Jane Doe to return as Speaker.', 'Jane Doe')).toBe('Speaker');
  });
  it('a post taken is read past a description set off between commas: "Kim Ki-nam, president of X, was named new head of Y"', () => {
    expect(roles('Kim Ki-nam, president of the chip business, was named new head of the parts business; Koh Dong-jin as new head of mobile.')).toEqual({
      'Kim Ki-nam': ['new head of the parts business', 'president of the chip business'],
      'Koh Dong-jin': ['new head of mobile'],
    });
  });
  it('who replaces someone "as" a post, "by" name, takes it: "was replaced as president by Jo Doe"', () => {
    expect(roleOf('Otsubo became chairman and was replaced as president by Kazuhiro Tsuga.', 'Kazuhiro Tsuga')).toBe('president');
    // The one replaced takes no post from it, nor the name after "by".
    expect(roleOf('Jo Doe was replaced as captain by Al Roe.', 'Jo Doe')).toBeUndefined();
    // ("by" name, then "as": the same, the post after the name.)
    expect(roleOf('Jo Doe is being replaced by Al Roe as interim CEO.', 'Al Roe')).toBe('interim CEO');
    expect(roleOf('Jo Doe is being replaced by Al Roe as interim CEO.', 'Jo Doe')).toBeUndefined();
  });
  it('a post ends before another name and its verb: "resigned as Acme president and Roe took the helm"', () => {
    expect(roleOf('Last year, Nobuaki Kurumatani resigned as Acme president and Tsunakwa took the helm.', 'Nobuaki Kurumatani')).toBe('Acme president');
    // (Not before a second title: "president and CEO of Acme" is one post.)
    expect(roleOf('Jane Doe resigned as president and CEO of Acme last year.', 'Jane Doe')).toBe('president and CEO of Acme');
  });
  it('what a person is doing is no description of them: "who is watching the cub on webcam video"', () => {
    expect(roleOf('According to Jane Doe, who is watching the cub on webcam video, it is well.', 'Jane Doe')).toBeUndefined();
    expect(roleOf('According to Jane Doe, who is acting director of the zoo, it is well.', 'Jane Doe')).toBe('acting director of the zoo');
  });
  it('plurals after a preposition are what one person’s post covers, not people listed on: "curator of carnivores and primates"', () => {
    expect(roleOf('Corinne MacDonald, curator of carnivores and primates at the zoo, told the paper.', 'Corinne MacDonald')).toBe('curator of carnivores and primates at the zoo');
  });
  it('the owner of a list’s first name owns the names listed after it: "the NPA’s Rebecca Bligh, Lisa Dominato and Colleen Hardwick"', () => {
    expect(roles('The newcomers are the NPA’s Rebecca Bligh, Lisa Dominato and Colleen Hardwick, and the Greens’ Pete Fry.')).toMatchObject({
      'Rebecca Bligh': ['of NPA'],
      'Lisa Dominato': ['of NPA'],
      'Colleen Hardwick': ['of NPA'],
      'Pete Fry': ['of Greens'],
    });
  });
});

describe('more of the ways news names people', () => {
  const names = (text: string) => extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name);
  it('a romanised family name of one syllable and a given name of two joined by a hyphen is a person’s, though no list knows it', () => {
    expect(names('Reporters said that Tsao Wei-ling called out as rescuers dug through to find her.')).toEqual(['Tsao Wei-ling']);
    expect(names('The New Co-op opened its doors, and Self Re-run closed.')).toEqual([]);
  });
  it('two or more letters without their dots are initials before a name, even the letter “A”: “Chief Secretary A P Padhi”', () => {
    expect(names('Chief Secretary A P Padhi said the cyclone would hit the coast.')).toEqual(['A P Padhi']);
    expect(names('Chief Minister M K Stalin said the state was ready.')).toEqual(['M K Stalin']);
    // (One letter before a given name and a family name too, not the title's.)
    expect(names('President M Abdul Hamid expressed shock.')).toEqual(['M Abdul Hamid']);
    expect(names('Q Cells Korea built the plant.')).toEqual([]);
    // (And one letter before a family name no dictionary knows; not the article nor "I", nor before a word.)
    expect(names('The bench of Chief Justice S Muralidhar said the court had not erred.')).toEqual(['S Muralidhar']);
    expect(names('TCS chief N Chandrasekaran will head the board.')).toEqual(['N Chandrasekaran']);
    expect(names('A Muralidhar song played. I Muralidhar. The O Level exams began.')).toEqual([]);
  });
  it('a month’s short form that is also a name is the dateline’s month after a day: “Moscow, 19 Mar Turkmenistan’s president-elect”', () => {
    const text = 'Moscow, 19 Mar Turkmenistan’s president-elect Serdar Doe assumed leadership on Saturday.';
    expect(names(text)).toEqual(['Serdar Doe']);
    expect(extractEntities(passagesOf(text), []).find((e) => e.name === 'Serdar Doe')?.roles[0]?.text).toBe('Turkmenistan’s president-elect');
  });
  it('“wa” is a particle inside a name, as “bin” and “von” are: “Ngugi wa Thiong’o”', () => {
    expect(names('Writers tipped include Ngugi wa Thiong’o of Kenya, Syrian-born poet Adonis and Haruki Murakami of Japan.')).toContain('Ngugi wa Thiong’o');
  });
  it('a player’s line written as a sentence, but not a market’s', () => {
    expect(names('Shaq Vann rushed for 101 yards and a touchdown.')).toEqual(['Shaq Vann']);
    expect(names('The Dow Jones Industrial Average added 300 points on Monday.')).toEqual([]);
  });
  it('a family name that opens with a particle, written alone', () => {
    const roleOf = (text: string, name: string) => extractEntities(passagesOf(text), []).find((e) => e.name === name)?.roles[0]?.text;
    expect(roleOf('“We see no roadblocks,” says Di Li, the chief scientist of FAST.', 'Di Li')).toBe('the chief scientist of FAST');
    expect(roleOf('“It is great,” says De Niro, the actor.', 'De Niro')).toBe('the actor');
  });
  it('"which" after a name described as a person’s refers to something before it', () => {
    expect(names('Deforestation rose under far-right president Jair Bolsonaro, which has prompted protests.')).toEqual(['Jair Bolsonaro']);
    expect(names('We will support the Job Training Partnership Act, which has a high placement rate.')).toEqual([]);
  });
  it('an ordinary word after an opening bracket opens the sentence, not a name', () => {
    const text = 'It implied she was a plant for Jeb Bush. (Both Bush’s former campaign spokesperson and both her aides rejected that.)';
    expect(names(text)).toEqual(['Jeb Bush']);
  });
  it('a verb opening a condition is no part of a name, asked or not', () => {
    expect(names('Had Texas fallen into the hands of a foreign power, we had lost much.')).toEqual([]);
    expect(names('Had Paredes won, the war would have gone on, we had said. Paredes said so.')).toEqual(['Paredes']);
  });
  it('laws and treaties name no one', () => {
    expect(names('The Justice Department sued under the Sherman Act and the Food Control Act, and cited the Geneva Convention.')).toEqual([]);
  });
  it('an age before a full name is a person’s', () => {
    expect(names('It came in reaction to the killing of 17-year-old Trayvon Martin by a volunteer.')).toEqual(['Trayvon Martin']);
    expect(names('News organizations wrongly identified 22-year-old Sunil Tripathi as the bomber.')).toEqual(['Sunil Tripathi']);
  });
  it('a government called by the one person who leads it, but not by what rules', () => {
    expect(names('That may vanish as the incoming Trump administration looms over FCC policy.')).toEqual(['Trump']);
    expect(names('The Obama presidency ended in January.')).toEqual(['Obama']);
    expect(names('The Soviet regime fell, the Imperial administration lasted and the Communist presidency ended.')).toEqual([]);
  });
  it('a description set off before a single name', () => {
    const charles = extractEntities(passagesOf('He is the younger brother of the heir to the British throne, Charles, who said nothing.'), []).find((e) => e.name === 'Charles');
    expect(charles?.roles[0]?.text).toBe('the heir to the British throne');
  });
});

describe('titles that run across prepositions and organisations', () => {
  const roleOf = (text: string, name: string) => extractEntities(passagesOf(text), []).find((e) => e.name === name)?.roles[0]?.text;
  it('a title whose object is capitalised, before the name', () => {
    expect(roleOf('He spoke with former special envoy to Ukraine Kurt Volker on Monday.', 'Kurt Volker')).toBe('former special envoy to Ukraine');
  });
  it('an organisation with small words inside it, before a job', () => {
    expect(roleOf('Washington State Department of Health public information officer Ginny Graham said so.', 'Ginny Graham')).toBe(
      'Washington State Department of Health public information officer',
    );
  });
  it('capitalised titles after the name, and "the CEO of" in a sentence about the person', () => {
    expect(roleOf('Brian Sims, CEO and Founder of Ceres Robotics, said it would fly.', 'Brian Sims')).toBe('CEO and Founder of Ceres Robotics');
    expect(roleOf('Michelle Hege spoke first. Hege is the CEO of DH, the Spokane firm.', 'Michelle Hege')).toBe('the CEO of DH');
  });
  it('an honorific before a name with a relative clause', () => {
    expect(roleOf('Dr. Ronny Jackson, who was then serving as the President’s physician, suggested a diet.', 'Ronny Jackson')).toBe('the President’s physician');
  });
});

describe('names with initials', () => {
  it('are mentioned as the words a reader sees, without the dots', () => {
    const extracted = extractEntities(passagesOf('Rockledge (3-1): C. Martinez 1 goal. Alexis Martinez 2 goals. D. Robbins 1 save.'), []);
    expect(extracted.find((e) => e.name === 'C. Martinez')?.mentions).toEqual(['a#1']);
    expect(extracted.find((e) => e.name === 'Alexis Martinez')?.mentions).toEqual(['a#1']);
  });
});

describe('roles ranked and read with care', () => {
  const people = (text: string) =>
    Object.fromEntries(extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => [e.name, e.roles[0]?.text ?? null]));
  it('a later role that says which of the introduction\'s post it is says it better: "Minister", then "Health Minister"', () => {
    expect(people('The measures were announced by Minister Jo Doe. Health Minister Jo Doe said more would follow.')).toEqual({ 'Jo Doe': 'Health Minister' });
    // (Not a clause that ends with the post.)
    expect(people('Judge Jo Doe ruled on it. Doe, when a circuit judge, had ruled otherwise.')).toEqual({ 'Jo Doe': 'Judge' });
  });
  it('a phrase after a name that ends with "said" is the speaker of the sentence, not a description', () => {
    expect(people('Lena Farrow spoke. It is a poor deal for Farrow, a third official briefed on the talks said.')).toEqual({ 'Lena Farrow': null });
  });
  it('a word after a modal is a verb, even one WordNet also files as a person ("would help")', () => {
    expect(people('Lena Farrow spoke. The cuts would help Farrow’s rivals.')).toEqual({ 'Lena Farrow': null });
  });
  it('a description before a name set off by commas, after a quotation’s closing comma', () => {
    expect(people('“The evidence is thin,” Norway’s chief fisheries inspector, Eva-Lotte Brenn, said on Monday.')).toEqual({
      'Eva-Lotte Brenn': 'Norway’s chief fisheries inspector',
    });
  });
  it('a place in a description that ends with a word also used as a given name ("North") names no one', () => {
    expect(people('Senator representing Kano North , Ibrahim Danladi , moved a motion.')).toEqual({ 'Ibrahim Danladi': 'Senator representing Kano North' });
  });
  it('a plural description covers every name in its list, whether it opens the sentence, comes before "including" or is set off by punctuation or brackets', () => {
    const both = (role: string) => ({ 'Ada Quinn': role, 'Lou Parry': role });
    const rolesOf = (text: string) => Object.fromEntries(extractEntities(passagesOf(text), []).map((e) => [e.name, e.roles.map((r) => r.text)]));
    expect(people('Singer-songwriters Ada Quinn and Lou Parry will tour.')).toEqual(both('Singer-songwriters'));
    expect(people('On Monday, Argentine Judges Ada Quinn and Lou Parry rejected the appeal.')).toEqual(both('Argentine Judges'));
    expect(people('Hopes rest on lesser-known candidates including Ada Quinn and Lou Parry.')).toEqual(both('lesser-known candidates'));
    expect(people('The founders of the studio, Ada Quinn and Lou Parry, designed it.')).toEqual(both('The founders of the studio'));
    expect(people('Five of the seven court justices (Ada Quinn and Lou Parry) voted for it.')).toEqual(both('the seven court justices'));
    // (Not a clause that ends in the list's first name: "The new ministers include Ada Quinn" describes no one after it.)
    expect(people('The new ministers include Ada Quinn, Lou Parry and Bo Vale.')).toEqual({ ...both('The new ministers'), 'Bo Vale': 'The new ministers' });
    // (Ada Quinn's own title, "Sens.", is shown first: see "what a list shares says less".)
    const dashed = rolesOf('It is where the two other leading candidates in the race — Sens. Ada Quinn and Lou Parry — have struggled.');
    expect(dashed['Ada Quinn']).toContain('the two other leading candidates in the race');
    expect(dashed['Lou Parry']).toEqual(['the two other leading candidates in the race']);
    // A surname alone in the list gets it too, once it is known as the person's.
    expect(people('Ada Quinn spoke. Votes went to rivals such as Quinn and Lou Parry.')).toEqual(both('rivals'));
  });
  it('an obituary’s family: a relation in the plural, alone or counted, covers the list after it, past a spouse in brackets', () => {
    expect(people('She survives him, as do daughters, Ada Quinn (Shane) and Kit Lowe (Karl); four grandchildren, Ivo Brandt, Lou Parry and Bo Vale; and friends.')).toEqual({
      'Ada Quinn': 'daughters',
      'Kit Lowe': 'daughters',
      'Ivo Brandt': 'four grandchildren',
      'Lou Parry': 'four grandchildren',
      'Bo Vale': 'four grandchildren',
    });
    // (Whose relations they are, where the text says it; and "include" is a verb, not a description.)
    expect(people('Survivors include two nieces, Ada Quinn and Kit Lowe. Ivo Brandt’s parents, Lou Parry and Bo Vale, died.')).toEqual({
      'Ada Quinn': 'two nieces',
      'Kit Lowe': 'two nieces',
      'Ivo Brandt': null,
      'Lou Parry': 'Ivo Brandt’s parents',
      'Bo Vale': 'Ivo Brandt’s parents',
    });
  });
  it('a team in brackets after a name, as results lists write it, is a role of last resort; a spouse’s given name is not', () => {
    expect(people('Ada Quinn won ahead of Ivo Brandt (Leith Wheelers) and Lou Parry (Acme-Rotor).')).toEqual({ 'Ada Quinn': null, 'Ivo Brandt': 'Leith Wheelers', 'Lou Parry': 'Acme-Rotor' });
    expect(people('Ivo Brandt (Leith Wheelers) fell. Brandt, the defending champion, got up.')).toEqual({ 'Ivo Brandt': 'the defending champion' });
    expect(people('She is survived by Kit Lowe (Shannon).')['Kit Lowe']).toBeNull();
  });
  it('a plural description is neither a clause before the list nor a verb after a modal', () => {
    expect(people('The ministers met on Monday, Ada Quinn and Lou Parry said.')).toEqual({ 'Ada Quinn': null, 'Lou Parry': null });
    expect(people('After meeting the reporters, Ada Quinn and Lou Parry, who had flown in, left.')).toEqual({ 'Ada Quinn': null, 'Lou Parry': null });
    expect(people('The tour will feature members Ada Quinn and Lou Parry.')).toEqual({ 'Ada Quinn': 'members', 'Lou Parry': 'members' });
  });
  it('where the person works, after the name, finishes a description written before it', () => {
    expect(people('When the chemist Ja’Nae Corbin at the University of Leith looked, she saw it. A group led by Corbin’s colleague Ivo Brandt at the Leith Institute found more.')).toEqual({
      'Ja’Nae Corbin': 'the chemist at the University of Leith',
      'Ivo Brandt': 'Corbin’s colleague at the Leith Institute',
    });
  });
  it('a relative clause after a description the copula gives is no part of it, and what "and" joins before it is', () => {
    expect(people('Ada Quinn, 50, was a native of Leith and a veteran sailor who had crossed the Atlantic. Lou Parry is a single mom from Leith who was laid off.')).toEqual({
      'Ada Quinn': 'a native of Leith and a veteran sailor',
      'Lou Parry': 'a single mom from Leith',
    });
  });
  it('a second verb in the past tense after "and" ends the description: what the person did is not what they are', () => {
    expect(people('“It was quick,” said Ada Quinn, who runs a bakery and catering business and headed out for the next stop.')).toEqual({
      'Ada Quinn': 'runs a bakery and catering business',
    });
    expect(people('Lou Parry is a retired pilot and steered the plane home. Bo Vale, a former soldier and retired teacher, agreed.')).toEqual({
      'Lou Parry': 'a retired pilot',
      'Bo Vale': 'a former soldier and retired teacher',
    });
  });
  it('executive titles written as acronyms are titles like "CEO": "COO and president", "Acme CFO"', () => {
    expect(people('Shares rose after the board named COO and president Ada Quinn to lead. Acme CFO Lou Parry declined.')).toEqual({
      'Ada Quinn': 'COO and president',
      'Lou Parry': 'Acme CFO',
    });
  });
  it('the next titled name of a list is not a description of the name before it', () => {
    expect(people('Ohio Sen. Ada Quinn, Utah Rep. Lou Parry, businessman Bo Vale and Ivo are under pressure.')).toEqual({
      'Ada Quinn': 'Ohio Sen.',
      'Lou Parry': 'Utah Rep.',
      'Bo Vale': 'businessman',
    });
  });
  it('the school, team or company whose name is written before a name is a role of last resort; a person’s or a day’s is not', () => {
    expect(people('In the backstroke, Wichita Falls’ Ada Quinn took first, ahead of Acme’s Lou Parry.')).toEqual({
      'Ada Quinn': 'of Wichita Falls',
      'Lou Parry': 'of Acme',
    });
    expect(people('Ivo Brandt said so. Brandt’s Bo Vale agreed, as Friday’s Kit Lowe did.')).toEqual({ 'Ivo Brandt': null, 'Bo Vale': null, 'Kit Lowe': null });
  });
  it('an appointment and its date in a relative clause, and a year that ends the sentence, are not part of the role', () => {
    expect(people('Ada Quinn, who was appointed chief executive in 2019, agreed. Lou Parry is a nurse in Boston in the 1990s.')).toEqual({
      'Ada Quinn': 'chief executive',
      'Lou Parry': 'a nurse in Boston',
    });
  });
  it('a capitalised post after "as" counts too: "replaced Bob Iger as CEO"', () => {
    expect(people('Bob Chapek replaced Bob Iger as CEO in February. They saw Jo Doe as London burned.')).toEqual({ 'Bob Chapek': 'CEO', 'Bob Iger': 'CEO', 'Jo Doe': null });
  });
  it('"tapped X as", "named X as": the post after "as" is the role; whoever replaces someone takes the post too', () => {
    expect(people('The governor tapped Ada Quinn as her deputy for health last week. Ivo Brandt agreed a deal to replace Lou Parry as Leith’s manager until 2025.')).toEqual({
      'Ada Quinn': 'her deputy for health',
      'Ivo Brandt': 'Leith’s manager',
      'Lou Parry': 'Leith’s manager',
    });
    expect(people('Critics named Ada Quinn as a reason for the loss. Ivo Brandt, who met Lou Parry as a student, replaced Kit Lowe as captain.')).toEqual({
      'Ada Quinn': null,
      'Ivo Brandt': null,
      'Lou Parry': null,
      'Kit Lowe': 'captain',
    });
  });
  it('the post "as" gives ends before who gave it, and may hold a long organisation\'s name', () => {
    expect(people('Ada Quinn was also chosen as the Choir Leader of the Festival by judge Kit Lowe.')).toMatchObject({ 'Ada Quinn': 'the Choir Leader of the Festival' });
    expect(people('Ada Quinn was chosen as the new deputy warden for the Municipality of the District of St. Mary’s.')).toEqual({
      'Ada Quinn': 'the new deputy warden for the Municipality of the District of St. Mary’s',
    });
  });
  it('"serves as", "was named", "took over as", "became the": the post the verb after a name gives, without its date', () => {
    expect(people('Ada Quinn serves as the council’s chief of staff. Ivo Brandt was named head coach in March 2018. Lou Parry took over as editor on the 20th.')).toEqual({
      'Ada Quinn': 'the council’s chief of staff',
      'Ivo Brandt': 'head coach',
      'Lou Parry': 'editor',
    });
    expect(people('Ada Quinn will take on a new role as vice chairman of the board.')).toEqual({ 'Ada Quinn': 'vice chairman of the board' });
    expect(people('Kit Lowe became the first nurse to fly. Ada Quinn became famous. Ivo Brandt served as a bridge between the teams.')).toEqual({
      'Kit Lowe': 'the first nurse to fly',
      'Ada Quinn': null,
      'Ivo Brandt': null,
    });
    // A title after "became" needs no article; an adjective or a plural is no post.
    expect(people('Kit Lowe became mayor of Leith in 2010. Ada Quinn became acting director in May. Ivo Brandt became friends with the crew.')).toEqual({
      'Kit Lowe': 'mayor of Leith',
      'Ada Quinn': 'acting director',
      'Ivo Brandt': null,
    });
  });
  it('a description given to the family name alone is ranked with the others; one that opens with "and" is the rest of a list', () => {
    expect(people('Ambassador Ivo Brandt arrived. Brandt, a hotel owner the governor picked as her envoy to Leith, spoke.')).toEqual({
      'Ivo Brandt': 'a hotel owner the governor picked as her envoy to Leith',
    });
    expect(people('Colonel Ada Quinn, and Captain Lou Parry of the Leith Guard, rode on.')['Ada Quinn']).toBe('Colonel');
  });
  it('"is Acme’s chief executive", "is chief executive of Acme": a post without an article; not "is unknown" or "was equal to"', () => {
    expect(people('Ada Quinn is Leith’s chief executive. Ivo Brandt was chief engineer of the Leith Canal until 2019. Lou Parry was head coach.')).toEqual({
      'Ada Quinn': 'Leith’s chief executive',
      'Ivo Brandt': 'chief engineer of the Leith Canal',
      'Lou Parry': 'head coach',
    });
    expect(people('Ada Quinn is unknown. Ivo Brandt was equal to any rival. Lou Parry was shot by a guard. Kit Lowe was elected mayor.')).toEqual({
      'Ada Quinn': null,
      'Ivo Brandt': null,
      'Lou Parry': null,
      'Kit Lowe': 'mayor',
    });
    // A word in -ing inside the post qualifies it; opening it, the word is the verb's ("was running").
    expect(people('Ada Quinn had been chief operating officer since January. Ivo Brandt was running late.')).toEqual({ 'Ada Quinn': 'chief operating officer', 'Ivo Brandt': null });
  });
  it('"is CEO of Acme", "was President of Leith Airways": a capitalised post without an article, and what it is of is no one', () => {
    expect(people('Ada Quinn is CEO of Leith Unicom. Ivo Brandt was President of Leith Airways. Lou Parry is Acme CEO. Kit Lowe was Christmas Eve.')).toEqual({
      'Ada Quinn': 'CEO of Leith Unicom',
      'Ivo Brandt': 'President of Leith Airways',
      'Lou Parry': 'Acme CEO',
      'Kit Lowe': null,
    });
    // ("who also once served as": two adverbs before the verb.)
    expect(people('Ada Quinn, who also once served as chairman of Leith Unicom, was sentenced.')).toEqual({ 'Ada Quinn': 'chairman of Leith Unicom' });
  });
  it('"a Leith native", "The victim was identified as", "both nurses": descriptions news gives in its own shapes', () => {
    expect(people('Ada Quinn, a Leith native, moved away. The victim was identified as Ivo Brandt, 24. The car was identified as Lou Parry’s.')).toEqual({
      'Ada Quinn': 'a Leith native',
      'Ivo Brandt': 'The victim',
      'Lou Parry': null,
    });
    expect(people('Kit Lowe and Bo Vale, both nurses at Leith General, said so.')).toEqual({
      'Kit Lowe': 'both nurses at Leith General',
      'Bo Vale': 'both nurses at Leith General',
    });
    // (Or with how many they are; what a clause says they did is none of it.)
    expect(people('It voted on Kit Lowe and Bo Vale, two party aides who fled with him.')['Kit Lowe']).toBe('two party aides');
    // (A comma between digits is the number's: "about 2,770 people".)
    expect(people('Kit Lowe and Bo Vale are the other candidates in the community of about 2,770 people, it said.')['Kit Lowe']).toBe(
      'the other candidates in the community of about 2,770 people',
    );
  });
  it('the post a list of people is appointed to is each one’s; "plus" after a name adds others, and describes no one', () => {
    expect(people('Kit Lowe and Bo Vale have been appointed as interim coaches at Leith Rovers after the club was fined.')).toEqual({
      'Kit Lowe': 'interim coaches at Leith Rovers',
      'Bo Vale': 'interim coaches at Leith Rovers',
    });
    expect(people('The names include coach Ada Quinn of Leith, plus two former Rovers coaches.')).toEqual({ 'Ada Quinn': 'coach of Leith' });
  });
  it('what a sentence says of a name past an aside ("Jo Doe, 45, was", "(pictured)", ", who …,"), and "has been", without how long', () => {
    expect(people('Ada Quinn, who scored twice, was named player of the match. Ivo Brandt (pictured) was named manager. Lou Parry, 56, has been the bakery’s owner for 20 years.')).toEqual({
      'Ada Quinn': 'player of the match',
      'Ivo Brandt': 'manager',
      'Lou Parry': 'the bakery’s owner',
    });
    // (After "was" and "a" too.)
    expect(people('Tony Kelly, who died from cancer, was a councillor for 41 years before stepping down in 2015.')).toEqual({ 'Tony Kelly': 'a councillor' });
  });
  it('"Lawyers for Jo Doe" describes the lawyers, not Jo Doe; "a Democrat" does; a description before "Jo Doe of Leith University," does', () => {
    expect(people('Lawyers for Ada Quinn said she would appeal. Ivo Brandt, a Democrat, agreed. The study’s lead author, Lou Parry of Leith University, disagreed.')).toEqual({
      'Ada Quinn': null,
      'Ivo Brandt': 'a Democrat',
      'Lou Parry': 'The study’s lead author',
    });
    // (So do an age and kinds of people after "a": "a 67-year-old Vietnamese American".)
    expect(people('The group was headed by Dao Minh Quan, a 67-year-old Vietnamese American.')).toMatchObject({ 'Dao Minh Quan': 'a 67-year-old Vietnamese American' });
  });
  it('a word WordNet files as a person but its tagged texts use only as a verb or adjective ("beat", "unknown") describes no one', () => {
    expect(people('Ada Quinn, the No. 2 seed, beat Ivo Brandt in straight sets. Lou Parry is unknown.')).toEqual({
      'Ada Quinn': 'the No. 2 seed',
      'Ivo Brandt': null,
      'Lou Parry': null,
    });
  });
  it('"one of the founders of Acme", "who plays for", "who works at", whose mother: more of what news says people are', () => {
    expect(people('Ada Quinn, one of the founders of Acme, agreed. Ivo Brandt, who plays for Leith United, scored. Lou Parry, who works at Leith Bank, left.')).toEqual({
      'Ada Quinn': 'one of the founders of Acme',
      'Ivo Brandt': 'plays for Leith United',
      'Lou Parry': 'works at Leith Bank',
    });
    expect(people('Kit Lowe’s mother, Bo Vale, said he was fine. Ada Quinn was one of three people arrested.')).toEqual({
      'Kit Lowe': null,
      'Bo Vale': 'Kit Lowe’s mother',
      'Ada Quinn': 'one of three people arrested',
    });
  });
  it('an honorific opening a sentence stays with its name; a transcript’s speaker in capitals is a person, a page’s label is not', () => {
    expect(people('Ms. Quinn and Mr. Brandt pressed the witness.')).toEqual({ Quinn: null, Brandt: null });
    const paragraphs = ['READ MORE: Other news, and more to read.', 'ADA QUINN: The committee will come to order.', 'REP. IVO BRANDT (R-LEITH): I object.'];
    const passages = paragraphs.map((text, i) => ({ id: `a#${i + 1}`, articleId: 'a', section: '', paragraph: i + 1, text, sentenceBounds: boundsOf(splitSentences(text)) }));
    expect(extractEntities(passages, []).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Ada Quinn', 'Ivo Brandt']);
  });
  it('a ranking ("World No. 1 X", "X, the world No. 1,") describes a player; a nationality before a name is no part of it; a cup is no one', () => {
    expect(people('World No. 1 Ada Quinn beat Ivo Brandt. Lou Parry, the world No. 2, lost.')).toEqual({ 'Ada Quinn': 'World No. 1', 'Ivo Brandt': null, 'Lou Parry': 'the world No. 2' });
    // (With no space after "No.", and a team's: "Drua’s No.10 Teti Tela".)
    expect(people('The world No.1 Ada Quinn beat Ivo Brandt. Drua’s No.10 Teti Tela kicked well.')).toEqual({ 'Ada Quinn': 'The world No.1', 'Ivo Brandt': null, 'Teti Tela': 'Drua’s No.10' });
    expect(people('The 19-year-old Canadian Felix Auger-Aliassime lost the Davis Cup final.')).toEqual({ 'Felix Auger-Aliassime': '19-year-old Canadian' });
  });
  it('a company’s name that speaks or is described is an organisation, not a person ("Costco said"); a person of the same name is not', () => {
    expect(people('Costco said prices would rise. Microsoft, a former partner, argued otherwise. Henry Ford said so.')).toEqual({ 'Henry Ford': null });
  });
  it('a year at the end of a description says when, not what: it is left out', () => {
    expect(people('As a fellow at Leith University in 2011, Ada Quinn studied eels. Lou Parry, a nurse in Boston in the 1990s, agreed.')).toEqual({
      'Ada Quinn': 'a fellow at Leith University',
      'Lou Parry': 'a nurse in Boston',
    });
  });
  it('"X and his postdoc Y": the pronoun of the description is the person named before "and", or the one person the sentence before named', () => {
    expect(people('Ivo Brandt and his postdoc Ada Quinn tagged the cells. Later he and his wife Lou Parry left.')).toEqual({
      'Ivo Brandt': null,
      'Ada Quinn': 'Ivo Brandt’s postdoc',
      'Lou Parry': 'his wife',
    });
    // The person the sentence opens with, where no one else is named before the description.
    expect(people('Li Ka-shing, the city’s richest man, last year put his son Victor Li in charge.')['Victor Li']).toBe('Li Ka-shing’s son');
    // (After words that name no one and hold no pronoun: "The petitioner, Jo Doe through his lawyer …".)
    expect(people('The petitioner, Martin Gitau through his lawyer Adrian Kamotho, argued the case.')['Adrian Kamotho']).toBe('Martin Gitau’s lawyer');
    expect(people('After he left, Martin Gitau thanked his lawyer Adrian Kamotho.')['Adrian Kamotho']).toBe('his lawyer');
    // (Not where two are named before it.)
    expect(people('Mark Skaife and Larry Perkins took him past his mentor Peter Brock’s record.')['Peter Brock']).not.toMatch(/’s mentor/);
    // A description opening the sentence, or after its subject pronoun, is the one person the sentence before named.
    expect(people('Rupert Stadler was sentenced. His lawyer, Ulrike Thole-Groll, said he did not know.')['Ulrike Thole-Groll']).toBe('Rupert Stadler’s lawyer');
    expect(people('Ada Quinn won. Later she thanked her coach, Lou Parry, for it.')['Lou Parry']).toBe('Ada Quinn’s coach');
    expect(people('Ada Quinn spoke. Inside, she sat beside her close aide, Lou Parry.')['Lou Parry']).toBe('Ada Quinn’s close aide');
    // A relation alone, after a name and "and", is that person's; not where that name is itself someone's relation.
    expect(people('They trailed Ivo Brandt and teammate Lou Parry at the end.')['Lou Parry']).toBe('Ivo Brandt’s teammate');
    expect(people('She thanked her daughter Ada Quinn and husband Lou Parry.')['Lou Parry']).toBe('husband');
    // (Not "their", which may stand for several.)
    expect(people('Ivo Brandt was jailed. Their lawyer, Lou Parry, said the brothers had been drinking.')['Lou Parry']).toBe('Their lawyer');
  });
  it('a single name after a relative ("her sister Maya") is a person, even one that also names a people or a place', () => {
    expect(people('Kamala Doe spoke. According to a story her sister Maya has told, she organised a protest.')).toEqual({ 'Kamala Doe': null, Maya: 'her sister' });
    expect(people('Ivo Brandt spoke. His daughter Georgia joined the firm in 2019.')).toEqual({ 'Ivo Brandt': null, Georgia: 'Ivo Brandt’s daughter' });
    // Not after a word for a person that is no relative: "private" is a soldier, "his private Caribbean island" is an island.
    expect(people('Ivo Brandt stayed with Jo Roe on his private Caribbean island.')).toEqual({ 'Ivo Brandt': null, 'Jo Roe': null });
    // Nor a word that goes on to its noun: a people's name used as an adjective.
    expect(people('Ivo Brandt praised trade between the United States and her sister American republics.')).toEqual({ 'Ivo Brandt': null });
  });
  it('"he and his wife Y" after a sentence that named one person is that person’s wife; after two, whose is not known', () => {
    expect(people('You can cut costs, says planner Ivo Brandt. He and his wife Lou Parry explained it.')['Lou Parry']).toBe('Ivo Brandt’s wife');
    expect(people('Ivo Brandt met Ada Quinn. He and his wife Lou Parry explained it.')['Lou Parry']).toBe('his wife');
    expect(people('You can cut costs, says planner Ivo Brandt. She and his wife Lou Parry explained it.')['Lou Parry']).toBe('his wife');
  });
  it('a full name before a word for a follower ("supporter", "ally") is a person; an organisation before "analysts" or "fans" is not', () => {
    expect(people('A former Brek Tavor supporter, she is back on the market. Goldman Sachs analysts disagreed. Real Madrid fans sang.')).toEqual({
      'Brek Tavor': null,
    });
  });
  it('"The former “…” star, 42, was" in the paragraph after the person opened one is that person', () => {
    const paragraphs = ['Ada Quinn has been voted off the show.', 'The former “Harbour Lights” star, 42, was the favourite until Monday.'];
    const passages = paragraphs.map((text, i) => ({ id: `a#${i + 1}`, articleId: 'a', section: '', paragraph: i + 1, text, sentenceBounds: boundsOf(splitSentences(text)) }));
    expect(extractEntities(passages, []).find((e) => e.name === 'Ada Quinn')?.roles.map((r) => r.text)).toEqual(['former “Harbour Lights” star']);
  });
  it('the unit and company written after a title, as press releases do, belong to the role', () => {
    expect(people('“It sells,” said Ada Quinn, regional vice president, Retail Sales & Service at Acme Motors Inc.')).toEqual({
      'Ada Quinn': 'regional vice president, Retail Sales & Service at Acme Motors Inc',
    });
    expect(people('The order came from Ada Quinn, a senior manager, Lou Parry and Bo Vale.')).toEqual({ 'Ada Quinn': 'a senior manager', 'Lou Parry': null, 'Bo Vale': null });
  });
  it('venues, local places and abbreviated months name no one', () => {
    expect(people('The tour plays Shoreline Amphitheatre, Mountain View, CA Oct. 2, then Coral Sky Pavilion in West Palm Beach. Fires hit Napa County and Quill City. Ada Quinn spoke.')).toEqual({
      'Ada Quinn': null,
    });
  });
  it('the words companies end their names with name no one: "Coresight Research", "Nordlys Energy"', () => {
    expect(people('“Sales are soft,” Coresight Research said. Nordlys Energy says prices rose. Ada Quinn spoke.')).toEqual({ 'Ada Quinn': null });
    // ("Telecom" too, which then owns "its chief operating officer".)
    expect(people('Leith Telecom announced the resignation of its chief operating officer, Ada Quinn, on Monday.')).toEqual({
      'Ada Quinn': 'its chief operating officer (Leith Telecom)',
    });
  });
  it('a side or a stable names no one, and owns the person named after it: "Hunter Racing Team’s Ada Quinn"', () => {
    expect(people('Hunter Racing Team’s Ada Quinn was third. Morgan Racing led.')).toEqual({ 'Ada Quinn': 'of Hunter Racing Team' });
  });
  it('a post and where it is ("Head of Platform Solutions for Ascom") is no organisation; an organisation with a player’s word is one', () => {
    const kinds = (text: string) => Object.fromEntries(extractEntities(passagesOf(text), []).map((e) => [e.name, e.kind]));
    expect(kinds('“It helps,” says André Neu, Head of Platform Solutions for Ascom.')).not.toHaveProperty('Head of Platform Solutions for Ascom');
    expect(kinds('Researchers at the National Center for Scientific Research agreed.')).toMatchObject({ 'National Center for Scientific Research': 'organization' });
  });
  it('roads, libraries, flights and fairs name no one', () => {
    expect(people('Shops opened on N. Mississippi Ave and along Merritt Parkway. Searchers looked for AirAsia Flight 8501. Ada Quinn spoke at Jazz Fest.')).toEqual({
      'Ada Quinn': null,
    });
  });
  it('the authors of a numbered reference are people, known by their family name; the same shape elsewhere is not', () => {
    const extracted = extractEntities(passagesOf('[1] Alarm fatigue and sleep, Quill AB, Tavor-Brek D. J Sleep Res. 2016; 28: 685-690.'), []);
    const authors = extracted.filter((e) => e.kind === 'person');
    expect(authors.map((e) => e.name)).toEqual(['Quill AB', 'Tavor-Brek D']);
    expect(authors.map((e) => e.aliases)).toEqual([['Quill'], ['Tavor-Brek']]);
    expect(people('The fastest were the Audi RS, Porsche GT and others in 2016.')).toEqual({});
  });
  it('a given name alone that "who" refers to is a person; a team\'s plural "who are", a country\'s "which" or a word after "the" is not', () => {
    expect(people('Marta — who only goes by her first name online — retired at 51. Chelsea, who are fifth, lost. Jordan, which borders Iraq, agreed.')).toEqual({
      Marta: null,
    });
    // (Nor a word after a determiner, though a given name too: "The Scot, who was cheered on".)
    expect(people('Andy Murray won. The Scot, who was cheered on by the crowd, was delighted.')).toEqual({ 'Andy Murray': null });
  });
  it('a famous person called by their family name alone is a person; the same name used for a thing named after them is not', () => {
    expect(people('Ada Quinn found inspiration in Van Gogh’s famous painting and in Modigliani.')).toEqual({ 'Ada Quinn': null, 'Van Gogh': null, Modigliani: null });
    expect(people('NASA’s Hubble Space Telescope saw it, and Hubble is old. The Modigliani exhibition closed.')).toEqual({});
  });
  it('"A and B are the directors of X": what a list of people are, in the plural, is each one\'s role', () => {
    expect(people('Acme is an expert on light art; Ada Quinn and Lou Parry are the artistic directors of the Leith Light Festival. Bo Vale and Ivo Brandt were the ones who left.')).toEqual({
      'Ada Quinn': 'the artistic directors of the Leith Light Festival',
      'Lou Parry': 'the artistic directors of the Leith Light Festival',
      'Bo Vale': null,
      'Ivo Brandt': null,
    });
    // ("but" and a subject open another clause.)
    expect(people('Ada Quinn and Lou Parry were the front-runners for the post but the panel stamped another name.')).toEqual({
      'Ada Quinn': 'the front-runners for the post',
      'Lou Parry': 'the front-runners for the post',
    });
  });
  it('what a name with its title "is" describes the person, not a person called by the title', () => {
    expect(people('Professor Ada Parker will retire. Professor Parker is the fourth vice-chancellor.')).toEqual({ 'Ada Parker': 'Professor' });
    expect(extractEntities(passagesOf('Professor Ada Parker will retire. Professor Parker is the fourth vice-chancellor.'), [])[0]!.roles.map((r) => r.text)).toContain(
      'the fourth vice-chancellor',
    );
  });
  it('a verb after a dash opens what the person does, not a description; "heads the unit" still describes', () => {
    expect(people('The pair – Ada Quinn – explores the relationship between sculptures and light. Bo Vale – heads the unit – agreed.')).toEqual({
      'Ada Quinn': null,
      'Bo Vale': 'heads the unit',
    });
  });
  it('a question’s opening verb is no part of the name after it', () => {
    const extracted = extractEntities(passagesOf('Related article: Could Kat Slater forgive him? Read more: Did Maria Lopez know, asked Jo Doe.'), []);
    expect(extracted.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Kat Slater', 'Maria Lopez', 'Jo Doe']);
  });
  it('"Saint" inside a name opens the family name; a saint\'s place is no one', () => {
    const extracted = extractEntities(passagesOf('Rockledge (3-1): Ravel Saint Amand 2 goals. Fans visited Saint Louis and Mount Saint Helens.'), []);
    expect(extracted.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases])).toEqual([['Ravel Saint Amand', ['Saint Amand']]]);
  });
});

describe('names written as only organisations and things are', () => {
  const people = (text: string) => extractEntities(passagesOf(text), []).filter((e) => e.kind === 'person').map((e) => e.name);

  it('a name of two words after “the”, and not before a noun it qualifies, is no one’s', () => {
    expect(people('Dana Whitfield, a data scientist in the Bay Area, tracked the accounts.')).toEqual(['Dana Whitfield']);
    expect(people('The Leith Chronicle says police are looking into whether Dana Whitfield tried to stop the suspect.')).toEqual(['Dana Whitfield']);
    // "the Dana Whitfield campaign" says whose campaign.
    expect(people('Reporters followed the Dana Whitfield campaign, and Dana Whitfield said it went well.')).toEqual(['Dana Whitfield']);
  });
  it('a name before “which” or “said its”, or owning shares or customers, is an organisation', () => {
    expect(people('Taylor Swift accused Big Engine of blocking her. Her albums were released through Big Engine, which was later sold.')).toEqual(['Taylor Swift']);
    expect(people('Harbour Beacon said its shares would rise, and Harbour Beacon accused rivals of copying it.')).toEqual([]);
    // A given name's "which" is the thing before it: "a spin-off from Dana Whitfield, which has been rumoured".
    expect(people('Studios are working on a spin-off from Dana Whitfield, which has been rumoured for years. Dana Whitfield said nothing.')).toEqual(['Dana Whitfield']);
  });
  it('where a person works is an organisation: “an analyst at Miller Tabak”', () => {
    expect(people('Matt Maley, equity strategist at Morgan Tabak, says the stock could be a risky bet. Morgan Tabak said nothing.')).toEqual(['Matt Maley']);
  });
  it('a name the text abbreviates is a person’s only when a given name opens it: “Hang Seng Index (HSI)” is not', () => {
    const abbreviated = (text: string) => {
      const passages = passagesOf(text);
      return extractEntities(passages, findAliases(passages)).filter((e) => e.kind === 'person').map((e) => e.name);
    };
    expect(abbreviated('Hong Kong’s Hang Seng Index (HSI) started in the red.')).toEqual([]);
    expect(abbreviated('NASA praised its Space Launch System (SLS) on Monday.')).toEqual([]);
    expect(abbreviated('Robert Francis Kennedy (RFK) spoke first.')).toEqual(['Robert Francis Kennedy']);
  });
  it('a name before a noun no person qualifies, a team’s record, or a newsroom someone works for is no one’s', () => {
    expect(people('It was around midnight when a tip led Forest Vale police officers to the room, and Forest Vale said nothing.')).toEqual([]);
    expect(people('Jo Doe made a trip to Walter Stroud hospital on Saturday.')).toEqual(['Jo Doe']);
    expect(people('Palm Vale (1-0): Tolivert 25 points.')).toEqual(['Tolivert']);
    expect(people('He has worked as a pundit for Sky Vale since then, and Sky Vale said it was glad.')).toEqual([]);
  });
  it('a studio, a channel, an index or a show is an organisation’s name, not a person’s', () => {
    expect(people('Harlan Studio creates an optical illusion. Harlan Studio (United Kingdom) has become a friend of the festival.')).toEqual([]);
    expect(people('The service carries Marvel films and Harlan Channel, said Dana Whitfield.')).toEqual(['Dana Whitfield']);
    expect(people('Kospi Index fell 0.5%, and Tyvak Space Systems said it would build landers.')).toEqual([]);
  });
  it('a determiner or a contraction that opens a sentence and speaks is no one: “Another said”, “I’m going”', () => {
    expect(people('Another reportedly said: “It will pass.”')).toEqual([]);
    expect(looksLikeSurname('I’m')).toBe(false);
    expect(looksLikeSurname('Don’t')).toBe(false);
    expect(looksLikeSurname('O’Neill')).toBe(true);
  });
  it('a people in the plural that speaks is a group, not someone called Americans', () => {
    expect(people('Americans say the offense was wrong, and 70 percent of Americans want an inquiry.')).toEqual([]);
  });
  it('a country’s initials open no one’s name: “U.S. Customs”; a person’s initials still do', () => {
    expect(looksLikePersonName(['U.S.', 'Customs'])).toBe(false);
    expect(looksLikePersonName(['J.J.', 'Abrams'])).toBe(true);
  });
  it('a verb in the imperative opening the sentence is no part of the name after it: “Ask Damien Chazelle about jazz”', () => {
    expect(people('Ask Dara Voss about jazz and she lights up.')).toEqual(['Dara Voss']);
    // (Not a given name that is also a verb: "Rob", "Sue".)
    expect(people('Rob Omiyabe and Linda Voss have been appointed liquidators.')).toEqual(['Rob Omiyabe', 'Linda Voss']);
  });
  it('a sentence’s opening word is left out of the name it writes as a thing’s: “Visit Harbour Beacon’s homepage”', () => {
    expect(people('Visit Harbour Beacon’s homepage for more stories. “It is simple,” he told Harbour Beacon.')).toEqual([]);
  });
  it('a name that fills a quotation is a work’s title: “Mary Poppins”', () => {
    expect(people('The service is stocked with films from Pixar, “Harlan Vale,” and classic fare, including “Mary Poppins”.')).toEqual([]);
  });
  it('a name whose chief economist or analysts the text gives is an organisation’s, even a famous family name', () => {
    expect(people('Jan Hatzius, Goldman’s chief economist, cut the forecast.')).toEqual(['Jan Hatzius']);
  });
  it('what “its” owns is a thing: “its electric Gran Turismo”; “its founder Dana Whitfield” is a person', () => {
    expect(people('The wagon is the seventh car on the platform, and its electric Gran Turismo is arguably the most striking yet.')).toEqual([]);
    expect(people('Acme thanked its founder Dana Whitfield on Monday.')).toEqual(['Dana Whitfield']);
  });
  it('a single word that speaks elsewhere stays a person', () => {
    expect(people('Whitfield said its value was clear, and Whitfield 10 points.')).toEqual(['Whitfield']);
  });
});
