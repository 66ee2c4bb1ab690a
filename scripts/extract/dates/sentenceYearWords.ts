/**
 * What sentenceYear.ts asks of a language about a year stated in a sentence and the year-less
 * dates after it. Each locale answers in its own folder (locales/kk/dates/kkSentenceYear.ts,
 * locales/ru/dates/ruSentenceYear.ts); how far a frame reaches is shared.
 */
import { KK_SENTENCE_YEAR } from '../locales/kk/dates/kkSentenceYear';
import { RU_SENTENCE_YEAR } from '../locales/ru/dates/ruSentenceYear';
import type { TagOptions } from './timex';

export interface SentenceYearWords {
  /**
   * A participle right after a date (read in the 40 characters after it) makes the date describe
   * that participle's noun ("2019 жылы құрылған партия"), framing no other date of the sentence.
   */
  describingParticipleAfter?: RegExp;
  /**
   * Whether a date, read with the text before and after it, stands in a participle phrase set
   * before its noun ("Созданная в 2019 году партия"): the date describes that noun, framing no
   * other date of the sentence.
   */
  describingPhrase?: (before: string, after: string) => boolean;
  /**
   * A sentence telling a story forward names a later month of the year it stated across a comma
   * too ("2023 жылдың қаңтарында тіркелді, ал наурызда …").
   */
  laterMonthAcrossClauses: boolean;
  /**
   * Whether a date stands in a member of a series of predicates told forward (dates/storyNextYear.ts),
   * read from its clause before it (`head`, from the last comma) and after it (`rest`, to the next):
   * "…, одобрен Сенатом 14 февраля", "…, 14 ақпанда Сенат мақұлдады", not "…, принятый 14 февраля".
   */
  memberOfStory?: (head: string, rest: string) => boolean;
  /**
   * A word of "now" ("сейчас", "қазір"): between a year stated alone and a later month it turns
   * the story to the present, so the month is no longer that year's (dates/storyYear.ts).
   */
  nowWord?: RegExp;
  /**
   * A word that repeats an act ("вновь", "переизбран", "қайта"): a re-election may be years after
   * the year a story stated alone, so it takes no year from it (dates/storyYear.ts).
   */
  repeatWord?: RegExp;
  /**
   * A word of one letter that joins the next clause ("…, а 14 января провела съезд"): between two
   * dates it makes a member of a series, where a preposition ("В 2022 году, в июне, …") leaves an
   * apposition.
   */
  clauseConjunction?: RegExp;
  /**
   * What stands between two members of a coordination of dates, the whole gap ("в марте и апреле
   * 2020 года", "5, 6 и 7 мая 2020 года"): the year written after the last member is every
   * member's (dates/coordinatedYear.ts).
   */
  coordinator: RegExp;
  /**
   * A comma between members, which joins only where the member after it is itself joined on ("в
   * марте, апреле и мае 2020 года"): alone before the year's member it may end a clause ("принят
   * в марте, в апреле 2021 года вступил в силу").
   */
  listComma: RegExp;
  /**
   * A year a naming names (dates/namedYear.ts): its own form, bare nominative or accusative ("2026
   * год", "2026 жылды"), read on the year's text; and the naming's complement in its sentence
   * ("Годом …", "… жылы деп"), either side of it.
   */
  namedYear?: { form: RegExp; naming: RegExp };
}

export const SENTENCE_YEAR: Record<TagOptions['lang'], SentenceYearWords> = {
  kk: KK_SENTENCE_YEAR,
  ru: RU_SENTENCE_YEAR,
};
