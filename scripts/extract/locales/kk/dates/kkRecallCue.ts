/**
 * Kazakh words that open a recall of the past: "Еске салайық", "Еске сала кетейік", "Айта
 * кетейік" (let us recall, note). Narrower than the events' recall cues on purpose: a recalled day
 * is moved to the year its month was named with only after one of these (dates/recallYear.ts).
 */
export const KK_RECALL_CUE =
  /(?:^|[^\p{L}])(?:еске\s+сал(?:айық|а\s+кетейік)|айта\s+кетейік)(?![\p{L}])/iu;
