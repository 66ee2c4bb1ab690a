/**
 * An act signed, named only by a pronoun that takes up the sentence before: "Новый Бюджетный
 * кодекс вступит в силу 1 января 2027 года. Его подписал Глава государства 18 июля 2025 года",
 * "Её подписал Президент 5 марта", "Их подписал …" after amendments. Russian puts the known object
 * first and the new subject after the verb, so the accusative pronoun (его, её/ее, их) usually
 * opens the clause before "подписал"; after the verb it is the object only when nothing follows it
 * that it could own ("подписал его 5 марта", not "Указ подписал его преемник", where "его" is a
 * possessive of the noun after it).
 */
import { T, GAP } from './triggerWords';
import { SIGNING } from './imperfectivePast';

/** The accusative of the third person's pronoun: "его", "её"/"ее", "их". */
const PRONOUN = String.raw`(?:его|её|ее|их)`;

/** The perfective past of "подписать", any gender and number, or the imperfective ("подписывал"). */
const SIGNED = String.raw`(?:подписал${T}|${SIGNING})`;

/** What may follow a pronoun object after its verb: a stop, a date, a preposition or an adverb of time, not a noun it owns. */
const NOTHING_OWNED = String.raw`(?=\s*(?:[,.;:!?)]|$|\d|(?:в|во|на|уже|сегодня|вчера|накануне|лишь|только|также|тоже)(?![\p{L}])))`;

/** "Его подписал", "Её также подписал", "подписал его 5 марта". */
export const RU_PRONOUN_SIGNED = String.raw`(?:${PRONOUN}\s+(?:${GAP(1)})?${SIGNED}|${SIGNED}\s+${PRONOUN}${NOTHING_OWNED})`;
