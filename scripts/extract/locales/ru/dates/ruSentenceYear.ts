/** A year stated in a Russian sentence and the year-less dates after it (dates/sentenceYearWords.ts). */
import type { SentenceYearWords } from '../../../dates/sentenceYearWords';

export const RU_SENTENCE_YEAR: SentenceYearWords = {
  // Across a comma a later month may be another event's, of the next year: "внесен в сентябре 2023
  // года, одобрен … 14 февраля и принят 3 апреля" is left to the publication date.
  laterMonthAcrossClauses: false,
  // "в марте и апреле 2020 года", "в марте, апреле и мае 2020 года", "в марте или в апреле": the
  // preposition may be said again before the next member.
  coordinator: /^\s*,?\s*(?:и|или|либо)\s+(?:(?:в|во|на)\s+)?$/u,
  listComma: /^\s*,\s*(?:(?:в|во|на)\s+)?$/u,
};
