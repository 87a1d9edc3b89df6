/** Building aside: the knowledge of a folder, built on a worker thread, is the knowledge a build here would give. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/briefbot.ts';
import { buildAside } from '../src/buildAside.ts';
import { configureLog } from '../src/core/log.ts';
import { FIXTURE_DIR, SEED_DIR } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-aside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildAside', () => {
  it('builds on another thread the same knowledge a build on this one gives', async () => {
    configureLog({ level: 'error', sink: () => {} });
    const aside = await buildAside(SEED_DIR);
    const here = loadKnowledge(SEED_DIR);
    expect(aside.threadId).not.toBe(threadId);
    expect(aside.kb.articles).toEqual(here.kb.articles);
    expect(aside.kb.entities).toEqual(here.kb.entities);
    expect(aside.kb.events).toEqual(here.kb.events);
    expect(aside.kb.index.find(['isis-k']).map((h) => h.id)).toEqual(here.kb.index.find(['isis-k']).map((h) => h.id));
  });

  it('keeps the previous version of a file that broke, and relays the worker’s log lines here', async () => {
    const lines: string[] = [];
    configureLog({ level: 'info', sink: (line) => lines.push(line) });
    copyFileSync(join(FIXTURE_DIR, 'storm-cables.md'), join(dir, 'storm-cables.md'));
    const first = await buildAside(dir);
    writeFileSync(join(dir, 'storm-cables.md'), '---\ntitle: [unclosed\n---\n');
    const second = await buildAside(dir, { previous: first.kb.articles });
    expect(second.kept).toEqual(['storm-cables.md']);
    expect(second.kb.articles).toEqual(first.kb.articles);
    expect(lines.some((l) => l.includes('keeping its previous version') && l.includes('storm-cables.md'))).toBe(true);
    configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  });
});
