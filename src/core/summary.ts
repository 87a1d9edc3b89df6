/**
 * Extractive summaries: a few sentences picked from the best passages, never
 * a word that is not in them. A sentence scores for coming from a relevant
 * passage, for naming the topic, and for being central to what the candidate
 * sentences say together; near-duplicates of a chosen sentence are skipped.
 */
import { sentencesOf, type Passage } from './content/article.ts';
import { isStopWord, tokenize, truncateAtBoundary } from './text/normalize.ts';
import { isHeading, type SentenceSpan } from './text/sentences.ts';

export const SUMMARY_MAX_CHARS = 600;
const MAX_SENTENCES = 4;
const MIN_SENTENCE_CHARS = 30;
// A sentence opening on a pronoun or a back-reference leans on the one before
// it ("This group also…", "The only exception is…"); alone it reads worse.
export const LEANING_OPENING = /^(?:he|she|they|it|this|these|those|his|her|their|its|however|but|and|also|such|the only|the same|similarly|additionally)\b/i;
const LEANING_PENALTY = 0.3;
const ENDS_SENTENCE = /[.!?…]["”’')\]]*\s*$/;

export interface RankedPassage {
  passage: Passage;
  score: number;
}

export interface SummarySentence {
  text: string;
  passageId: string;
}

interface Candidate extends SummarySentence {
  terms: Set<string>;
  leaning: boolean;
  /** Terms once other names containing the topic's words are masked. */
  namingTerms: Set<string>;
  score: number;
  order: number;
}

export function contentTerms(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => t.length > 1 && !isStopWord(t)));
}

/**
 * What a summary needs of a sentence. Worked out per query: a summary reads the sentences of a
 * few passages, and a cache kept for every sentence ever summarised would grow with every topic asked.
 */
function factsOf(sentence: SentenceSpan): { terms: Set<string>; leaning: boolean } {
  return { terms: contentTerms(sentence.text), leaning: LEANING_OPENING.test(sentence.text) };
}

/** Two sentences say the same when most of the content words of the shorter are the other's too. */
export function saysTheSame(a: Set<string>, b: Set<string>): boolean {
  return overlap(a, b) / Math.max(1, Math.min(a.size, b.size)) > 0.6;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared;
}

/**
 * @param focus the forms of the topic (query words, a name and its aliases);
 *   a sentence naming one of them is preferred.
 * @param required sentences that must lead the summary (a definition, a role).
 * @param otherNames longer names that contain the topic's words but are not the
 *   topic ("South China Morning Post" for "china"): they do not count as naming it.
 */
export function summarize(passages: RankedPassage[], focus: string[], required: SummarySentence[] = [], otherNames: string[] = []): SummarySentence[] {
  if (passages.length === 0 && required.length === 0) return [];
  const focusForms = focus.map(contentTerms).filter((terms) => terms.size > 0);
  const topScore = Math.max(...passages.map((p) => p.score), 1e-9);

  const candidates: Candidate[] = [];
  let order = 0;
  for (const { passage, score } of passages) {
    const sentences = sentencesOf(passage);
    for (const sentence of sentences) {
      order++;
      if (sentence.text.length < MIN_SENTENCE_CHARS || isHeading(sentence.text)) continue;
      // A paragraph of one line with no full stop is a heading or a link to another story ("Meghan Markle 'turned and
      // hissed' at a staffer"), not a sentence of the article; a lead without one still leads (leadSentences).
      if (sentences.length === 1 && !ENDS_SENTENCE.test(sentence.text)) continue;
      const { terms, leaning } = factsOf(sentence);
      const named = otherNames.length ? otherNames.filter((name) => sentence.text.includes(name)) : otherNames;
      const namingTerms = named.length ? contentTerms(named.reduce((text, name) => text.split(name).join(' '), sentence.text)) : terms;
      candidates.push({ text: sentence.text, passageId: passage.id, terms, leaning, namingTerms, score: score / topScore, order });
    }
  }

  // Centrality: how much a sentence shares with all the others (a cheap centroid similarity).
  const frequency = new Map<string, number>();
  for (const c of candidates) for (const t of c.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const centrality = (c: Candidate) => {
    let sum = 0;
    for (const t of c.terms) sum += (frequency.get(t) ?? 1) - 1;
    return c.terms.size ? sum / c.terms.size / Math.max(1, candidates.length - 1) : 0;
  };
  const naming = (c: Candidate) => {
    let best = 0;
    for (const form of focusForms) best = Math.max(best, overlap(form, c.namingTerms) / form.size);
    return best;
  };
  for (const c of candidates) {
    c.score = 0.3 * c.score + 0.5 * naming(c) + 0.2 * Math.min(1, centrality(c) * 4) - (c.leaning ? LEANING_PENALTY : 0);
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);

  const chosen: (SummarySentence & { terms: Set<string> })[] = [];
  let length = 0;
  /** Whether the summary now says what the sentence says: it was added, or one like it already was. */
  const tryAdd = (sentence: SummarySentence, terms: Set<string>): boolean => {
    if (chosen.length >= MAX_SENTENCES) return false;
    if (chosen.some((c) => c.text === sentence.text)) return true;
    const similar = chosen.some((c) => saysTheSame(c.terms, terms));
    if (similar) return true;
    if (chosen.length > 0 && length + sentence.text.length + 1 > SUMMARY_MAX_CHARS) return false;
    const text = truncateAtBoundary(sentence.text, SUMMARY_MAX_CHARS);
    chosen.push({ text, passageId: sentence.passageId, terms });
    length += text.length + 1;
    return true;
  };
  for (const sentence of required) tryAdd(sentence, contentTerms(sentence.text));
  // A weak sentence is no answer, however well it fits the remaining space. Weak is measured against
  // the best sentence the summary says: one too long to fit beside the lead does not set the bar.
  let floor = -Infinity;
  for (const candidate of candidates) {
    if (candidate.score < floor) break;
    if (tryAdd(candidate, candidate.terms) && floor === -Infinity) floor = candidate.score * 0.5;
  }
  return chosen.map(({ text, passageId }) => ({ text, passageId }));
}
