import type { WordSet } from '../text/words.ts';
import type { NameRun } from './names.ts';

/**
 * What is read of a run, remembered for the runs of the sentence being read: pass 1 asks most of it more than
 * once. A sentence has a few runs: they are looked up in a list (emptying a Map for every sentence costs more).
 */
export class RunMemo<T> {
  private sentence = '';
  private commonWords: WordSet | undefined;
  private count = 0;
  private readonly runs: (NameRun | undefined)[] = [];
  private readonly answers: (T | undefined)[] = [];

  constructor(private readonly read: (sentence: string, run: NameRun, commonWords: WordSet) => T) {}

  of(sentence: string, run: NameRun, commonWords: WordSet): T {
    if (this.sentence !== sentence || this.commonWords !== commonWords) {
      this.sentence = sentence;
      this.commonWords = commonWords;
      this.runs.fill(undefined, 0, this.count);
      this.answers.fill(undefined, 0, this.count);
      this.count = 0;
    }
    for (let i = 0; i < this.count; i++) if (this.runs[i] === run) return this.answers[i] as T;
    const answer = this.read(sentence, run, commonWords);
    this.runs[this.count] = run;
    this.answers[this.count++] = answer;
    return answer;
  }
}
