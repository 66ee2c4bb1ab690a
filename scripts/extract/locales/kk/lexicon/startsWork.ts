/**
 * Kazakh cues of a body starting its work from a day (events/startsWork.ts): "жұмыс істейді",
 * "жұмыс істей бастады", "жұмысын бастайды", "жұмысына кіріседі".
 */
export const KK_STARTS_WORK =
  /(?<![\p{L}])(?:жұмыс\s+істе(?:йді|мек|й\s+баста\p{L}*)|жұмысын\s+баста\p{L}*|жұмысына\s+кіріс\p{L}*)/iu;
