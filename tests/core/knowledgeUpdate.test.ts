/**
 * Adding, changing or removing an article updates the knowledge in place, and
 * the result is the knowledge a full build of the same articles gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/content/article.ts';
import { loadContentDir, parseArticle } from '../../src/core/content/load.ts';
import { buildKnowledgeBase, updateKnowledgeBase, type KnowledgeBase } from '../../src/core/knowledge.ts';
import { packKnowledge, unpackKnowledge } from '../../src/core/snapshot.ts';
import { FIXTURE_DIR, SEED_DIR, WIRE_DIR } from '../helpers.ts';
import { createBriefbotFromKnowledge } from '../../src/briefbot.ts';
import { Ranker } from '../../src/core/search/ranking.ts';
import { queryTerms } from '../../src/core/text/normalize.ts';

const EVAL_DIR = fileURLToPath(new URL('../../eval/dev/articles/', import.meta.url));
const evalArticles = (names: string[]) => names.map((name) => parseArticle(name, readFileSync(join(EVAL_DIR, name))));
const sortedByFile = (articles: Article[]) => [...articles].sort((a, b) => a.file.localeCompare(b.file));

/** What answers read from the knowledge, in a form two builds can be compared by. */
function essence(kb: KnowledgeBase) {
  return {
    articles: kb.articles.map((a) => a.id),
    aliases: kb.aliases,
    entities: [...kb.entities]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((e) => ({ key: e.key, name: e.name, kind: e.kind, aliases: e.aliases, roles: e.roles.map((r) => r.text), mentions: e.mentions, quotes: e.quotes.map((q) => q.text) })),
    events: kb.events.map((e) => `${e.date} ${e.passageId} ${e.text}`),
    passages: [...kb.passageById.keys()].sort(),
    articleById: [...kb.articleById.keys()].sort(),
    names: kb.names.map((n) => n.entity.key).sort(),
  };
}

/** The /events answers for a few periods and a topic, through the knowledge's event index. */
function timelines(kb: KnowledgeBase) {
  const bot = createBriefbotFromKnowledge(kb);
  return ['2024', '2024-03', 'march', '2023..2024', 'Taliban', ''].map((period) => bot.run('events', { period }));
}

function searchIds(kb: KnowledgeBase, queries: string[]) {
  return queries.map((q) => kb.index.find([q], 200).map((h) => h.id).sort());
}

const base = () => [...loadContentDir(SEED_DIR).articles, ...loadContentDir(FIXTURE_DIR).articles, ...loadContentDir(WIRE_DIR).articles];
const more = () =>
  evalArticles(
    readdirSync(EVAL_DIR)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .slice(0, 12),
  );
const QUERIES = ['president', 'Taliban', 'Trump', 'police said', 'trade war', 'Lodhi', 'minister'];

