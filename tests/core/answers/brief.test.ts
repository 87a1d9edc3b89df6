import { describe, expect, it } from 'vitest';
import { createBriefbotFromArticles } from '../../../src/briefbot.ts';
import { affiliationIn } from '../../../src/core/answers/brief.ts';
import { parseArticle } from '../../../src/core/content/load.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { botFor, FIXTURE_DIR, fixtureBot, SEED_DIR, seedBot } from '../../helpers.ts';

/** Every summary line is a sentence of the source its citation points at. */
function expectCited(reply: Reply) {
  expect(reply.citations).toHaveLength(reply.summary.length);
  reply.summary.forEach((line, i) => {
    const source = reply.sources[reply.citations![i]!]!;
    expect(source.text.includes(line) || line.endsWith('…')).toBe(true);
  });
}

describe('/brief', () => {
  it('summarises a group with cited sentences and the passages behind them', () => {
    const reply = seedBot().runLine('/brief isis-k');
    expect(reply.kind).toBe('brief');
    expect(reply.title).toBe('Isis-K — Isis-Khorasan');
    expect(reply.summary.length).toBeGreaterThanOrEqual(2);
    expect(reply.summary.join(' ').length).toBeLessThanOrEqual(603);
    expectCited(reply);
    expect(reply.sources.length).toBeGreaterThan(reply.summary.length);
    expect(new Set(reply.sources.map((s) => `${s.articleId}${s.paragraph}`)).size).toBe(reply.sources.length);
  });

  it('answers the same for every spelling of a name', () => {
    const titles = ['isis-k', 'ISIS K', 'Isis-Khorasan', 'isisk'].map((q) => seedBot().runLine(`/brief ${q}`).title);
    expect(new Set(titles).size).toBe(1);
  });

  it('expands an abbreviation from the text and leads with the sentence that defines it', () => {
    const reply = seedBot().runLine('/brief ttp');
    expect(reply.title).toBe('TTP — Tehreek-i-Taliban Pakistan');
    expect(reply.summary[0]).toContain('Tehreek-i-Taliban Pakistan (TTP)');
    expectCited(reply);
  });

  it('works the same on an unseen article', () => {
    const reply = fixtureBot().runLine('/brief nsta');
    expect(reply.title).toBe('NSTA — North Sea Transmission Authority');
    expect(reply.summary[0]).toContain('North Sea Transmission Authority (NSTA)');
    expectCited(reply);
  });

  it('names the article of every passage when several are loaded', () => {
    const reply = botFor(SEED_DIR, FIXTURE_DIR).runLine('/brief minister');
    const titles = new Set(reply.sources.map((s) => s.articleTitle));
    expect(titles).toEqual(new Set(['ISIS-K: From Afghanistan to the World’s Capitals', 'Storm Cables: How the North Sea Grid Rode Out Winter']));
    for (const source of reply.sources) expect(source.articleId).toBeTruthy();
  });

  it('says nothing was found, with suggestions from the index, rather than guessing', () => {
    const reply = seedBot().runLine('/brief pizza recipes');
    expect(reply).toMatchObject({ kind: 'not_found', summary: [], sources: [] });
    expect(reply.suggestions!.length).toBeGreaterThan(0);
    const near = seedBot().runLine('/brief gwadr xqzv');
    expect(near.kind === 'brief' || near.suggestions!.includes('gwadar')).toBe(true);
  });
});

describe('affiliation named in a role', () => {
  it.each([
    ['the research director for The Khorasan Diary', 'The Khorasan Diary'],
    ['co-founder and editor of Militant Wire', 'Militant Wire'],
    ['Pakistan’s ambassador to the UK, US, and the United Nations', 'Pakistan'],
    ['Defence Minister', undefined],
  ])('%s -> %s', (role, affiliation) => expect(affiliationIn(role)).toBe(affiliation));
});

