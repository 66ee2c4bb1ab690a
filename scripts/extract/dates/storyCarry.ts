/**
 * What the story rules share (storyNextYear.ts, storyYear.ts, storyNextSentence.ts): where a
 * member of a story told in one sentence ends, whether a year-less date names an earlier month
 * than the story's stated one, and how a date is carried into the story's year.
 */
import type { Timex } from './timex';
import { withYear } from './yearlessDate';

/** A clause boundary: what separates the members of a series told in one sentence. */
export const BOUNDARY = /[,;:—–(]/u;
/** The end of the date's member: the next boundary or the sentence's end. */
export const MEMBER_END = /[,;:—–().!?\n]/u;

/** The words after a date up to the end of its member (at most 200 characters). */
export const memberRest = (text: string, t: Timex): string =>
  text.slice(t.end, t.end + 200).split(MEMBER_END)[0]!;

/** Whether the date names a month earlier than the stated one ("2023-09" then "февраль"). */
export function earlierMonth(stated: string, t: Timex): boolean {
  const a = /^\d{4}-(\d{2})/u.exec(stated)?.[1];
  const b = /^(?:\d{4}|XXXX)-(\d{2})/u.exec(t.value)?.[1];
  return a !== undefined && b !== undefined && b < a;
}

/**
 * The date in `year`, or undefined when that changes nothing or would carry a date told as done
 * past the publication: such a date took the latest such day before it, the text cannot mean a
 * later one (narrativeYear.ts keeps the same bound).
 */
export function carryInto(t: Timex, year: string): Timex | undefined {
  const out = withYear(t, year);
  if (out === t || (t.direction === 'past' && t.anchor === 'dct' && out.value > t.value))
    return undefined;
  return out;
}
