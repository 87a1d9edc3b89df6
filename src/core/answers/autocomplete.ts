/**
 * Autocomplete choices for an option: names, topics, months. Built once per
 * knowledge base; a keystroke only filters a prepared list.
 */
import type { AutocompleteSource } from '../commands.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import { compactKey } from '../knowledge.ts';
import { editDistance, foldText } from '../text/normalize.ts';
import { parsePeriod } from './period.ts';

export interface Choice {
  /** What the user sees (at most 100 characters). */
  label: string;
  /** What is sent back as the option's value (at most 100 characters). */
  value: string;
}

export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

interface Entry extends Choice {
  words: string[];
  keys: string[];
  weight: number;
}

const prepared = new WeakMap<KnowledgeBase, Record<Exclude<AutocompleteSource, 'commands' | 'timeZones'>, Entry[]>>();

function entry(label: string, value: string, weight: number): Entry {
  const clip = (s: string) => (s.length > MAX_CHOICE_LENGTH ? s.slice(0, MAX_CHOICE_LENGTH - 1) + '…' : s);
  return { label: clip(label), value: value.slice(0, MAX_CHOICE_LENGTH), words: foldText(label).split(/[\s-]+/), keys: [compactKey(label), compactKey(value)], weight };
}

function prepare(kb: KnowledgeBase) {
  let lists = prepared.get(kb);
  if (lists) return lists;
  const names = kb.entities.flatMap((e) => [
    entry(e.name, e.name, e.mentions.length + 1),
    ...e.aliases.map((a) => entry(`${a} (${e.name})`, a, e.mentions.length)),
  ]);
  const sections = kb.articles.flatMap((a) => [...new Set(a.passages.map((p) => p.section))].map((s) => entry(s, s, 1)));
  const tags = kb.articles.flatMap((a) => a.tags.map((t) => entry(t, t, 2)));
  const months = new Map<string, number>();
  for (const event of kb.events) {
    for (const key of [event.date.slice(0, 4), event.date.slice(0, 7)]) months.set(key, (months.get(key) ?? 0) + 1);
  }
  const periods = [...months].map(([key, count]) => {
    const parsed = parsePeriod(key);
    const label = parsed.type === 'period' ? `${parsed.label} (${count} event${count === 1 ? '' : 's'})` : key;
    return entry(label, key, count);
  });
  // Titles, for /sources remove.
  const articles = dedupe(kb.articles.map((a) => entry(a.title, a.title, 1)));
  lists = { names, topics: dedupe([...names, ...sections, ...tags]), periods, articles };
  prepared.set(kb, lists);
  return lists;
}

function dedupe(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.value.toLowerCase()) && seen.add(e.value.toLowerCase()));
}

let timeZoneEntries: Entry[] | undefined;
/** Every IANA zone this runtime knows, "Europe/London" findable as "london" too. */
function timeZones(): Entry[] {
  timeZoneEntries ??= ['UTC', ...Intl.supportedValuesOf('timeZone')].map((zone) => {
    const e = entry(zone, zone, 1);
    const parts = zone.split('/');
    return { ...e, words: [...e.words, ...foldText(zone).split(/[/_]+/)], keys: [...e.keys, ...parts.map(compactKey)] };
  });
  return timeZoneEntries;
}

export function autocomplete(kb: KnowledgeBase, source: AutocompleteSource, typed: string, commandNames: string[] = []): Choice[] {
  const entries = source === 'commands' ? commandNames.map((n) => entry(`/${n}`, n, 1)) : source === 'timeZones' ? timeZones() : prepare(kb)[source];
  const query = foldText(typed.trim()).slice(0, MAX_CHOICE_LENGTH);
  const key = compactKey(query);
  const scored = entries
    .map((e) => ({ e, rank: rankOf(e, query, key) }))
    .filter((x) => x.rank !== undefined)
    .sort((a, b) => a.rank! - b.rank! || b.e.weight - a.e.weight || a.e.label.localeCompare(b.e.label));
  return scored.slice(0, MAX_CHOICES).map(({ e }) => ({ label: e.label, value: e.value }));
}

/** 0: starts with what was typed; 1: a word starts with it; 2: one typo away. Undefined: no match. */
function rankOf(entry: Entry, query: string, key: string): number | undefined {
  if (!query) return 0;
  if (entry.keys.some((k) => k.startsWith(key)) || foldText(entry.label).startsWith(query)) return 0;
  if (entry.words.some((w) => w.startsWith(query))) return 1;
  if (key.length >= 4 && entry.keys.some((k) => editDistance(key, k.slice(0, key.length), 1) <= 1)) return 2;
  return undefined;
}
