/**
 * A day word set beside the date it stands for ("Накануне, 27 ноября", "кеше, 5 наурызда"): the
 * two are read together, the written date naming the word's day (tagDates.ts) and the word fixing
 * the date's year (recallYear.ts).
 */
import { STORY_DAYS } from './storyDayWords';
import type { TagOptions, Timex } from './timex';
import { isYearless } from './yearlessDate';

const FULL_DAY = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/u;

/**
 * A day word that an apposition may name, in the text's language: "накануне, 27 ноября", "кеше, 5
 * наурызда" (locales/<lang>/dates/<lang>StoryDays.ts).
 */
const DAY_WORD: Record<TagOptions['lang'], RegExp> = {
  kk: new RegExp(String.raw`^(?:${STORY_DAYS.kk.dayWords.source})$`, 'iu'),
  ru: new RegExp(String.raw`^(?:${STORY_DAYS.ru.dayWords.source})$`, 'iu'),
};

/**
 * A day word followed by the date it stands for ("Накануне, 27 ноября, …"): the written date
 * wins, whatever day the word alone would have counted from the publication date. But where the
 * two name the same month and day and the date has no year of its own ("кеше, 19 наурызда" in a
 * paragraph told in a reported future), the day word, counted from the publication date, fixes the
 * year: a tense guessed for a year-less date never beats "yesterday".
 */
export function appositionDays(lang: TagOptions['lang'], text: string, timexes: Timex[]): Timex[] {
  const out = [...timexes];
  out.forEach((t, i) => {
    const next = out[i + 1];
    if (
      !next ||
      !DAY_WORD[lang].test(t.text.trim()) ||
      !/^\s*,\s*$/u.test(text.slice(t.end, next.start)) ||
      !FULL_DAY.test(next.value) ||
      next.value === t.value
    )
      return;
    if (
      t.anchor === 'dct' &&
      isYearless(next) &&
      FULL_DAY.test(t.value) &&
      t.value.slice(4) === next.value.slice(4)
    ) {
      const dated: Timex = { ...next, value: t.value };
      delete dated.direction;
      out[i + 1] = dated;
      return;
    }
    const named: Timex = { ...t, value: next.value, anchor: next.anchor };
    delete named.direction;
    out[i] = named;
  });
  return out;
}

/**
 * "Кеше, 3 шілдеде", "вчера, 3 июля": a day word and the date written after it that name the same
 * day counted from the publication date. The publication date has then fixed the date's year twice
 * over, and no year the paragraph told before (a recall's month) moves it.
 */
export function confirmedByDayWord(
  lang: TagOptions['lang'],
  text: string,
  word: Timex | undefined,
  date: Timex,
): boolean {
  return (
    word !== undefined &&
    word.anchor === 'dct' &&
    date.anchor === 'dct' &&
    word.value === date.value &&
    DAY_WORD[lang].test(word.text.trim()) &&
    /^\s*,\s*$/u.test(text.slice(word.end, date.start))
  );
}
