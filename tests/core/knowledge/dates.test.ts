import { describe, expect, it } from 'vitest';
import { absoluteDatesIn, isoOf, relativeDatesIn, type PartialDate } from '../../../src/core/knowledge/dates.ts';

const published: PartialDate = { year: 2024, month: 3, day: 28 }; // a Thursday
// The dates a sentence holds, as ISO strings, for an article published `on` (by default, `published`).
const isoDates = (sentence: string, on: PartialDate = published) => absoluteDatesIn(sentence, on).map((m) => isoOf(m.date));
const dates = (sentence: string) => isoDates(sentence);

describe('absolute dates, resolved against the publication date', () => {
  it.each([
    ['Pakistan responded on March 18 by deploying jets.', ['2024-03-18']],
    ['killed in Kerman on January 3rd.', ['2024-01-03']],
    ['in northern Pakistan on Tuesday the 26th March, the minister', ['2024-03-26']],
    ['since the ascension to power in August 2021.', ['2021-08']],
    ['ousted from strongholds in 2019 and', ['2019']],
    ['In December, the Council requested', ['2023-12']],
    ['a conference in Islamabad on Wednesday.', ['2024-03-27']],
    ['On 5 May 2023 it began.', ['2023-05-05']],
    ['It will end on the 3rd of June.', ['2024-06-03']],
    ['Talks collapsed in October.', ['2023-10']],
    ['Coverage fell from 95 percent in 2019 to 91 percent in 2021.', ['2019', '2021']],
    ['Clinics have seen delays since mid-2022.', ['2022']],
    ['It ends a run of appearances that stretches all the way back to 2003.', ['2003']],
    ['He does not believe the end date will stretch into 2026.', ['2026']],
    // (A year before a noun says which, not when.)
    ['Production is back to 1929 levels.', []],
    ['Earlier this month, Romania declared an epidemic.', ['2024-03']],
    ['Sales doubled last year and will grow next year.', ['2023', '2025']],
    ['Last month the talks failed.', ['2024-02']],
    // Weekdays: the latest on or before publication in the past; the next one ahead in the future.
    ['His first match will be away to West Ham on Saturday.', ['2024-03-30']],
    ['The shop won’t reopen until Tuesday.', ['2024-04-02']],
    // What is to happen, or is scheduled, looks ahead; so does a schedule's verb with its object between.
    ['The pupils are to return on Monday.', ['2024-04-01']],
    ['They face Nepal in the championship match scheduled to be held Monday.', ['2024-04-01']],
    ['They play arch rivals Bohemians Friday evening.', ['2024-03-29']],
    ['The leaders stretch their lead when they host the Sharks at the stadium on Saturday.', ['2024-03-30']],
    // (After a team's name, the verb in the singular: "Chelsea meets Tottenham in the final on Sunday".)
    ['Chelsea meets Tottenham Hotspur in the League Cup final on Sunday.', ['2024-03-31']],
    // (Not a past verb after the reported "would": "said it would suspend dividends after the collapse killed 65 people on Saturday".)
    ['The company said it would suspend dividends after the collapse killed 65 people on Saturday.', ['2024-03-23']],
    // A weekday that names an event is the nearest such day; in the past tense one ahead counts twice as far.
    ['The boxers are all preparing for Sunday’s card at the arena.', ['2024-03-31']],
    ['He was not thinking about Friday’s quarter-final.', ['2024-03-29']],
    ['Monday’s activities constituted the traditional battle of bards.', ['2024-03-25']],
    ['The weather should ease by Monday morning.', ['2024-04-01']],
    ['Users who signed up last Thursday were locked out.', ['2024-03-21']],
    ['The team played on Thursday.', ['2024-03-28']],
    // The present of a schedule looks ahead to the weekday; a month date or an imperative does not.
    ['The Gophers (9-1, 6-1) play Saturday against the Wildcats.', ['2024-03-30']],
    ['The Senate votes on Monday.', ['2024-04-01']],
    ['Volunteers readied the fair, which begins Wednesday in Moville.', ['2024-04-03']],
    // (With the time of day between the verb and the weekday: "continues at 10 a.m. Saturday".)
    ['The anniversary celebration continues at 10 a.m. Saturday with a concert.', ['2024-03-30']],
    // (Right before the weekday, whatever the tense around it; not a noun, nor a verb in the past's negation.)
    ['Results won’t have been declared by the time the new parliament sits on Monday.', ['2024-04-01']],
    ['Leaders made a final push for votes on Wednesday.', ['2024-03-27']],
    ['The trial, which did not start on Tuesday as planned, was delayed.', ['2024-03-26']],
    // (A participle after a determiner and an adjective is an adjective too: "a special closed session".)
    ['The council will meet during a special closed session at 9 a.m. Friday.', ['2024-03-29']],
    // What someone was told to do on a weekday lies on the nearer side: told days before, of a day to come.
    ['The government advised the public to remain indoors on Friday.', ['2024-03-29']],
    ['The judge ordered him to appear in court on Monday.', ['2024-03-25']],
    // What was still to come when written or said: a weekday on the nearer side, a month ahead.
    ['The funeral was to be held Friday afternoon at the theater.', ['2024-03-29']],
    ['He announced he was going to resign in August.', ['2024-08']],
    // (After a determiner the word is a noun: "a vote on Monday" says when the vote was.)
    ['The coalition got off to a rough start, losing a vote on Monday night.', ['2024-03-25']],
    ['GET OUT and VOTE on March 5th!', ['2024-03-05']],
    ['He says Tuesday was a bad day.', ['2024-03-26']],
    // The publication day's own weekday, in the future, is that day; "next" is a week on.
    ['The debate will play out Thursday night.', ['2024-03-28']],
    ['The debate is next Thursday.', ['2024-04-04']],
    // Reporting in the present tense is as of now: what it says is to come still looks ahead.
    ['The label says she will be allowed to play at the awards on Sunday.', ['2024-03-31']],
    // Fiscal years and seasons with a year, to the year; "this fall" and "this year’s" by publication.
    ['The company sees fiscal year 2023 sales growth of 2 percent, and fiscal 2024 will be slower.', ['2023', '2024']],
    ['Deliveries start in spring 2025.', ['2025']],
    ['The agency paid $449,000 this fall.', ['2024']],
    ['She is this year’s best new character.', ['2024']],
    ['It beat GiveWell’s 2017 top charities.', ['2017']],
    ['2019 was the year of wireless earbuds.', ['2019']],
    ['In many ways, 2019 was the year of wireless earbuds.', ['2019']],
    ['It sold 1,200, 2019 units were returned.', []],
    // A month marked "last" is strictly before publication; a past clause is not pulled ahead by a future one.
    ['That relationship began last March.', ['2023-03']],
    ['The lander it unveiled in October will fly soon.', ['2023-10']],
    // The day of publication and days counted from it.
    ['The helicopter was shot down last night.', ['2024-03-27']],
    ['The decision by prosecutors today means the case is closed.', ['2024-03-28']],
    ['Right now, the index stands at 218.', ['2024-03-28']],
    ['It happened four years ago, when the party won.', ['2020']],
    // A year that dates the thing it names.
    ['A 2018 analysis of the data found plumes.', ['2018']],
    ['The last film was 2016’s Star Trek Beyond.', ['2016']],
    // (Some pages put a prime for the apostrophe.)
    ['He previously hit No. 1 with 2016′s Starboy.', ['2016']],
    ['A closer look could come as soon as 2031.', ['2031']],
    // Adjectives may stand between the article and the year; a count of things is no year.
    ['He pointed to a similar 2004 tax holiday.', ['2004']],
    ['Their first film was the lo-fi black-and-white 2009 musical.', ['2009']],
    ['The fire destroyed an estimated 2000 acres.', []],
    ['A new plane won’t be available until at least 2031.', ['2031']],
    // The tense nearest the date decides, on either side of it, and a past verb that governs it keeps it in the past.
    ['Esper on Wednesday accused China of coercion, and will visit soon.', ['2024-03-27']],
    ['Blue Origin will offer the lander it unveiled in October.', ['2023-10']],
    ['His last physical exam was conducted in May, and the next is due soon.', ['2023-05']],
    // "The end of August" is the month, not its last day.
    ['They first discussed the delay at the end of August.', ['2023-08']],
    // "This week" is the month it falls in; "This Week in Asia" is a publication.
    ['The shelter announced this week that the cat was found.', ['2024-03']],
    ['Analysts told This Week in Asia that the group had grown.', []],
    // Years that date what they follow or what they name.
    ['He flew helicopters during the Falklands War (1982).', ['1982']],
    ['It ended a losing streak dating to 2007.', ['2007']],
    ['Israel took the land in the 1967 Six-Day War.', ['1967']],
    // A participle after "be" is the future's: "will be terminated on Dec. 9".
    ['Their employment will be terminated on April 9.', ['2024-04-09']],
  ])('%s', (sentence, expected) => expect(dates(sentence)).toEqual(expected));

  it.each([
    // Published 14 February 2025: a deadline a week ahead, hearings next month, a meeting last November.
    ['demanded a payment by February 21.', { year: 2025, month: 2, day: 14 }, ['2025-02-21']],
    ['called for hearings in March.', { year: 2025, month: 2, day: 14 }, ['2025-03']],
    ['They first met in November.', { year: 2025, month: 2, day: 14 }, ['2024-11']],
    // Published 20 December: "in January" is the coming one, "on December 2" this month.
    ['The rules take effect in January.', { year: 2023, month: 12, day: 20 }, ['2024-01']],
    ['The vote on December 2 was close.', { year: 2023, month: 12, day: 20 }, ['2023-12-02']],
    // Published 20 November: a March four months ahead is farther than the one eight months back.
    ['Sales are still down from the March high.', { year: 2019, month: 11, day: 20 }, ['2019-03']],
    // Published 9 November 2023: about the future, and reported speech about it.
    ['Grants are expected to be announced by June.', { year: 2023, month: 11, day: 9 }, ['2024-06']],
    ['The board will meet again in October.', { year: 2023, month: 11, day: 9 }, ['2024-10']],
    ['She said in October that the board will meet.', { year: 2023, month: 11, day: 9 }, ['2023-10']],
    ['A second event followed in February and March 2020.', { year: 2023, month: 11, day: 9 }, ['2020-02', '2020-03']],
    ['Between January and March 2019, prices rose.', { year: 2023, month: 11, day: 9 }, ['2019-01', '2019-03']],
  ] as const)('places a date without a year nearest publication, leaning to the past: %s', (sentence, on, expected) => {
    expect(absoluteDatesIn(sentence, on).map((m) => isoOf(m.date))).toEqual(expected);
  });

  it('ignores slashed numbers, clock times, modal "may" and numbers that are not years', () => {
    expect(dates('since the events of 9/11, there has been')).toEqual([]);
    expect(dates('at 10am the talks may resume')).toEqual([]);
    expect(dates('the outdated 1988 sanctions regime and 2000 soldiers')).toEqual([]);
    expect(dates('the 2019–20 season and the years 2019 to 2021')).toEqual([]);
    expect(dates('over the past year')).toEqual([]);
  });

  it('reads the tense of the clause a date is in: a participle clause closed by a comma, and a past verb a word before it', () => {
    const on = { year: 2016, month: 9, day: 26 };
    expect(isoDates('The satellite, launched from the Gobi Desert in August, will allow the country to send messages.', on)).toEqual(['2016-08']);
    expect(isoDates('In June, Anna tweeted a photo of her notifications.', { year: 2017, month: 3, day: 1 })).toEqual(['2016-06']);
    expect(isoDates('Flight MH370 went missing on March 8 on a trip to Beijing.', { year: 2014, month: 12, day: 30 })).toEqual(['2014-03-08']);
  });

  it('a date in brackets after "today" says which day it was', () => {
    expect(isoDates('The research, which was published today (Oct. 28) in the journal, shows it.', { year: 2014, month: 10, day: 29 })).toEqual(['2014-10-28']);
  });

  it('reads a day written in digits with its year, when only one reading of it is a real date, or falls on the weekday written beside it', () => {
    const on = { year: 2016, month: 12, day: 16 };
    expect(isoDates('to inform you of the happenings on Tuesday, 12/15/15,', on)).toEqual(['2015-12-15']);
    expect(isoDates('the suspect was born 3/21/1987 in Dayton', on)).toEqual(['1987-03-21']);
    expect(isoDates('it happened 12/31/99 at midnight', on)).toEqual(['1999-12-31']);
    // Month first and day first are both real dates: the weekday decides, and without one nothing is dated.
    expect(isoDates('The meeting was held on Friday, 05/06/2015 in Leeds.', on)).toEqual(['2015-06-05']);
    expect(isoDates('The meeting was held on Wednesday 05/06/2015 in Leeds.', on)).toEqual(['2015-05-06']);
    expect(isoDates('The meeting was held on 05/06/2015 in Leeds.', on)).toEqual([]);
    expect(isoDates('open 24/7, and the score was 1/2/3', on)).toEqual([]);
  });

  it('reads a month that is also a name only where a word dates it: "while May, a former player," is Mark May', () => {
    const on = { year: 2014, month: 12, day: 29 };
    expect(isoDates('Holtz has been pro-Ohio State this year while May, a former player, has not.', on)).toEqual(['2014']);
    expect(isoDates('Sales rose in May and fell in June.', on)).toEqual(['2014-05', '2014-06']);
    // (Before a dash too: "Elizabeth May — whose riding is …".)
    expect(isoDates('The Green party’s Elizabeth May — whose riding is Saanich — has toured the island.', on)).toEqual([]);
    expect(isoDates('Sales rose in May — as expected.', on)).toEqual(['2014-05']);
  });

  it('"the beginning of the week" and "to begin the week" are the Monday of publication’s week', () => {
    const tuesday = { year: 2019, month: 11, day: 19 };
    expect(isoDates('The stock added more than 2% to begin the week.', tuesday)).toEqual(['2019-11-18']);
    const sunday = { year: 2019, month: 11, day: 24 };
    expect(isoDates('It followed a deal announced at the beginning of the week.', sunday)).toEqual(['2019-11-18']);
  });

  it('a date after a past verb that does not end in -ed is in the past; "scheduled for" looks ahead', () => {
    const wednesday = { year: 2019, month: 11, day: 20 };
    const datesOn = (sentence: string) => isoDates(sentence, wednesday);
    expect(datesOn('He died Dec. 24 at his home.')).toEqual(['2018-12-24']);
    expect(datesOn('The law took effect Jan. 1.')).toEqual(['2019-01-01']);
    expect(datesOn('The law will take effect Jan. 1.')).toEqual(['2020-01-01']);
    expect(datesOn('The vote is scheduled for Friday.')).toEqual(['2019-11-22']);
    expect(datesOn('The vote is set for Thursday.')).toEqual(['2019-11-21']);
    expect(datesOn('The hearing was scheduled for Friday but was postponed.')).toEqual(['2019-11-15']);
  });

  it('"this weekend" is known to its month, and what "runs through Sunday" looks ahead', () => {
    const wednesday = { year: 2019, month: 11, day: 20 };
    const datesOn = (sentence: string) => isoDates(sentence, wednesday);
    expect(datesOn('The museum reopens this weekend.')).toEqual(['2019-11']);
    expect(datesOn('The festival runs through Sunday.')).toEqual(['2019-11-24']);
    expect(datesOn('The award is presented in the last weekend of the festival.')).toEqual([]);
  });

  it('"July of last year" is the July of the year before publication', () => {
    const on = { year: 2014, month: 9, day: 30 };
    expect(isoDates('He has added 80 jobs since July of last year.', on)).toEqual(['2013-07']);
  });

  it('a season is this year’s, the latest one over ("last fall" in March is the year before’s), or the next to begin', () => {
    const on = { year: 2015, month: 3, day: 18 };
    const yearsOf = (sentence: string) => isoDates(sentence, on);
    expect(yearsOf('Last fall, Tunisians elected a president.')).toEqual(['2014']);
    expect(yearsOf('The plant opened last summer.')).toEqual(['2014']);
    expect(yearsOf('The plant will open next spring.')).toEqual(['2016']);
    expect(yearsOf('The plant will open next fall.')).toEqual(['2015']);
    expect(yearsOf('The plant will open this summer.')).toEqual(['2015']);
  });

  it('a past verb right before a bare weekday says when, whatever the clause after it says ("said Tuesday he will")', () => {
    const monday = { year: 2014, month: 12, day: 29 };
    expect(isoDates('Investor Advocate Rick Fleming said Tuesday he will push for new rules.', monday)).toEqual(['2014-12-23']);
    expect(isoDates('The company announced Tuesday that it will close the plant.', monday)).toEqual(['2014-12-23']);
    expect(isoDates('Jo Doe, speaking on Tuesday in the Oval Office, called it a plant that will open soon.', monday)).toEqual(['2014-12-23']);
    expect(isoDates('Jo Doe will be speaking on Tuesday.', monday)).toEqual(['2014-12-30']);
    expect(isoDates('The vote is scheduled Tuesday.', monday)).toEqual(['2014-12-30']);
    expect(isoDates('The results will be announced Tuesday.', monday)).toEqual(['2014-12-30']);
  });

  it('a number after a month is a count, not a year in two digits: "In November, 54 people died"', () => {
    const on = { year: 2020, month: 12, day: 31 };
    expect(isoDates('In November, 54 people died after the protests.', on)).toEqual(['2020-11']);
    expect(isoDates('By June 98 schools had closed.', on)).toEqual(['2020-06']);
    expect(isoDates('The plant closed on March 3, 2019.', on)).toEqual(['2019-03-03']);
  });

  it('a date after "ahead of" is still to come, whatever the tense; a place in a race "ahead of" someone is not', () => {
    const monday = { year: 2024, month: 4, day: 1 };
    expect(isoDates('The coach has issued an injury update ahead of the team announcement on Thursday.', monday)).toEqual(['2024-04-04']);
    // (And what is prepared for: "ready for the encounter on Thursday".)
    expect(isoDates('Two players have joined the national team ready for the encounter against Guinea on Thursday.', monday)).toEqual(['2024-04-04']);
    expect(isoDates('Ahead of the league game away to the Leith Rovers on Friday, the coach spoke.', monday)).toEqual(['2024-04-05']);
    expect(isoDates('Jo Doe finished two seconds ahead of the champion on Saturday.', monday)).toEqual(['2024-03-30']);
  });

  it('a weekday in reported speech about the future is the one nearest publication, either side', () => {
    const wednesday = { year: 2024, month: 4, day: 3 };
    expect(isoDates('Her lawyers said prosecutors will interview her Friday over the alleged payments.', wednesday)).toEqual(['2024-04-05']);
    expect(isoDates('Her lawyers said prosecutors will interview her Monday.', wednesday)).toEqual(['2024-04-01']);
    expect(isoDates('The prime minister said he would meet his counterpart on Friday.', wednesday)).toEqual(['2024-04-05']);
    // (The colon of a time of day, or the comma of a number, ends no clause.)
    expect(isoDates('He noted that they will sign the deal at a ceremony at 2:30 p.m. on Friday.', wednesday)).toEqual(['2024-04-05']);
    expect(isoDates('He noted that they will sign the deal before 1,000 guests on Friday.', wednesday)).toEqual(['2024-04-05']);
    // (An -ed word after an article is an adjective, no verb in the past: "the alleged payments".)
    expect(isoDates('Prosecutors will interview her Friday over the alleged payments.', wednesday)).toEqual(['2024-04-05']);
  });

  it('"twenty years from now" looks ahead as "four years ago" looks back; "more than forty years ago" bounds no date', () => {
    const on = { year: 2014, month: 12, day: 11 };
    expect(isoDates('Twenty years from now, will we look back on photos like these?', on)).toEqual(['2034']);
    expect(isoDates('Two weeks from now the store will close.', on)).toEqual(['2014-12-25']);
    expect(isoDates('Nearly ten years ago, the plant closed.', on)).toEqual(['2004']);
    expect(isoDates('More than forty years ago, the plant closed.', on)).toEqual([]);
  });

  it('"by the end of the year" is the year of publication, as "this year" is; not in a story told in the past perfect', () => {
    expect(dates('The plants are expected to close by the end of the year.')).toEqual(['2024']);
    expect(dates('It must do so by the end of the year to secure the financing.')).toEqual(['2024']);
    expect(dates('By the end of the year he had quit the firm.')).toEqual([]);
    expect(dates('At the end of the year’s notice, Congress may act.')).toEqual([]);
  });

  it('the period a figure is compared with dates nothing: "up 4 percent from the previous year", "down 10 percent from a year ago"', () => {
    const on = { year: 2019, month: 11, day: 19 };
    expect(isoDates('Sales were still down 10 percent from a year ago, the report said.', on)).toEqual([]);
    expect(isoDates('Exports rose to $9.1 billion, up from $8 billion last year.', on)).toEqual([]);
    expect(isoDates('Prices are lower than they were last year.', on)).toEqual([]);
    expect(relativeDatesIn('Revenue rose 25% to $6.1 billion in the quarter compared with a year earlier.')).toEqual([]);
    expect(relativeDatesIn('Dealers sold 303,417 vehicles, up 4 percent from the previous year.')).toEqual([]);
    // (A period after "from" with no change or figure before it is when something is from.)
    expect(isoDates('He read a letter from last year to the court.', on)).toEqual(['2018']);
    expect(relativeDatesIn('He had left the firm the previous year.')).toHaveLength(1);
  });

  it('"the year 2100", "by 2100" and "through 2021" are years too', () => {
    expect(dates('Climate models going to the year 2100 show warming.')).toEqual(['2100']);
    expect(dates('Temperatures could rise 4C by 2100.')).toEqual(['2100']);
    expect(dates('Bitcoin and other crypto assets rallied through 2021, a record year.')).toEqual(['2021']);
  });
  it('an -ed word after a word and a hyphen is an adjective, not a past verb: "will be honoured at the star-studded gala"', () => {
    expect(dates('The mogul will be honoured at the star-studded gala in Beverly Hills on December 4.')).toEqual(['2024-12-04']);
    // A verb with a short prefix is still one.
    expect(dates('She was re-elected on December 4.')).toEqual(['2023-12-04']);
  });

  it('a verb in the present for what falls due lays out the calendar ahead: "terms expire in October"', () => {
    // (Published in November 2024: the October after it.)
    const november = { year: 2024, month: 11, day: 2 };
    expect(isoDates('Before the terms of lawmakers expire in October, tensions are rising.', november)).toEqual(['2025-10']);
    expect(isoDates('The new rules take effect on March 1.', november)).toEqual(['2025-03-01']);
    // (A verb in the past still looks back.)
    expect(isoDates('The terms of lawmakers expired in October.', november)).toEqual(['2024-10']);
  });
  it('days listed before their month date by the first: "would meet on 12 and 13 September", "the 8th and 9th of May"', () => {
    const july = { year: 2012, month: 7, day: 13 };
    expect(isoDates('The House of Bishops would meet on 12 and 13 September to review it.', july)).toEqual(['2012-09-12']);
    expect(isoDates('After the victories of our arms on the 8th and 9th of May the honour was safe.', july)).toEqual(['2012-05-08']);
  });
  it('the present of an arrangement looks ahead: "the festival is happening June 26 to 30"', () => {
    const march = { year: 2024, month: 3, day: 14 };
    expect(isoDates('The festival is happening June 26 to 30 at Worthy Farm.', march)).toEqual(['2024-06-26']);
    expect(isoDates('The band is playing on Saturday.', march)).toEqual(['2024-03-16']);
    // (With the verb it arranges, and the time left to do something.)
    expect(isoDates('Companies asked to attend the summit that Egypt is preparing to host in February.', { year: 2014, month: 9, day: 24 })).toEqual(['2015-02']);
    expect(isoDates('Jo Doe now has until Thursday to clarify his position.', march)).toEqual(['2024-03-14']);
    // (Not a possessive before a noun in -ing: "the Coalition’s drubbing on May 21" is past.)
    expect(isoDates('He congratulated Jo Doe in the wake of the Coalition’s drubbing on May 21.', { year: 2022, month: 7, day: 27 })).toEqual(['2022-05-21']);
  });
  it('what is put off to a weekday is put off to the one ahead, whatever the tense: "were remanded to Monday"', () => {
    const sunday = { year: 2023, month: 6, day: 4 };
    expect(isoDates('The five were not asked to plead and were remanded to Monday for bail application.', sunday)).toEqual(['2023-06-05']);
    expect(isoDates('The judge adjourned the case until Friday.', sunday)).toEqual(['2023-06-09']);
    // (Not a weekday that is no deferral's: "met on Monday" is the Monday gone.)
    expect(isoDates('The five met the judge on Monday and were remanded.', sunday)).toEqual(['2023-05-29']);
    // (A month put off to is the nearer one, either side: in June, September is ahead.)
    expect(isoDates('Parliament decided to adjourn the current sitting until September.', sunday)).toEqual(['2023-09']);
    // ("May" alone, also a name and a verb, is the month after what is put off "to".)
    expect(isoDates('The magistrate adjourned the case to May to see if the brief had been served.', { year: 2023, month: 4, day: 9 })).toEqual(['2023-05']);
    expect(isoDates('He spoke to May about the case.', sunday)).toEqual([]);
  });
  it('a month that names an event, "September’s election", is the nearer one either side, unless its clause is in the past', () => {
    const april = { year: 2021, month: 4, day: 19 };
    expect(isoDates('The party has chosen Jo Doe as its candidate for the chancellery in September’s election.', april)).toEqual(['2021-09']);
    expect(isoDates('She won in September’s election.', april)).toEqual(['2020-09']);
  });
  it('"this Sunday" is this week’s, still to come unless its clause is in the past', () => {
    // (Published on Thursday 16 March 2023.)
    const thursday = { year: 2023, month: 3, day: 16 };
    expect(isoDates('The side now gets on the road against the Reds in Brisbane, this Sunday.', thursday)).toEqual(['2023-03-19']);
    expect(isoDates('Artists have been hard at work and this Sunday the community will see the mural.', thursday)).toEqual(['2023-03-19']);
    expect(isoDates('Chileans went to the polls this Sunday to choose a president.', thursday)).toEqual(['2023-03-12']);
  });
  it('an irregular verb in the past dates its clause, though the sentence looks ahead: "who beat Dominica on Wednesday"', () => {
    const thursday = { year: 2024, month: 6, day: 6 };
    expect(isoDates('The team will seek a win to keep pace with Guatemala, who beat Dominica 6-0 at home on Wednesday.', thursday)).toEqual(['2024-06-05']);
    // (Not the infinitive: "will beat them on Saturday" is ahead.)
    expect(isoDates('They hope they will beat Dominica on Saturday.', thursday)).toEqual(['2024-06-08']);
  });
  it('a weekday said beside "this week" is one of its days, whatever the tense, unless the future looks past it', () => {
    // (Published on Monday 25 March 2024: this week's Tuesday is the day after, though "predicted" is a verb in the past.)
    const monday = { year: 2024, month: 3, day: 25 };
    expect(isoDates('With storms predicted for this week, particularly Tuesday, the council acted.', monday)).toContain('2024-03-26');
    expect(isoDates('With storms predicted for this week, particularly Tuesday, the council acted.', monday)).not.toContain('2024-03-19');
    // (But not one the future looks ahead to, already gone this week: on Thursday 28 March, "from Wednesday" is the next one.)
    const thursday = { year: 2024, month: 3, day: 28 };
    expect(isoDates('The bank is slated to meet for two days from Wednesday after the government this week adopted a package.', thursday)).toContain('2024-04-03');
  });
  it('"May" is the month after a word that only dates ("since May last year"), not after one a name may follow', () => {
    expect(dates('They have been fundraising since May last year.')).toEqual(['2023-05']);
    expect(dates('Sales have fallen every month since May.')).toEqual(['2023-05']);
    expect(dates('It was a blow to May and her cabinet.')).toEqual([]);
    expect(dates('Support for May fell sharply.')).toEqual([]);
  });
  it('"this September" is the month of the publication’s year, in a sentence in the past too', () => {
    expect(dates('We knew we were going to have 3,000 students arriving this September.')).toEqual(['2024-09']);
    expect(dates('This January saw record sales.')).toEqual(['2024-01']);
    // ("this coming March" still looks ahead.)
    expect(isoDates('We will know more this coming March.', { year: 2024, month: 11, day: 2 })).toEqual(['2025-03']);
  });
  it('"May last year" is the May of the year before publication; "Thursday last week" the Thursday of the week before', () => {
    expect(dates('The plant opened in May last year.')).toEqual(['2023-05']);
    // (Published on a Thursday: the Thursday of the week before is seven days back, of the week after seven ahead.)
    expect(dates('On Thursday last week, parents thronged the school.')).toEqual(['2024-03-21']);
    expect(dates('Parents will meet on Monday next week.')).toEqual(['2024-04-01']);
    expect(isoDates('On Thursday last week, parents thronged the school.', { year: 2024, month: 3, day: 29 })).toEqual(['2024-03-21']);
  });
  it('a word in -eed is no past verb ("will succeed her in April"), though "agreed" is', () => {
    expect(dates('Jo Doe will succeed Al Roe at the university in December.')).toEqual(['2024-12']);
    expect(dates('They will need the money in December.')).toEqual(['2024-12']);
    expect(dates('They agreed to the deal in December.')).toEqual(['2023-12']);
  });
  it('holidays are dates: fixed days, Thanksgiving and Easter, in the year the tense points to', () => {
    const on = { year: 2014, month: 12, day: 11 };
    const datesOn = (sentence: string) => isoDates(sentence, on);
    expect(datesOn('The boy died on Christmas Day.')).toEqual(['2013-12-25']);
    expect(datesOn('The song will be heard on New Year’s Eve.')).toEqual(['2014-12-31']);
    expect(datesOn('Sales on Black Friday rose 4 percent.')).toEqual(['2014-11-28']);
    expect(datesOn('We plan to visit on Easter Monday.')).toEqual(['2015-04-06']);
    expect(datesOn('The parade was held on Christmas Day 2018.')).toEqual(['2018-12-25']);
    expect(datesOn('Staff were devastated on Christmas Day in 2007, when a tiger escaped.')).toEqual(['2007-12-25']);
    expect(datesOn('On Easter Sunday of 2008, he was out on patrol.')).toEqual(['2008-03-23']);
    expect(datesOn('He was shot on the Fourth of July.')).toEqual(['2014-07-04']);
    expect(datesOn('The store will reopen on Halloween.')).toEqual(['2015-10-31']);
    // A holiday's name on a thing dates nothing: "a Christmas tree", "for Thanksgiving dinner".
    expect(datesOn('They bought a Christmas tree and Easter eggs.')).toEqual([]);
    expect(datesOn('The shops close for Thanksgiving dinner.')).toEqual([]);
  });

  it('a weekday beside a date without a year says which year: "Monday, Dec. 14" in a December 2016 article is 2015’s', () => {
    const on = { year: 2016, month: 12, day: 16 };
    expect(isoDates('The drama began at 10:01 p.m. on Monday, Dec. 14, when the email arrived.', on)).toEqual(['2015-12-14']);
    expect(isoDates('The vote is on Wednesday, Dec. 21.', on)).toEqual(['2016-12-21']);
  });

  it('a year after adjectives (“Washington’s disastrous 2015 season”), “It’s 2016”, “2016 probably wasn’t”', () => {
    expect(dates('He missed nearly two-thirds of Washington’s disastrous 2015 season.')).toEqual(['2015']);
    expect(dates('It’s 2016, so of course the characters live in a diverse city.')).toEqual(['2016']);
    expect(dates('2016 probably wasn’t the most enjoyable year for him.')).toEqual(['2016']);
    // A preposition between is no adjective.
    expect(dates('Leith’s fans from 2,019 towns were counted.')).toEqual([]);
  });

  it('marks a date after "since" as a frame, not the event; what is postponed until a date happens then', () => {
    const [mention] = absoluteDatesIn('shared parts since 2019.', published);
    expect(mention!.subordinate).toBe(true);
    expect(absoluteDatesIn('He stayed in Leith until 2015.', published)[0]!.subordinate).toBe(true);
    expect(absoluteDatesIn('The first crewed flight has been postponed until 2018.', published)[0]!.subordinate).toBe(false);
  });

  it('a participle after "be" is no past verb, whether it ends in -ed or not: "The primaries will be held on August 28"', () => {
    const january = { year: 2018, month: 1, day: 5 };
    expect(isoDates('The primaries will be held on August 28.', january)).toEqual(['2018-08-28']);
    expect(isoDates('The primaries were held on August 28.', january)).toEqual(['2017-08-28']);
  });

  it('what is expected, due or planned is ahead, whatever preposition follows: "an announcement is expected on Monday"', () => {
    expect(dates('A formal announcement is expected on Monday, according to media reports.')).toEqual(['2024-04-01']);
    expect(dates('A formal announcement was expected on Monday.')).toEqual(['2024-03-25']);
    // ("are planning to", as "plan to".)
    const july = { year: 2017, month: 7, day: 12 };
    expect(isoDates('Officials are planning to complete the tendering by the end of November.', july)).toEqual(['2017-11']);
  });

  it('what is due on a day is ahead, whatever the tense of the verb before: "urged his party … in a meeting due Sunday"', () => {
    const friday = { year: 2017, month: 5, day: 12 };
    expect(isoDates('He urged his party to give him full power in a leadership meeting due Sunday.', friday)).toEqual(['2017-05-14']);
    // (Not what was due: that is said of the past.)
    expect(isoDates('The report, which was due Monday, never arrived.', friday)).toEqual(['2017-05-08']);
  });
  it('a verb before the date governs it, not one in a phrase after it, unless the date modifies a noun', () => {
    // A date opening the sentence dates its main clause, past the commas of an apposition: "was named" is past, though "will" follows.
    const saturday = { year: 2018, month: 10, day: 20 };
    expect(isoDates('On Thursday, Showtime’s chief executive, Jo Doe, was named chief content officer, where she will oversee the network.', saturday)).toEqual(['2018-10-18']);
    // So does a date in a short opening phrase a comma closes; the perfect ("has been") is past, as a verb in -ed is.
    const january = { year: 2016, month: 1, day: 4 };
    expect(isoDates('Following the December 6 elections, the government has been passing measures the new deputies will face.', january)).toEqual(['2015-12-06']);
    expect(isoDates('By the end of June, most of the troops will have been released.', january)).toEqual(['2016-06']);
    expect(dates('He is expected to enter a similar plea Wednesday on charges filed in Florida.')).toEqual(['2024-04-03']);
    // "the July 25 call when he asked": the noun the date dates may belong to any clause.
    expect(dates('The envoy is likely to face questions about the July 25 call when he asked for an inquiry.')).toEqual(['2023-07-25']);
  });

  it('a date said in the present as what something is, is in the calendar ahead: "The ceremony is Oct. 30"', () => {
    const may = { year: 2021, month: 5, day: 12 };
    expect(isoDates('The induction ceremony is Oct. 30 at the Fieldhouse in Cleveland.', may)).toEqual(['2021-10-30']);
    expect(isoDates('The induction ceremony was Oct. 30 at the Fieldhouse in Cleveland.', may)).toEqual(['2020-10-30']);
  });

  it('a month’s day something was set for is the nearest such day, ahead as much as back', () => {
    const june = { year: 2007, month: 6, day: 8 };
    expect(isoDates('Sentencing was set for November 16 and prosecutors will weigh her cooperation.', june)).toEqual(['2007-11-16']);
    expect(isoDates('The hearing was adjourned until February 2.', june)).toEqual(['2007-02-02']);
    expect(isoDates('She was sentenced on November 16.', june)).toEqual(['2006-11-16']);
  });

  it('"on the 27th of February last", as older English writes it, is strictly before publication', () => {
    const december = { year: 1819, month: 12, day: 7 };
    expect(isoDates('Having informed Congress, on the 27th of February last, that a treaty had been concluded', december)).toEqual(['1819-02-27']);
    expect(isoDates('The balance on the first of January last was $5,201,650.', { year: 1826, month: 12, day: 5 })).toEqual(['1826-01-01']);
  });

  it('needs a publication date to place a date without a year', () => {
    expect(absoluteDatesIn('on March 18', undefined)).toEqual([]);
    expect(absoluteDatesIn('in August 2021', undefined).map((m) => isoOf(m.date))).toEqual(['2021-08']);
  });
});

