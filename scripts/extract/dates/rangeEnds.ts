/**
 * The two ends of a range ("с 9 сентября по 5 октября", "13 маусымнан 27 маусымға дейін") are one
 * span: its start is not after its end. Each year-less end takes its year from the tense, and the
 * tense of a span that runs across the publication day points both ways: published on 10
 * September, "с 9 сентября по 5 октября проводится" put its start a year ahead of its end. When
 * the ends disagree, a year-less end moves a year to meet the other: the one of the two readings
 * nearer the publication day (a span under way contains it).
 */
import type { Timex } from './timex';
import type { Grammar } from './tagger';
import { parseDct, toDayNumber, type Ymd } from './utcCalendar';

type SpanByVerbs = Grammar['spanByVerbs'];

const DAY = /^(\d{4})(-\d{2}-\d{2})$/u;
/** "с", "со", "от" before the start; "по", "до" between the ends (Russian). */
const RU_START = /(?:^|[\s(,])(?:с|со|от)\s+$/iu;
const RU_BETWEEN = /^\s+(?:по|до)\s+$/iu;
/** A start in the ablative right before its end (Kazakh): "13 маусымнан 27 маусымға дейін". */
export const KK_FROM = /(?:нан|нен|дан|ден|тан|тен)$/u;
// (Or an act's start and end told by verbs, each language's own: Grammar.spanByVerbs.)

const hasYear = (t: Timex) => /\d{4}/u.test(t.text);
const shift = (value: string, years: number) => {
  const m = DAY.exec(value)!;
  return `${Number(m[1]) + years}${m[2]}`;
};

function isRange(text: string, a: Timex, b: Timex, byVerbs?: SpanByVerbs): boolean {
  const between = text.slice(a.end, b.start);
  const [before, after] = [
    text.slice(Math.max(0, a.start - 30), a.start),
    text.slice(b.end, b.end + 30),
  ];
  if (byVerbs?.(before, between, after)) return true;
  if (RU_BETWEEN.test(between) && RU_START.test(text.slice(Math.max(0, a.start - 6), a.start)))
    return true;
  return KK_FROM.test(a.text) && /^\s+$/u.test(between);
}

/** Distance in days from the publication day to the span [from, to] (0 when it contains it). */
function distance(from: string, to: string, dct: Ymd): number {
  const d = toDayNumber(dct);
  const [f, t] = [toDayNumber(parseDct(from)), toDayNumber(parseDct(to))];
  return d < f ? f - d : d > t ? d - t : 0;
}

export function rangeEnds(
  text: string,
  timexes: Timex[],
  dct: Ymd | undefined,
  byVerbs?: SpanByVerbs,
): Timex[] {
  const out = [...timexes];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!DAY.test(a.value) || !DAY.test(b.value) || a.value <= b.value) continue;
    if (!isRange(text, a, b, byVerbs) || (hasYear(a) && hasYear(b))) continue;
    // (The ends differ by the year: moving one end a year back or ahead always meets the other.)
    const startBack = { a: shift(a.value, -1), b: b.value };
    const endAhead = { a: a.value, b: shift(b.value, 1) };
    const pick =
      hasYear(a) ||
      (dct &&
        !hasYear(b) &&
        distance(endAhead.a, endAhead.b, dct) < distance(startBack.a, startBack.b, dct))
        ? endAhead
        : startBack;
    if (pick.a > pick.b) continue;
    out[i] = { ...a, value: pick.a };
    out[i + 1] = { ...b, value: pick.b };
  }
  return out;
}
