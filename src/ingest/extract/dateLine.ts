/**
 * Recognises a line that only states when the page was published or
 * updated: "Updated 10:01 pm PST, Tuesday, November 19, 2019",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Nov. 20, 2019 5:52 AM EST",
 * "Published 1 day ago", "sexta-feira, 22 de outubro de 2010 às 20:13".
 * The date is kept as front matter; the line itself is not article text.
 */

import { alternatives, lowerCased, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from '../../core/text/calendar.ts';

// Month and weekday names (English, and the Romance and Germanic languages
// the pages in the benchmark also use), with their usual short forms.
const CALENDAR_WORDS = [
  alternatives(lowerCased(MONTH_NAMES)),
  alternatives(lowerCased(MONTH_ABBREVIATIONS)),
  alternatives(lowerCased([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS])),
  'janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  'enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu|lug|ago|set|ott|dic',
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  'januar|februar|märz|maerz|juni|juli|oktober|dezember|mär|okt|dez',
  'segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo|feira',
].join('|');

// Labels and small words that accompany a date.
const LABEL_WORDS =
  'published|updated|posted|first|last|modified|created|date|on|at|am|pm|a\\.m|p\\.m|de|às|as|um|le|el|il|the|of|ago|min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks|month|months|year|years|just|now|today|yesterday|st|nd|rd|th|et|est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|ist|aest|ict|wib|sast|eat|wat|hkt|jst|kst';

const DATE_PIECE = new RegExp(`\\b(?:${CALENDAR_WORDS}|${LABEL_WORDS})\\b\\.?`, 'giu');

export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120 || !/\d/.test(text)) return false;
  // Relative stamps ("Published 1 day ago", "2 hours ago") have no calendar word.
  if (/^(?:(?:published|updated|posted)\s*:?\s*)?\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i.test(text)) return true;
  // A labelled time with no date ("Updated at 1:23 p.m.").
  if (/^(?:published|updated|posted|last updated)(?:\s+(?:at|on))?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/i.test(text)) return true;
  const hasCalendar = new RegExp(`\\b(?:${CALENDAR_WORDS})\\b`, 'iu').test(text) || /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(text);
  if (!hasCalendar) return false;
  const rest = text
    .replace(DATE_PIECE, ' ')
    .replace(/\d+/g, ' ')
    .replace(/[\s,.:;|/()\-–—·•]+/g, ' ')
    .trim();
  // What is left may name the outlet or the place ("CBS News", "Sioux Falls Argus Leader" is too long).
  return rest.split(' ').filter(Boolean).length <= 2;
}
