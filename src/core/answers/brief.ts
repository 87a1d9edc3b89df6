/** /brief <topic>: what the articles say about a topic, person, group or place. */
import { sentencesOf } from '../content/article.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import type { Reply } from '../reply.ts';
import { LEGAL_SUFFIX, looksLikePersonName, nameRuns } from '../knowledge/names.ts';
import { isPersonHead } from '../knowledge/personWords.ts';
import { contentTerms, LEANING_OPENING, saysTheSame, summarize, type SummarySentence } from '../summary.ts';
import { queryTerms, tokenize } from '../text/normalize.ts';
import { isHeading } from '../text/sentences.ts';
import { citedReply, notFound, resolveTopic, type Topic } from './shared.ts';

const PASSAGES_TO_SUMMARISE = 8;

export function brief(kb: KnowledgeBase, topicText: string): Reply {
  const topic = resolveTopic(kb, topicText);
  const hits = kb.index.find(topic.searchPhrasings);
  if (hits.length === 0) return notFound(kb, `“${topicText}”`, topicText);

  const ranked = hits.slice(0, PASSAGES_TO_SUMMARISE).map((hit) => ({ passage: kb.passageById.get(hit.id)!, score: hit.score }));
  // When the user typed an abbreviation, the sentence that spells it out leads.
  const required: SummarySentence[] = [];
  if (topic.label.includes(' — ')) {
    const alias = kb.aliases.find((a) => a.long === topic.entity?.name);
    const passage = alias && kb.passageById.get(alias.passageId);
    const sentence = passage && sentencesOf(passage).find((s) => s.text.includes(`(${alias!.short})`));
    if (passage && sentence) required.push({ text: sentence.text, passageId: passage.id });
  }
  required.push(...leadSentences(kb, topic, hits).filter((lead) => !required.some((r) => r.text === lead.text)));
  const summary = summarize(ranked, topic.phrasings, required, namesContainingTopic(kb, topic));
  return {
    kind: 'brief',
    title: topic.label,
    query: topicText,
    ...citedReply(kb, summary, hits.map((h) => h.id)),
    ...(topic.entity ? { entity: entityInfo(kb, topic.entity) } : {}),
  };
}

/**
 * How many articles' leads a brief opens with, and how deep into an article its lead can be: three paragraphs, as
 * a standfirst and a scene-setting sentence may come before the one that names the topic.
 */
const LEADS = 2;
const LEAD_PARAGRAPHS = 3;

/**
 * News is written as an inverted pyramid: when an article is about the topic,
 * its first sentence about it states what matters most. For the articles that
 * rank best for the topic, the first sentence of their opening paragraphs
 * that names it leads the brief.
 */
