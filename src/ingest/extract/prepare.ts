/**
 * Removes the page around the article before Readability scores it.
 *
 * Readability keeps what sits inside its chosen container: photo captions
 * and credits, share bars, newsletter boxes, "related" lists, ad slots,
 * hidden teaser copies. Sites name these parts in their markup in a common
 * vocabulary (`caption`, `share`, `newsletter`, `related`, `ad-slot`, …), so
 * the rules below read class names, ids, roles and tags, never one site's
 * layout. A marked element that holds the article itself is never removed:
 * see holdsArticle.
 */
import { elementsOf, squash, type DomDocument, type DomElement } from './dom.ts';

/** Tags that are never article text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, svg, button, select, textarea, input, nav, [role="navigation"], menu, dialog';

/** Captions and credits; the image they describe is not text either. */
const CAPTIONS = 'figcaption, [itemprop="caption"], [itemprop="copyrightHolder"], .wp-caption-text';

// Words in class names and ids (split at `-`, `_`, spaces and camelCase) that
// mark a part of the page that is not the article.
const CLUTTER_WORDS = new Set([
  // captions, credits and galleries
  'caption', 'captions', 'credit', 'credits', 'copyright', 'gallery', 'slideshow', 'carousel', 'lightbox',
  // sharing and social widgets
  'share', 'shares', 'sharing', 'sharebar', 'social', 'sociallinks', 'addthis', 'sharedaddy',
  // newsletters and subscription prompts
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'registration',
  // related and recommended links
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'mostread', 'readmore', 'morestories',
  'outbrain', 'taboola', 'promo', 'promos', 'sidebar', 'rail', 'widget', 'widgets',
  // advertising
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'banner',
  // metadata the front matter carries instead
  'byline', 'bylines', 'dateline', 'timestamp', 'breadcrumb', 'breadcrumbs', 'tags', 'tag', 'author', 'authors', 'bio',
  // page furniture
  'comments', 'comment', 'disqus', 'footer', 'masthead', 'toolbar', 'menu', 'nav', 'navbar', 'navigation', 'print', 'cookie', 'cookies', 'consent', 'gdpr',
  'modal', 'popup', 'overlay', 'offscreen',
  // hover cards that pop up over a name in the text ("Ilhan Omar" + her latest headlines)
  'rollover', 'tooltip', 'popover', 'hovercard',
]);

// Parts that introduce the article rather than tell it: the deck (standfirst)
// under the headline, the kicker above it. Only before the text starts: a
// `subtitle` lower down is a section heading.
const LEAD_IN_WORDS = new Set(['dek', 'deck', 'standfirst', 'strapline', 'subheadline', 'subhead', 'subtitle', 'kicker', 'eyebrow', 'tagline']);
const LEAD_IN_PAIRS = [['sub', 'headline'], ['sub', 'title']];

// Whole class names that hide text from sighted readers. Only whole names:
// `hidden-xs` and the like hide a part on small screens only.
const HIDDEN_CLASSES = new Set(['hidden', 'is-hidden', 'u-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader-text', 'screenreader-only']);

// Two words that mark clutter only together ("read-more", "more-stories", "sr-only").
const CLUTTER_PAIRS = [
  ['read', 'more'], ['more', 'stories'], ['most', 'read'], ['most', 'popular'], ['also', 'read'], ['see', 'also'], ['about', 'author'], ['author', 'info'], ['image', 'credit'], ['photo', 'credit'], ['ad', 'container'],
];

function wordsOf(element: DomElement): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function marks(words: string[], singles: Set<string>, pairs: string[][]): boolean {
  if (words.some((word) => singles.has(word))) return true;
  return pairs.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}

export function isMarkedAsClutter(element: DomElement): boolean {
  return marks(wordsOf(element), CLUTTER_WORDS, CLUTTER_PAIRS);
}

/** A deck: named as one, or a paragraph in the article's `<header>` (beside the headline, not under it). */
function isMarkedAsLeadIn(element: DomElement): boolean {
  return marks(wordsOf(element), LEAD_IN_WORDS, LEAD_IN_PAIRS) || (element.tagName === 'P' && element.closest('header') !== null);
}

