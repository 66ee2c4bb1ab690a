import type { Token } from '../../../dates/tokenize';

/** "бұрын" (ago) after the bare noun: "5000 жыл бұрын"; a year before is "2000 жылдан бұрын". */
const AGO = /^бұрын(?:ғы)?$/u;
/** "астам", "аса", "артық" (more than) after the ablative: "2000 жылдан астам". */
const MORE_THAN = /^(?:астам|аса|артық)$/u;

/**
 * Whether the form of "жыл" at `i`, after a number the size of a year, counts years instead of
 * naming one: the -лық adjective ("2000 жылдық тарих", a history of 2000 years), the anniversary
 * "жылдығы" ("1500 жылдығы", left out as every anniversary is), the bare noun before "бұрын"
 * ("5000 жыл бұрын", 5000 years ago), and the ablative before "астам" ("2000 жылдан астам").
 * @example isKkYearCount(tokenize('2000 жылдық тарих'), 1) // true
 */
export function isKkYearCount(tokens: readonly Token[], i: number): boolean {
  const low = tokens[i]?.low ?? '';
  const after = tokens[i + 1]?.low ?? '';
  if (/^жылд[ыі][қғ]/u.test(low)) return true;
  if (low === 'жыл' && AGO.test(after)) return true;
  return low === 'жылдан' && MORE_THAN.test(after);
}
