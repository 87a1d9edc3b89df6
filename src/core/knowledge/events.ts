/**
 * Every dated statement in the articles, as an event: its date at the
 * precision the text gives, the sentence, and the passage it came from.
 */
import { sentencesOf, type Article } from '../content/article.ts';
import { absoluteDatesIn, clockTimeIn, isoOf, isWeekdayPossessive, mayHoldDate, parseIsoDay, relativeDatesIn, spanOf, writingDay, type PartialDate } from './dates.ts';

export interface DatedEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The first and last day the date covers (YYYY-MM-DD), for period filters. */
  start: string;
  end: string;
  text: string;
  passageId: string;
  articleId: string;
}

export function extractEvents(article: Article): DatedEvent[] {
  const published = article.published ? writingDay(texts(article), parseIsoDay(article.published)) : undefined;
  const events: DatedEvent[] = [];
  // The date of the nearest dated statement so far: what "two days later" counts from.
  let anchor: PartialDate | undefined;
  for (const passage of article.passages) {
    for (const { text } of sentencesOf(passage)) {
      // A sentence with no date is no event and leaves the anchor where it was.
      if (!mayHoldDate(text)) continue;
      // "BEIRUT/THE HAGUE, March 7 (Reuters) - …": the dateline says when the story was filed, not what it reports.
      const dateline = DATELINE.exec(text)?.[0].length ?? 0;
      const absolute = absoluteDatesIn(text, published).filter((a) => a.start >= dateline);
      const relative = relativeDatesIn(text).filter((r) => !absolute.some((a) => r.start < a.end && a.start < r.end));
      // (A time of day dates the sentence only when nothing else does: "on Monday at 9 a.m." is Monday's.)
      const clock = absolute.length === 0 && relative.length === 0 ? clockTimeIn(text) : undefined;
      if (clock) relative.push(clock);
      if (absolute.length === 0 && relative.length === 0) continue;
      const dated: Dated[] = [...absolute];
      for (const phrase of relative) {
        // A date earlier in the same sentence is nearer than any before it.
        const before = absolute.filter((a) => a.end <= phrase.start).at(-1)?.date ?? anchor;
        const date = before && phrase.resolve(before);
        if (date) dated.push({ date, start: phrase.start, end: phrase.end, subordinate: false });
      }
      dated.sort((a, b) => a.start - b.start);
      // ("called off the search for survivors of Tuesday's plane crash at sundown Thursday": a weekday's possessive names a
      // thing of that day, not the day of the statement, where the sentence names another.)
      const possessive = dated.filter((d) => isWeekdayPossessive(text, d.start, d.end));
      if (possessive.length > 0 && dated.some((d) => !possessive.includes(d) && d.date.day !== undefined)) for (const d of possessive) d.subordinate = true;
      for (const clause of datedClauses(text, dated)) {
        // A clause is one event, under the date it reports: "since August 2021" only frames it.
        const reported = clause.dated.find((d) => !d.subordinate) ?? clause.dated[0];
        // "the Class of 2020, which will be honored on May 2": a later date that makes the first more precise is what is
        // reported, and one that makes that more precise still ("this year’s prizes this week, … awarded today").
        let main = reported;
        for (const d of clause.dated) if (main && d.start > main.start && !d.subordinate && refines(d.date, main.date)) main = d;
        if (!main) continue;
        const { date, start, end } = datingOf(isoOf(main.date));
        events.push({ date, start, end, text: clause.text, passageId: passage.id, articleId: article.id });
        anchor = main.date;
      }
    }
  }
  return events;
}

function* texts(article: Article): Generator<string> {
  for (const passage of article.passages) yield passage.text;
}

// A wire story's dateline: places in capitals, a date, the agency in brackets (or none: "KUALA LUMPUR, March 23 —") and a dash;
// or the date alone, with its weekday and year ("Friday, November 1, 2019 - Safaricom has announced …", "1 November 2019 –").
const PLACE_DATELINE = String.raw`\p{Lu}[\p{Lu}\s.'’\/-]*,\s+[\p{L}.]{3,10}\s+\d{1,2}(?:,\s+\d{4})?(?:\s+\([\p{L}\s.]{2,30}\))?`;
const DATE_DATELINE = String.raw`(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?)\s+\d{4}`;
// (The date alone only before a dash set apart: "May 23, 1854-Political disturbances" is a dated list's entry.)
const DATELINE = new RegExp(String.raw`^\s*(?:${PLACE_DATELINE}\s*|${DATE_DATELINE}\s+)[-—–]+\s*`, 'u');

// Every event keeps its date and the first and last day it covers, and the same few thousand dates come
// back in article after article: each date's three strings are made once and shared (a bounded cache).
const DATING_LIMIT = 50_000;
const datings = new Map<string, Pick<DatedEvent, 'date' | 'start' | 'end'>>();

