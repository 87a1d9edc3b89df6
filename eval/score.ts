/**
 * Scores briefbot against gold files by asking its real commands, as a user
 * would type them, of each article indexed alone.
 *
 *   people   /who <surname> finds the person, under their full name
 *   roles    ...and shows the description the text gives (for people it describes)
 *   dates    /events lists the dated statement under the date a reader assigns, and only there
 *   brief    /brief <topic> summarises with the central sentence
 *   search   /search <words> has the answering passage among its first three
 *   notFound /who <absent name> says nothing was found
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createBriefbotFromArticles, type Briefbot } from '../src/briefbot.ts';
import { parseArticle } from '../src/core/content/load.ts';
import type { Reply } from '../src/core/reply.ts';
import { foldText } from '../src/core/text/normalize.ts';
import type { Gold, GoldArticle } from './gold.ts';

export const CATEGORIES = ['people', 'roles', 'dates', 'brief', 'search', 'notFound'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Miss {
  article: string;
  category: Category;
  asked: string;
  expected: string;
  got: string;
}

export interface Score {
  correct: number;
  total: number;
}

export interface SetScore {
  articles: number;
  scores: Record<Category, Score>;
  misses: Miss[];
}

/** Text compared without case, and with quotes, dashes and spacing folded. */
export function plain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// A nickname in quotation marks inside a name ("Sean 'Puffy' Combs"): the name is the same without it.
const NICKNAME = /\s(?:[“"][^“”"]+[”"]|[‘'][^‘’']+[’'])(?=\s)/g;

/** The words of a name that identify the person: no initials, no "Jr.", no nickname. */
function nameWords(name: string): Set<string> {
  return new Set(
    foldText(name.replace(NICKNAME, ''))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !NAME_SUFFIXES.has(w)),
  );
}

/** Whether the reply names the same person as the gold: the same name words, no more, no fewer. */
export function sameName(shown: string, gold: string): boolean {
  const a = nameWords(shown);
  const b = nameWords(gold);
  return a.size === b.size && [...a].every((w) => b.has(w));
}

const ROLE_STOP_WORDS = new Set('a an the of for at in on and to with by from its his her their s who is was has been as'.split(' '));

// Titles as news abbreviates them: "former Sen." says "former senator" (AP style writes "Sen.", "Gov.", "Lt." before a name).
const TITLE_ABBREVIATIONS = new Map(
  Object.entries({
    sen: 'senator', rep: 'representative', gov: 'governor', lt: 'lieutenant', gen: 'general', col: 'colonel', maj: 'major',
    capt: 'captain', cmdr: 'commander', adm: 'admiral', sgt: 'sergeant', cpl: 'corporal', det: 'detective', insp: 'inspector',
    supt: 'superintendent', atty: 'attorney', asst: 'assistant', assoc: 'associate', prof: 'professor', amb: 'ambassador',
  }),
);

function roleWords(text: string, drop: Set<string>): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    // (In the plural too: "Sens. Jo Doe and Al Roe".)
    .map((w) => w.replace(/s$/, ''))
    .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w)
    .filter((w) => w.length > 0 && !ROLE_STOP_WORDS.has(w) && !drop.has(w));
}

/**
 * A shown role matches a gold role when it carries most of the gold's words
 * (two thirds) and is mostly made of them (at least half): "Kenya's finance
 * minister" matches "finance minister"; a whole sentence that happens to
 * contain the words does not.
 */
export function sameRole(shown: string, gold: string, personName: string): boolean {
  const drop = new Set([...nameWords(personName)].map((w) => w.replace(/s$/, '')));
  const want = roleWords(gold, drop);
  const have = roleWords(shown, drop);
  if (want.length === 0 || have.length === 0) return false;
  const haveSet = new Set(have);
  const wantSet = new Set(want);
  const recall = want.filter((w) => haveSet.has(w)).length / want.length;
  const precision = have.filter((w) => wantSet.has(w)).length / have.length;
  return recall >= 2 / 3 && precision >= 0.5;
}

function describe(reply: Reply): string {
  if (reply.kind === 'who') return `${reply.title}${reply.entity?.role ? ` (${reply.entity.role})` : ''}`;
  if (reply.kind === 'not_found' || reply.kind === 'error') return `${reply.kind}: ${reply.title}`;
  return `${reply.kind}: ${reply.summary.slice(0, 2).join(' | ').slice(0, 200)}`;
}

function surnameQuery(name: string): string {
  const words = name.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(foldText(w).replace(/\W/g, '')));
  return words.at(-1)!.replace(/[.,]$/, '');
}

function scoreArticle(bot: Briefbot, article: string, gold: Gold, add: (category: Category, ok: boolean, miss: Omit<Miss, 'article' | 'category'>) => void): void {
  for (const person of gold.people) {
    const asked = `/who ${person.query ?? surnameQuery(person.name)}`;
    const reply = bot.runLine(asked);
    const found = reply.kind === 'who' && sameName(reply.title, person.name);
    add('people', found, { asked, expected: person.name, got: describe(reply) });
    if (person.role === null) continue;
    const roles = [person.role, ...(person.otherRoles ?? [])];
    const shown = found ? (reply.entity?.role ?? '') : '';
    add('roles', found && roles.some((role) => sameRole(shown, role, person.name)), { asked, expected: roles.join(' / '), got: found ? shown || '(no role)' : describe(reply) });
  }

  const timeline = bot.runLine('/events');
  const events = timeline.events ?? [];
  for (const dated of gold.dates) {
    const want = plain(dated.text);
    const holding = events.filter((e) => plain(e.text).includes(want));
    const ok = holding.length > 0 && holding.every((e) => e.date === dated.date);
    const got = holding.length > 0 ? holding.map((e) => e.date).join(', ') : 'not in the timeline';
    add('dates', ok, { asked: `/events: “${dated.text}”`, expected: dated.date, got });
  }

  for (const { topic, passage } of gold.brief) {
    const asked = `/brief ${topic}`;
    const reply = bot.runLine(asked);
    const ok = reply.kind === 'brief' && reply.summary.some((line) => plain(line).includes(plain(passage)));
    add('brief', ok, { asked, expected: passage, got: describe(reply) });
  }

  for (const { query, passage } of gold.search) {
    const asked = `/search ${query}`;
    const reply = bot.runLine(asked);
    const ok = reply.kind === 'search' && reply.sources.slice(0, 3).some((s) => plain(s.text).includes(plain(passage)));
    add('search', ok, { asked, expected: passage, got: describe(reply) });
  }

  for (const name of gold.notFound) {
    const asked = `/who ${name}`;
    const reply = bot.runLine(asked);
    add('notFound', reply.kind === 'not_found', { asked, expected: 'nothing found', got: describe(reply) });
  }
}

/** Indexes each article alone and asks it the gold questions. */
export function scoreSet(set: GoldArticle[]): SetScore {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, { correct: 0, total: 0 }])) as Record<Category, Score>;
  const misses: Miss[] = [];
  for (const { file, id, gold } of set) {
    const bot = createBriefbotFromArticles([parseArticle(basename(file), readFileSync(file))]);
    scoreArticle(bot, id, gold, (category, ok, miss) => {
      scores[category].total++;
      if (ok) scores[category].correct++;
      else misses.push({ article: id, category, ...miss });
    });
  }
  return { articles: set.length, scores, misses };
}

export function ratio({ correct, total }: Score): number {
  return total === 0 ? 1 : correct / total;
}
