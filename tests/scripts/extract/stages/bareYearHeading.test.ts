/**
 * A year alone on its line, heading a chronicle's entries ("2022" over "Президент подписал
 * указ."), dates the entry under it by that year, as "2022 год" does: the header reads the line as
 * the section's heading (yearSectionHeading.test.ts), but the tagger read no date in a bare
 * number, so the entry, with no date of its own, fell on the publication day. A four-digit year
 * that is its whole sentence is now a year (locales/common/listedHeading.ts); inside a sentence a
 * bare number stays a count. Generated: both languages × years × entries × the year with and
 * without its point; and numbers in a sentence. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../events/extractSentences';

type Lang = 'kk' | 'ru';
const TITLE: Record<Lang, string> = {
  kk: 'Мемлекет басшысының жарлықтары',
  ru: 'Указы главы государства',
};
const ENTRIES: Record<Lang, string[]> = {
  kk: ['Мемлекет басшысы Жарлыққа қол қойды.', 'Президент заңға қол қойды.'],
  ru: ['Президент подписал указ.', 'Глава государства подписал закон.'],
};
const YEARS = [2019, 2022];

const forms = (['kk', 'ru'] as const).flatMap((lang) =>
  YEARS.flatMap((year) =>
    ENTRIES[lang].flatMap((entry) => ['', '.'].map((point) => ({ lang, year, entry, point }))),
  ),
);

describe('a year alone on its line heads the entry under it', () => {
  it.each(forms)('$lang "$year$point" over "$entry"', ({ lang, year, entry, point }) => {
    expect(tagDates(`${year}${point}`, { lang, dct: '2026-03-12' }).map((t) => t.value)).toEqual([
      String(year),
    ]);
    // (A second heading below: the first line is a section's year, no view count.)
    const other = ENTRIES[lang].find((e) => e !== entry)!;
    const text = [TITLE[lang], `${year}${point}`, entry, `${year + 1}${point}`, other].join('\n');
    const first = extractSentences(lang, text, '2026-03-12').events[0]!;
    expect(first.date.edtf).toBe(String(year));
    expect(first.date.precision).toBe('year');
  });
});

describe('a bare number inside a sentence is no year', () => {
  const SENTENCES: Array<[Lang, string]> = [
    ['ru', 'Президент подписал 2022 указа.'],
    ['ru', 'В митинге участвовали 2022 человека.'],
    ['kk', 'Митингіге 2022 адам қатысты.'],
    ['kk', 'Сайлауға 2019 учаске ашылды.'],
  ];
  it.each(SENTENCES)('%s %s', (lang, text) => {
    expect(tagDates(text, { lang, dct: '2026-03-12' })).toEqual([]);
  });
});
