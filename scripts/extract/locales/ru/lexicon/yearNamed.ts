/**
 * Russian words of a year given a name (events/yearNamed.ts): "объявил 2026 год Годом рабочих
 * профессий", "2026 год объявлен «Годом цифровизации»". The name is the words after a capitalised
 * or quoted "Год(ом)" to the clause's end; done by a past "объявил", "провозгласила" or a short
 * participle "объявлен", unless "будет/будут" stands before the cue; the short participle, a
 * perfect, tells it as the article's news even outside its lead.
 */
import type { YearNamedCues } from '../../../events/yearNamed';

/** The name's head in the instrumental, "Годом …": also what keeps the year named from framing
 * the sentence's other dates (ruSentenceYear.ts). */
export const RU_YEAR_NAMING = /(?<!\p{L})[«"]?Годом(?!\p{L})/u;

export const RU_YEAR_NAMED: YearNamedCues = {
  cheap: RU_YEAR_NAMING,
  name: /(?<!\p{L})[«"]?Годом\s+([^\d.,;:!?«»"]+)/u,
  nameAfterCue: true,
  // (Four digits, or a year told by a word: "следующий год".)
  year: /(?<![\p{L}\p{N}])(?:(\d{4})|следующий|будущий|наступающий|этот|текущий)\s+год(?!\p{L})/iu,
  done: /(?:ил|ила|или|ило|ен|ена|ено|ены)$/iu,
  ahead: /(?<!\p{L})буд(?:ет|ут)(?!\p{L})/iu,
  // (The short participle, Russian's perfect, "2026 год объявлен Годом …": news, not a recall.)
  news: /^\p{L}*(?:ен|ён|ена|ено|ены)(?!\p{L})/iu,
};
