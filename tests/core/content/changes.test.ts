/**
 * What changed in a content folder since its articles were read: new and
 * edited files are read again, gone ones removed, broken ones keep their
 * previous article, and a file whose stat has not moved is not even read.
 */
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentChanges, type ReadContent } from '../../../src/core/content/changes.ts';
import { loadContentDir } from '../../../src/core/content/load.ts';
import { FIXTURE_DIR, SEED_DIR } from '../../helpers.ts';

const STORM = 'storm-cables.md';
const SEED = 'isis-k-from-afghanistan-to-the-worlds-capitals.txt';
let dir: string;
let first: ReadContent;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-changes-'));
  copyFileSync(join(FIXTURE_DIR, STORM), join(dir, STORM));
  copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
  first = readContentChanges(dir, { articles: [], files: new Map() });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const again = (options = { trustStat: true }) => readContentChanges(dir, first, options);

describe('reading a folder against what was read before', () => {
  it('with nothing known, reads every file: a full load', () => {
    expect(first.upsert.map((a) => a.file)).toEqual([SEED, STORM]);
    expect(first.articles).toEqual(loadContentDir(dir).articles);
    expect([...first.files.keys()].sort()).toEqual([SEED, STORM]);
  });

  it('finds nothing changed in an untouched folder', () => {
    expect(again()).toMatchObject({ upsert: [], remove: [], problems: [], kept: [] });
    expect(again().articles).toEqual(first.articles);
  });

  it('reads a new file and an edited one, and drops a deleted one', () => {
    writeFileSync(join(dir, STORM), readFileSync(join(dir, STORM), 'utf8') + '\nThe authority ordered a second cable, the Kittiwake link, for 2025.\n');
    writeFileSync(join(dir, 'notes.txt'), 'Harbour notes\n\nThe cranes at Gdansk returned to service on Thursday.\n');
    rmSync(join(dir, SEED));
    const read = again();
    expect(read.upsert.map((a) => a.file)).toEqual(['notes.txt', STORM]);
    expect(read.remove).toEqual(['isis-k-from-afghanistan-to-the-worlds-capitals']);
    expect(read.articles.map((a) => a.file)).toEqual(['notes.txt', STORM]);
    expect(read.articles).toEqual(loadContentDir(dir).articles);
  });

  it('does not count a file touched but not changed', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, STORM), later, later);
    expect(again().upsert).toEqual([]);
  });

  it('trusts a file whose stat has not moved without reading it; a start compares every file’s bytes', () => {
    // Versions whose hashes match no file: only reading a file can notice.
    const files = new Map([...first.files].map(([file, version]) => [file, { ...version, hash: 'not the hash of its bytes' }]));
    expect(readContentChanges(dir, { articles: first.articles, files }, { trustStat: true }).upsert).toEqual([]);
    expect(readContentChanges(dir, { articles: first.articles, files }).upsert.map((a) => a.file)).toEqual([SEED, STORM]);
  });

  it('keeps the previous article of a file that breaks, and says so', () => {
    writeFileSync(join(dir, STORM), '---\ntitle: [unclosed\n---\n');
    const read = again();
    expect(read).toMatchObject({ upsert: [], remove: [], kept: [STORM] });
    expect(read.problems.map((p) => p.file)).toEqual([STORM]);
    expect(read.articles.map((a) => a.file)).toEqual([SEED, STORM]);
    expect(read.files.get(STORM)).toEqual(first.files.get(STORM));
  });

  it('keeps every article when the folder itself is gone', () => {
    renameSync(dir, `${dir}-moved`);
    try {
      const read = again();
      expect(read.problems).toEqual([{ file: dir, reason: 'content folder does not exist' }]);
      expect(read).toMatchObject({ upsert: [], remove: [], kept: [SEED, STORM] });
      expect(read.articles).toEqual(first.articles);
    } finally {
      renameSync(`${dir}-moved`, dir);
    }
  });
});
