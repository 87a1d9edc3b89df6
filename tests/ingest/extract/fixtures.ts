/** The saved pages in tests/fixtures/pages, with the body a person copied from each. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodePage } from '../../../src/ingest/extract/decode.ts';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages', import.meta.url));

export interface FixturePage {
  name: string;
  sourceId: string;
  url: string;
  articleBody: string;
}

export function fixturePages(): FixturePage[] {
  const truth = JSON.parse(readFileSync(`${PAGES_DIR}/ground-truth.json`, 'utf8')) as Record<string, Omit<FixturePage, 'name'>>;
  return Object.entries(truth).map(([name, page]) => ({ name, ...page }));
}

export const pageHtml = (name: string) => decodePage(readFileSync(`${PAGES_DIR}/${name}.html.gz`));
