/**
 * Russian words that open a recall of the past: "Напомним", "Напомню". Narrower than the events'
 * recall cues on purpose: a recalled day is moved to the year its month was named with only after
 * one of these (dates/recallYear.ts).
 */
export const RU_RECALL_CUE = /(?:^|[^\p{L}])напомн(?:им|ю)(?![\p{L}])/iu;
