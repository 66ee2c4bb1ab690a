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
import { withYear } from './yearlessDate';

/** A clause boundary: what separates the members of a series told in one sentence. */
const BOUNDARY = /[,;:—–(]/u;
/** The end of the date's member: the next boundary or the sentence's end. */
const MEMBER_END = /[,;:—–().!?\n]/u;

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
  const stated = /^\d{4}-(\d{2})/u.exec(frame.value)?.[1];
  const own = /^(?:\d{4}|XXXX)-(\d{2})/u.exec(t.value)?.[1];
  const between = text.slice(frame.end, t.start);
  // (Only across a clause boundary: within one clause an earlier month is some noun's attribute.)
  if (!lang || !stated || !own || own >= stated || !BOUNDARY.test(between)) return undefined;
  const head = between.split(BOUNDARY).at(-1)!;
  const rest = text.slice(t.end, t.end + 200).split(MEMBER_END)[0]!;
  if (!SENTENCE_YEAR[lang].memberOfStory?.(head, rest)) return undefined;
  const out = withYear(t, String(Number(frame.year) + 1));
  // A date told as done took the latest such day before the publication: the story cannot carry
  // it past the publication (narrativeYear.ts keeps the same bound).
  if (out === t || (t.direction === 'past' && t.anchor === 'dct' && out.value > t.value))
    return undefined;
  return out;
}
