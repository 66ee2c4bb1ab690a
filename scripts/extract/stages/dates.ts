/**
 * Stage 6 — dates: tag every paragraph and resolve each expression against the document date.
 * When the publication date is an interval, each expression is resolved against both ends and is
 * certain only if the two readings agree (e.g. "20 қарашада" between 2022-10-06 and 2022-11-19).
 */
import { weekdayAppositions, weekdaysOfToldDay } from '../dates/weekdayApposition';
import { fillContextYears } from '../dates/contextYear';
import { fullDateTense } from '../dates/fullDateTense';
import { yearsFromChronology, type ChronologyRun } from '../dates/chronology';
import { lastToldDay, yearToldLast } from '../dates/nextDay';
import { yearsFromRecall, type MonthYears } from '../dates/recallYear';
import { openOnHeading, yearsOfThisDay, type ThisDaySection } from '../dates/thisDaySection';
import { parseDct } from '../dates/utcCalendar';
import { rangeStart } from '../dates/interval';
import type { TagOptions, Timex } from '../dates/timex';
import type { Doc } from '../types';
import type { DocumentDate } from './documentDate';

export type Tagger = (text: string, opts: TagOptions) => Timex[];

export interface DocTimex extends Timex {
  sentence: number;
  /** The reading against the interval's other end, when it differs. */
  valueTo?: string;
  /** True when the value does not depend on which end of the publication interval is used. */
  agrees: boolean;
}

export function tagDocument(doc: Doc, dct: DocumentDate | undefined, tag: Tagger): DocTimex[] {
  const out: DocTimex[] = [];
  // The last full date told so far: a paragraph opening "Келесі күні" counts from it.
  let before: string | undefined;
  // The year last written in the article ("2022 жылғы 16 наурызда"): "сол жылдың 5 маусымында" in
  // a later paragraph is of it, not of a "бүгін" told since.
  let beforeYear: string | undefined;
  // The months the article has named with a year: a recall paragraph's year-less days are theirs.
  const months: MonthYears = new Map();
  // A chronology's run of date-led paragraphs and the year it is in (one per reading).
  const run: ChronologyRun = {};
  const runTo: ChronologyRun = {};
  // A "this day in history" section's year-led paragraphs: the publication's day in their year,
  // only where the publication is one day (an interval gives no day to put them on).
  const section: ThisDaySection = {};
  const day = dct?.precision === 'day' ? parseDct(dct.from) : undefined;
  let end = 0;
  for (const [k, p] of doc.paragraphs.entries()) {
    // (A heading such as "Тарихта бүгін" stands between paragraphs as header matter.)
    openOnHeading(doc.lang, doc.text.slice(end, p.start), section);
    end = p.end;
    // What the paragraphs before told, for both readings of an interval.
    const told = {
      lang: doc.lang,
      ...(before ? { before } : {}),
      ...(beforeYear ? { beforeYear } : {}),
      // (Only for a short paragraph: a heading such as "Январь" over the one after it.)
      ...(p.text.length <= 40 && doc.paragraphs[k + 1]
        ? { after: doc.paragraphs[k + 1]!.text.slice(0, 400) }
        : {}),
    };
    // (The stages read a range's two ends apart: its start as the value, its end as endValue.)
    const tagged = tag(p.text, { ...told, dct: dct?.from }).map(rangeStart);
    const second =
      dct?.to && dct.to !== dct.from
        ? yearsFromRecall(
            doc.lang,
            p.text,
            yearsFromChronology(
              p.text,
              tag(p.text, { ...told, dct: dct.to }).map(rangeStart),
              runTo,
            ),
            new Map(months),
          )
        : undefined;
    const first = yearsFromRecall(
      doc.lang,
      p.text,
      yearsFromChronology(p.text, yearsOfThisDay(doc.lang, p.text, tagged, section, day), run),
      months,
    );
    before = lastToldDay(first, before);
    for (const t of first)
      if (t.anchor === 'absolute' && /^\d{4}/u.test(t.value)) beforeYear = yearToldLast(t);
    const openEnded = dct !== undefined && dct.to === undefined;
    const bySpan = new Map((second ?? first).map((s) => [`${s.start}:${s.end}`, s]));
    for (const t of first) {
      const other = bySpan.get(`${t.start}:${t.end}`);
      const start = p.start + t.start;
      const sentence = sentenceAt(doc.sentences, start);
      const agrees = !openEnded || t.anchor === 'absolute';
      out.push({
        ...t,
        start,
        end: p.start + t.end,
        sentence: sentence?.index ?? -1,
        agrees: agrees && (other === undefined || other.value === t.value),
        ...(other && other.value !== t.value ? { valueTo: other.value } : {}),
      });
    }
  }
  // Without a publication date, a year stated anywhere earlier in the article (not only in the
  // same paragraph) frames a year-less date: the article is read as one text.
  if (dct) return out;
  // (Then a weekday beside a date that only the article's years placed names that date, and a
  // bare weekday the day the story told on it: "в понедельник, 19 декабря … в понедельник".)
  const tense = (t: DocTimex) => fullDateTense(doc.lang, doc.text, t);
  return weekdaysOfToldDay(weekdayAppositions(doc.text, fillContextYears(out, doc.text, tense)));
}

/** The sentence holding offset `at` (sentences are sorted and disjoint): a binary search. */
function sentenceAt(sentences: Doc['sentences'], at: number): Doc['sentences'][number] | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