/** The event with its date's strings shared (an event restored from a snapshot has its own copies). */
export function withSharedDates(event: DatedEvent): DatedEvent {
  return { ...event, ...datingOf(event.date) };
}

function datingOf(iso: string): Pick<DatedEvent, 'date' | 'start' | 'end'> {
  let dating = datings.get(iso);
  if (!dating) {
    if (datings.size >= DATING_LIMIT) datings.clear();
    datings.set(iso, (dating = { date: iso, ...spanOf(iso) }));
  }
  return dating;
}

type Dated = { date: PartialDate; start: number; end: number; subordinate: boolean };
const MIN_CLAUSE_WORDS = 5;
const SPAN_FRAMED = /\b(?:since|until|till)\b/i;

/**
 * A sentence is one event, unless its clauses report different dates: "tariffs on
 * solar panels in January 2018, followed by steel and aluminum in March 2018" is
 * two events, each shown with its own clause. The sentence is cut only at a comma,
 * semicolon or dash between two dates that neither frames nor refines the other.
 */
function datedClauses(text: string, dated: Dated[]): { text: string; dated: Dated[] }[] {
  const cuts: number[] = [];
  const reported = dated.filter((d) => !d.subordinate);
  for (let i = 1; i < reported.length; i++) {
    const [before, after] = [reported[i - 1]!, reported[i]!];
    if (isoOf(before.date) === isoOf(after.date) || refines(after.date, before.date) || refines(before.date, after.date)) continue;
    // (After the first date's own words: "on Saturday, August 28 and Sunday, August 29" holds a comma inside a date.)
    let from = before.end;
    // (A date may have read the comma after it: "in October," is cut at that comma still.)
    while (from > before.start && /[\s,;]/.test(text[from - 1]!)) from--;
    const between = text.slice(from, after.start);
    // A punctuation mark (a dash typed as two hyphens too), or else "and" ("up from $38,373 a year ago and from $34,410 in October 2015")
    // or "but" ("died on Thursday but the news of his death filtered in on Friday morning").
    const punctuation = Math.max(lastClauseComma(between), between.lastIndexOf('; '), between.lastIndexOf(' — '), between.lastIndexOf(' – '), between.lastIndexOf(' -- '));
    const separator = punctuation >= 0 ? punctuation : Math.max(between.lastIndexOf(' and '), lastClauseBut(between));
    // "…, marking their first return since the Taliban’s ascension to power in August 2021": a span's frame, not a second
    // event. (What came before or after is one: "raised rates yesterday, …, after her re-election victory on Sunday".)
    if (separator < 0 || SPAN_FRAMED.test(between.slice(separator))) continue;
    const cut = from + separator + 1;
    // "But in May, when …": a clause too short to read alone stays with the sentence.
    const words = (from: number, to: number) => text.slice(from, to).trim().split(/\s+/).length;
    if (words(cuts.at(-1) ?? 0, cut) < MIN_CLAUSE_WORDS || words(cut, text.length) < MIN_CLAUSE_WORDS) continue;
    cuts.push(cut);
  }
  if (cuts.length === 0) return [{ text, dated }];
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, i) => ({
    // (Without the dash that opened the clause: "— and she is here with us tonight" reads "and she is …".)
    text: text.slice(bounds[i], end).trim().replace(/[,;—–]$/, '').replace(/^(?:[—–]|--)\s*/, '').trim(),
    dated: dated.filter((d) => d.start >= bounds[i]! && d.start < end),
  }));
}

// "but" and the subject or verb of a clause ("but the news of his death", "but was re-opened"); not "but $87,500" (only),
// "not only … but to anticipate", "but this year".
const BUT_CLAUSE = /\sbut\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|was|were|had|has|is|are)\s/g;
function lastClauseBut(text: string): number {
  let last = -1;
  for (const match of text.matchAll(BUT_CLAUSE)) last = match.index;
  return last;
}

/** The last ", " that ends a clause: not one in a list of numbers ("6-4, 6-3, 6-3"). */
function lastClauseComma(text: string): number {
  for (let at = text.lastIndexOf(', '); at >= 0; at = text.lastIndexOf(', ', at - 1)) {
    if (!(/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 2] ?? ''))) return at;
  }
  return -1;
}

/** Whether `precise` lies inside `vague` and says more: 2020-05-02 refines 2020. */
function refines(precise: PartialDate, vague: PartialDate): boolean {
  if (precise.year !== vague.year) return false;
  if (vague.month === undefined) return precise.month !== undefined;
  return precise.month === vague.month && vague.day === undefined && precise.day !== undefined;
}

/** Chronological order; a vaguer date sorts before the more precise dates inside it. */
export function compareEvents(a: DatedEvent, b: DatedEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