describe('/brief opens with the lead, as news is written', () => {
  // Paragraphs that name the topic often, so that only the lead rule, not the summary's ranking, puts a sentence first.
  const GIFTS_FROM_LORD_ROE = ['suits', 'glasses', 'tickets', 'dinners', 'flights', 'hotels', 'gifts', 'books'].map((thing) => `Lord Roe paid for ${thing}. Lord Roe also gave ${thing}.`);
  const HARBOUR_MOTORS_RANGE = ['cars', 'vans', 'trucks', 'buses', 'engines', 'tyres', 'seats', 'radios', 'lamps', 'doors'].map(
    (thing) => `Harbour Motors makes ${thing}. Harbour Motors sells ${thing}.`,
  );
  const article = (body: string) =>
    createBriefbotFromArticles([parseArticle('story.md', new TextEncoder().encode(`---\ntitle: A story\npublished: 2019-11-20\n---\n\n${body}`))]);
  /** The first sentence of /brief <topic> over an article of these paragraphs. */
  const briefOpening = (paragraphs: string[], topic: string) => article(paragraphs.join('\n\n')).runLine(`/brief ${topic}`).summary[0];

  it('the opening sentence that names the topic leads, and the summary still has more', () => {
    const bot = article(
      [
        'Nearly 150 Indians returned home on Wednesday after being deported from the United States.',
        'The deportees landed at the Delhi airport at 6am, an airport official said. Most of the deportees had paid agents.',
        'Officials said more deportees would arrive next month. The deportees were questioned by immigration staff.',
        'Deportees described the journey as long. Several deportees said they would not try again.',
      ].join('\n\n'),
    );
    const reply = bot.runLine('/brief deportees');
    expect(reply.summary[0]).toBe('Nearly 150 Indians returned home on Wednesday after being deported from the United States.');
    expect(reply.summary.length).toBeGreaterThan(1);
  });
  it('for a topic of several words, the opening sentence that names them all leads too, after the one naming one of them', () => {
    const paragraphs = [
      'In July, the fund recommended a $5 million grant to Harbour Health to test new programs.',
      'Most of the money will pay for staff. This grant was made as part of the fund’s Seed Grants program, which backs young charities.',
      // (Paragraphs that name the topic often, so that only the lead rule puts that sentence second.)
      ...['staff', 'rent', 'travel', 'training', 'audits', 'surveys'].map((cost) => `Seed Grants cover ${cost}. Seed Grants may also cover ${cost} abroad.`),
    ];
    const summary = article(paragraphs.join('\n\n')).runLine('/brief Seed Grants').summary;
    expect(summary.slice(0, 2)).toEqual([paragraphs[0], 'This grant was made as part of the fund’s Seed Grants program, which backs young charities.']);
  });
  it('a lead may come in the third paragraph, after a standfirst and a sentence about something else', () => {
    const bot = article(
      [
        'PM suggests he will keep accepting donations from a peer',
        'The Prime Minister has defended accepting gifts from a millionaire donor.',
        'He suggested he would continue to take gifts from Lord Roe, despite a row over undeclared donations.',
        ...GIFTS_FROM_LORD_ROE,
      ].join('\n\n'),
    );
    expect(bot.runLine('/brief Lord Roe').summary[0]).toBe('He suggested he would continue to take gifts from Lord Roe, despite a row over undeclared donations.');
  });
  it('a lead that describes the person before the story names them leads their brief (a delayed identification)', () => {
    const paragraphs = [
      'TORONTO — An attempt to delete records struck at the heart of democracy, a judge said Wednesday, as he sentenced a former top aide to four months in jail.',
      'Judge Tim Lipp said the crime committed by David Livingstone, chief of staff to the premier, was serious.',
      'Livingstone had denied the charge. Livingstone will appeal, his lawyer said.',
    ];
    const summary = article(paragraphs.join('\n\n')).runLine('/brief David Livingstone').summary;
    expect(summary.slice(0, 2)).toEqual([paragraphs[0], 'Judge Tim Lipp said the crime committed by David Livingstone, chief of staff to the premier, was serious.']);
    // (Not a lead that opens with someone else's name: the story is theirs.)
    const named = ['Prince Andrew, the younger brother of the heir, told friends the interview was a success.', ...paragraphs.slice(1)];
    expect(article(named.join('\n\n')).runLine('/brief David Livingstone').summary[0]).toBe(paragraphs[1]);
    // (Past a standfirst with no full stop; a man from a place is someone in particular.)
    const crime = [
      'Local man was arrested carrying loaded revolver outside restaurant',
      'A Penticton man convicted of carrying a loaded revolver outside a restaurant is facing three years in jail.',
      'Cody Wilson was convicted by a jury in February of possession of a prohibited firearm.',
      'Wilson’s arrest was recorded on video by a bystander.',
    ];
    expect(article(crime.join('\n\n')).runLine('/brief Cody Wilson').summary[0]).toBe(crime[1]);
  });
  it('an abbreviation the article uses without defining it leads with the sentence that spells it out', () => {
    const bot = article(
      [
        'OAKDALE (AP) — Harbor Gas & Power Co. will cut power to 40,000 homes on Friday as strong winds return.',
        'Forecasters expect gusts of 60 mph. HG&P said the cuts could last two days.',
        'HG&P cut power twice last month.',
      ].join('\n\n'),
    );
    const reply = bot.runLine('/brief HG&P');
    expect(reply.title).toBe('HG&P — Harbor Gas & Power');
    expect(reply.summary[0]).toMatch(/^OAKDALE \(AP\) — Harbor Gas & Power Co\. will cut power/);
    // "&" is part of a name: the company is mentioned wherever either form appears.
    expect(bot.runLine('/who Harbor Gas & Power').kind).toBe('who');
  });
  it('a line that heads what follows (ending in a colon) is not the lead', () => {
    const bot = article(
      [
        'The Latest on a deadly stabbing on a commuter train (all times local):',
        'Police say a man has been stabbed to death on a commuter train after an argument between passengers.',
        'The stabbing happened shortly after 9 p.m., police said.',
      ].join('\n\n'),
    );
    expect(bot.runLine('/brief stabbing').summary[0]).toBe('Police say a man has been stabbed to death on a commuter train after an argument between passengers.');
  });
  it.each([
    {
      opening: 'the topic comes up only late in the first paragraph',
      paragraphs: [
        'Crossovers may have become the vehicle of choice for most buyers. In fact, Harbour Motors still believes in sedans for their space, comfort and looks.',
        'After debuting a new crossover in May, Harbour Motors has taken the covers off the eighth-generation Tern, with a grille and a screen from its luxury line.',
      ],
      leads: [
        'In fact, Harbour Motors still believes in sedans for their space, comfort and looks.',
        'After debuting a new crossover in May, Harbour Motors has taken the covers off the eighth-generation Tern, with a grille and a screen from its luxury line.',
      ],
    },
    {
      opening: 'the first paragraph is one sentence',
      paragraphs: ['The hottest year on record for Harbour Motors may end with one final sales record.', 'On Sunday, Harbour Motors sold more cars in one day than ever before, its dealers said.'],
      leads: ['The hottest year on record for Harbour Motors may end with one final sales record.', 'On Sunday, Harbour Motors sold more cars in one day than ever before, its dealers said.'],
    },
  ])('where $opening, the next paragraph’s opening sentence about the topic leads too', ({ paragraphs, leads }) => {
    const bot = article([...paragraphs, ...HARBOUR_MOTORS_RANGE].join('\n\n'));
    expect(bot.runLine('/brief Harbour Motors').summary.slice(0, 2)).toEqual(leads);
  });
  it('a lead alone in its paragraph brings the next paragraph’s opening sentence, which goes on with the story', () => {
    const paragraphs = [
      'Top entertainment headlines for Nov. 19 are here. Check out what is clicking today in entertainment.',
      'Jo Doe has been eliminated from the television show “Dancing with the Stars” after nine weeks.',
      'The former “Ocean Drive” star, 42, was voted off the popular dance competition on Monday in a tight race against a singer.',
      'The tagline?',
      ...GIFTS_FROM_LORD_ROE,
    ];
    expect(article(paragraphs.join('\n\n')).runLine('/brief Dancing with the Stars').summary.slice(0, 2)).toEqual(paragraphs.slice(1, 3));
    // (Not a line that is no sentence of the story: a question, a heading.)
    const headed = [...paragraphs.slice(0, 2), ...paragraphs.slice(3)];
    expect(article(headed.join('\n\n')).runLine('/brief Dancing with the Stars').summary).not.toContain('The tagline?');
  });
  it('a standfirst that the next paragraph says again in full: the fuller sentence alone leads', () => {
    const bot = article(
      [
        'A snub from a studio boss has left Lord Roe with a terrible label, an expert has claimed.',
        'Lord Roe will struggle to recover from claims he is a whinger following a terrible snub from a studio boss, an expert has claimed.',
        ...GIFTS_FROM_LORD_ROE,
      ].join('\n\n'),
    );
    const summary = bot.runLine('/brief Lord Roe').summary;
    expect(summary[0]).toBe('Lord Roe will struggle to recover from claims he is a whinger following a terrible snub from a studio boss, an expert has claimed.');
    expect(summary).not.toContain('A snub from a studio boss has left Lord Roe with a terrible label, an expert has claimed.');
  });
  it('a shorter sentence after a one-sentence lead, sharing its words, restates nothing: the lead stays', () => {
    const lead = 'Operations have halted at all Harbour Motors plants while workers strike over housing, a spokesperson said on Thursday.';
    const paragraphs = [lead, 'All the plants are on strike, a union said.', ...HARBOUR_MOTORS_RANGE];
    expect(article(paragraphs.join('\n\n')).runLine('/brief Harbour Motors').summary[0]).toBe(lead);
  });
  it('a standfirst’s restatement leads even where it calls the topic otherwise', () => {
    const paragraphs = [
      'Shortly before delaying its return to the office, the ACR had to give up 12 floors of offices in Leith.',
      'A few months before delaying its return to the office, the agency gave up 12 floors of offices across two Leith buildings.',
      ...GIFTS_FROM_LORD_ROE,
      'The ACR said it would find more space next year. The ACR will hire 40 staff. The ACR moved in 2010.',
    ];
    expect(briefOpening(paragraphs, 'ACR')).toBe(paragraphs[1]);
  });
  it('a name written with an ampersand is found by the whole name, not by its one-letter part', () => {
    const paragraphs = [
      'Last year regulators won the fight, but the rules didn’t ban the scheme.',
      'Last night AT&T made it official by announcing that its new streaming service would be free of data caps.',
      'AT&T owns the service. Critics said AT&T was favouring its own company.',
    ];
    expect(briefOpening(paragraphs, 'AT&T')).toBe(paragraphs[1]);
  });
  it('a company’s legal suffix names no company: "Shares of Fossil Group Inc." is no lead for Snap Inc.', () => {
    const paragraphs = [
      'Shares of Fossil Group Inc. slid almost 15% in Wednesday trading after the company reported its results.',
      'Snap Inc. lost more than 18% after the company reported its results for the third quarter.',
      'Fossil Group Inc. makes watches. Fossil Group Inc. cut its forecast.',
    ];
    expect(briefOpening(paragraphs, 'Snap')).toBe('Snap Inc. lost more than 18% after the company reported its results for the third quarter.');
  });
  it('a paragraph of one line without a full stop, such as a link to another story, is not a sentence of the summary', () => {
    const bot = article(
      [
        'Harbour shares fell 9 percent on Monday as the port lost two of its biggest shipping lines.',
        'Harbour shares were halted twice during the day, traders said.',
        'Why Harbour shares could double again next year according to analysts',
        'Harbour shares have lost a third of their value this year.',
      ].join('\n\n'),
    );
    const reply = bot.runLine('/brief Harbour shares');
    expect(reply.summary[0]).toBe('Harbour shares fell 9 percent on Monday as the port lost two of its biggest shipping lines.');
    expect(reply.summary).toContain('Harbour shares have lost a third of their value this year.');
    expect(reply.summary).not.toContain('Why Harbour shares could double again next year according to analysts');
  });
  it('a line in title case is a heading, neither the lead nor a sentence of the summary', () => {
    const bot = article(
      [
        'Harbour Shares Are A Warning Sign About Coastal Markets (Morningstar)',
        'Harbour shares fell 9 percent on Monday as the port lost two of its biggest shipping lines.',
        'Harbour shares have lost a third of their value this year.',
      ].join('\n\n'),
    );
    const reply = bot.runLine('/brief Harbour shares');
    expect(reply.summary[0]).toBe('Harbour shares fell 9 percent on Monday as the port lost two of its biggest shipping lines.');
    expect(reply.summary).not.toContain('Harbour Shares Are A Warning Sign About Coastal Markets (Morningstar)');
  });
  it('a short opening line brings the sentence it sets up', () => {
    const bot = article(
      [
        'A half century on, the Doobie Brothers are still smoking.',
        'To celebrate 50 years, the Doobie Brothers will reunite for a North American tour next year.',
        'The Doobie Brothers will play 30 cities, the band said.',
      ].join('\n\n'),
    );
    expect(bot.runLine('/brief Doobie Brothers').summary.slice(0, 2)).toEqual([
      'A half century on, the Doobie Brothers are still smoking.',
      'To celebrate 50 years, the Doobie Brothers will reunite for a North American tour next year.',
    ]);
  });
});
