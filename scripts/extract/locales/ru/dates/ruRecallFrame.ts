/**
 * Russian words that open a sentence as a recall of an earlier time: "Ранее, в январе 2022 года,
 * …", "Еще в 2019 году …", "Напомним, в марте 2022 года …", "До этого, в 2019 году, …". A year
 * stated after them is that sentence's recall; the news told after it keeps the publication's
 * year unless it too is told as past (dates/narrativeYear.ts).
 */
const RECALL_FRAME =
  /(?<![\p{L}])(?:ранее|прежде|до\s+этого|напомн(?:им|ю)|ещ[её]\s+(?:в|во|с)\s+(?:[\p{L}-]+\s+)?$)(?![\p{L}])/iu;

/** `head`: the date's sentence before it. */
export function isRuRecallFrame(head: string): boolean {
  return RECALL_FRAME.test(head);
}
