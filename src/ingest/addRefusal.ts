/**
 * What `/sources add` accepts and how it refuses, apart from the fetching and
 * extracting code, so the command's definition (loaded by every script) does
 * not load an HTML parser it uses only when an article is added.
 */

/** Files that can be uploaded: a saved page, or an article already written as briefbot reads them. */
export const UPLOAD_EXTENSIONS = ['.html', '.htm', '.md', '.txt'] as const;

/** Why an article was not added, in one polite line (`message`); `detail` is for the log only. */
export class AddRefusal extends Error {
  override readonly name = 'AddRefusal';
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}
