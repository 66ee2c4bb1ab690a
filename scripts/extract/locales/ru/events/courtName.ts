/**
 * The words of a court's name after its noun, before the ruling's verb: attributes in the genitive
 * ("Суд Алматинского района города Астаны", "суд № 2 Есильского района"), a "по" complement in the
 * dative plural ("Специализированный межрайонный суд по уголовным делам"), an abbreviated "г." or
 * "обл." of a place. The verb follows the whole phrase, however many words it has (a count of words
 * lost "Суд Алматинского района города Астаны 5 марта вынес …"); a date or an adverb may stand
 * after it (the trigger's own gap). Not a finite past, which is the verb itself ("присяжные
 * вынесли").
 */
const NOT_VERB = String.raw`(?![\p{L}-]+(?:л|ла|ло|ли)(?![\p{L}]))`;
/** A word in the genitive, adjective or noun: "Алматинского", "района", "Астаны", "судей". */
const GENITIVE_WORD = String.raw`${NOT_VERB}[\p{L}-]+(?:ого|его|ой|ей|ых|их|ов|ев|а|я|ы|и)`;
/** "по уголовным делам", "по административным правонарушениям". */
const BY_KIND = String.raw`по\s+(?:[\p{L}-]+(?:ым|им)\s+){0,2}[\p{L}-]+(?:ам|ям)`;

/** A full date after the name, one unit: "5 марта 2025 года". */
const FULL_DATE = String.raw`\d{1,2}\s+\p{L}+[ая]\s+\d{4}\s+(?:года|г\.)`;

export const RU_COURT_NAME = String.raw`(?:\s+(?:${GENITIVE_WORD}|${BY_KIND}|№\s*\d+|г\.|обл\.)(?![\p{L}])){0,10}(?:\s+${FULL_DATE})?`;
