/**
 * Russian words of a year given a name (events/yearNamed.ts): "объявил 2026 год Годом рабочих
 * профессий", "2026 год объявлен «Годом цифровизации»". The name is the words after a capitalised
 * or quoted "Год(ом)" to the clause's end; done by a past "объявил", "провозгласила", "назвали"
 * or a short participle "объявлен", "провозглашён", "назван", unless "будет/будут" stands before
 * the cue; the short participle, a perfect, tells it as the article's news even outside its lead.
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
  // (The past in -л of every gender and number, the short participle in -н: "назвал", "назван".)
  done: /(?:[иа]л[аио]?|[еёа]н[аоы]?)$/iu,
  ahead: /(?<!\p{L})буд(?:ет|ут)(?!\p{L})/iu,
  // (The short participle, Russian's perfect, "2026 год объявлен Годом …": news, not a recall.)
  news: /^\p{L}*[еёа]н[аоы]?(?!\p{L})/iu,
};

/**
 * The verbs that name a year besides "объявить" (whose forms the happening cue reads already):
 * "провозгласить/провозглашать" and "назвать/называть", in every form that tells the act (past of
 * every gender and number, present, future, short participle, reflexive passive: "провозгласила",
 * "провозглашён", "назовут", "были названы", "называется"). Alone "назвал" names anything ("назвал
 * ситуацию сложной"), so only with the year's name, "Годом", later in its clause.
 */
export const RU_YEAR_NAMING_VERB = String.raw`(?:провозгла(?:сил[аио]?|с(?:ит|ят)|ш[её]н[аоы]?|ша(?:ет|ют|л[аио]?)(?:ся|сь)?)|назва(?:л[аио]?|н[аоы]?)|назов(?:[её]т|ут)|называ(?:ет|ют|л[аио]?)(?:ся|сь)?)(?![\p{L}])(?=(?:\s+[^\s.;!?]+){0,8}?\s+[«"]?Годом(?![\p{L}]))`;