const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'ABBR', 'CITE', 'Q', 'SUP', 'SUB', 'MARK', 'FONT']);

/**
 * A link or span inside a sentence ("The <a class="auto-tag">Doobie Brothers</a>
 * will …") is text, whatever its class says. Only an inline box carrying
 * pictures, blocks or several links (a hover card) can be furniture.
 */
function isWordsInSentence(element: DomElement): boolean {
  if (!INLINE_TAGS.has(element.tagName)) return false;
  if (element.querySelector('img, picture, figure, div, p, ul, ol, table, h1, h2, h3, h4, h5, h6')) return false;
  return element.tagName === 'A' ? true : elementsOf(element, 'a').length <= 1;
}

/** Hidden from readers: the `hidden` attribute, `aria-hidden`, or an inline `display: none`. */
function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if ((element.getAttribute('class') ?? '').split(/\s+/).some((name) => HIDDEN_CLASSES.has(name.toLowerCase()))) return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return /display:none|visibility:hidden/.test(style);
}

/**
 * True when the element holds the article rather than something beside it:
 * several long paragraphs, or much of the page's text outside links. A class
 * like `article-body has-share-bar`, a blog engine's `widget Blog` or a form
 * wrapping the whole page must not take the article with it.
 */
function holdsArticle(element: DomElement, pageProse: number): boolean {
  let long = 0;
  for (const p of elementsOf(element, 'p')) if (squash(p.textContent).length >= 160 && ++long >= 2) return true;
  return pageProse > 0 && proseChars(element) / pageProse > 0.3;
}

/** Characters of text outside links: what a reader reads rather than clicks. */
function proseChars(root: DomElement): number {
  const links = elementsOf(root, 'a').reduce((sum, a) => sum + squash(a.textContent).length, 0);
  return Math.max(0, squash(root.textContent).length - links);
}

/**
 * An embedded post (a tweet, an Instagram post) is a quotation in the story;
 * the boxes around it are how the widget is drawn. Readability drops short
 * boxes, so the quote is lifted out of the boxes that hold nothing else.
 */
function unwrapQuotes(body: DomElement): void {
  for (const quote of elementsOf(body, 'blockquote')) {
    let box = quote.parentElement;
    while (box && box !== body && box.tagName === 'DIV' && box.children.length === 1 && squash(box.textContent) === squash(quote.textContent)) {
      box.replaceWith(quote);
      box = quote.parentElement;
    }
  }
}

/** Mutates the document: call it on the copy Readability will read. */
export function removePageClutter(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  for (const element of elementsOf(body, NEVER_TEXT)) element.remove();
  unwrapQuotes(body);
  for (const element of elementsOf(body, CAPTIONS)) element.remove();
  const total = proseChars(body);
  const all = elementsOf(body, '*');
  const textStarts = all.findIndex((el) => el.tagName === 'P' && squash(el.textContent).length >= 160);
  // Outermost first: once a box is gone, its inner parts need no test.
  for (const [index, element] of all.entries()) {
    if (!element.parentNode || !body.contains(element)) continue;
    if (element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'ARTICLE' || element.tagName === 'MAIN') continue;
    if (isHidden(element)) {
      if (!holdsArticle(element, total)) element.remove();
      continue;
    }
    if (isWordsInSentence(element)) continue;
    // An embedded post (a tweet quoted in the story) often sits in a box named `widget` or `social`: the quote is text.
    const marked = (isMarkedAsClutter(element) || element.tagName === 'FORM') && !element.querySelector('blockquote');
    const leadIn = index < textStarts && isMarkedAsLeadIn(element);
    if (!(marked || leadIn) || holdsArticle(element, total)) continue;
    // A hover card around a name in a sentence (the name's link, then a box of
    // pictures and headlines): keep the name, drop the card.
    const name = element.firstElementChild;
    if (INLINE_TAGS.has(element.tagName) && element.closest('p') && name?.tagName === 'A' && isWordsInSentence(name)) {
      for (const child of Array.from(element.children)) if (!isWordsInSentence(child)) child.remove();
    } else element.remove();
  }
}
