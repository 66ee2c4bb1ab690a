/**
 * Russian words that put an act ahead of the sentence that names it: what someone decided,
 * agreed, intends or announced to do is not done yet ("решили объединиться", "о намерении
 * объединиться", "договорились о слиянии", "объявили о слиянии"). Read right before the cue, up to
 * its first word: the act is planned. Where the sentence tells a declaration or an agreement, its
 * day is that act's, not the one ahead (Aspect.aheadBefore); a verb of deciding before an
 * infinitive leaves the date to the sentence (Aspect.intendedBefore).
 */

const NOT_AFTER_LETTER = String.raw`(?<![\p{L}])`;
/** Up to two words between, taken lazily. */
const GAP2 = String.raw`(?:[\p{L}-]+\s+){0,2}?`;
/** An adjective before the act's noun: "о скором слиянии", "о своём объединении". */
const ADJ = String.raw`(?:[\p{L}-]+(?:ом|ем|ём|ой|ей|их|ых)\s+)?`;

/** Deciding, agreeing or intending, finite: "решили", "решено", "договорились", "намерены". */
const INTENDING = String.raw`(?:решил[аио]?|решено|договорил(?:ся|ась|ось|ись)|намерен[аоы]?|намерева\p{L}*|собира(?:ется|ются|лся|лась|лись)|планиру\p{L}*)`;
/** The noun of an intent or a decision: "о намерении", "решение", "желание". */
const INTENT_NOUN = String.raw`(?:намерени|решени|желани)(?:е|я|и|ем)`;
/** Either: what comes before the act's infinitive. */
export const RU_INTENT = String.raw`(?:${INTENDING}|${INTENT_NOUN})`;

/** An infinitive, the cue's first word. */
const INFINITIVE = String.raw`\s+[\p{L}-]+(?:ть|ться|ти|чь)$`;

/**
 * The act as an infinitive after a verb of deciding or intending: "решили объединиться",
 * "договорились слиться". Ahead, but a date in the sentence may be the act's ("решили
 * объединиться 1 апреля"): Aspect.intendedBefore.
 */
export const RU_INTENDED_ACT = String.raw`${NOT_AFTER_LETTER}${INTENDING}${INFINITIVE}`;

/**
 * The act as an infinitive after the noun of an intent, which a verb of saying declares: "заявили
 * о намерении объединиться". The sentence's day is the declaration's.
 */
const DECLARED_INTENT = String.raw`${NOT_AFTER_LETTER}${INTENT_NOUN}${INFINITIVE}`;

/**
 * Agreed on an act, its noun after "о"/"об": "договорились о слиянии", "достигли договорённости о
 * слиянии", "договоренность об объединении".
 */
const AGREED_ACT = String.raw`${NOT_AFTER_LETTER}(?:договорил(?:ся|ась|ось|ись)|договор[её]нност\p{L}*)\s+${GAP2}об?\s+${ADJ}[\p{L}-]*$`;

/**
 * A merger announced: "объявили о слиянии", "заявили о своём объединении". Parties merge by a
 * congress and a new registration, so the day they announce it is not the day they merge (a
 * merger done is told as done: "объединились", "завершили слияние").
 */
const ANNOUNCED_MERGER = String.raw`${NOT_AFTER_LETTER}(?:объяв|заяв)(?:ил|ила|ило|или|ит|ят|ляет|ляют|ив)\s+${GAP2}об?\s+${ADJ}(?:слияни|объединени)(?:е|я|и|ю|ем)$`;

/** The declared, the agreed and a merger announced: the end of the sentence read up to the cue. */
export const RU_AHEAD_BY_INTENT = String.raw`(?:${DECLARED_INTENT}|${AGREED_ACT}|${ANNOUNCED_MERGER})`;