describe('incremental knowledge', () => {
  it('adding articles gives what a full build of all of them gives', () => {
    const updated = updateKnowledgeBase(buildKnowledgeBase(sortedByFile(base())), { upsert: more(), remove: [] });
    const full = buildKnowledgeBase(sortedByFile([...base(), ...more()]));
    expect(essence(updated)).toEqual(essence(full));
    expect(searchIds(updated, QUERIES)).toEqual(searchIds(full, QUERIES));
  });

  it('removing articles gives what a build without them gives', () => {
    const removed = more().map((a) => a.id);
    const updated = updateKnowledgeBase(buildKnowledgeBase(sortedByFile([...base(), ...more()])), { upsert: [], remove: removed });
    const full = buildKnowledgeBase(sortedByFile(base()));
    expect(essence(updated)).toEqual(essence(full));
    expect(searchIds(updated, QUERIES)).toEqual(searchIds(full, QUERIES));
  });

  it('a changed article replaces its old version: a new person in it is found in older articles too', () => {
    const articles = sortedByFile(base());
    const kb = buildKnowledgeBase(articles);
    const seed = articles.find((a) => a.file.startsWith('isis-k'))!;
    // An article that introduces "Graeme Smith" anew elsewhere: the seed's "Smith said" must still find him.
    const changed = parseArticle(seed.file, new TextEncoder().encode(`${readFileSync(join(SEED_DIR, seed.file), 'utf8')}\n\nA new closing paragraph names Jo Marsh, the mayor of Leith, who said the port would reopen.\n`));
    const updated = updateKnowledgeBase(kb, { upsert: [changed], remove: [] });
    const full = buildKnowledgeBase(sortedByFile([...articles.filter((a) => a.id !== seed.id), changed]));
    expect(essence(updated)).toEqual(essence(full));
    expect(updated.entities.find((e) => e.name === 'Jo Marsh')?.roles[0]?.text).toBe('the mayor of Leith');
  });

  it('clears what removed passages leave in the index at once, so no later change can land in the middle of a vacuum', () => {
    const kb = buildKnowledgeBase(sortedByFile([...base(), ...more()]));
    const updated = updateKnowledgeBase(kb, { upsert: [], remove: more().map((a) => a.id) });
    // MiniSearch's own vacuuming would still be waiting between batches here, and an add would break its walk.
    expect(updated.index.search.dirtCount).toBe(0);
    const again = updateKnowledgeBase(updated, { upsert: more().slice(0, 2), remove: [] });
    expect(searchIds(again, QUERIES)).toEqual(searchIds(buildKnowledgeBase(sortedByFile([...base(), ...more().slice(0, 2)])), QUERIES));
  });

  it('several updates in a row stay equal to a full build', () => {
    const [first, second, third] = [more().slice(0, 4), more().slice(4, 8), more().slice(8)];
    let kb = buildKnowledgeBase(sortedByFile(base()));
    kb = updateKnowledgeBase(kb, { upsert: first!, remove: [] });
    kb = updateKnowledgeBase(kb, { upsert: second!, remove: [] });
    kb = updateKnowledgeBase(kb, { upsert: third!, remove: first!.map((a) => a.id) });
    const full = buildKnowledgeBase(sortedByFile([...base(), ...second!, ...third!]));
    expect(essence(kb)).toEqual(essence(full));
    expect(timelines(kb)).toEqual(timelines(full));
  });

  it('leaves no discarded passage in the index, so searches rank as MiniSearch does on it', () => {
    let kb = buildKnowledgeBase(sortedByFile([...base(), ...more().slice(0, 6)]));
    kb = updateKnowledgeBase(kb, { upsert: more().slice(6), remove: more().slice(0, 3).map((a) => a.id) });
    expect(kb.index.search.dirtCount).toBe(0);
    for (const query of [...QUERIES, 'presidnet', 'talibn']) {
      const terms = queryTerms(query).join(' ');
      for (const typos of [false, true]) {
        const search = kb.index.search.search({ combineWith: 'OR', queries: [{ queries: [terms], combineWith: 'AND' }] }, typos ? {} : { fuzzy: false });
        expect(new Ranker(kb.index.search).rank({ phrasings: [terms], combineWith: 'AND', typos, limit: 20 })?.best).toEqual(search.slice(0, 20).map((hit) => ({ id: hit.id, score: hit.score })));
      }
    }
  });

  it('knowledge packed with its per-article state (a snapshot, a worker) and unpacked is updated alike', () => {
    const articles = sortedByFile(base());
    const restored = unpackKnowledge(structuredClone(packKnowledge(buildKnowledgeBase(articles))));
    expect(restored.entityState?.discoveries.size).toBe(articles.length);
    const [first, second] = [more().slice(0, 6), more().slice(6)];
    const updated = updateKnowledgeBase(updateKnowledgeBase(restored, { upsert: first!, remove: [] }), { upsert: second!, remove: [articles[0]!.id] });
    const full = buildKnowledgeBase(sortedByFile([...articles.slice(1), ...more()]));
    expect(essence(updated)).toEqual(essence(full));
    expect(searchIds(updated, QUERIES)).toEqual(searchIds(full, QUERIES));
  });

  it('the knowledge passed in keeps to its own passages once the update has changed the shared index', () => {
    const before = buildKnowledgeBase(sortedByFile(base()));
    const added = more();
    updateKnowledgeBase(before, { upsert: added, remove: [] });
    const hits = before.index.find(QUERIES, 500);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => before.passageById.has(h.id))).toBe(true);
  });

  it('knowledge restored without per-article state (from a snapshot) is updated alike', () => {
    const { entityState: _state, ...restored } = buildKnowledgeBase(sortedByFile(base()));
    const updated = updateKnowledgeBase(restored, { upsert: more(), remove: [] });
    expect(essence(updated)).toEqual(essence(buildKnowledgeBase(sortedByFile([...base(), ...more()]))));
  });
});
