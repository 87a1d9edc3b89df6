import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/core/content/article.ts';
import { discoverArticle, resolveEntities } from '../../../src/core/knowledge/entities.ts';
import { mentionsIn, readMentions, rereadMentions } from '../../../src/core/knowledge/mentions.ts';
import { boundsOf, splitSentences } from '../../../src/core/text/sentences.ts';

/** One article of these paragraphs, its entities resolved, and the forms they are mentioned by. */
function article(...paragraphs: string[]) {
  const passages: Passage[] = paragraphs.map((text, i) => ({ id: `a#${i + 1}`, articleId: 'a', section: '', paragraph: i + 1, text, sentenceBounds: boundsOf(splitSentences(text)) }));
  const { forms } = resolveEntities([discoverArticle(passages)], []);
  const keyOf = (name: string) => [...forms.values()].find((e) => e.name === name)!.key;
  return { passages, forms, keyOf };
}

describe('who a passage mentions', () => {
  it('finds every form of a name, the surname alone and the possessive too, with where it stands', () => {
    const { forms } = article('Ada Quinn, the mayor of Leith, spoke. Later Quinn’s aide and Quinn left.');
    const found = mentionsIn('Later Quinn’s aide and Quinn left.', forms);
    expect(found.map((f) => [f.entity.name, 'Later Quinn’s aide and Quinn left.'.slice(f.start, f.end)])).toEqual([
      ['Ada Quinn', 'Quinn'],
      ['Ada Quinn', 'Quinn'],
    ]);
  });

  it('finds a name made a modifier by a hyphen, "the Quinn-backed plan", and goes no further', () => {
    const { forms } = article('Ada Quinn, the mayor of Leith, spoke.');
    const sentence = 'The Quinn-backed plan and an Ada Quinn-themed Leith party.';
    expect(mentionsIn(sentence, forms).map((f) => sentence.slice(f.start, f.end))).toEqual(['Quinn', 'Ada Quinn']);
  });

  it('gives a quote to the person named beside its verb of speech, and "she said" to the one last named as speaking', () => {
    const { passages, forms, keyOf } = article('“We will rebuild,” Ada Quinn, the mayor of Leith, said.', 'The council met on Monday.', 'She added that the work would take a year.');
    const read = readMentions(passages, forms);
    const quoted = [...read.values()].flatMap((p) => p.quotes.map((q) => [q.key, q.statement.text]));
    expect(quoted).toEqual([
      [keyOf('Ada Quinn'), '“We will rebuild,” Ada Quinn, the mayor of Leith, said.'],
      [keyOf('Ada Quinn'), 'She added that the work would take a year.'],
    ]);
    expect(read.get('a#3')!.keys).toEqual([keyOf('Ada Quinn')]);
  });

  it('lets "she said" reach back three paragraphs at most', () => {
    const { passages, forms } = article('Ada Quinn, the mayor of Leith, said the port would reopen.', 'One.', 'Two.', 'Three.', 'She added that it would take a year.');
    const read = readMentions(passages, forms);
    expect(read.get('a#5')!.quotes).toEqual([]);
  });

  it('reads again only what an edit changes, and gives what a whole reading gives', () => {
    const { passages, forms } = article('Ada Quinn, the mayor of Leith, said the port would reopen.', 'She added that it would take a year.', 'The council agreed.');
    const old = readMentions(passages, forms);
    const edited = passages.map((p) => (p.id === 'a#1' ? { ...p, text: 'The port will reopen.', sentenceBounds: boundsOf(splitSentences('The port will reopen.')) } : p));
    const changed = rereadMentions(edited, forms, old, new Set(['a#1']));
    // The first passage no longer names a speaker: "She added" in the second loses its quote, and the third
    // no longer carries a speaker on; each is read again.
    expect([...changed.keys()]).toEqual(['a#1', 'a#2', 'a#3']);
    expect(changed.get('a#2')!.quotes).toHaveLength(1);
    expect(old).toEqual(readMentions(edited, forms));
    // An edit that leaves the speaker carried on as it was is read alone.
    const later = edited.map((p) => (p.id === 'a#3' ? { ...p, text: 'Quinn agreed.', sentenceBounds: boundsOf(splitSentences('Quinn agreed.')) } : p));
    expect([...rereadMentions(later, forms, old, new Set(['a#3'])).keys()]).toEqual(['a#3']);
    expect(old).toEqual(readMentions(later, forms));
  });
});
