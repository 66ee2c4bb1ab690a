/**
 * Kazakh words that open a sentence as a recall of an earlier time: "Бұған дейін, 2022 жылғы
 * қаңтарда …", "Бұдан бұрын 2019 жылы …", "Сол кезде, 2022 жылы …", "Еске салайық, …". A year
 * stated after them is that sentence's recall; the news told after it keeps the publication's
 * year unless it too is told as past (dates/narrativeYear.ts).
 */
const RECALL_FRAME =
  /(?<![\p{L}])(?:бұған\s+дейін|бұдан\s+(?:бұрын|бұрынырақ)|осыдан\s+бұрын|сол\s+(?:кезде|уақытта|кезеңде)|еске\s+сал(?:айық|а\s+кетейік)|айта\s+кетейік)(?![\p{L}])/iu;

/** `head`: the date's sentence before it. */
export function isKkRecallFrame(head: string): boolean {
  return RECALL_FRAME.test(head);
}
