/**
 * Measures two well-kept NLP libraries beside briefbot's own rules on the
 * development set (never the kept-aside one), the experiment behind README
 * "Answer quality": would one read people or roles better on news the rules
 * were not developed on?
 *
 * - compromise: `.people()` as a people detector, and its tags (#Person,
 *   #Noun, #Copula…) read for a role.
 * - wink-nlp with wink-eng-lite-web-model: its model recognises no person
 *   (dates, money, e-mails…), so proper-noun runs stand in as a detector;
 *   its part-of-speech tags are read for a role.
 *
 * Both taggers' tokens are read for a role by the same three patterns: an
 * appositive noun phrase after the name ("X, the chief executive of Y,"), a
 * noun phrase before it ("talent manager X"), and "X is a Y" / "X, who is the
 * Y"; the longest reading is the library's answer, as the gold takes the
 * longest description. Scores use eval/score.ts's sameName and sameRole.
 * Articles are split into the 60 development articles and the 26 added by
 * commit 77411e3 (scored once before any rule was tuned on them). To compare
 * with briefbot as it was before that tuning, run this file from an export of
 * that commit with DEV=<this tree>/eval/dev and ADDED=<file listing the 26
 * gold files>.
 *
 *   npm install --no-save compromise@14.17.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
 *   npx tsx scripts/nlpLibraries.ts [--list]   people and roles on eval/dev
 *   npx tsx scripts/nlpLibraries.ts --cost     seconds per MB and heap on SOTU 1x
 *
 * The libraries are not dependencies (the measure did not choose them), so
 * they are loaded only if installed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sotuArticles } from '../bench/corpora.ts';
import { readGoldSet } from '../eval/gold.ts';
import { sameName, sameRole } from '../eval/score.ts';
import { createBriefbotFromKnowledge } from '../src/briefbot.ts';
import type { Article } from '../src/core/content/article.ts';
import { parseArticle } from '../src/core/content/load.ts';
import { buildKnowledgeBase } from '../src/core/knowledge.ts';
import { configureLog } from '../src/core/log.ts';
import { foldText } from '../src/core/text/normalize.ts';

interface CompromiseTerm { text: string; pre: string; post: string; tags: string[] }
interface CompromiseDoc { json(): { terms: CompromiseTerm[] }[]; people(): { json(): { terms: CompromiseTerm[] }[] } }
interface WinkSelection { out(what: unknown): unknown[]; each(f: (s: { tokens(): WinkSelection }) => void): void }
interface Wink { readDoc(text: string): { sentences(): WinkSelection }; its: { value: unknown; pos: unknown } }

async function load(): Promise<{ compromise: (text: string) => CompromiseDoc; wink: Wink }> {
  const load = (name: string) => import(name).then((m: { default: unknown }) => m.default);
  try {
    const [compromise, winkNLP, model] = await Promise.all([load('compromise'), load('wink-nlp'), load('wink-eng-lite-web-model')]);
    return { compromise: compromise as (text: string) => CompromiseDoc, wink: (winkNLP as (m: unknown) => Wink)(model) };
  } catch {
    process.stderr.write('The libraries are not installed: npm install --no-save compromise@14.17.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1\n');
    process.exit(2);
  }
}

// One token shape for both taggers.
type Pos = 'NOUN' | 'PROPN' | 'ADJ' | 'DET' | 'VERB' | 'AUX' | 'ADP' | 'PUNCT' | 'NUM' | 'PART' | 'CONJ' | 'PRON' | 'OTHER';
interface Token { text: string; pos: Pos; person?: boolean; placeOrOrganization?: boolean }
type Sentence = Token[];

function compromiseTokens(doc: CompromiseDoc): Sentence[] {
  return doc.json().map(({ terms }) => {
    const out: Token[] = [];
    for (const term of terms) {
      const pre = term.pre.trim();
      if (pre) out.push({ text: pre, pos: 'PUNCT' });
      const tags = new Set(term.tags);
      const has = (tag: string) => tags.has(tag);
      const pos: Pos = has('Copula') ? 'AUX'
        : has('Honorific') ? 'NOUN'
        : has('ProperNoun') || has('Person') || has('Organization') || has('Place') ? 'PROPN'
        : has('Determiner') ? 'DET'
        : has('Preposition') ? 'ADP'
        : has('Conjunction') ? 'CONJ'
        : has('Pronoun') ? 'PRON'
        : has('Verb') ? 'VERB'
        : has('Adjective') ? 'ADJ'
        : has('Value') ? 'NUM'
        : has('Noun') ? 'NOUN'
        : 'OTHER';
      if (term.text) out.push({ text: term.text, pos, person: has('Person') && !has('Honorific'), placeOrOrganization: has('Place') || has('Organization') });
      const post = term.post.replace(/[\s-]/g, '');
      if (post) out.push({ text: post, pos: 'PUNCT' });
    }
    return out;
  });
}

const WINK_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'VERB', 'AUX', 'ADP', 'PUNCT', 'NUM', 'PART', 'PRON']);
function winkTokens(wink: Wink, text: string): Sentence[] {
  const out: Sentence[] = [];
  wink.readDoc(text).sentences().each((s) => {
    const values = s.tokens().out(wink.its.value) as string[];
    const tags = s.tokens().out(wink.its.pos) as string[];
    out.push(values.map((text, i) => {
      const tag = tags[i]!;
      const pos = (tag === 'SYM' ? 'PUNCT' : tag === 'CCONJ' || tag === 'SCONJ' ? 'CONJ' : WINK_POS.has(tag) ? tag : 'OTHER') as Pos;
      return { text, pos };
    }));
  });
  return out;
}

const nameFold = (s: string) => foldText(s).replace(/'s$/, '').replace(/[^\p{L}\p{N}'.-]/gu, '');
const words = (s: string) => foldText(s).split(/[^\p{L}]+/u).filter((w) => w.length > 1);

function compromisePeople(doc: CompromiseDoc): string[] {
  const names = new Set<string>();
  for (const { terms } of doc.people().json()) {
    const name = terms.filter((t) => !t.tags.includes('Honorific')).map((t) => t.text.replace(/['’]s$/, ''));
    if (name.length > 0) names.add(name.join(' '));
  }
  return [...names];
}

/** wink's model recognises no person: the nearest it offers is a run of two or more proper nouns. */
function properNounRuns(sentences: Sentence[]): string[] {
  const names = new Set<string>();
  for (const sentence of sentences) {
    let run: string[] = [];
    for (const token of [...sentence, { text: '', pos: 'PUNCT' as Pos }]) {
      if (token.pos === 'PROPN') run.push(token.text);
      else {
        if (run.length >= 2) names.add(run.join(' '));
        run = [];
      }
    }
  }
  return [...names];
}

