import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBriefbot, SNAPSHOT_FILE } from '../../src/briefbot.ts';
import { configureLog } from '../../src/core/log.ts';
import { FIXTURE_DIR, SEED_DIR, WIRE_DIR } from '../helpers.ts';

const STORM = 'storm-cables.md';
const LINES = ['/brief isis-k', '/who lodhi', '/events 2024-03', '/search gwadar port', '/sources', '/who halvorsen', '/brief nsta', '/events'];

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'briefbot-snapshot-'));
  const content = join(root, 'content');
  cpSync(SEED_DIR, content, { recursive: true });
  cpSync(FIXTURE_DIR, content, { recursive: true });
  return { content, data: join(root, 'data') };
}

function quietly<T>(run: () => T): { result: T; logs: string[] } {
  const logs: string[] = [];
  configureLog({ sink: (line) => logs.push(line) });
  try {
    return { result: run(), logs };
  } finally {
    configureLog({ sink: (line) => process.stderr.write(line + '\n') });
  }
}

/** Where each section of a snapshot file lies (the header line names them in order, with their lengths). */
function sections(file: string): Map<string, { start: number; bytes: number }> {
  const bytes = readFileSync(file);
  const firstLine = bytes.indexOf(10);
  const headerEnd = bytes.indexOf(10, firstLine + 1);
  const header = JSON.parse(bytes.toString('latin1', firstLine + 1, headerEnd)) as { sections: { name: string; bytes: number }[] };
  let at = headerEnd + 1;
  return new Map(header.sections.map(({ name, bytes: length }) => [name, { start: (at += length) - length, bytes: length }]));
}

/** Changes one byte in the middle of a section, as a disk error would. */
function damage(file: string, section: string): void {
  const { start, bytes } = sections(file).get(section)!;
  const content = readFileSync(file);
  const at = start + Math.floor(bytes / 2);
  content[at] = content[at] === 0x41 ? 0x42 : 0x41;
  writeFileSync(file, content);
}

