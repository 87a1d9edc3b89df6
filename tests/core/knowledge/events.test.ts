import { describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/briefbot.ts';
import { extractEvents } from '../../../src/core/knowledge/events.ts';
import { boundsOf, splitSentences } from '../../../src/core/text/sentences.ts';
import { fixtureBot, seedBot } from '../../helpers.ts';

const passagesOf = (text: string) => [{ id: 'a#1', articleId: 'a', section: '', paragraph: 1, text, sentenceBounds: boundsOf(splitSentences(text)) }];

const dated = (bot: Briefbot, startOfSentence: string) =>
  bot.kb.events.filter((e) => e.text.startsWith(startOfSentence)).map((e) => e.date);

describe('events in the seed article', () => {
  const bot = seedBot();
  it('every date form the text uses, at the precision it gives', () => {
    expect(dated(bot, 'Frustrated with the Afghan Taliban')).toEqual(['2024-03-18']);
    expect(dated(bot, 'Iran initiated the exchange')).toEqual(['2024-01-03']);
    expect(dated(bot, 'Following a vehicular suicide bombing')).toEqual(['2024-03-26']);
    expect(dated(bot, 'Following their ousting')).toEqual(['2019']);
    expect(dated(bot, 'Iran and Pakistan, nations')).toEqual(['2024-01']);
    // One sentence, one event: "since August 2021" frames what it reports in December.
    expect(dated(bot, 'In December, the United Nations')).toEqual(['2023-12']);
  });
  it('relative phrases follow the nearest dated statement', () => {
    expect(dated(bot, 'These strikes were aimed at a TTP faction')).toEqual(['2024-03-16']);
    expect(dated(bot, 'Later in the same month, the Security Council')).toEqual(['2023-12']);
  });
  it('are chronological and each cites a real passage containing its sentence', () => {
    const dates = bot.kb.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of bot.kb.events) expect(bot.kb.passageById.get(event.passageId)!.text).toContain(event.text);
  });
  it('"N years after <a name>" measures to a date the sentence gives; it is not a date of its own', () => {
    const article = { id: 'a', published: '2019-11-19', passages: passagesOf('Troops remain, 18 years after Washington invaded the country in the wake of the September 11, 2001 attacks.') };
    expect(extractEvents(article as never).map((e) => e.date)).toEqual(['2001-09-11']);
  });
  it('a day named both ways tells the day the article was written, from which every "yesterday" and weekday counts', () => {
    const events = (published: string, ...paragraphs: string[]) =>
      extractEvents({ id: 'a', published, passages: paragraphs.map((text, i) => ({ ...passagesOf(text)[0], id: `a#${i + 1}` })) } as never).map((e) => e.date);
    // (Published on Wednesday 30 October 2024, written on the Tuesday.)
    expect(events('2024-10-30', 'Yesterday (Monday), the chamber was invaded by the former president.', 'The only bright spot in yesterday’s hearing was the senator.')).toEqual([
      '2024-10-28',
      '2024-10-28',
    ]);
    expect(events('2024-10-30', 'The council met on Tuesday (today) to vote on the budget.', 'Members had argued about it yesterday.')).toEqual(['2024-10-29', '2024-10-28']);
    // (Without it, yesterday is the day before publication.)
    expect(events('2024-10-30', 'The only bright spot in yesterday’s hearing was the senator.')).toEqual(['2024-10-29']);
  });
  it('a later date that makes the first more precise is the one reported', () => {
    const article = { id: 'a', published: '2019-11-19', passages: passagesOf('The band is nominated for the Class of 2020, which will be honored on May 2.') };
    expect(extractEvents(article as never).map((e) => e.date)).toEqual(['2020-05-02']);
    // And one more precise still: the year, then the week, then the day.
    const chained = { id: 'a', published: '2009-10-08', passages: passagesOf('The academy has been awarding this year’s prizes this week, including the one awarded today to Herta Muller.') };
    expect(extractEvents(chained as never).map((e) => e.date)).toEqual(['2009-10-08']);
  });
  it('a weekday’s possessive names a thing of that day: the statement is under the other day the sentence names', () => {
    const events = (text: string) => extractEvents({ id: 'a', published: '1996-02-08', passages: passagesOf(text) } as never).map((e) => e.date);
    expect(events("Rescuers scouring the sea for survivors of Tuesday's plane crash called off the search at sundown Thursday.")).toEqual(['1996-02-08']);
    // (Alone, it dates the sentence still.)
    expect(events("Survivors of Tuesday's plane crash were flown home.")).toEqual(['1996-02-06']);
  });
  it('clauses that report different dates are separate events, each shown with its own clause', () => {
    const events = (text: string) =>
      extractEvents({ id: 'a', published: '2019-11-18', passages: passagesOf(text) } as never).map((e) => `${e.date} ${e.text}`);
    expect(events('Tariffs on solar panels came in January 2018, followed by steel and aluminum in March 2018, followed by China in July 2018.')).toEqual([
      '2018-01 Tariffs on solar panels came in January 2018',
      '2018-03 followed by steel and aluminum in March 2018',
      '2018-07 followed by China in July 2018.',
    ]);
    // A dash, typed as two hyphens too, parts them; the dash opens neither clause.
    expect(events('During a June 2016 meeting, two members called for his resignation -- and during Monday night’s meeting he did just that.')).toEqual([
      '2016-06 During a June 2016 meeting, two members called for his resignation',
      '2019-11-18 and during Monday night’s meeting he did just that.',
    ]);
    expect(events('In June, I commuted her sentence — and on Monday she walked free.')).toEqual(['2019-06 In June, I commuted her sentence', '2019-11-18 and on Monday she walked free.']);
    // Without punctuation between them, "and" parts two dated clauses.
    expect(events('The firm was sold a year ago and its founder died in October 2015.')).toEqual([
      '2018 The firm was sold a year ago',
      '2015-10 and its founder died in October 2015.',
    ]);
    // (Not before the period a figure is compared with, which dates nothing: "up from $38,373 a year ago" is no event of its own.)
    expect(events('The average price was up from $38,373 a year ago and from $34,410 in October 2015.')).toEqual(['2015-10 The average price was up from $38,373 a year ago and from $34,410 in October 2015.']);
    // "Not … until 1991" dates the event itself, where "until 1991" alone would frame it.
    expect(events('Scientists did not find the genes for smell until 1991, with those for taste following in 2000.')).toEqual([
      '1991 Scientists did not find the genes for smell until 1991',
      '2000 with those for taste following in 2000.',
    ]);
    // A date's own comma cuts nothing: "on Saturday, August 28 and Sunday, August 29", "the treaty of November, 1782".
    expect(events('The festival will take place at Chilton Fields on Saturday, August 28 and Sunday, August 29.')).toEqual([
      '2021-08-28 The festival will take place at Chilton Fields on Saturday, August 28 and Sunday, August 29.',
    ]);
    expect(events('The treaties of peace of November, 1782 and September, 1783 were carried out in full by both sides.')).toEqual([
      '1782-11 The treaties of peace of November, 1782',
      '1783-09 and September, 1783 were carried out in full by both sides.',
    ]);
    expect(events('The shop stayed open until 2015, and in 2019 the owners sold the building.')).toEqual([
      '2019 The shop stayed open until 2015, and in 2019 the owners sold the building.',
    ]);
    // "but" and a clause's subject or verb parts two dated clauses; "but" meaning "only", or before what is not a clause, does not.
    expect(events('The actor reportedly died on Thursday but the news of his death filtered in on Friday morning.')).toEqual([
      '2019-11-14 The actor reportedly died on Thursday',
      '2019-11-15 but the news of his death filtered in on Friday morning.',
    ]);
    expect(events('Costs for the year 1909 are but $87,500 against $90,000 in 1899.')).toHaveLength(1);
    // A frame ("since …"), a refinement, and a clause too short to read alone keep the sentence whole.
    expect(events('In June, the council asked for monitors, their first return since the takeover in August 2021.')).toEqual([
      '2019-06 In June, the council asked for monitors, their first return since the takeover in August 2021.',
    ]);
    expect(events('But in May, when the agency tapped three companies to land next year, only two committed.')).toHaveLength(1);
    // What came before or after is an event of its own: it is no span the sentence reports within.
    expect(events('The bank raised rates yesterday, surprising investors after her narrow re-election victory on Saturday.')).toEqual([
      '2019-11-17 The bank raised rates yesterday',
      '2019-11-16 surprising investors after her narrow re-election victory on Saturday.',
    ]);
    // A comma in a list of numbers (a score, "6-4, 6-3, 6-3") ends no clause: the cut is at the comma before it.
    expect(events('Djokovic, who won the 2016 French Open, dispatched Karen Khachanov 6-4, 6-3, 6-3 in Paris on Monday.')).toEqual([
      '2016 Djokovic, who won the 2016 French Open',
      '2019-11-18 dispatched Karen Khachanov 6-4, 6-3, 6-3 in Paris on Monday.',
    ]);
  });
  it('a count after a month and a comma is no day of it: "Last November, 13 troops were killed"', () => {
    const events = (text: string) => extractEvents({ id: 'a', published: '2024-03-07', passages: passagesOf(text) } as never).map((e) => e.date);
    expect(events('Last November, 13 troops were killed. In November, 54 people died.')).toEqual(['2023-11', '2023-11']);
    expect(events('On November 13, troops were killed.')).toEqual(['2023-11-13']);
  });
  it('a wire story’s dateline says when it was filed, not what it reports', () => {
    const events = (text: string) => extractEvents({ id: 'a', published: '2024-03-07', passages: passagesOf(text) } as never).map((e) => e.date);
    expect(events('BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew killed a reporter in Lebanon in October.')).toEqual(['2023-10']);
    expect(events('WASHINGTON, Nov. 4, 2023 (AP) — The bill passed.')).toEqual([]);
    // (A newspaper's own dateline names no agency.)
    expect(events('KUALA LUMPUR, March 7 — The referee of the match last Sunday has been suspended.')).toEqual(['2024-03-03']);
    // (Nor the date alone before a dash set apart; a dated list's entry is no dateline.)
    expect(events('Thursday, March 7, 2024 - Acme has announced its profit for the year to December 31, 2023.')).toEqual(['2023-12-31']);
    expect(events('7 March 2024 – The bill passed.')).toEqual([]);
    expect(events('May 23, 1854-Political disturbances; war vessel requested.')).toEqual(['1854-05-23']);
  });
  it('a time of day, with no date of its own, is on the day of the dated statement before it', () => {
    const events = (...sentences: string[]) =>
      extractEvents({ id: 'a', published: '2024-03-07', passages: passagesOf(sentences.join(' ')) } as never).map((e) => `${e.date} ${e.text}`);
    expect(events('A whale beached on Monday.', 'Shortly before 9 a.m., the whale had died.')).toEqual([
      '2024-03-04 A whale beached on Monday.',
      '2024-03-04 Shortly before 9 a.m., the whale had died.',
    ]);
    // Not the first thing dated, nor a time stamp alone, nor a time that comes round again, nor a day's own time.
    expect(events('The shares fell to $22 at 4 p.m. on the exchange.')).toEqual([]);
    expect(events('The shop opened on Monday.', '4:14 p.m.')).toEqual(['2024-03-04 The shop opened on Monday.']);
    expect(events('The shop opened on Monday.', 'It opens at 9 a.m. every day.')).toEqual(['2024-03-04 The shop opened on Monday.']);
    expect(events('The shop opened on Monday.', 'It will close on Friday at 5 p.m. for a week.')).toEqual(['2024-03-04 The shop opened on Monday.', '2024-03-08 It will close on Friday at 5 p.m. for a week.']);
  });
  it('the repeated teaser paragraph does not produce a second, misanchored event', () => {
    expect(bot.kb.events.filter((e) => e.text.startsWith('Later in the same month'))).toHaveLength(1);
  });
});

describe('events in an article briefbot was never tuned on', () => {
  const bot = fixtureBot();
  it('reads its date phrasings the same way', () => {
    expect(dated(bot, 'On 14 February 2023')).toEqual(['2023-02-14']);
    expect(dated(bot, 'Two days later, the repair vessel')).toEqual(['2023-02-16']);
    expect(dated(bot, 'In November, the NSTA')).toEqual(['2022-11']);
    expect(dated(bot, 'Later in the same month, it fined')).toEqual(['2022-11']);
    expect(dated(bot, 'The inquiry into the outage')).toEqual(['2023-05-05']);
    expect(dated(bot, 'On Friday, Halvorsen')).toEqual(['2023-06-16']);
    expect(dated(bot, 'Nordlys Energy’s Halvorsen')).toEqual(['2022-07']);
    expect(dated(bot, 'She noted that operators')).toEqual(['2019']);
  });
});
