import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

// TIMEX3 values this tagger may produce.
const VALUE =
  /^(?:\d{1,4}|XXXX)(?:-(?:\d{2}|SP|SU|FA|WI|W\d{2}|Q\d|XX)(?:-(?:\d{2}|XX|\d))?)?(?:T\d{2}:\d{2})?$|^P(?:\d+(?:\.\d+)?|X)[YMWDEQ]$|^PT(?:\d+|X)[HM]$|^(?:PRESENT|PAST|FUTURE)_REF$|^XXXX-WXX-\d$/u;

const KK_WORDS = [
  '2022',
  'жылы',
  'наурыз',
  '16-наурызда',
  'бүгін',
  'өткен',
  'жыл',
  'сайын',
  '5',
  'ай',
  '31.02.2026',
  'бен',
  '–',
  'дейін',
  'екі',
  'мың',
  'сағат',
  '18:00',
];

describe('tagDates', () => {
  it('tagDates never throws and returns sorted, non-overlapping spans that slice the text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.array(fc.constantFrom(...KK_WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('kk' as const, 'ru' as const),
        fc.boolean(),
        (t, lang, withDct) => {
          const found = tagDates(t, { lang, ...(withDct && { dct: '2022-03-01' }) });
          let last = 0;
          for (const x of found) {
            expect(t.slice(x.start, x.end)).toBe(x.text);
            expect(x.start).toBeGreaterThanOrEqual(last);
            expect(x.end).toBeGreaterThan(x.start);
            expect(x.value).toMatch(VALUE);
            last = x.end;
          }
        },
      ),
      { numRuns: 300, seed: 20220301 },
    );
  });

  it('tagDates grows roughly linearly on one repeated character (no catastrophic backtracking)', () => {
    const time = (n: number) => {
      const t0 = performance.now();
      tagDates('а'.repeat(n), { lang: 'kk' });
      tagDates('1 '.repeat(n / 2), { lang: 'kk' });
      return performance.now() - t0;
    };
    time(50_000);
    // Generous bound: quadratic behaviour would take minutes here, linear takes well under a second.
    expect(time(400_000)).toBeLessThan(10_000);
  });

  it('tagDates never returns overlapping spans when growing to whole words joins two dates', () => {
    const found = tagDates('бүгін16-наурызда', { lang: 'kk' });
    expect(found).toHaveLength(1);
    expect(tagDates('Сайлау-2022 және 20 қарашада', { lang: 'kk' }).map((t) => t.value)).toEqual([
      '2022',
      '2022-11-20',
    ]);
  });

  it('tagDates rejects a malformed DCT', () => {
    expect(() => tagDates('бүгін', { lang: 'kk', dct: '2022-02-30' })).toThrow(/calendar day/u);
  });
});
