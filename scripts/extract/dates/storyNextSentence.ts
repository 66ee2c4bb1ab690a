/**
 * A paragraph telling a story forward from a stated month goes on in the next sentence with an
 * earlier month ("Законопроект внесли в Мажилис в сентябре 2023 года. 14 февраля его одобрил
 * Сенат"; "Жоба 2023 жылдың қыркүйегінде енгізілді. 14 ақпанда оны Сенат мақұлдады"): the story
 * has stepped into the next year (February 2024), as within one sentence (storyNextYear.ts), not
 * back to the stated year nor to the year nearest the publication. Only the sentence right after
 * the stated month, told as done, and only when its grammar takes the story up: a pronoun for what
 * the sentence before told ("его", "оны") or a word of sequence ("затем", "содан кейін"). Which
 * words do is the language's (locales/<lang>/dates/<lang>StoryGoesOn.ts).
 */
import { kkStoryGoesOn } from '../locales/kk/dates/kkStoryGoesOn';
import { ruStoryGoesOn } from '../locales/ru/dates/ruStoryGoesOn';
import { carryInto, earlierMonth } from './storyCarry';
import type { Timex } from './timex';

/** The sentence's end, to read the date's own sentence (at most 200 characters each way). */
const SENTENCE_STOP = /[.!?\n]/u;
const GOES_ON = { kk: kkStoryGoesOn, ru: ruStoryGoesOn };

/**
 * The date in the year after the frame's, when it stands in the sentence right after the frame's,
 * names an earlier month and takes the story up; otherwise undefined.
 */
export function nextYearOfNextSentence(
  text: string,
  frame: { year: string; value: string },
  t: Timex,
  lang?: 'kk' | 'ru',
): Timex | undefined {
  if (!lang || !earlierMonth(frame.value, t) || t.direction !== 'past') return undefined;
  const head = text
    .slice(Math.max(0, t.start - 200), t.start)
    .split(SENTENCE_STOP)
    .pop()!;
  const rest = text.slice(t.end, t.end + 200).split(SENTENCE_STOP)[0]!;
  if (!GOES_ON[lang](`${head} ${rest}`)) return undefined;
  return carryInto(t, String(Number(frame.year) + 1));
}
