/**
 * Russian relative clauses ("…, которые назначены на 19 марта", "…, часть которых ратифицировали в
 * начале года"): the cues that tell whose date a date inside one is (events/relativeClause.ts).
 */
import type { RelativeClauseWords } from '../../../events/relativeClauseWords';

/**
 * Where a relative clause opens: a comma, then "который" in any case, perhaps after a noun or
 * preposition; or a comma before a participle that tells a happening, the clause's verb kept in
 * it ("выборов акимов, прошедших 17 ноября", "сессии, запланированной на 5 мая").
 */
export const RU_RELATIVE_OPENING =
  /,\s+(?:(?:[\p{L}]+\s+){0,2}?котор\p{L}*|(?=(?:прошедш|состоявш|проходивш|проведенн|проведённ|запланированн|назначенн|намеченн|перенесенн|перенесённ)\p{L}*\s))/iu;

/**
 * Verbs that tell when the antecedent itself happens ("выборы, которые пройдут 19 марта",
 * "заседание, которое запланировано на 5 мая"); any other verb tells an act of its own
 * ("документы, которые ратифицировали в начале года").
 */
export const RU_HAPPENING_VERB =
  /(?<![\p{L}])(?:назнач|пройд|прош|состо(?=ял(?:ся|ась|ось|ись)|ится|ятся|явш\p{L}*с[яь])|запланир|планир|намеч|проход|провод|провед|провест|начн|начал(?![еу])|откро|открыл|заверш|продл|ожида)\p{L}*/iu;

/** Russian relative clauses after their noun (events/relativeClauseWords.ts). */
export const RU_RELATIVE_CLAUSE: RelativeClauseWords = {
  opening: RU_RELATIVE_OPENING,
  happeningVerb: RU_HAPPENING_VERB,
};
