import { z } from 'zod';
import { sentencesAt, type SentenceBounds, type SentenceSpan } from '../text/sentences.ts';

const isoDate = z
  .preprocess(
    // YAML may hand us a Date for an unquoted timestamp; keep only its calendar day.
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
  )
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real calendar date');

const tagList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',') : value),
  z.array(z.string().trim().min(1)).default([]),
);

/** Metadata of an article: YAML front matter in Markdown, a `key: value` block in plain text. */
export const ArticleMetaSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').optional(),
  author: z.string().trim().min(1, 'must not be empty').optional(),
  publisher: z.string().trim().min(1, 'must not be empty').optional(),
  published: isoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  tags: tagList,
  /** When briefbot fetched or received the article (ISO timestamp); written by `/sources add` and `npm run add`. */
  fetched: z.preprocess((value) => (value instanceof Date ? value.toISOString() : value), z.string().trim().min(1)).optional().catch(undefined),
  /** How the article arrived. A hand-written file may use `source:` for something else: any other value is ignored, never an error. */
  source: z.enum(['url', 'feed', 'upload']).optional().catch(undefined),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** The metadata keys a plain-text file may declare in its leading block. */
export const META_KEYS = ['title', 'author', 'publisher', 'published', 'url', 'tags'] as const;

/** A block of body text as a parser found it, before cleaning. */
export interface RawParagraph {
  section: string;
  text: string;
}

/** One paragraph of an article, or a bounded part of an overlong one (passageSize.ts): the unit briefbot cites. */
export interface Passage {
  /** `articleId#paragraph`, stable for as long as the file is unchanged. */
  id: string;
  articleId: string;
  /** The heading above the paragraph; empty before the first heading. */
  section: string;
  /** 1-based position among the article's cited paragraphs. */
  paragraph: number;
  text: string;
  /** Where its sentences start and end in `text`; read them with sentencesOf. */
  sentenceBounds: SentenceBounds;
}

/** A passage's sentences, cut from its text. */
export function sentencesOf(passage: Passage): SentenceSpan[] {
  return sentencesAt(passage.text, passage.sentenceBounds);
}

export interface Article extends Omit<ArticleMeta, 'title'> {
  /** File name without extension: unique within the content folder. */
  id: string;
  file: string;
  title: string;
  passages: Passage[];
  /** Author boxes and disclaimers: shown as metadata, never cited as evidence. */
  notes: string[];
}
