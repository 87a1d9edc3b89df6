/**
 * Drops the blocks Readability keeps that are the page, not the article:
 * ad labels, "Continue reading", "Read more: …" teasers, captions and photo
 * credits, newsletter and share prompts, bylines and datelines (they become
 * front matter), related-link lists, data tables, and the title repeated
 * above the text. Every rule is a pattern seen across many outlets, written
 * against the shape of a line; none names a site.
 */
import { isPageChrome } from '../../core/content/clean.ts';
import { foldText } from '../../core/text/normalize.ts';
import type { Block } from './blocks.ts';
import { isDateLine } from './dateLine.ts';

export interface ClutterContext {
  title?: string;
  authors?: string[];
  /** The page's address: links to its own site are the site's, links elsewhere may be the story's. */
  url?: string;
}

// Ad slots and the labels around them.
const AD_LABEL = /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| links?)?|paid (?:content|post)|story continues below(?: advertisement)?|article continues (?:below|after (?:this )?advertisement)|scroll (?:down )?to continue(?: with content)?|continue reading(?: (?:below|the main story|the article))?)[\s.:…>»-]*$/i;

// "Continue reading …", "Read the full story", "Get the … app": links out of the text.
const LINK_OUT = /^(?:continue reading|read the (?:full|whole|rest|original)|get (?:the )?\w+(?: \w+)? (?:app|on the go)\b|download (?:the|our) )/i;

// "Read more: …", "SEE MORE: …", "Related: …", "More:", "Don't miss …": teasers for other articles.
const TEASER_WORDS = String.raw`(?:read (?:more|also|next)|also read|see (?:more|also)|more(?: on this)?(?: story| from [\w ]{1,30})?|related(?: (?:articles?|stories|coverage|content|reading|video|news))?|recommended|don['’]t miss|must read|watch|listen|trending|latest|top stories|leggi anche|lesen sie auch|lire aussi|leia também|lea también)`;
const TEASER = new RegExp(`^${TEASER_WORDS}\\b\\s*(?:[:|»>–—-]|\\[|$)`, 'i');
/** The label alone, as a heading over a list of links. */
const TEASER_LABEL = new RegExp(`^${TEASER_WORDS}[\\s:|»>.…–—-]*$`, 'i');

// Headings over the lists that close a page: everything after one that reads as a link list goes with it.
const TRAILER_HEADING = /^(?:you (?:may|might) (?:also )?like|more (?:from|in|on)\b.*|more [\w ]{1,30} (?:stories|news|articles)|(?:related|recommended|trending|popular|latest|top|most read|most popular|editor['’]s picks|read next)(?: [\w ]{1,20})?|around the web|from (?:our|the) partners|about the authors?|holiday gift guides?|more great .* stories)[\s.:…!]*$/i;

// Sign-up and follow prompts. Short blocks only, and only in the words a
// prompt uses: "Sign up for …" opening the line, "our newsletter", "delivered
// to your inbox". A sentence about signing up for a service stays.
const PROMPT_OPENING = /^(?:sign up|subscribe|join (?:us|our|the conversation)|follow us|register (?:now|for free|here)|get (?:our|breaking|the latest)|download (?:our|the \w+ app)|want more\b.*\?$)/i;
const PROMPT = /\b(?:(?:our|free|daily|weekly|e-?mail) newsletters?|subscribe (?:now|today|here)|subscriptions? (?:service|offer)|sign in|log in|delivered (?:straight )?to your inbox|in your inbox|follow (?:us|him|her|them|\w+) on (?:twitter|facebook|instagram|youtube)|on (?:twitter|facebook|instagram) at|share (?:it|this) with|like this (?:story|article)|tell us what you think|post (?:a )?comment|comments? \(|this website uses cookies|cookie policy|affiliate commission)\b/i;

// Captions and credits that sit as a line of their own.
const CREDIT_START = /^(?:(?:image|photo|picture|video|graphic)s?(?: copyright| caption| credit| source)?|credit|source|caption|file photo|illustration)\s*[:|©]/i;
const CREDIT_LABEL = /^(?:image (?:copyright|caption)|(?:photo|image|picture) credit|copyright)\b/i;
const CREDIT_END = /(?:\((?:image|photo|picture|pictured|video|credit|source)s?(?: credit)?:[^)]*\)|credit:\s*[^.]{2,80})\s*$/i;
// An agency credit after a caption: "REUTERS/Brendan McDermid", "AP/File". Case matters: "ePA/ePF" is prose.
const AGENCY_CREDIT = /(?:\b(?:REUTERS|Reuters|AFP|AP|EPA|UPI)\/\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?:\/File(?: Photo)?)?|\((?:AP|AFP|Reuters|REUTERS|EPA|Getty)\b[^)]{0,60}\)|[|/]\s*(?:Getty Images|AFP|AP|Reuters|REUTERS|Bloomberg|Shutterstock)(?: [\w ]{0,20})?|Getty Images?(?: for \w+)?)\s*$/u;
const GALLERY = /^(?:image|photo|slide) \d+ of(?: \/)? ?\d+$|^(?:caption|close|enlarge|expand|next|previous|prev|play|pause|view (?:gallery|photos?|slideshow)|\d+ photos?|this slideshow requires javascript\.?)$/i;

// Labels over a headline or a byline: section kickers, flags, reading times, counters.
const KICKER = /^(?:breaking(?: news)?|exclusive|developing(?: story)?|just in|opinion(?: columnist)?|analysis|commentary|editorial|highlights|live|video|photos?|watch|listen|advertorial|sponsored|partner content)$/i;
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s*(?:read|de leitura|de lectura|di lettura|lesezeit)|(?:reading time|tempo de leitura|tiempo de lectura|tempo di lettura|lesezeit|temps de lecture)\s*:?.{0,20})$/i;
const COUNTER = /^(?:[\d.,]+\s*[km]?\s*)?(?:views?|reads?|shares?|comments?|likes?|letture|visualiza[cç](?:ão|oes|ões)|visitas|aufrufe|vues|lectures)$/i;
// Wire services credited on a line of their own under the headline.
const WIRE = /^(?:reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg|upi|pti|ians|dpa|efe|ansa|xinhua|tass)$/i;

