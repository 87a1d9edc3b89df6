/**
 * The gold file of one evaluation article (see eval/README.md): what a careful
 * reader says the article states, written by reading it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';

const fragment = z.string().trim().min(3);
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const GoldSchema = z.object({
  people: z.array(
    z.object({
      name: z.string().trim().min(1),
      role: z.string().trim().min(1).nullable(),
      otherRoles: z.array(z.string().trim().min(1)).optional(),
      query: z.string().trim().min(1).optional(),
    }),
  ),
  dates: z.array(z.object({ text: fragment, date: isoDate })),
  brief: z.array(z.object({ topic: z.string().trim().min(1), passage: fragment })),
  search: z.array(z.object({ query: z.string().trim().min(1), passage: fragment })),
  notFound: z.array(z.string().trim().min(1)),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface GoldArticle {
  /** The article's content file. */
  file: string;
  /** The file name without its extension: the article id briefbot gives it. */
  id: string;
  gold: Gold;
}

/** Reads a set folder: `articles/` (content files) beside `gold/` (one JSON per article). */
export function readGoldSet(dir: string): GoldArticle[] {
  const articlesDir = join(dir, 'articles');
  const goldDir = join(dir, 'gold');
  if (!existsSync(articlesDir) || !existsSync(goldDir)) {
    throw new Error(`${dir} is not an evaluation set: it needs an articles/ folder and a gold/ folder (see eval/README.md)`);
  }
  const set: GoldArticle[] = [];
  for (const goldFile of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const id = basename(goldFile, '.json');
    const article = readdirSync(articlesDir).find((f) => basename(f, extname(f)) === id);
    if (!article) throw new Error(`gold/${goldFile} has no article: add articles/${id}.md (or .txt)`);
    const parsed = GoldSchema.safeParse(JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`gold/${goldFile}: \`${issue.path.join('.')}\` ${issue.message}`);
    }
    set.push({ file: join(articlesDir, article), id, gold: parsed.data });
  }
  return set;
}