describe('knowledge snapshots', () => {
  it('a restart with unchanged content loads the snapshot and answers exactly as a build does', () => {
    const { content, data } = workspace();
    const built = quietly(() => createBriefbot(content, { snapshotDir: data }));
    const restored = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(built.logs.join()).toMatch(/from="build"/);
    expect(restored.logs.join()).toMatch(/from="snapshot"/);
    for (const line of LINES) expect(restored.result.runLine(line)).toEqual(built.result.runLine(line));
    expect(restored.result.autocomplete('who', 'name', 'ha')).toEqual(built.result.autocomplete('who', 'name', 'ha'));
  });

  it('restored, whole or one-shot, the knowledge ranks to the bit as built: every brief, search, who and timeline alike', () => {
    const { content, data } = workspace();
    cpSync(WIRE_DIR, content, { recursive: true });
    const built = quietly(() => createBriefbot(content, { snapshotDir: data })).result;
    const whole = quietly(() => createBriefbot(content, { snapshotDir: data })).result;
    const lazy = quietly(() => createBriefbot(content, { snapshotDir: data, lazy: true })).result;
    // Names, surnames, words of the text, prefixes and typos (which meet many terms of the index's tree, in its
    // order) and words nobody wrote (whose suggestions walk it with typos): drawn from the knowledge, not chosen.
    const names = built.kb.entities.map((e) => e.name);
    const words = [...new Set(built.kb.articles.flatMap((a) => a.passages.flatMap((p) => p.text.toLowerCase().match(/\p{L}{6,}/gu) ?? [])))];
    const every = <T>(list: T[], step: number) => list.filter((_, i) => i % step === 0);
    const queries = [
      ...every(names, 3),
      ...every(names, 7).map((n) => n.split(' ').at(-1)!),
      ...every(words, 23),
      ...every(words, 29).map((w) => w.slice(0, 5)),
      ...every(words, 31).map((w) => w.slice(0, 2) + w[3] + w[2] + w.slice(4)),
      ...every(words, 37).map((w) => `${w}zq`),
      'zqxv plik',
    ];
    expect(queries.length).toBeGreaterThan(100);
    for (const query of queries) {
      for (const line of [`/brief ${query}`, `/search ${query}`, `/who ${query}`, `/events ${query}`]) {
        const reply = built.runLine(line);
        expect(whole.runLine(line), line).toEqual(reply);
        expect(lazy.runLine(line), line).toEqual(reply);
      }
    }
  });

  it('files changed since the snapshot are applied to it in place, and it answers as a full build does', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    writeFileSync(join(content, 'new.txt'), 'A new article\n\nMaria Keller, the chief economist of Baltic Bank, said rates would fall.\n');
    writeFileSync(join(content, 'storm-cables.md'), readFileSync(join(content, 'storm-cables.md'), 'utf8') + '\nThe authority ordered a second cable, the Kittiwake link, for 2025.\n');
    unlinkSync(join(content, 'isis-k-from-afghanistan-to-the-worlds-capitals.txt'));
    const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(logs.join()).toMatch(/from="snapshot, updated"/);
    const built = quietly(() => createBriefbot(content)).result;
    for (const line of [...LINES, '/who keller', '/search kittiwake', '/events 2025']) expect(result.runLine(line)).toEqual(built.runLine(line));
    expect(result.runLine('/who keller').entity?.role).toBe('the chief economist of Baltic Bank');
    // The snapshot was brought up to date: the next start changes nothing.
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="snapshot"/);
  });

  it('knowledge restored from a snapshot can be updated in place without reading every article again', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    const restored = quietly(() => createBriefbot(content, { snapshotDir: data })).result;
    expect(restored.kb.entityState?.mentions.size).toBe(restored.kb.articles.length);
  });

  it('a changed MAX_ARTICLE_MB means a fresh build, which applies it', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data, maxArticleMb: 0.005 }));
    expect(logs.join()).toMatch(/from="build"/);
    expect(result.kb.articles.map((a) => a.file)).toEqual(['storm-cables.md']);
  });

  it('a link out of the folder is never read, not even to compare it with the snapshot', () => {
    const { content, data } = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'briefbot-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'Secret\n\nThe first version names a marmot.\n');
    symlinkSync(join(outside, 'secret.txt'), join(content, 'notes.txt'));
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    writeFileSync(join(outside, 'secret.txt'), 'Secret\n\nThe second version names a quokka.\n');
    const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(logs.join()).toMatch(/from="snapshot"/);
    expect(logs.join()).toMatch(/notes\.txt.*links outside the content folder/);
    expect(result.runLine('/search quokka').kind).toBe('not_found');
  });

  it('a corrupt snapshot is ignored and replaced', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    writeFileSync(join(data, SNAPSHOT_FILE), '{"format":2,"key":"');
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="build"/);
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="snapshot"/);
  });

  it('a snapshot cut short, or with a damaged section, is not trusted at all: the knowledge is built again, with one line saying why', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    const file = join(data, SNAPSHOT_FILE);
    writeFileSync(file, readFileSync(file).subarray(0, statSync(file).size - 100));
    const cut = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(cut.logs.join()).toMatch(/WARN the knowledge snapshot is damaged; building the knowledge again .*reason="the file is not as long as its sections"/);
    expect(cut.logs.join()).toMatch(/from="build"/);
    for (const section of ['articles', 'index', 'events', 'state']) {
      damage(file, section);
      const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data }));
      expect(logs.join()).toMatch(new RegExp(`snapshot is damaged; building the knowledge again .*reason="section ${section} does not match its checksum"`));
      expect(logs.join()).toMatch(/from="build"/);
      expect(result.runLine('/who lodhi').kind).toBe('who');
    }
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="snapshot"/);
  });

  it('a one-shot load (npm run ask) answers alike, reading the events and the per-article state only when first used', () => {
    const { content, data } = workspace();
    const built = quietly(() => createBriefbot(content, { snapshotDir: data })).result;
    const lazy = quietly(() => createBriefbot(content, { snapshotDir: data, lazy: true }));
    expect(lazy.logs.join()).toMatch(/from="snapshot"/);
    for (const line of LINES) expect(lazy.result.runLine(line)).toEqual(built.runLine(line));
    expect(lazy.result.kb.entityState?.mentions.size).toBe(built.kb.entityState?.mentions.size);
    // The events' section damaged on disk: a load that never uses them never notices.
    damage(join(data, SNAPSHOT_FILE), 'events');
    const blind = quietly(() => createBriefbot(content, { snapshotDir: data, lazy: true }));
    expect(blind.logs.join()).toMatch(/from="snapshot"/);
    expect(blind.result.runLine('/who lodhi')).toEqual(built.runLine('/who lodhi'));
    // The first command that needs them fails, says why, and removes the snapshot: the next start builds.
    const { result, logs } = quietly(() => blind.result.runLine('/events 2024-03'));
    expect(result.kind).toBe('error');
    expect(logs.join()).toMatch(/WARN the knowledge snapshot is damaged; the next start will build the knowledge again .*reason="section events does not match its checksum"/);
    expect(existsSync(join(data, SNAPSHOT_FILE))).toBe(false);
    expect(quietly(() => createBriefbot(content, { snapshotDir: data, lazy: true })).logs.join()).toMatch(/from="build"/);
  });

  it('a one-shot load reads an article\'s passages and an entity\'s details alone, each checked: one damaged fails only what needs it', () => {
    const { content, data } = workspace();
    const built = quietly(() => createBriefbot(content, { snapshotDir: data })).result;
    damage(join(data, SNAPSHOT_FILE), 'passages');
    const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data, lazy: true }));
    expect(logs.join()).toMatch(/from="snapshot"/);
    // What needs no passage answers; the article whose passages were damaged cannot be read, the others can.
    expect(result.runLine('/help')).toEqual(built.runLine('/help'));
    const read = quietly(() => result.kb.articles.map((a) => (() => { try { return a.passages.length; } catch (error) { return String(error); } })()));
    expect(read.result.filter((n) => typeof n === 'string')).toEqual([expect.stringMatching(/the knowledge snapshot is damaged \(section passages does not match its checksum at item \d+\)/)]);
    expect(read.logs.join()).toMatch(/WARN the knowledge snapshot is damaged; the next start will build the knowledge again/);
    expect(existsSync(join(data, SNAPSHOT_FILE))).toBe(false);
    expect(quietly(() => createBriefbot(content, { snapshotDir: data, lazy: true })).logs.join()).toMatch(/from="build"/);
  });

  it('trusts a file whose size and modification time are those it recorded, without reading it (as rsync and git do)', () => {
    const { content, data } = workspace();
    const file = join(content, STORM);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    // Rewritten to the same size with the old time put back: not read again, so not seen.
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('Skarv', 'Tjeld'));
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const trusted = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(trusted.logs.join()).toMatch(/from="snapshot"/);
    expect(trusted.result.runLine('/search tjeld').kind).toBe('not_found');
    // Any other time: read, and the change applied.
    utimesSync(file, 1_700_000_100, 1_700_000_100);
    const read = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(read.logs.join()).toMatch(/from="snapshot, updated"/);
    expect(read.result.runLine('/search tjeld').kind).toBe('search');
  });

  it('a file touched but not changed is read and hashed, and the snapshot is used as it is', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    const written = statSync(join(data, SNAPSHOT_FILE)).mtimeMs;
    utimesSync(join(content, STORM), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    const touched = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(touched.logs.join()).toMatch(/from="snapshot"/);
    expect(statSync(join(data, SNAPSHOT_FILE)).mtimeMs).toBe(written);
    expect(touched.result.runLine('/who halvorsen').kind).toBe('who');
  });

  it('removes the snapshot an older briefbot kept (one JSON file) once it has saved its own', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    writeFileSync(join(data, 'knowledge-snapshot.json'), '{"format":3}');
    writeFileSync(join(content, 'new.txt'), 'A new article\n\nMaria Keller, the chief economist of Baltic Bank, said rates would fall.\n');
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(existsSync(join(data, 'knowledge-snapshot.json'))).toBe(false);
  });
});
