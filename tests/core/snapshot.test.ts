import { cpSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBriefbot } from '../../src/briefbot.ts';
import { configureLog } from '../../src/core/log.ts';
import { FIXTURE_DIR, SEED_DIR } from '../helpers.ts';

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
    writeFileSync(join(data, 'knowledge-snapshot.json'), '{"format":2,"key":"');
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="build"/);
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="snapshot"/);
  });
});
