/** A year stated in a Russian sentence and the year-less dates after it (dates/sentenceYearWords.ts). */
import type { SentenceYearWords } from '../../../dates/sentenceYearWords';
import { RU_YEAR_NAMING } from '../lexicon/yearNamed';
import { ruYearInParticiplePhrase } from './ruParticipleYear';
import { ruMemberOfStory } from './ruStoryMember';

export const RU_SENTENCE_YEAR: SentenceYearWords = {
  // Russian puts a participle's phrase before its noun: "Созданная в 2019 году партия".
  describingPhrase: ruYearInParticiplePhrase,
  // A story told forward keeps its year across a comma for a later month than the one it stated:
  // "прошли 19 марта 2023 года, а повторные — 5 мая". (Not a month after a year stated alone, as a
  // re-election may be years later.)
  laterMonthAcrossClauses: true,
  // An earlier month in a later predicate is the next year's: "внесен в сентябре 2023 года,
  // одобрен Сенатом 14 февраля" (February 2024).
  memberOfStory: (head) => ruMemberOfStory(head),
  // "В 2023 году …, а сейчас/теперь в мае …": the story has come to the present.
  nowWord:
    /(?<![\p{L}])(?:сейчас|теперь|ныне|нынче|сегодня|в настоящее время|на сегодня(?:шний день)?|в этом году|в текущем году)(?![\p{L}])/iu,
  repeatWord:
    /(?<![\p{L}])(?:вновь|снова|опять|повторно|ещё раз|еще раз|переизбра\p{L}*|переназнач\p{L}*)(?![\p{L}])/iu,
  clauseConjunction: /(?<![\p{L}])[аи](?![\p{L}])/iu,
  // "в марте и апреле 2020 года", "в марте, апреле и мае 2020 года", "в марте или в апреле": the
  // preposition may be said again before the next member.
  coordinator: /^\s*,?\s*(?:и|или|либо)\s+(?:(?:в|во|на)\s+)?$/u,
  listComma: /^\s*,\s*(?:(?:в|во|на)\s+)?$/u,
  // "2026 год … объявлен Годом рабочих профессий", "объявил 2026 год Годом …": the year in the
  // nominative or accusative ("в 2026 году", "2026 года" are times), the name in the instrumental.
  namedYear: {
    form: /^\d{4}(?:-й)?\s+год$/iu,
    naming: RU_YEAR_NAMING,
  },
};
