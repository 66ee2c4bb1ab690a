/**
 * A statement announced for a day ahead, in Russian: "Миссия ОБСЕ 14 марта заявит о своих
 * выводах", "представит доклад", "огласят предварительные выводы". The past ("заявила") is a
 * statement told; the future, on a day its clause gives, is one planned for that day, as the
 * tuned gold has a mission's assessment or a briefing announced ahead (status planned, dated by
 * its day). The simple future in the third person singular and plural and the first plural
 * ("заявит", "заявят", "заявим"); "представить" and "огласить" only with what a statement
 * delivers (a report, findings, an assessment, a position, a statement), up to two words between
 * ("представит свой итоговый доклад", or its day: "представила 10 марта оценку"), since alone
 * they also present a person or a product.
 */
/** A day between the verb and what it delivers: "представила 10 марта оценку". */
const DAY = String.raw`(?:\d{1,2}\s+\p{L}+\s+)?`;

const DELIVERED = String.raw`(?:доклад|отч[её]т|вывод|оценк|заключени|позици|заявлени|рекомендаци)\p{L}*`;

/**
 * "Дать оценку" with what is assessed in the dative ("дала оценку выборам", "даст свою оценку
 * референдуму"): to assess, a statement; `verb` gives the tense. (Not "дал поручение", an
 * instruction, nor "дал согласие", a consent: only the assessment.)
 */
const GIVE_ASSESSMENT = (verb: string) =>
  String.raw`${verb}\s+${DAY}(?:[\p{L}-]+\s+){0,2}?оценк[уи]`;

export const RU_STATEMENT_AHEAD = String.raw`(?:заяв(?:ит|ят|им)|(?:представ|оглас)(?:ит|ят|им)\s+${DAY}(?:[\p{L}-]+\s+){0,2}?${DELIVERED}|${GIVE_ASSESSMENT('(?:даст|дадут|дадим)')})(?![\p{L}])`;

/**
 * The same statement told as done: "Миссия ОБСЕ представила оценку выборов", "огласили выводы",
 * "дала оценку выборам". The past of the perfective, any gender and number; undated, a verb of
 * delivering is only how a finding is sourced (needsDate where the cue is listed).
 */
export const RU_STATEMENT_DELIVERED = String.raw`(?:(?:представил|огласил|обнародовал|озвучил)(?:а|о|и)?\s+${DAY}(?:[\p{L}-]+\s+){0,2}?${DELIVERED}|${GIVE_ASSESSMENT('(?:дал|дала|дало|дали)')})(?![\p{L}])`;