describe('relative phrases, anchored on a given date', () => {
  const resolve = (sentence: string, anchor: PartialDate) => relativeDatesIn(sentence).map((r) => r.resolve(anchor)).map((d) => d && isoOf(d));
  it.each([
    ['just two days earlier.', { year: 2024, month: 3, day: 18 }, ['2024-03-16']],
    ['Two days later, the vessel arrived.', { year: 2023, month: 2, day: 14 }, ['2023-02-16']],
    ['Later in the same month, it fined them.', { year: 2022, month: 11 }, ['2022-11']],
    ['The following week, talks resumed.', { year: 2024, month: 2, day: 27 }, ['2024-03-05']],
    ['three months later', { year: 2023, month: 11 }, ['2024-02']],
    ['the day before', { year: 2024, month: 3, day: 1 }, ['2024-02-29']],
    ['He was sworn in as prime minister earlier in the day.', { year: 2022, month: 7, day: 22 }, ['2022-07-22']],
    ['Later in the week, talks resumed.', { year: 2019, month: 11, day: 14 }, ['2019-11']],
    ['He had survived a confidence vote just a day earlier in the lower house.', { year: 2008, month: 1, day: 24 }, ['2008-01-23']],
    ['Two days later the head of the department was confirmed.', { year: 1903, month: 2, day: 14 }, ['1903-02-16']],
  ] as const)('%s', (sentence, anchor, expected) => expect(resolve(sentence, anchor)).toEqual(expected));

  it('cannot state a day from a month-precision anchor', () => {
    expect(resolve('two days later', { year: 2024, month: 3 })).toEqual([undefined]);
  });
  it('does not read "two days after the attack" as relative to the previous statement', () => {
    expect(relativeDatesIn('two days after the attack')).toEqual([]);
    expect(relativeDatesIn('seven years after seeking refuge in the embassy')).toEqual([]);
    expect(relativeDatesIn('A year after he stormed the beaches, he was home.')).toEqual([]);
    expect(relativeDatesIn('It arrived two days earlier than planned.')).toEqual([]);
  });
});
