/**
 * A refiner for a paragraph that tells a past year forward: "Шын мәніндегі бетбұрыс 2022 жылғы
 * қаңтар оқиғаларынан кейін басталды. 16 наурыздағы Жолдауында … . Бұл ұсыныстар 5 маусымдағы
 * референдумда бекітілді." A year-less day or month later in the same paragraph, after the
 * month, day or season it stated and not said to lie ahead, goes on in that year rather than in the one
 * nearest the publication. Only a stated month or day frames (not a year alone, which often names
 * a topic); a line break or a date told as ahead ends the frame.
 */
import { isKkAdverbialYear } from '../locales/kk/dates/kkAdverbialYear';
import { isRuAdverbialYear } from '../locales/ru/dates/ruAdverbialYear';
import { ruMonthBeforeYear } from '../locales/ru/dates/ruMonthAdjective';
import { isKkRememberedDate } from '../locales/kk/dates/kkRememberedDate';
import { isRuRememberedDate } from '../locales/ru/dates/ruRememberedDate';
import { isKkRecallFrame } from '../locales/kk/dates/kkRecallFrame';
import { isRuRecallFrame } from '../locales/ru/dates/ruRecallFrame';
import { isSince } from './contextYear';
import { isPurposeYear } from './purposeYear';
import { seasonOf, seasonStart } from './season';
import { SENTENCE_END } from './sentenceYear';
import { nextYearOfNextSentence } from './storyNextSentence';
import type { Timex } from './timex';
import { isYearless, withYear } from './yearlessDate';

/** A month or day with its year, or a season with its year ("Весной 2020-го"). */
const STATED = /^(\d{4})-(\d{2}|SP|SU|FA|WI)(?:-(\d{2}))?$/u;
/** Every sentence end in a stretch of text, to count the sentences since the frame. */
const SENTENCE_ENDS = /[.!?…]\s/gu;

export function yearsFromNarrative(
  text: string,
  timexes: readonly Timex[],
  lang?: 'kk' | 'ru',
): Timex[] {
  let frame: { year: string; value: string; recall: boolean } | undefined;
  // Whether a sentence has ended since the frame was stated; each stretch of text between two
  // dates is read once, so a long one-line text stays linear.
  let laterSentence = false;
  // How many sentences ended since the story last told a date (its frame or one it carried).
  let sinceFrame = 0;
  let last = 0;
  return timexes.map((t) => {
    const between = text.slice(last, t.start);
    last = t.end;
    if (between.includes('\n')) frame = undefined;
    // (Within one sentence sentenceYear.ts decides: a clause boundary may separate two events.)
    if (SENTENCE_END.test(between)) {
      laterSentence = true;
      sinceFrame += between.match(SENTENCE_ENDS)?.length ?? 0;
    }
    const month = t.anchor === 'absolute' && /^\d{4}$/u.test(t.value) && monthNamedBefore(text, t);
    const stated =
      t.anchor === 'absolute'
        ? (STATED.exec(month ? `${t.value}-${month}` : t.value) ??
          (isAdverbialYear(text, t) ? YEAR.exec(t.value) : null))
        : null;
    if (stated) {
      frame =
        isPurposeYear(text, t) || isSince(text, t) || isRemembered(text, t)
          ? undefined
          : {
              year: stated[1]!,
              value: seasonOf(t.value) ? seasonStart(t.value) : stated[0],
              recall: isRecallFrame(text, t),
            };
      laterSentence = false;
      sinceFrame = 0;
      return t;
    }
    if (
      !frame ||
      !laterSentence ||
      t.direction === 'future' ||
      // (A recall's year, "Ранее, в январе 2022 года, …", "Бұған дейін, 2022 жылы …", goes on
      // only in what is told as past too: "15 марта Президент подписывает указ" is the news.)
      (frame.recall && t.direction !== 'past') ||
      !isYearless(t, ['dct']) ||
      t.value.slice(0, 4) === frame.year
    )
      return t;
    const out = withYear(t, frame.year);
    // A date told as past took the latest such day before the publication: a frame cannot move it
    // later, past the publication ("в 2020 году парламент получит … Выборы прошли 9 июня", told
    // in 2019, are the June before).
    if (t.direction === 'past' && out.value > t.value) return t;
    // Forward from the stated time only: an earlier day of that year is some other year's, the
    // next year's in the sentence right after that takes the story up (storyNextSentence.ts).
    if (out.value < frame.value.slice(0, out.value.length)) {
      const next = sinceFrame === 1 ? nextYearOfNextSentence(text, frame, t, lang) : undefined;
      if (!next) return t;
      frame = { ...frame, year: next.value.slice(0, 4), value: next.value };
      sinceFrame = 0;
      return next;
    }
    frame = { ...frame, value: out.value };
    sinceFrame = 0;
    return out;
  });
}

const YEAR = /^(\d{4})$/u;

/** The date's sentence before and after it (at most 200 characters each way). */
function sentenceAround(text: string, t: Timex): { head: string; rest: string } {
  const rest = text.slice(t.end, t.end + 200).split(/[.!?\n]/u)[0]!;
  const head = text
    .slice(Math.max(0, t.start - 200), t.start)
    .split(/[.!?\n]/u)
    .pop()!;
  return { head, rest };
}

/**
 * A date that only names what is remembered ("память жертв январских событий 2022 года", "2022
 * жылғы қаңтар оқиғаларының құрбандары"): what the story tells happens now, not then.
 */
function isRemembered(text: string, t: Timex): boolean {
  const { head, rest } = sentenceAround(text, t);
  return isRuRememberedDate(head) || isKkRememberedDate(rest);
}

/** A date stated in a sentence opened as a recall: "Ранее, в январе 2022 года", "Бұған дейін". */
function isRecallFrame(text: string, t: Timex): boolean {
  const { head } = sentenceAround(text, t);
  return isRuRecallFrame(head) || isKkRecallFrame(head);
}

/**
 * A year alone said as the time of what the sentence tells ("2022 жылы өзгерді", "в 2022 году
 * изменилось"), not as an attribute naming a topic ("2022 жылғы бюджет", "бюджет 2022 года").
 */
function isAdverbialYear(text: string, t: Timex): boolean {
  // The rest of its sentence (at most 200 characters: a frame is told in a short clause).
  const { head, rest } = sentenceAround(text, t);
  return (
    isKkAdverbialYear(t.text, rest) ||
    isRuAdverbialYear(t.text, text.slice(Math.max(0, t.start - 4), t.start), `${head} ${rest}`)
  );
}

/** The month ("01") an adjective right before a year names: "Январские события 2022 года". */
function monthNamedBefore(text: string, t: Timex): string | false {
  const month = ruMonthBeforeYear(text, t.start);
  return month === undefined ? false : String(month).padStart(2, '0');
}
