/**
 * The content folder as the commands see it: add an article by address, by
 * upload or by chat attachment, and remove one by title or address. One
 * instance per process, built from the configuration (CONTENT_DIR,
 * FETCH_ALLOW_HOSTS); `/sources add`, `/sources remove` and `npm run add`
 * all go through it. Refusals are AddRefusal, whose message is one polite line.
 */
import { unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../core/content/article.ts';
import { isContentFileName } from '../core/content/files.ts';
import { log } from '../core/log.ts';
import { foldText } from '../core/text/normalize.ts';
import { AddRefusal, addArticleFromUpload, addArticleFromUrl, type AddedArticle, type AddOptions, type Upload } from './addArticle.ts';
import { downloadAttachment, type Attachment } from './attachment.ts';
import { canonicalUrl } from './canonicalUrl.ts';
import { FetchRefusal } from './fetch/errors.ts';
import { savedFrontMatter } from './save.ts';

export interface ArticleLibraryOptions extends AddOptions {
  /** Where chat attachments may be downloaded from (default: Discord's file servers). */
  attachmentHosts?: readonly string[] | undefined;
  /**
   * Called after a file is saved or deleted, and awaited: the running bot
   * updates its knowledge then, so the reply can say the article is answerable
   * (without it, the folder's watch picks the file up a moment later).
   */
  onChange?: (() => Promise<unknown>) | undefined;
}

export interface RemovedArticle {
  file: string;
  title: string;
}

/** Folded, with punctuation as spaces: how a typed title is compared with a real one. */
const titleKey = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export class ArticleLibrary {
  constructor(readonly options: ArticleLibraryOptions) {}

  get contentDir(): string {
    return this.options.contentDir;
  }

  /** Whether the knowledge is up to date when add or remove returns (see onChange). */
  get updatesAtOnce(): boolean {
    return this.options.onChange !== undefined;
  }

  async addUrl(url: string): Promise<AddedArticle> {
    return this.changed(await addArticleFromUrl(url, this.options));
  }

  async addUpload(upload: Upload): Promise<AddedArticle> {
    return this.changed(await addArticleFromUpload(upload, this.options));
  }

  async addAttachment(attachment: Attachment): Promise<AddedArticle> {
    let bytes: Uint8Array;
    try {
      bytes = await downloadAttachment(attachment, {
        hosts: this.options.attachmentHosts,
        allowHosts: this.options.allowHosts,
        resolver: this.options.resolver,
        maxBytes: this.options.maxBytes,
        deadlineMs: this.options.deadlineMs,
      });
    } catch (error) {
      if (!(error instanceof FetchRefusal)) throw error;
      log('info', 'attachment not added', { name: attachment.name.slice(0, 100), reason: error.message, detail: error.detail });
      throw new AddRefusal(error.message, error.detail);
    }
    return this.addUpload({ name: attachment.name, bytes });
  }

  /**
   * Deletes the file of the article with this title or address. `known` are
   * the articles loaded now; the Markdown files saved since (hot reload may not
   * have caught up yet) are found by their front matter.
   */
  async remove(query: string, known: readonly Article[]): Promise<RemovedArticle> {
    const text = query.trim().replace(/^<([^<>|\s]+)(?:\|[^<>]*)?>$/, '$1');
    const loaded = new Set(known.map((a) => a.file));
    const candidates: Candidate[] = [
      ...known.map((a) => ({ file: a.file, title: a.title, url: a.url ? canonicalUrl(a.url) : undefined, id: a.id })),
      ...savedFrontMatter(this.contentDir, loaded).map((saved) => ({ ...saved, title: saved.title ?? saved.file, id: saved.file.replace(/\.[^.]+$/, '') })),
    ];
    let chosen: Candidate;
    if (/^https?:\/\//i.test(text)) {
      const url = canonicalUrl(text);
      const found = url ? candidates.find((c) => c.url === url) : undefined;
      if (!found) throw new AddRefusal('no article was added from that address; /sources lists the articles and their links');
      chosen = found;
    } else {
      chosen = byTitle(text, candidates);
    }
    this.deleteFile(chosen.file);
    log('info', 'article removed', { file: chosen.file });
    return this.changed({ file: chosen.file, title: chosen.title });
  }

  /** Lets the running bot catch up before the reply; the file is saved either way, so a failure here is only logged. */
  private async changed<T>(result: T): Promise<T> {
    try {
      await this.options.onChange?.();
    } catch (error) {
      log('warn', 'the knowledge could not be updated after a change to the articles folder; the folder watch retries', { error: String(error) });
    }
    return result;
  }

  /** Removes a file the folder listing named; never anything outside the folder. */
  private deleteFile(file: string): void {
    if (basename(file) !== file || !isContentFileName(file)) throw new AddRefusal('that article is not a file in the articles folder, so it cannot be removed here');
    try {
      // Only a name directly in the folder gets here; a link is removed itself, never followed.
      unlinkSync(join(this.contentDir, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new AddRefusal('that article’s file is already gone; it disappears from answers in a moment');
      if (code === 'EACCES' || code === 'EPERM') throw new AddRefusal('briefbot may not delete that article’s file; remove it from the articles folder by hand');
      throw error;
    }
  }
}

interface Candidate {
  file: string;
  title: string;
  /** Canonical. */
  url?: string | undefined;
  id: string;
}

function byTitle(text: string, candidates: readonly Candidate[]): Candidate {
  const key = titleKey(text);
  if (!key) throw new AddRefusal('please give the title or the address of the article to remove');
  const exact = candidates.filter((c) => titleKey(c.title) === key || c.id === key.replace(/ /g, '-') || c.file === text);
  if (exact.length === 1) return exact[0]!;
  const near = exact.length > 1 ? exact : key.length >= 3 ? candidates.filter((c) => ` ${titleKey(c.title)} `.includes(` ${key}`)) : [];
  if (near.length === 1) return near[0]!;
  const quoted = `“${text.slice(0, 60)}${text.length > 60 ? '…' : ''}”`;
  if (near.length === 0) throw new AddRefusal(`no article is titled ${quoted}; /sources lists them`);
  const titles = near.slice(0, 3).map((c) => `“${c.title.slice(0, 60)}”`).join(', ');
  throw new AddRefusal(`${near.length} articles match ${quoted} (${titles}${near.length > 3 ? ', …' : ''}); give more of the title, or the article’s address`);
}