// Roles: three readings of a tagged sentence, the same for both taggers.
const LINKS = new Set(['of', 'for', 'at', 'in', 'on', 'with']);
const isPossessive = (t: Token) => t.pos === 'PART' && /^['’]s$/.test(t.text);
const isNominal = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || isPossessive(t) || t.text === '&';
const hasCommonNoun = (ts: Token[]) => ts.some((t) => t.pos === 'NOUN');
const withoutDeterminer = (ts: Token[]) => (ts[0]?.pos === 'DET' ? ts.slice(1) : ts);
const phrase = (ts: Token[]) => ts.map((t) => t.text).join(' ').replace(/ (['’]s)\b/g, '$1').replace(/ - /g, '-');

/** Where the person is named: runs of their name's words ending on the last one, not possessive. */
function mentions(sentence: Sentence, name: string): [number, number][] {
  const nameWords = new Set(words(name));
  const last = words(name).at(-1)!;
  const out: [number, number][] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (nameFold(sentence[i]!.text) !== last) continue;
    if (sentence[i + 1] && isPossessive(sentence[i + 1]!)) continue;
    let start = i;
    while (start > 0 && nameWords.has(nameFold(sentence[start - 1]!.text))) start--;
    out.push([start, i]);
  }
  return out;
}

/** The end (exclusive) of a noun phrase from i, with one "of/for/at + noun phrase" after it; i when there is none. */
function nounPhraseEnd(sentence: Sentence, i: number): number {
  let j = sentence[i]?.pos === 'DET' ? i + 1 : i;
  const start = j;
  while (j < sentence.length && isNominal(sentence[j]!)) j++;
  if (j === start || !sentence.slice(start, j).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return i;
  if (sentence[j] && LINKS.has(sentence[j]!.text.toLowerCase())) {
    const end = nounPhraseEnd(sentence, j + 1);
    if (end > j + 1) j = end;
  }
  return j;
}

function readRoles(sentences: Sentence[], name: string): string[] {
  const roles: string[] = [];
  for (const s of sentences) {
    for (const [start, end] of mentions(s, name)) {
      if (s[end + 1]?.text === ',') {
        const stop = nounPhraseEnd(s, end + 2);
        const span = withoutDeterminer(s.slice(end + 2, stop));
        if (span.length > 0 && hasCommonNoun(span) && (!s[stop] || s[stop]!.pos === 'PUNCT')) roles.push(phrase(span));
      }
      let from = start;
      while (from > 0 && isNominal(s[from - 1]!) && !s[from - 1]!.person) from--;
      const before = s.slice(from, start);
      if (before.length > 0 && hasCommonNoun(before) && s[start - 1]!.pos === 'NOUN') roles.push(phrase(before));
      let verb = end + 1;
      if (s[verb]?.text === ',' && /^who$/i.test(s[verb + 1]?.text ?? '')) verb += 2;
      if (s[verb]?.pos === 'AUX' && /^(is|was)$/i.test(s[verb]!.text) && s[verb + 1]?.pos === 'DET') {
        const span = withoutDeterminer(s.slice(verb + 1, nounPhraseEnd(s, verb + 1)));
        if (span.length > 0 && hasCommonNoun(span)) roles.push(phrase(span));
      }
    }
  }
  return roles;
}
const longest = (roles: string[]) => roles.reduce((best, r) => (r.split(' ').length > best.split(' ').length ? r : best), '');

const articleText = (a: Article) => [a.title, ...a.passages.map((p) => p.text)].join('\n\n');

function addedArticles(): Set<string> {
  const listing = process.env.ADDED
    ? readFileSync(process.env.ADDED, 'utf8')
    : execFileSync('git', ['show', '--name-only', '--diff-filter=A', '--format=', '77411e3', '--', 'eval/dev/gold'], { encoding: 'utf8' });
  const ids = new Set(listing.split('\n').filter(Boolean).map((f) => basename(f, '.json')));
  if (ids.size !== 26) throw new Error(`expected the 26 articles added by 77411e3, found ${ids.size}`);
  return ids;
}

type Tally = Record<string, number>;

async function measureDev(list: boolean): Promise<void> {
  const { compromise, wink } = await load();
  const added = addedArticles();
  const tallies: Record<'dev 60' | 'added 26', Tally> = { 'dev 60': {}, 'added 26': {} };
  const time = { compromise: 0, wink: 0, chars: 0 };
  for (const { file, id, gold } of readGoldSet(process.env.DEV ?? 'eval/dev')) {
    const tally = tallies[added.has(id) ? 'added 26' : 'dev 60'];
    const count = (key: string, n = 1) => (tally[key] = (tally[key] ?? 0) + n);
    count('articles');
    const article = parseArticle(basename(file), readFileSync(file));
    const kb = buildKnowledgeBase([article]);
    const bot = createBriefbotFromKnowledge(kb);
    const text = articleText(article);
    time.chars += text.length;
    let t0 = performance.now();
    const doc = compromise(text);
    const compromiseSentences = compromiseTokens(doc);
    const compromiseNames = compromisePeople(doc);
    time.compromise += performance.now() - t0;
    t0 = performance.now();
    const winkSentences = winkTokens(wink, text);
    time.wink += performance.now() - t0;
    const winkNames = properNounRuns(winkSentences);

    // False people as .scratch/fp.ts counts them: a name sharing no word with any gold person.
    const goldWords = new Set(gold.people.flatMap((p) => words(p.name)));
    const notInGold = (name: string) => !words(name).some((w) => goldWords.has(w));
    const briefbotNames = kb.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    const briefbotWords = new Set(briefbotNames.flatMap(words));
    const briefbotHas = (name: string) => briefbotNames.some((n) => sameName(n, name));
    count('briefbot persons', briefbotNames.length);
    count('briefbot false', briefbotNames.filter(notInGold).length);
    count('compromise names', compromiseNames.length);
    count('compromise false', compromiseNames.filter(notInGold).length);
    count('compromise new false', new Set(compromiseNames.filter((n) => notInGold(n) && !words(n).some((w) => briefbotWords.has(w))).map(foldText)).size);
    count('wink names', winkNames.length);
    count('wink false', winkNames.filter(notInGold).length);
    // compromise as a veto on briefbot's persons: (a) no name compromise calls a person shares a word;
    // (b) every mention of the name's words is tagged a place or organization and none a person.
    const compromiseWords = new Set(compromiseNames.flatMap(words));
    const unsharedWithCompromise = (name: string) => !words(name).some((w) => compromiseWords.has(w));
    const placeOrOrganization = (name: string) => {
      const nameWords = new Set(words(name));
      const tokens = compromiseSentences.flat().filter((t) => nameWords.has(nameFold(t.text)));
      return tokens.length > 0 && tokens.every((t) => t.placeOrOrganization && !t.person);
    };
    for (const [key, veto] of [['veto people', unsharedWithCompromise], ['veto places', placeOrOrganization]] as const) {
      count(`${key} false`, briefbotNames.filter((n) => notInGold(n) && veto(n)).length);
      count(`${key} gold`, gold.people.filter((p) => veto(p.name) && briefbotHas(p.name)).length);
    }

    for (const person of gold.people) {
      count('gold people');
      const asked = person.query ?? person.name.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?,?$/i.test(w)).at(-1)!.replace(/[.,]$/, '');
      const reply = bot.runLine(`/who ${asked}`);
      const found = reply.kind === 'who' && sameName(reply.title, person.name);
      if (found) count('briefbot found');
      const compromiseFinds = compromiseNames.some((n) => sameName(n, person.name));
      if (compromiseFinds) count('compromise found');
      if (compromiseFinds && !found) {
        count('compromise found, briefbot not');
        if (list) console.log(`person briefbot misses, compromise finds: ${id} | ${person.name}`);
      }
      if (winkNames.some((n) => sameName(n, person.name))) count('wink found');

      if (person.role === null) continue;
      count('gold roles');
      const golds = [person.role, ...(person.otherRoles ?? [])];
      const right = (role: string) => role !== '' && golds.some((g) => sameRole(role, g, person.name));
      const shown = found && reply.kind === 'who' ? (reply.entity?.role ?? '') : '';
      const briefbotRight = found && right(shown);
      if (briefbotRight) count('briefbot role right');
      if (found && !shown) count('briefbot no role');
      for (const [library, sentences] of [['compromise', compromiseSentences], ['wink', winkSentences]] as const) {
        const readings = readRoles(sentences, person.name);
        const role = longest(readings);
        if (role) count(`${library} gives`);
        if (right(role)) count(`${library} right`);
        if (!briefbotRight && right(role)) count(`${library} right, briefbot not`);
        if (!briefbotRight && readings.some(right)) count(`${library} any right, briefbot not`);
        if (briefbotRight && !right(role)) count(`${library} not right, briefbot right`);
        if (found && !shown && role) count(right(role) ? `${library} fallback right` : `${library} fallback wrong`);
        if (list && found && !briefbotRight) console.log(`role ${library}: ${id} | ${person.name} | gold: ${person.role} | briefbot: ${shown || '-'} | ${library}: ${role || '-'}${right(role) ? ' (right)' : ''}`);
      }
    }
  }

  const all: Tally = {};
  for (const tally of Object.values(tallies)) for (const [k, v] of Object.entries(tally)) all[k] = (all[k] ?? 0) + v;
  const columns = [...Object.entries(tallies), ['all 86', all] as const];
  const n = (t: Tally, k: string) => t[k] ?? 0;
  const of = (k: string, total: string) => (t: Tally) => `${n(t, k)} (${((100 * n(t, k)) / n(t, total)).toFixed(1)}%)`;
  const pair = (a: string, b: string) => (t: Tally) => `${n(t, a)} / ${n(t, b)}`;
  const plain = (k: string) => (t: Tally) => `${n(t, k)}`;
  const rows: [string, (t: Tally) => string][] = [
    ['gold people', plain('gold people')],
    ['briefbot: found by /who', of('briefbot found', 'gold people')],
    ['briefbot: persons / not in gold', pair('briefbot persons', 'briefbot false')],
    ['compromise .people(): the full name', of('compromise found', 'gold people')],
    ['compromise: names / not in gold', pair('compromise names', 'compromise false')],
    ['compromise: people briefbot misses that it finds', plain('compromise found, briefbot not')],
    ['compromise: false names briefbot does not already hold', plain('compromise new false')],
    ['compromise veto (not its person): briefbot false people / gold people dropped', pair('veto people false', 'veto people gold')],
    ['compromise veto (its place or organization): false / gold dropped', pair('veto places false', 'veto places gold')],
    ['wink proper-noun runs: the full name', of('wink found', 'gold people')],
    ['wink: runs / not in gold', pair('wink names', 'wink false')],
    ['gold roles', plain('gold roles')],
    ['briefbot: role right', of('briefbot role right', 'gold roles')],
    ['briefbot: found, no role', plain('briefbot no role')],
  ];
  for (const library of ['compromise', 'wink']) {
    rows.push(
      [`${library}: gives a role`, plain(`${library} gives`)],
      [`${library}: right (longest reading)`, of(`${library} right`, 'gold roles')],
      [`${library}: right where briefbot is not (any reading)`, (t) => `${n(t, `${library} right, briefbot not`)} (${n(t, `${library} any right, briefbot not`)})`],
      [`${library}: not right where briefbot is`, plain(`${library} not right, briefbot right`)],
      [`${library} where briefbot shows none: right / wrong`, pair(`${library} fallback right`, `${library} fallback wrong`)],
    );
  }
  console.log(`| measure | ${columns.map(([name]) => name).join(' | ')} |\n| --- |${' --- |'.repeat(columns.length)}`);
  for (const [label, cell] of rows) console.log(`| ${label} | ${columns.map(([, t]) => cell(t)).join(' | ')} |`);
  const mb = time.chars / 1e6;
  console.log(`\n${mb.toFixed(2)} M characters; compromise ${(time.compromise / 1000 / mb).toFixed(1)} s/MB, wink ${(time.wink / 1000 / mb).toFixed(1)} s/MB (with briefbot building beside them)`);
}

async function measureCost(): Promise<void> {
  const { compromise, wink } = await load();
  const texts = sotuArticles(1).map(articleText);
  const mb = texts.reduce((sum, t) => sum + t.length, 0) / 1e6;
  const t0 = performance.now();
  buildKnowledgeBase(sotuArticles(1));
  console.log(`SOTU 1x (${mb.toFixed(2)} M characters): briefbot's build ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const [library, read] of [
    ['wink', (t: string) => winkTokens(wink, t)],
    ['compromise', (t: string) => compromisePeople(compromise(t))],
  ] as const) {
    const heap = process.memoryUsage().heapUsed;
    let peak = 0;
    const start = performance.now();
    for (const text of texts) {
      read(text);
      peak = Math.max(peak, process.memoryUsage().heapUsed - heap);
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(`${library}: ${seconds.toFixed(1)} s (${(seconds / mb).toFixed(2)} s/MB), heap up to +${(peak / 1e6).toFixed(0)} MB`);
  }
}

configureLog({ level: 'error' });
await (process.argv.includes('--cost') ? measureCost() : measureDev(process.argv.includes('--list')));
