import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBriefbot } from '../../src/briefbot.ts';
import { configureLog } from '../../src/core/log.ts';
import { contentFingerprint } from '../../src/core/snapshot.ts';
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

  it('changed content means a fresh build', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    const before = contentFingerprint(content);
    writeFileSync(join(content, 'new.txt'), 'A new article\n\nMaria Keller, the chief economist of Baltic Bank, said rates would fall.\n');
    expect(contentFingerprint(content)).not.toBe(before);
    const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(logs.join()).toMatch(/from="build"/);
    expect(result.runLine('/who keller').entity?.role).toBe('the chief economist of Baltic Bank');
  });

  it('a changed MAX_ARTICLE_MB means a fresh build, which applies it', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    expect(contentFingerprint(content, { maxArticleMb: 0.005 })).not.toBe(contentFingerprint(content));
    const { result, logs } = quietly(() => createBriefbot(content, { snapshotDir: data, maxArticleMb: 0.005 }));
    expect(logs.join()).toMatch(/from="build"/);
    expect(result.kb.articles.map((a) => a.file)).toEqual(['storm-cables.md']);
  });

  it('a link out of the folder is never read, not even to fingerprint the folder', () => {
    const { content } = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'briefbot-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'Secret\n\nFirst version.\n');
    symlinkSync(join(outside, 'secret.txt'), join(content, 'notes.txt'));
    const before = contentFingerprint(content);
    writeFileSync(join(outside, 'secret.txt'), 'Secret\n\nSecond version.\n');
    expect(contentFingerprint(content)).toBe(before);
  });

  it('a corrupt snapshot is ignored and replaced', () => {
    const { content, data } = workspace();
    quietly(() => createBriefbot(content, { snapshotDir: data }));
    writeFileSync(join(data, 'knowledge-snapshot.json'), '{"format":1,"fingerp');
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="build"/);
    expect(quietly(() => createBriefbot(content, { snapshotDir: data })).logs.join()).toMatch(/from="snapshot"/);
  });
});
