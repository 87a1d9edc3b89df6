/**
 * Schema.org metadata from a page's JSON-LD blocks: the Article (or
 * NewsArticle, BlogPosting, …) node, wherever the page put it: alone, in an
 * array, or inside an `@graph`. Publishers write this for search engines,
 * so it is usually the most exact source of headline, authors and dates.
 */
import { elementsOf, type DomDocument } from './dom.ts';

export interface LinkedData {
  headline?: string;
  authors: string[];
  publisher?: string;
  datePublished?: string;
  dateCreated?: string;
  url?: string;
}

const ARTICLE_TYPE = /^(?:Article|NewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|ScholarlyArticle|TechArticle|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses one block, forgiving what CMSs commonly leave in: comments, CDATA, raw line breaks inside strings. */
function parseBlock(raw: string): Json | undefined {
  const text = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  for (const candidate of [text, text.replace(/[\r\n\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** Every node in a block: top-level arrays, `@graph` lists and `mainEntity` included. */
function nodesOf(value: Json | undefined, into: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) for (const item of value) nodesOf(item, into);
  else if (isObject(value)) {
    into.push(value);
    nodesOf(value['@graph'], into);
    if (isObject(value.mainEntity)) nodesOf(value.mainEntity, into);
  }
  return into;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function nameOf(value: Json | undefined, byId: Map<string, JsonObject>): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  const resolved = typeof value['@id'] === 'string' && value.name === undefined ? byId.get(value['@id']) ?? value : value;
  return text(resolved.name);
}

function namesOf(value: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => nameOf(item, byId)).filter((name): name is string => Boolean(name));
}

function urlOf(node: JsonObject): string | undefined {
  const page = node.mainEntityOfPage;
  const fromPage = typeof page === 'string' ? page : isObject(page) ? text(page['@id']) ?? text(page.url) : undefined;
  return text(node.url) ?? fromPage;
}

export function readLinkedData(document: DomDocument): LinkedData | undefined {
  const nodes = elementsOf(document, 'script[type="application/ld+json"]').flatMap((script) => nodesOf(parseBlock(script.textContent ?? '')));
  const byId = new Map(nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])));
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return undefined;
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: namesOf(article.author ?? article.creator, byId),
    publisher: nameOf(article.publisher, byId) ?? nameOf(article.sourceOrganization, byId),
    datePublished: text(article.datePublished),
    dateCreated: text(article.dateCreated),
    url: urlOf(article),
  };
}
