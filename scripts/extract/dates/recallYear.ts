/**
 * A refiner for year-less days in a paragraph that recalls the past ("Еске салайық, наразылық
 * 2 қаңтарда басталды", "Напомним, 5 января …"): when the article has already named that month
 * with its year ("2022 жылдың қаңтарында"), the recalled day is in that month, not in the one
 * nearest the publication date. Without the recall cue the nearest reading stands: a January 2025
 * article that mentions January 2022 may still tell of "3 января" three days ago.
 */
import { KK_RECALL_CUE } from '../locales/kk/dates/kkRecallCue';
import { RU_RECALL_CUE } from '../locales/ru/dates/ruRecallCue';
import { isSince } from './contextYear';
import { confirmedByDayWord } from './dayWordApposition';
import { recountStoryDays } from './storyDays';
import type { TagOptions, Timex } from './timex';
import { isYearless, withYear } from './yearlessDate';

/** The words that open a recall, per language (locales/<lang>/dates). */
const RECALL: Record<TagOptions['lang'], RegExp> = { kk: KK_RECALL_CUE, ru: RU_RECALL_CUE };
const MONTH_OF_YEAR = /^(\d{4})-(\d{2})/u;

/** The years the article has named with each month so far ("01" → "2022"). */
export type MonthYears = Map<string, string>;

/**
 * Returns the paragraph's timexes with recalled days moved to the year their month was named
 * with, and records the months this paragraph names with a year into `months` (for the next).
 */
export function yearsFromRecall(
  lang: TagOptions['lang'],
  paragraph: string,
  timexes: readonly Timex[],
  months: MonthYears,
): Timex[] {
  const cue = RECALL[lang].exec(paragraph);
  const from = cue ? cue.index : Number.POSITIVE_INFINITY;
  // (A day the story counted from a recalled one, "На следующий день", moves with it: storyDays.ts.)
  const moved = timexes.map((t, k) => {
    const stated = t.anchor === 'absolute' ? MONTH_OF_YEAR.exec(t.value) : null;
    if (stated) {
      // (A state that lasts "since" that day, "2023 жылғы 4 шілдеден бері", runs into the present:
      // it tells no month a recall is in.)
      if (!isSince(paragraph, t)) months.set(stated[2]!, stated[1]!);
      return t;
    }
    if (t.start < from || !isYearless(t, ['dct'])) return t;
    // "Еске салайық, … 2023 жылғы 4 шілдеден бері … Кеше, 3 шілдеде": yesterday is no recall.
    if (confirmedByDayWord(lang, paragraph, timexes[k - 1], t)) return t;
    const year = months.get(t.value.slice(5, 7));
    return year === undefined || year === t.value.slice(0, 4) ? t : withYear(t, year);
  });
  return recountStoryDays(timexes, moved);
}
