/**
 * The tense a text tells a full date in ("2024 жылғы 6 қазанда өткен", "14 февраля 2024 года …
 * прошла"): the text was written after every day it tells as past. Read by the same grammar that
 * gives a year-less date its direction.
 */
import { inClauseOfSpeech } from './quotedClause';
import { GRAMMARS } from './tagDates';
import type { Timex } from './timex';

export function fullDateTense(
  lang: 'kk' | 'ru',
  text: string,
  t: Pick<Timex, 'start' | 'end'>,
): 'past' | 'future' | undefined {
  // A day of an act only named (a Kazakh verbal noun: "15 наурызға тағайындау туралы Жарлыққа қол
  // қойған"): the act is not told in any tense, the verb after it is another's.
  const { untensedAfter, direction } = GRAMMARS[lang];
  if (untensedAfter?.test(text.slice(t.end, t.end + 40))) return undefined;
  // (Direct speech is a clause of its own: dates/quotedClause.ts.)
  return inClauseOfSpeech(text, t.start, t.end, direction);
}