function leadSentences(kb: KnowledgeBase, topic: Topic, hits: { id: string; score: number }[]): SummarySentence[] {
  // ("Snap Inc.": a legal suffix names no one company; "Shares of Fossil Group Inc." is no sentence about Snap.)
  const allTerms = [...new Set(topic.phrasings.flatMap((p) => queryTerms(p.replace(LEGAL_SUFFIX, ''))))];
  // ("AT&T": its "t" alone names nothing, and is in every "didn’t".)
  const wordTerms = allTerms.filter((term) => term.length > 1);
  const terms = wordTerms.length > 0 ? wordTerms : allTerms;
  const namesTopic = (text: string) => tokenize(text).some((word) => terms.some((term) => sameStem(word, term)));
  // ("Incubation Grants": where an opening sentence names every word of a topic of several, that sentence is about it; one
  // naming a "grant" is not.)
  const wordsOfTopic = queryTerms(topic.text).length;
  const namesWholeTopic = (text: string) => {
    const words = tokenize(text);
    return terms.every((term) => words.some((word) => sameStem(word, term)));
  };
  const articles: string[] = [];
  for (const hit of hits) {
    const articleId = kb.passageById.get(hit.id)!.articleId;
    if (!articles.includes(articleId)) articles.push(articleId);
    if (articles.length === LEADS) break;
  }
  const leads: SummarySentence[] = [];
  for (const articleId of articles) {
    const opening = kb.articleById
      .get(articleId)!
      .passages.slice(0, LEAD_PARAGRAPHS + 1)
      .flatMap((passage) => sentencesOf(passage).map((sentence) => ({ text: sentence.text, passageId: passage.id, paragraph: passage.paragraph })));
    const inLead = (s: (typeof opening)[number]) => s.paragraph <= LEAD_PARAGRAPHS && !isHeading(s.text);
    let at = opening.findIndex((s) => inLead(s) && namesTopic(s.text));
    if (at === -1) continue;
    // "A former top political aide was sentenced …", then "David Livingston, …": a lead that describes the person the
    // story is about before it names them (a delayed identification) is that person's lead.
    // (Past a standfirst: "Penticton man was arrested carrying …".)
    const first = opening.findIndex((s) => !isHeading(s.text) && !isStandfirst(s.text));
    if (articleId === articles[0] && topic.entity?.kind === 'person' && first >= 0 && at > first && opening[at]!.paragraph > opening[first]!.paragraph && describesSomeone(opening[first]!.text)) {
      leads.push({ text: opening[first]!.text, passageId: opening[first]!.passageId });
    }
    // Short opening lines ("Euro 2020 qualifying is over. Well, sort of.") set up the sentence after them.
    let words = 0;
    do {
      const lead = opening[at]!;
      leads.push({ text: lead.text, passageId: lead.passageId });
      words += lead.text.split(/\s+/).length;
      at++;
    } while (words < SHORT_LEAD_WORDS && at < opening.length);
    // The best article's second sentence about the topic, in its opening, belongs to the lead too: in the same
    // paragraph, or where the topic came up only late in the first one, the next paragraph's opening sentence.
    if (articleId === articles[0]) {
      const lead = opening[at - 1]!;
      const lateInParagraph = opening.findIndex((s) => s.passageId === lead.passageId) < at - 1;
      // A standfirst: the article opens with a paragraph of one sentence, which the next paragraph's opening says in full.
      const oneSentenceOpening = lead.passageId === opening[0]!.passageId && opening[1]?.passageId !== lead.passageId;
      const standfirstTerms = oneSentenceOpening ? contentTerms(lead.text) : undefined;
      // (In full: a shorter sentence that shares its words, "“All three of the operations are on strike.”", is no restatement.)
      const restatesStandfirst = (text: string) => {
        const terms = contentTerms(text);
        return standfirstTerms !== undefined && terms.size >= standfirstTerms.size && saysTheSame(terms, standfirstTerms);
      };
      // A lead that is its paragraph's one sentence, after an opening about something else: the next paragraph goes on with
      // the story, often calling the topic otherwise ("James Van Der Beek has been eliminated …", then "The former “Dawson’s
      // Creek” star, 42, was voted off …"). (Where the article opens with it, the next paragraph may turn to another
      // person of the story: "Federer, Murray and Williams reached …", then "Federer, 33, took just …".)
      const leadAlone = !oneSentenceOpening && opening.filter((s) => s.passageId === lead.passageId).length === 1;
      const goesOnWithStory = (text: string) => leadAlone && FULL_SENTENCE.test(text) && text.split(/\s+/).length >= SHORT_LEAD_WORDS;
      // Not one that leans on the sentence before it ("This group also…").
      const second = opening
        .slice(at)
        .find(
          (s, i, rest) =>
            (s.passageId === leads.at(-1)?.passageId || ((lateInParagraph || oneSentenceOpening || leadAlone) && s.paragraph === lead.paragraph + 1 && (i === 0 || rest[i - 1]!.paragraph !== s.paragraph))) &&
            !LEANING_OPENING.test(s.text) &&
            // (A standfirst's restatement may call the topic otherwise: "IRCC", then "the federal immigration department".)
            (namesTopic(s.text) || restatesStandfirst(s.text) || goesOnWithStory(s.text)),
        );
      // Where that sentence restates the standfirst, it alone is the lead: the two would say the same thing twice.
      if (second && leads.length === 1 && restatesStandfirst(second.text)) leads.pop();
      if (second) leads.push({ text: second.text, passageId: second.passageId });
      const wholeLead = wordsOfTopic > 1 && topic.entity?.kind !== 'person' ? opening.find((s) => inLead(s) && namesWholeTopic(s.text)) : undefined;
      if (wholeLead && !leads.some((l) => l.text === wholeLead.text)) leads.push({ text: wholeLead.text, passageId: wholeLead.passageId });
    }
  }
  return leads;
}