function fold(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsLikeSentence = (text: string) => /[.!?…]["'”’)\]]*$/.test(text);

/** A line naming the authors and little else: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe". */
function isByline(block: Block, context: ClutterContext): boolean {
  const text = block.text;
  if (text.length > 160) return false;
  if (/^by\b[\s:]*$/i.test(text)) return true;
  if (/^(?:by|written by|words by|reporting by|story by)\s+\p{Lu}/iu.test(text) && wordCount(text) <= 16 && !/[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) {
    return true;
  }
  // The author's full name alone, or with a role or an outlet ("Phil Helsel", "Meg Kinnard and Errin Haines, Associated Press").
  const folded = fold(text);
  const authors = (context.authors ?? []).map(fold).filter((name) => name.includes(' ') && folded.includes(name));
  if (authors.length === 0 || endsLikeSentence(text)) return false;
  let rest = folded.replace(/^(?:by|written by)\b/, '');
  for (const author of authors) rest = rest.replace(author, ' ');
  rest = rest.replace(/\b(?:and|staff|writer|writers|reporter|correspondent|editor|contributor|associated press|reuters|afp|ap)\b/g, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length <= 2;
}

/** "Jane Doe is a reporter for …": the author box under the text. */
function isAuthorBox(block: Block, context: ClutterContext): boolean {
  const folded = fold(block.text);
  return (context.authors ?? []).some((author) => {
    const name = fold(author);
    return name.length >= 4 && (folded.startsWith(`${name} is `) || folded.startsWith(`${name} has `) || folded.startsWith(`${name} joined `) || folded.startsWith(`${name} covers `));
  });
}

function isCaptionOrCredit(text: string): boolean {
  // "… new scissor switch keyboard via iFixit": a picture's source, on a line that is no sentence.
  if (text.length <= 150 && !endsLikeSentence(text) && /\bvia @?(?=[\p{L}\d.-]*\p{Lu})[\p{L}\d.-]+(?: \p{Lu}[\p{L}\d.-]*){0,2}$/u.test(text)) return true;
  if (text.length <= 200 && (CREDIT_START.test(text) || CREDIT_LABEL.test(text))) return true;
  if (text.length <= 400 && (CREDIT_END.test(text) || AGENCY_CREDIT.test(text))) return true;
  if (/^©/.test(text) && text.length <= 400) return true;
  return GALLERY.test(text);
}

/** The reason a single block is not article text, or undefined when it is. */
export function clutterReason(block: Block, context: ClutterContext): string | undefined {
  const text = block.text;
  if (AD_LABEL.test(text)) return 'ad label';
  if (text.length <= 200 && LINK_OUT.test(text)) return 'link out';
  // "Also on rt.com <headline>": the outlet's own teaser, named by its address.
  if (text.length <= 300 && /^also on [\w-]+(?:\.[\w-]+)+\b/i.test(text)) return 'teaser';
  if (text.length <= 300 && TEASER.test(text) && (block.linkShare > 0.3 || !endsLikeSentence(text) || /^[^:]{0,30}:/.test(text))) return 'teaser';
  if (text.length <= 300 && (PROMPT.test(text) || PROMPT_OPENING.test(text))) return 'prompt';
  if (isCaptionOrCredit(text)) return 'caption or credit';
  // A quote's attribution ("— Dele (@dele_official) November 19, 2019") is part of the quote.
  const attribution = block.kind === 'quote' || /^[—–-]\s|@\w/.test(text);
  if ((isDateLine(text) && !attribution) || /^(?:posted|published)(?: on)? [^.!?]{3,40}\d[^.!?]{0,40} by \S.{0,40}$/i.test(text)) return 'dateline';
  if (READING_TIME.test(text) || COUNTER.test(text)) return 'counter';
  if (WIRE.test(text)) return 'byline';
  if (isByline(block, context)) return 'byline';
  // A page-builder shortcode the site failed to render: "[button link=…]Send us your review[/button]".
  if (/^\[(\w+)\b[^\]]*\][\s\S]*\[\/\1\]$/.test(text)) return 'shortcode';
  // A headline in capitals that is one link: a promotion for another story dropped into the text.
  if (block.linkShare >= 0.9 && text.length <= 200 && !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text)) return 'promoted link';
  if (/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(text) || /^(?:twitter\.com|@)\S+$/i.test(text)) return 'contact line';
  // Last, the content loader's own list of page furniture, so the two agree on what is never text.
  if (isPageChrome(text)) return 'page chrome';
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** A link to the page's own site (or a relative one). Without the page's address every link counts as its own. */
function isSiteLink(href: string, siteHost: string | undefined): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return true;
  const host = hostOf(href.startsWith('//') ? `https:${href}` : href);
  return !siteHost || !host || host === siteHost || host.endsWith(`.${siteHost}`) || siteHost.endsWith(`.${host}`);
}

/**
 * A list whose items are all links to the site's own pages: related articles,
 * tags, navigation. A list of links elsewhere (the shops in a deals post, the
 * sources of a round-up) is the story's.
 */
function isLinkList(blocks: Block[], siteHost: string | undefined): boolean {
  if (blocks.length < 2) return false;
  const linked = blocks.filter((b) => b.linkShare >= 0.8);
  if (linked.length / blocks.length < 0.6) return false;
  const hrefs = linked.flatMap((b) => b.hrefs ?? []);
  return hrefs.length === 0 || hrefs.filter((href) => isSiteLink(href, siteHost)).length / hrefs.length >= 0.5;
}

export interface Dropped {
  reason: string;
  text: string;
}

export function removeClutter(blocks: Block[], context: ClutterContext): { kept: Block[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const drop = new Map<number, string>();

  // Lists and tables judged whole.
  const groups = new Map<number, number[]>();
  blocks.forEach((b, i) => b.group && groups.set(b.group, [...(groups.get(b.group) ?? []), i]));
  for (const indexes of groups.values()) {
    const members = indexes.map((i) => blocks[i]!);
    if (isLinkList(members.filter((b) => b.kind === 'item'), hostOf(context.url))) for (const i of indexes) drop.set(i, 'related links');
  }

  // The title repeated above the text, alone or after a breadcrumb.
  const title = context.title ? fold(context.title) : '';
  blocks.slice(0, 8).forEach((b, i) => {
    const folded = fold(b.text);
    if (title && (folded === title || (folded.endsWith(title) && folded.length - title.length <= 60))) drop.set(i, 'title');
  });

  blocks.forEach((b, i) => {
    if (drop.has(i)) return;
    const reason = clutterReason(b, context);
    if (reason) drop.set(i, reason);
  });

  // Above the text: kickers ("BREAKING NEWS", "Opinion"), bare numbers (view counts, stray times) and addresses.
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const text = blocks[i]!.text;
    if (drop.has(i)) continue;
    if (KICKER.test(text) || (text.length <= 40 && /^[\d\s.,:/|-]+$/.test(text))) drop.set(i, 'kicker');
    // The page's own address printed above the story (a share or print link); addresses lower down may be the story's.
    else if (/^https?:\/\/\S+$/.test(text)) drop.set(i, 'bare address');
    // A sentence set as a heading above the text is the standfirst (deck), which sums up the story rather than telling it.
    else if (blocks[i]!.kind === 'heading' && wordCount(text) >= 12 && endsLikeSentence(text)) drop.set(i, 'standfirst');
  }

  // A bare teaser label ("More:", "Don't miss") takes the links under it.
  blocks.forEach((b, i) => {
    if (drop.get(i) !== 'teaser' || !TEASER_LABEL.test(b.text)) return;
    for (let j = i + 1; j < blocks.length && blocks[j]!.linkShare >= 0.6; j++) drop.set(j, 'teaser');
  });

  // A trailer heading ("You may also like", "More from Business") takes the link list under it.
  blocks.forEach((b, i) => {
    if (!TRAILER_HEADING.test(b.text) || b.text.length > 80) return;
    drop.set(i, 'trailer');
    // "About the author": the rest is the author's box.
    const toEnd = /^about the authors?\b/i.test(b.text);
    for (let j = i + 1; j < blocks.length; j++) {
      if (toEnd) {
        drop.set(j, 'author box');
        continue;
      }
      const next = blocks[j]!;
      if (next.linkShare < 0.6 && (endsLikeSentence(next.text) && next.text.length > 80)) break;
      drop.set(j, 'trailer');
    }
  });

  // An author box closes the article: it and what follows it.
  const box = blocks.findIndex((b, i) => i > blocks.length / 2 && isAuthorBox(b, context));
  if (box !== -1) for (let j = box; j < blocks.length; j++) drop.set(j, 'author box');

  const kept = blocks.filter((b, i) => {
    const reason = drop.get(i);
    if (!reason) return true;
    dropped.push({ reason, text: b.text });
    return false;
  });
  return { kept, dropped };
}
