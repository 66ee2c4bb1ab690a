/**
 * Sentences written for the tests, run through the whole pipeline as one article under a title,
 * with a publication date from sources.json (shared by the sentence tables of this folder). The
 * title is a politics rubric, as a news page's is: a generic cue ("өтті", "начался") is an event
 * only in a political article (events/politicalCompany.ts); `rubric` gives another.
 */
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

const POLITICS = { kk: 'Саясат', ru: 'Политика' };

export function extractSentences(
  lang: 'kk' | 'ru',
  text: string,
  published = '2023-06-30',
  rubric = POLITICS[lang],
) {
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(`${rubric}\n\n${text}\n`) }];
  const sources = {
    file: 'sources.json',
    // (An empty publication date: the article gives none.)
    text: JSON.stringify({ 't.txt': { language: lang, ...(published ? { published } : {}) } }),
  };
  return runPipeline(files, sources, tagDates).data;
}

/** Each event the sentences give, as "type date" ("election 2019-06-09"). */
export const kindsAndDays = (
  lang: 'kk' | 'ru',
  text: string,
  published?: string,
  rubric?: string,
) => extractSentences(lang, text, published, rubric).events.map((e) => `${e.type} ${e.date.edtf}`);

/** The dateline the two-sentence stories below open with (published 2025-03-12). */
const DATELINE = { kk: 'Астана, 12 наурыз.', ru: 'Астана, 12 марта.' };

/**
 * The dates of the events (of type `type`, if given) the sentence `second` gives, told after
 * `first` under a dateline of 12 March, in an article published on `published`.
 */
export function datesAfter(
  lang: 'kk' | 'ru',
  first: string,
  second: string,
  published: string,
  type?: string,
): string[] {
  const data = extractSentences(lang, `${DATELINE[lang]} ${first} ${second}`, published);
  return data.events
    .filter((e) => type === undefined || e.type === type)
    .filter((e) => e.sources.some((s) => s.evidence.some((x) => x.text === second)))
    .map((e) => e.date.edtf);
}
