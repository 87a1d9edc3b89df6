/**
 * Runs Mozilla's Readability on a document and hands back its article
 * element (not serialised HTML), so the blocks can be read from the tree.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.ts';

export interface ReadableResult {
  /** Readability's article element; undefined when it found none. */
  content: DomElement | undefined;
  /** Its plain text, as Readability itself reports it. */
  textContent: string;
  title: string | undefined;
  byline: string | undefined;
  siteName: string | undefined;
  publishedTime: string | undefined;
}

/** Readability modifies the document it reads: pass one you no longer need, or a clone. */
export function runReadability(document: DomDocument, options: { charThreshold?: number } = {}): ReadableResult {
  const reader = new Readability<DomElement>(document, {
    // Keep the element: blocks.ts walks it, and no HTML round trip is needed.
    serializer: (node: unknown) => node as DomElement,
    // Short wire items are still articles; the default 500 makes Readability retry with fewer safeguards.
    charThreshold: options.charThreshold ?? 500,
  });
  const parsed = reader.parse();
  const clean = (value: string | null | undefined) => (value ? value.trim() || undefined : undefined);
  return {
    content: parsed?.content ?? undefined,
    textContent: parsed?.textContent ?? '',
    title: clean(parsed?.title),
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    publishedTime: clean(parsed?.publishedTime),
  };
}
