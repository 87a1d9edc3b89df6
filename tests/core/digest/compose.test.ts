/** A digest: new and changed articles first, then each topic's brief and dated events, every line cited. */
import { describe, expect, it } from 'vitest';
import { articleVersion, composeDigest, type DigestRequest } from '../../../src/core/digest/compose.ts';
import { replyLines, ReplySchema } from '../../../src/core/reply.ts';
import { botFor, FIXTURE_DIR, SEED_DIR } from '../../helpers.ts';

const kb = botFor(SEED_DIR, FIXTURE_DIR).kb;
const [seed, fixture] = kb.articles;
const T0 = '2026-05-01T07:00:00.000Z';
const versionAt = (article: typeof seed, firstSeen: string, changedAt = firstSeen) => ({ ...articleVersion(article!), firstSeen, changedAt });

const request = (overrides: Partial<DigestRequest> = {}): DigestRequest => ({
  title: 'Daily digest',
  topics: [],
  since: T0,
  versions: [versionAt(seed, '2026-04-01T00:00:00.000Z'), versionAt(fixture, '2026-04-01T00:00:00.000Z')],
  previousPassageIds: [],
  ...overrides,
});

function expectEveryLineCited(reply: ReturnType<typeof composeDigest>['reply']) {
  ReplySchema.parse(reply);
  for (const line of replyLines(reply)) {
    expect(line.citation).toBeDefined();
    expect(reply.sources[line.citation!]!.text).toContain(line.text);
  }
}

describe('composeDigest', () => {
  it('leads with the articles added or changed since the last digest, labelled as such', () => {
    const digest = composeDigest(kb, request({
      versions: [versionAt(seed, '2026-04-01T00:00:00.000Z', '2026-05-01T09:00:00.000Z'), versionAt(fixture, '2026-05-01T10:00:00.000Z')],
      topics: [kb.entities[0]!.name],
    }));
    expect(digest.hasNews).toBe(true);
    expect(digest.reply.labels!.slice(0, 2)).toEqual([`New: ${fixture!.title}`, `Updated: ${seed!.title}`]);
    expectEveryLineCited(digest.reply);
  });

  it('does not call an article new when it has not changed since the last digest', () => {
    const digest = composeDigest(kb, request());
    expect(digest.hasNews).toBe(false);
    expect(digest.reply.summary).toEqual(['Nothing new since the last digest.']);
    expect(digest.reply.sources).toEqual([]);
  });

  it('briefs each topic with cited sentences and its dated events, and remembers every cited passage', () => {
    const topic = kb.entities.find((e) => e.kind === 'organization')!.name;
    const digest = composeDigest(kb, request({ topics: [topic] }));
    expect(digest.reply.labels?.length).toBeGreaterThan(0);
    expect(digest.passageIds.length).toBe(digest.reply.sources.length);
    expectEveryLineCited(digest.reply);
    const dates = (digest.reply.events ?? []).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('leaves out the previous digest’s passages while others remain', () => {
    const topic = kb.entities.find((e) => e.kind === 'organization')!.name;
    const first = composeDigest(kb, request({ topics: [topic] }));
    const second = composeDigest(kb, request({ topics: [topic], previousPassageIds: first.passageIds }));
    expect(second.hasNews).toBe(true);
    expect(second.passageIds.filter((id) => first.passageIds.includes(id))).toEqual([]);
  });

  it('says nothing new once every passage about the topic has been shown', () => {
    const topic = 'submarine cables';
    const all = kb.index.find([topic]).map((h) => h.id);
    expect(all.length).toBeGreaterThan(0);
    const digest = composeDigest(kb, request({ topics: [topic], previousPassageIds: all }));
    expect(digest.hasNews).toBe(false);
    expect(digest.reply.summary).toEqual([`Nothing new about ${topic} since the last digest.`]);
  });

  it('gives an article a new version only when its text changes', () => {
    const same = articleVersion(seed!);
    expect(articleVersion({ ...seed!, passages: [...seed!.passages] }).hash).toBe(same.hash);
    const edited = { ...seed!, passages: seed!.passages.map((p, i) => (i === 0 ? { ...p, text: `${p.text} Corrected.` } : p)) };
    expect(articleVersion(edited).hash).not.toBe(same.hash);
  });
});
