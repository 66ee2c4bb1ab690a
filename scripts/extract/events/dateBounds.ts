/**
 * The bounds a sentence puts on an undated act's time: "После выборов в Мажилис 19 марта 2023 года
 * правительство сложило полномочия" tells no day for the resignation, only that it came on or
 * after the 19th. Such an act is not dated by the bound (it stays unplaced unless another rule
 * dates it), but it is no report of a resignation the article dated before that day: merging it
 * there (mergeInArticle.ts, combine.ts datesCompatible) put "Smailov resigns" on the day Mamin did.
 * The phrases are each language's (locales/<lang>/events/dateBound.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { edtfRange } from '../../../src/model/queries/edtfRange';
import type { DocTimex } from '../stages/dates';
import type { When } from './whenInput';
import type { Sentence } from '../types';
import { KK_DATE_BOUND } from '../locales/kk/events/dateBound';
import { RU_DATE_BOUND } from '../locales/ru/events/dateBound';
import type { DateBoundGrammar } from './dateBoundGrammar';
import type { TriggerHit } from './findTriggers';

const GRAMMAR: Record<SourceLang, DateBoundGrammar> = { kk: KK_DATE_BOUND, ru: RU_DATE_BOUND };

/** The first and last day (YYYY-MM-DD) the act can fall on; either may be missing. */
export interface DateBounds {
  notBefore?: string;
  notAfter?: string;
}

/** A calendar year, month or day: what a bound is read from (not a week, a season, a span). */
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/**
 * The bounds of the act `hit` tells: the bounding phrases of its clause
 * (no comma, semicolon or colon between them), not naming the trigger itself (the election in
 * "после выборов" is the bound's event, not bounded by it).
 */
export function dateBounds(
  lang: SourceLang,
  s: Sentence,
  hit: Pick<TriggerHit, 'at' | 'text'>,
  timexes: readonly DocTimex[],
): DateBounds {
  const g = GRAMMAR[lang];
  // (The trigger's last letter: a cue may open on a noun the phrase shares, "Мәжіліс сайлауынан
  // кейін Мәжіліс таратылды".)
  const at = hit.at + hit.text.length - 1;
  // (Most sentences hold no bounding word: one test, then nothing more.)
  if (timexes.length === 0 || !g.cue.test(s.text)) return {};
  const out: DateBounds = {};
  for (const p of g.phrases(s.text)) {
    const between = at < p.from ? s.text.slice(at, p.from) : s.text.slice(p.to, at);
    if (/[,;:]/u.test(between)) continue;
    const inside = timexes.filter((t) => t.start - s.start >= p.from && t.end - s.start <= p.to);
    const t = g.dateFirst ? inside[0] : inside.at(-1);
    if (!t || !CALENDAR.test(t.value)) continue;
    // The event named, from the preposition to its date ("после выборов … 19 марта 2023 года") or
    // from its date to the postposition ("19 наурыздағы сайлаудан кейін"), is the bound's own.
    const [lo, hi] = g.dateFirst ? [p.from, t.end - s.start] : [t.start - s.start, p.to];
    if (at >= lo && at < hi) continue;
    const phrase = s.text.slice(p.from, p.to);
    if (!g.ofPhrase(t.text, phrase, t.end - s.start - p.from)) continue;
    const range = edtfRange(t.value);
    if (!range) continue;
    if (p.side === 'after') {
      const day = isoDay(range[0]);
      if (!out.notBefore || day > out.notBefore) out.notBefore = day;
    } else {
      const day = isoDay(range[1] - DAY_MS);
      if (!out.notAfter || day < out.notAfter) out.notAfter = day;
    }
  }
  return out;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether a date (EDTF) can fall within the bounds: its span meets them. */
export function withinBounds(bounds: DateBounds, edtf: string): boolean {
  if (!bounds.notBefore && !bounds.notAfter) return true;
  const range = edtfRange(edtf);
  if (!range) return true;
  if (bounds.notBefore && Number.isFinite(range[1]) && isoDay(range[1] - DAY_MS) < bounds.notBefore)
    return false;
  return !(bounds.notAfter && Number.isFinite(range[0]) && isoDay(range[0]) > bounds.notAfter);
}

/** The bounds two reports of one act put together: the later start, the earlier end. */
export function joinedBounds(a: DateBounds, b: DateBounds): DateBounds {
  const notBefore = [a.notBefore, b.notBefore].filter(Boolean).sort().at(-1);
  const notAfter = [a.notAfter, b.notAfter].filter(Boolean).sort()[0];
  return { ...(notBefore ? { notBefore } : {}), ...(notAfter ? { notAfter } : {}) };
}

/**
 * The dating of an act (events/when.ts) with the bounds its sentence gives: kept on an undated act
 * for merging; and a day not the sentence's own, inherited from the story or the publication, that
 * falls outside them is dropped ("До 2023 года правительство ушло в отставку" in an article of
 * 2025 is no resignation of that day, "2023 жылға дейін Үкімет отставкаға кетті" none of the day
 * the sentence before told). A day of its own is the text's word and stays.
 */
export function boundedWhen(
  when: When,
  own: DocTimex | undefined,
  lang: SourceLang,
  s: Sentence,
  hit: Pick<TriggerHit, 'at' | 'text'>,
  timexes: readonly DocTimex[],
): When & DateBounds {
  if (own && when.date) return when;
  const bounds = dateBounds(lang, s, hit, timexes);
  if (!bounds.notBefore && !bounds.notAfter) return when;
  if (!when.date) return { ...when, ...bounds };
  if (withinBounds(bounds, when.date.edtf)) return when;
  return { status: when.status, undatedReason: 'recalled-no-date', ...bounds };
}

/** Only the bounds of a dating, for the candidate (none when it gives none). */
export function boundsOf(w: DateBounds): DateBounds {
  return {
    ...(w.notBefore ? { notBefore: w.notBefore } : {}),
    ...(w.notAfter ? { notAfter: w.notAfter } : {}),
  };
}
