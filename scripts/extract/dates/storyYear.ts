/**
 * A sentence that opens a story with a year alone ("В 2023 году партия провела съезд, а в мае
 * объявила о новой программе"; "2023 жылы партия съезд өткізді, ал мамырда бағдарламасын
 * жариялады") tells its later year-less months in that year: May 2023, not the May nearest the
 * publication. Only when the year is the time of what the sentence tells (adverbial, told as done:
 * not "бюджет 2023 года", not "в 2023 году планируется"), the month's clause is a member of the
 * story told as done (not a describing or reported clause, not a present or future verb), and no
 * word of "now" ("сейчас", "қазір") stands between them. A member that repeats an act ("вновь
 * избран", "қайта сайланды") may be years later, as a re-election is: it keeps the publication's. A later clause naming another year, or
 * "в этом году"/"биыл", is a frame of its own (sentenceYear.ts), and a sentence's end ends it.
 */
import { isKkAdverbialYear } from '../locales/kk/dates/kkAdverbialYear';
import { isRuAdverbialYear } from '../locales/ru/dates/ruAdverbialYear';
import { SENTENCE_YEAR } from './sentenceYearWords';
import { BOUNDARY, carryInto, memberRest } from './storyCarry';
import type { Timex } from './timex';

/** The sentence's end, to read the frame's sentence (at most 200 characters each way). */
const SENTENCE_STOP = /[.!?\n]/u;

/**
 * The year-less date in the year stated alone before it, when the sentence tells a story forward
 * from that year; otherwise undefined.
 */
export function yearOfStory(
  text: string,
  frame: { year: string; value: string; end: number; at?: Timex },
  t: Timex,
  lang?: 'kk' | 'ru',
): Timex | undefined {
  if (!lang || !frame.at || !/^\d{4}$/u.test(frame.value) || t.direction !== 'past')
    return undefined;
  const words = SENTENCE_YEAR[lang];
  const between = text.slice(frame.end, t.start);
  if (!BOUNDARY.test(between) || words.nowWord?.test(between)) return undefined;
  const head = between.split(BOUNDARY).at(-1)!;
  const rest = memberRest(text, t);
  if (!words.memberOfStory?.(head, rest) || words.repeatWord?.test(`${head} ${rest}`))
    return undefined;
  // (The year's own clause is a member told as done too: "2019 жылы сайланған ол, …" describes.)
  const own = between.split(BOUNDARY)[0]!;
  const before = text
    .slice(Math.max(0, frame.at.start - 80), frame.at.start)
    .split(BOUNDARY)
    .at(-1)!;
  if (!words.memberOfStory(before, own) || !adverbial(text, frame.at, lang)) return undefined;
  return carryInto(t, frame.year);
}

/** Whether a year alone is the time of what its sentence tells ("в 2023 году провела", "2023 жылы
 * өткізді"), read from its sentence. */
function adverbial(text: string, y: Timex, lang: 'kk' | 'ru'): boolean {
  const rest = text.slice(y.end, y.end + 200).split(SENTENCE_STOP)[0]!;
  if (lang === 'kk') return isKkAdverbialYear(y.text, rest);
  const head = text
    .slice(Math.max(0, y.start - 200), y.start)
    .split(SENTENCE_STOP)
    .pop()!;
  return isRuAdverbialYear(
    y.text,
    text.slice(Math.max(0, y.start - 4), y.start),
    `${head} ${rest}`,
  );
}
