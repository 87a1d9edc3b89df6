/**
 * An update in place runs in slices: between them the event loop is free, and
 * commands are answered, whole, from the knowledge as it was; the new
 * knowledge is handed over in the slice that finishes the update. Which
 * changes go in place and which are rebuilt aside.
 */
import { describe, expect, it } from 'vitest';
import { createBriefbotFromArticles, createBriefbotFromKnowledge, type Briefbot } from '../src/briefbot.ts';
import { loadContentDir } from '../src/core/content/load.ts';
import { buildKnowledgeBase } from '../src/core/knowledge.ts';
import { IN_PLACE_LIMITS, updateInSlices, whyNotInPlace } from '../src/updateInPlace.ts';
import { FIXTURE_DIR, SEED_DIR, WIRE_DIR } from './helpers.ts';

const seed = () => loadContentDir(SEED_DIR).articles;

describe('an update in slices', () => {
  it('lets commands run between its steps, answered from the knowledge as it was until the hand-over', async () => {
    // A bot of its own: the update changes the passage index it shares with the knowledge it starts from.
    const before = createBriefbotFromArticles(loadContentDir(FIXTURE_DIR).articles);
    let current: Briefbot = before;
    const answers: string[] = [];
    let asking = true;
    const ask = () => {
      if (!asking) return;
      const who = current.runLine('/who lodhi').kind;
      const search = current.runLine('/search gwadar').kind;
      answers.push(`${current === before ? 'old' : 'new'} ${who} ${search}`);
      setImmediate(ask);
    };
    setImmediate(ask);
    const done = await updateInSlices(before.kb, { upsert: seed(), remove: [] }, (kb) => (current = createBriefbotFromKnowledge(kb)), 0);
    asking = false;

    expect(done.slices).toBeGreaterThan(1);
    const during = answers.filter((a) => a.startsWith('old'));
    expect(during.length).toBeGreaterThan(0);
    expect(new Set(during)).toEqual(new Set(['old not_found not_found']));
    expect(current.runLine('/who lodhi').kind).toBe('who');
    expect(current.runLine('/search gwadar').kind).toBe('search');
    // The knowledge it started from still answers, whole, for whatever holds it.
    expect(before.runLine('/search gwadar').kind).toBe('not_found');
    expect(before.runLine('/who Jonas Eriksen').kind).toBe('who');
  });
});

describe('in place or aside', () => {
  const kb = buildKnowledgeBase(loadContentDir(FIXTURE_DIR).articles);

  it('applies a few files in place', () => {
    expect(whyNotInPlace(kb, { upsert: seed(), remove: [] })).toBeUndefined();
    expect(whyNotInPlace(kb, { upsert: [], remove: [kb.articles[0]!.id] })).toBeUndefined();
  });

  it('rebuilds aside when more files, or more passages, change at once than the limits allow', () => {
    const wire = loadContentDir(WIRE_DIR).articles;
    expect(whyNotInPlace(kb, { upsert: wire, remove: [kb.articles[0]!.id] }, { ...IN_PLACE_LIMITS, files: 2 })).toBe('3 files changed at once (more than 2)');
    const passages = seed()[0]!.passages.length;
    expect(whyNotInPlace(kb, { upsert: seed(), remove: [] }, { files: 10, passages: passages - 1 })).toBe(`${passages} passages changed at once (more than ${passages - 1})`);
    // A changed article counts the passages it had and those it has.
    const storm = kb.articles[0]!;
    expect(whyNotInPlace(kb, { upsert: [storm], remove: [] }, { files: 10, passages: storm.passages.length * 2 - 1 })).toMatch(/passages changed at once/);
  });

  it('rebuilds aside knowledge that has no per-article state to update', () => {
    const { entityState: _state, ...withoutState } = kb;
    expect(whyNotInPlace(withoutState, { upsert: seed(), remove: [] })).toBe('the knowledge has no per-article state to update');
  });
});