const SHORT_LEAD_WORDS = 12;
// (Not a heading, a question put to the reader or a line of a table: "The tagline?", "The al-Tanf base".)
const FULL_SENTENCE = /[.!][”"’)]?$/u;

/**
 * Whether a sentence speaks of someone by a word for what they are, in lower case ("a former top political aide"), and
 * opens with no one's name ("Prince Andrew … told friends" is about Prince Andrew, whoever else it names).
 */
function describesSomeone(text: string): boolean {
  if (isStandfirst(text)) return false;
  if (nameRuns(text).some((run) => run.start < OPENING_CHARACTERS && looksLikePersonName(run.words))) return false;
  return PLACE_OR_AGE_PERSON.test(text) || tokenize(text).some((word) => /^\p{Ll}/u.test(word) && isPersonHead(word) && !NOT_SOMEONE.has(word));
}
// ("A Penticton man convicted of …", "A 45-year-old woman was …": where a man or woman is from, or their age, makes them
// someone in particular.)
const PLACE_OR_AGE_PERSON = /^(?:[\p{Lu}\s,.—–-]*\s[—–-]\s+)?An?\s+(?:\p{Lu}[\p{L}'’-]*\s+|\d{1,3}-year-old\s+)+(?:man|woman)\b/u;
/** A line with no full stop is a standfirst, written as a headline is. */
const isStandfirst = (text: string) => !/[.!?][”"’)]?$/u.test(text.trim());
// Where a sentence's subject stands, past a dateline ("PORTSMOUTH, Va. (AP) — ").
const OPENING_CHARACTERS = 40;
// Words for people that name no one in particular.
const NOT_SOMEONE = new Set(['people', 'person', 'persons', 'someone', 'somebody', 'anyone', 'everyone', 'nobody', 'man', 'men', 'woman', 'women']);

/** "deportees" and "deported", "stabbing" and "stabbed": words that share their stem. */
function sameStem(word: string, term: string): boolean {
  if (word === term) return true;
  const shorter = Math.min(word.length, term.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && word[common] === term[common]) common++;
  return common >= 5 && common >= shorter - 3;
}

/** Names of other entities that merely contain the topic's words ("South China Morning Post" for "china"). */
function namesContainingTopic(kb: KnowledgeBase, topic: Topic): string[] {
  const terms = topic.phrasings.flatMap((p) => queryTerms(p));
  return kb.names
    .filter((n) => n.entity !== topic.entity && n.entity.name.includes(' ') && terms.some((t) => n.terms.has(t)))
    .map((n) => n.entity.name);
}

export function entityInfo(_kb: KnowledgeBase, entity: NonNullable<ReturnType<typeof resolveTopic>['entity']>) {
  const role = entity.roles[0]?.text;
  return {
    name: entity.name,
    kind: entity.kind,
    ...(role ? { role } : {}),
    ...(role && affiliationIn(role) ? { affiliation: affiliationIn(role) } : {}),
    ...(entity.aliases.length ? { aliases: entity.aliases } : {}),
  };
}

const NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|the\s+|for\s+)?\p{Lu}[\p{L}-]*)*`;
const POSSESSIVE_AFFILIATION = new RegExp(String.raw`^(?:the\s+)?(${NAME})[’']s\b`, 'u');
const PREPOSITION_AFFILIATION = new RegExp(String.raw`\b(?:of|for|at|with)\s+(?:the\s+)?(${NAME})`, 'u');

/**
 * The organisation or country a role belongs to, as the role names it:
 * "the research director for The Khorasan Diary" -> "The Khorasan Diary",
 * "Pakistan’s ambassador to the UK" -> "Pakistan".
 */
export function affiliationIn(role: string): string | undefined {
  return POSSESSIVE_AFFILIATION.exec(role)?.[1] ?? PREPOSITION_AFFILIATION.exec(role)?.[1];
}
