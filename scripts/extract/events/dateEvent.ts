/**
 * Dating an event candidate: the date expression in its own sentence nearest to the trigger; else
 * the publication date ("reported as happening in the article"), which the date says it used.
 * Precision never exceeds what the text gives, and a year taken from context says so.
 */
import type { EventDate, Precision } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?(?:T[\d:]+)?$/u;
const SEASON_EDTF: Record<string, string> = { SP: '21', SU: '22', FA: '23', WI: '24' };

/** The calendar date expressions of each sentence, built once per article. */
export function timexesBySentence(timexes: DocTimex[]): Map<number, DocTimex[]> {
  const by = new Map<number, DocTimex[]>();
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !CALENDAR.test(t.value)) continue;
    by.set(t.sentence, [...(by.get(t.sentence) ?? []), t]);
  }
  return by;
}

/** The date expression of the sentence nearest to the trigger. */
export function pickTimex(
  sentence: Sentence,
  triggerAt: number,
  bySentence: Map<number, DocTimex[]>,
): DocTimex | undefined {
  const at = sentence.start + triggerAt;
  return [...(bySentence.get(sentence.index) ?? [])].sort(
    (a, b) => Math.abs(a.start - at) - Math.abs(b.start - at),
  )[0];
}

/** A date that names its day, month or season ("20 қарашада", "Сәуірде", "в марте"), unlike "бүгін". */
const NAMED =
  /\d|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|көктем|жаз|күз|қыс|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|лет|осен|зим/iu;

export function dateFromTimex(
  t: DocTimex,
  sourceId: string,
  sentence: Sentence,
  dct?: DocumentDate,
): EventDate {
  const evidence = {
    sourceId,
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    expression: { start: t.start, end: t.end, text: t.text },
  };
  const edtf = toEdtf(t.value);
  const precision = precisionOf(t.value);
  if (t.endValue && CALENDAR.test(t.endValue)) {
    // A range ("15–16 наурыз", "2022–2026 жылдары") is an EDTF interval.
    const range = `${edtf}/${toEdtf(t.endValue)}`;
    const certainty = t.anchor === 'absolute' ? 'stated' : t.agrees ? 'resolved' : 'inferred';
    const method = t.anchor === 'absolute' ? 'explicit' : 'year-from-publication';
    return { edtf: range, precision: 'interval', certainty, method, timex: t.value, evidence };
  }
  if (t.anchor === 'absolute') {
    return { edtf, precision, certainty: 'stated', method: 'explicit', timex: t.value, evidence };
  }
  const method = NAMED.test(t.text) ? 'year-from-publication' : 'relative-to-publication';
  if (t.agrees) return { edtf, precision, certainty: 'resolved', method, timex: t.value, evidence };
  // "Today" in an article whose date is only known to lie in an interval is that interval.
  if (method === 'relative-to-publication' && dct) {
    return { ...dateFromPublication(dct), timex: t.value, evidence };
  }
  // The publication date is an interval whose ends give different readings: say so.
  const range = t.valueTo ? `${edtf}/${toEdtf(t.valueTo)}` : `${edtf}?`;
  return {
    edtf: range,
    precision: t.valueTo ? 'interval' : precision,
    certainty: 'inferred',
    method,
    timex: t.value,
    evidence,
  };
}

export function dateFromPublication(dct: DocumentDate): EventDate {
  if (dct.precision === 'interval') {
    return {
      edtf: dct.edtf,
      precision: 'interval',
      certainty: 'inferred',
      method: 'publication-interval',
    };
  }
  return {
    edtf: dct.edtf,
    precision: dct.precision,
    certainty: 'inferred',
    method: 'publication-date',
  };
}

export function toEdtf(value: string): string {
  const season = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (season) return `${season[1]}-${SEASON_EDTF[season[2]!]}`;
  return value.slice(0, 10);
}

function precisionOf(value: string): Precision {
  if (/^\d{4}-(?:SP|SU|FA|WI)$/u.test(value)) return 'season';
  if (/^\d{4}-\d{2}-\d{2}/u.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/u.test(value)) return 'month';
  return 'year';
}

/** First day an EDTF value can mean, for ordering and "is it after publication" checks. */
export function earliestDay(edtf: string): string | undefined {
  const first = edtf.split('/')[0]!.replace(/\?$/u, '');
  if (first === '..' || first === '') return undefined;
  const season = /^(\d{4})-(2[1-4])$/u.exec(first);
  if (season) return `${season[1]}-${['03', '06', '09', '12'][+season[2]! - 21]}-01`;
  return (first + '-01-01').slice(0, 10);
}
