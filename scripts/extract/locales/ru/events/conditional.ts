/**
 * A Russian condition: the clause "если …" (or "в случае, если …", "при условии, что …") up to the
 * comma, semicolon or dash that closes it; and so a clause of an earlier or a later time, "после
 * того, как …", "до того, как …", "с тех пор, как …" ("Выборы понадобились после того, как аким
 * был освобожден от должности в сентябре": September is the dismissal's, not the vote's). What it tells and the main clause's act are two
 * events with a date each: "Если референдум состоится в 2027 году, выборы пройдут не раньше
 * 2028-го" gives 2027 to the referendum alone; "Если закон будет принят, парламент сложит
 * полномочия с 1 июля" gives 1 July to the parliament's act, not the law's.
 */
const CONDITION =
  /(?<![\p{L}])(?:если|при\s+условии,?\s+что|(?:после|до)\s+того,?\s+как|с\s+тех\s+пор,?\s+как)(?![\p{L}])[^,;:—–]*/giu;

/** The spans [start, end) of the sentence's conditions. */
export function ruConditions(text: string): Array<[number, number]> {
  return [...text.matchAll(CONDITION)].map((m) => [m.index, m.index + m[0].length]);
}
