/** A year stated in a Kazakh sentence and the year-less dates after it (dates/sentenceYearWords.ts). */
import type { SentenceYearWords } from '../../../dates/sentenceYearWords';
import { KK_YEAR_NAMING } from '../lexicon/yearNamed';
import { kkMemberOfStory } from './kkStoryMember';

export const KK_SENTENCE_YEAR: SentenceYearWords = {
  // Kazakh puts the attribute before its noun: "2019 жылы құрылған партия" (the party founded in 2019).
  describingParticipleAfter: /^\s+[\p{L}\p{M}]{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін)\s/u,
  // "Партия 2023 жылдың қаңтарында тіркелді, ал наурызда Мәжіліске өтті" (March 2023).
  laterMonthAcrossClauses: true,
  // An earlier month in a later predicate is the next year's: "2023 жылдың қыркүйегінде
  // енгізіліп, 14 ақпанда Сенат мақұлдады" (February 2024).
  memberOfStory: (_head, rest) => kkMemberOfStory(rest),
  // "2023 жылы …, ал қазір/биыл мамырда …": the story has come to the present. ("Енді" is left
  // out: it is also the past of "ену", "күшіне енді".)
  nowWord: /(?<![\p{L}])(?:қазір\p{L}*|бүгінде|биыл\p{L}*|ағымдағы жыл\p{L}*)(?![\p{L}])/iu,
  repeatWord: /(?<![\p{L}])(?:қайта|қайтадан|тағы)(?![\p{L}])/iu,
  // "наурызда және сәуірде", "наурыз бен сәуірде" (the joining suffix written apart: мен/бен/пен
  // after the bare first member), "наурызда, сәуірде".
  coordinator: /^\s*,?\s*(?:және|немесе|мен|бен|пен)\s+$/u,
  listComma: /^\s*,\s*$/u,
  // "Президент 2026 жылды … жылы деп жариялады": the year in the accusative or the bare nominative
  // ("2026 жылы" is a time), the name before "жылы деп/болып".
  namedYear: {
    form: /^\d{4}\s+жыл(?:ды)?$/iu,
    naming: KK_YEAR_NAMING,
  },
};
