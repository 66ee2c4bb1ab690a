/**
 * A cue a later dated clause repeats is a second act. The sentences are generated from clause
 * pairs, conjunctions and dates written for the test; the whole-pipeline rows are in
 * kindAndDay.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { sentenceHits } from '../../../../scripts/extract/events/laterClauses';
import type { DocTimex } from '../../../../scripts/extract/stages/dates';

function hitsOf(lang: 'kk' | 'ru', text: string, start = 0) {
  const sentence = { index: 0, paragraph: 0, start, end: start + text.length, text };
  const dates = tagDates(text, { lang, dct: '2024-06-10' }).map(
    (t) =>
      ({ ...t, start: t.start + start, end: t.end + start, sentence: 0, agrees: true }) as DocTimex,
  );
  return sentenceHits(lang, sentence, dates).map((h) => `${h.trigger.type}@${h.at}`);
}

// [language, first clause, joins, second clause, the kind both tell]
const PAIRS: Array<['kk' | 'ru', string, string[], string, string]> = [
  [
    'ru',
    'Первая сессия прошла 2 марта',
    [', а ', ', и ', '; '],
    'вторая сессия прошла 15 марта',
    'session',
  ],
  [
    'ru',
    'Закон был одобрен Мажилисом 14 февраля',
    [', а ', '; '],
    'Сенат принял его 3 апреля',
    'law',
  ],
  [
    'ru',
    'Съезд партии состоялся 1 марта',
    [', а ', ', но '],
    'внеочередной съезд прошёл 20 мая',
    'congress',
  ],
  [
    'kk',
    'Мәжіліс заң жобасын 10 қаңтарда мақұлдады',
    [', ал ', '; '],
    'Сенат оны 25 ақпанда қабылдады',
    'law',
  ],
  [
    'kk',
    'Бірінші сессия 2 наурызда өтті',
    [', ал ', ', бірақ ', ', '],
    'екінші сессия 15 мамырда өтті',
    'session',
  ],
  // A Kazakh clause ends with its finite verb: a comma after it, with no conjunction, starts the
  // next one (past -ды/-ді/-ты/-ті, present -ады/-еді); and a stop is a step like a start.
  [
    'kk',
    'Үгіт кезеңі 10 ақпанда басталды',
    [', ', ', ал '],
    'ол 14 наурыз күні сағат 00:00-де аяқталады',
    'other',
  ],
  ['kk', 'Үгіт кезеңі 10 ақпанда басталды', [', '], 'ол 14 наурызда тоқтатылады', 'other'],
  ['kk', 'Үгіт 8 шілдеде басталып', [', '], '9 тамыз күні сағат 24:00-де тоқтатылады', 'other'],
];

describe('a cue repeated in a later clause with its own date is a second hit', () => {
  const cases = PAIRS.flatMap(([lang, first, joins, second, kind]) =>
    joins.map((join) => [lang, `${first}${join}${second}.`, kind] as const),
  );
  it.each(cases)('%s: %s', (lang, text, kind) => {
    const at = hitsOf(lang, text)
      .filter((h) => h.startsWith(`${kind}@`))
      .map((h) => Number(h.split('@')[1]));
    // One in each clause: the second stands where its own date is.
    const join = text.search(/[,;]/u);
    expect(at.filter((a) => a < join).length).toBeGreaterThan(0);
    expect(at.filter((a) => a > join)).toHaveLength(1);
  });

  it.each(cases)('%s (a sentence later in its article): %s', (lang, text, kind) => {
    const offset = hitsOf(lang, text, 500).filter((h) => h.startsWith(`${kind}@`));
    expect(offset).toEqual(hitsOf(lang, text).filter((h) => h.startsWith(`${kind}@`)));
  });
});

describe('no second hit without a second dated clause', () => {
  it.each([
    ['ru', 'Первая сессия прошла 2 марта, а вторая сессия прошла позже.'],
    ['ru', 'Первая сессия прошла, а вторая сессия прошла 15 марта.'],
    ['ru', 'Первая сессия прошла 2 марта и вторая сессия прошла 15 марта.'],
    ['kk', 'Бірінші сессия 2 наурызда өтті, ал екінші сессия кейінірек өтті.'],
    // A pronoun's chamber adopting something that is not a bill.
    ['ru', 'Мажилис одобрил обращение 14 февраля, а Сенат принял его 3 апреля.'],
  ] as const)('%s: %s', (lang, text) => {
    const kinds = hitsOf(lang, text).map((h) => h.split('@')[0]);
    expect(kinds.filter((k) => k === 'session' || k === 'law').length).toBeLessThan(2);
  });
});
