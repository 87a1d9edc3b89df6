/**
 * Readability's article element as a list of text blocks: paragraphs,
 * headings, list items, quotes and table cells, in reading order.
 *
 * Walking the tree (rather than taking textContent) keeps paragraph breaks,
 * so `body` has blank lines where the page had blocks, and words in
 * neighbouring blocks are never glued together ("end.Next"). Each block
 * also records how much of it is link text and which list or table it sits
 * in: clutter.ts judges related-link lists and data tables by those.
 */
import { isElement, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.ts';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'row';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Share of the text inside links, 0..1. */
  linkShare: number;
  /** Blocks of one list or table share a group number; 0 outside any. */
  group: number;
  /** Where its links point (`href` as written). */
  hrefs?: string[];
}

// Elements that start a new block; anything else is inline and joins its neighbours.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);
const ROW_BREAKERS = 'p, div, table, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, pre, br';
const GROUP_TAGS = new Set(['UL', 'OL', 'DL', 'TABLE']);

// A private-use character marks a <br> until the line is split; no page text contains it.
const BREAK = '\uE000';

function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'item';
  if (tag === 'TR') return 'row';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return inherited;
}

interface Run {
  text: string;
  link: boolean;
  href?: string;
  kind: BlockKind;
  group: number;
}

export function blocksOf(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let groups = 0;

  const emit = (part: Run[]) => {
    const text = squash(part.map((r) => r.text).join(''));
    if (!text) return;
    // The block is of the kind where its first words sit (a row's leading cell separator is not).
    const first = part.find((r) => r.text.trim()) ?? part[0]!;
    const linked = part.filter((r) => r.link).reduce((sum, r) => sum + squash(r.text).length, 0);
    const hrefs = [...new Set(part.flatMap((r) => (r.href && r.text.trim() ? [r.href] : [])))];
    blocks.push({ kind: first.kind, text, linkShare: Math.min(1, linked / text.length), group: first.group, ...(hrefs.length ? { hrefs } : {}) });
  };

  const flush = () => {
    // Two line breaks with nothing but spaces between them are how many pages
    // separate paragraphs; a single one is a line inside a paragraph.
    let part: Run[] = [];
    let brokenLine = false;
    for (const run of runs) {
      if (run.text === BREAK) {
        if (brokenLine) {
          emit(part);
          part = [];
          brokenLine = false;
        } else {
          brokenLine = true;
          part.push({ ...run, text: ' ' });
        }
        continue;
      }
      if (run.text.trim()) brokenLine = false;
      part.push(run);
    }
    emit(part);
    runs = [];
  };

  const walk = (node: DomNode, kind: BlockKind, group: number, href: string | undefined, inRow = false) => {
    const inLink = href !== undefined;
    if (node.nodeType === TEXT_NODE) {
      runs.push({ text: node.textContent ?? '', link: inLink, href, kind, group });
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      runs.push({ text: BREAK, link: false, kind, group });
      return;
    }
    // A table row of plain cells reads as one line ("HD  Home Depot  225.86");
    // a layout table's cells, holding paragraphs of their own, stay blocks.
    const row = tag === 'TR' && !node.querySelector(ROW_BREAKERS);
    const cell = inRow && (tag === 'TD' || tag === 'TH');
    const isBlock = BLOCK_TAGS.has(tag) && !cell;
    const childGroup = GROUP_TAGS.has(tag) ? ++groups : group;
    if (isBlock) flush();
    if (cell) runs.push({ text: ' ', link: false, kind, group });
    const childHref = tag === 'A' ? (node.getAttribute('href') ?? '') : href;
    for (const child of Array.from(node.childNodes)) walk(child, kindOf(tag, kind), childGroup, childHref, row || (inRow && !isBlock));
    if (isBlock) flush();
    else if (tag === 'IMG') runs.push({ text: ' ', link: false, kind, group });
  };

  walk(root, 'paragraph', 0, undefined);
  flush();
  return blocks;
}
