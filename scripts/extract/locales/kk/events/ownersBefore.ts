/**
 * Where a Kazakh noun phrase opens, its head at `at`: its owners stand before it, a genitive
 * ("партиясының съезі", "Сенаттың отырысы") or a bare noun before a head in the possessive (the
 * izafet: "партия съезіне", "Мәжіліс отырысына", "Парламент палаталарының"). Walking back stops at
 * the first word that is neither ("10 наурызда", "Президент" before a bare head).
 */

/** A genitive ending: "-ның", "-нің", "-дың", "-дің", "-тың", "-тің". */
const GENITIVE = /(?:[ндт][ыі]ң)$/u;
/** The third person's possessive, with a case ending after it or none: "съезіне", "отырысы". */
const POSSESSIVE = /(?:с?[ыі])(?:на|не|нда|нде|нан|нен|н|ның|нің|мен)?[»"]?$/u;
/** The word before `end`, with its start. */
const WORD_BEFORE = /([^\s]+)\s+$/u;

export function kkPhraseStart(text: string, at: number): number {
  let start = at;
  let head = /^[^\s]+/u.exec(text.slice(at))?.[0] ?? '';
  for (let i = 0; i < 4; i++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const word = m[1]!;
    if (!/\p{L}/u.test(word) || /[,;:.]$/u.test(word)) break;
    if (!GENITIVE.test(word) && !POSSESSIVE.test(head)) break;
    start -= m[0].length;
    head = word;
  }
  return start;
}
