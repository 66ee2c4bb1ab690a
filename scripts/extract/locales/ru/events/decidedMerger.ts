/**
 * A Russian merger or accession decided, the noun after the decision ("приняли решение о слиянии",
 * "решение о присоединении к партии") or before it ("о слиянии решение приняли", "об объединении
 * договорённость достигнута"). The decision is the day's act; the merger it decides is ahead (a
 * congress and a new registration do it), so that day is not the merger's.
 */

/** The merger's nouns: "слияние", "объединение", "присоединение", in any case. */
const MERGER_NOUN = String.raw`(?:слияни|объединени|присоединени)\p{L}*`;

/** Read up to the cue's first word (Aspect.aheadBefore): "решение о (скором) слиянии". */
export const RU_DECIDED_MERGER_BEFORE = String.raw`(?<![\p{L}])решени\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?об?\s+(?:[\p{L}-]+(?:ом|ем|ём|ой|ей)\s+)?${MERGER_NOUN}$`;

/**
 * Read from the cue on (Aspect.ahead), up to four words between: "слиянии (было) решение", "слиянии
 * с партией «Республика» решение", "объединении договорённость".
 */
export const RU_DECIDED_MERGER_AFTER = String.raw`^${MERGER_NOUN}(?:\s+[^\s.,;!?]+){0,4}?\s+(?:решени|договор[её]нност)`;
