/**
 * A sentence telling a story forward from a stated month ("внесен в Мажилис в сентябре 2023 года,
 * одобрен Сенатом 14 февраля и подписан 3 апреля"; "2023 жылдың қыркүйегінде енгізіліп, 14 ақпанда
 * Сенат мақұлдады") names, in a later member of its series of predicates, a month earlier in the
 * calendar than the one it stated: the story has stepped into the next year. A member goes on from
 * the one before it and never back, so that month is of the year after the stated one, not the
 * year nearest the publication (which may lie years later) nor the stated year (before the story).
 * Whether the date stands in such a member, and not in a clause that describes a noun or reports
 * speech ("закон, принятый 14 февраля", "14 ақпанда Мәжіліс қабылдаған заң"), is the language's
 * (SentenceYearWords.memberOfStory).
 */
import { SENTENCE_YEAR } from './sentenceYearWords';
import type { Timex } from './timex';
import { BOUNDARY, carryInto, earlierMonth, memberRest } from './storyCarry';

/**
 * The date in the year after the frame's, when it stands in a later member of a story told forward
 * from the frame's month and names an earlier month; otherwise undefined.
 */
export function nextYearOfStory(
  text: string,
  frame: { year: string; value: string; end: number },
  t: Timex,
  lang?: 'kk' | 'ru',
): Timex | undefined {
  const between = text.slice(frame.end, t.start);
  // (Only across a clause boundary: within one clause an earlier month is some noun's attribute.)
  if (!lang || !earlierMonth(frame.value, t) || !BOUNDARY.test(between)) return undefined;
  const head = between.split(BOUNDARY).at(-1)!;
  if (!SENTENCE_YEAR[lang].memberOfStory?.(head, memberRest(text, t))) return undefined;
  return carryInto(t, String(Number(frame.year) + 1));
}
