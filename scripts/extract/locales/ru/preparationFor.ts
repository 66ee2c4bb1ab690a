/**
 * "подготовка к …", "готовность ко …": what is prepared for lies ahead. Read by the date's owner
 * (events/dateOwnership.ts: the gathering after it owns the date in its phrase) and by the tense
 * guess (dates/guessRuDirection.ts: that date is ahead).
 */
export const RU_PREPARATION_FOR = String.raw`(?:подготовк|готовност)\p{L}*\s+ко?`;
