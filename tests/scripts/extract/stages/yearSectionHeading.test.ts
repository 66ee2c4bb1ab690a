/**
 * A year alone on its line under the title ("2022" over "Қаңтарда елде жаппай наразылық болды …")
 * heads the chronicle's section below it: it is no view count, and the section's year-less days
 * and months are that year's. Read as the page's views, the line left the header and the entries
 * under it fell in the publication's year (January 2026). Generated: both languages × years ×
 * every month × the entry's opener (the month alone, a day of it) × one heading or two; a number
 * over plain text stays the view count. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../../scripts/extract/stages/clean';
import { readHeader } from '../../../../scripts/extract/stages/header';
import { extractSentences } from '../events/extractSentences';
import { KK_MONTHS, RU_MONTHS_GENITIVE, RU_MONTHS_PREPOSITIONAL } from '../monthNames';

type Lang = 'kk' | 'ru';

/** A Kazakh month in the locative, by its last sound and vowel: "қаңтарда", "қыркүйекте". */
const kkLocative = (m: string) => {
  const front = /[әеөүі][^аәеөоұүыі]*$/u.test(m);
  const t = /[кқпстфхцчшщ]$/u.test(m);
  return m + (t ? 'т' : 'д') + (front ? 'е' : 'а');
};
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** An entry's opener: the month alone, or a day of it. */
const OPENERS: Record<Lang, Array<(m: number) => string>> = {
  kk: [(m) => cap(kkLocative(KK_MONTHS[m]!)), (m) => `5 ${kkLocative(KK_MONTHS[m]!)}`],
  ru: [(m) => `В ${RU_MONTHS_PREPOSITIONAL[m]}`, (m) => `5 ${RU_MONTHS_GENITIVE[m]}`],
};
/** The rest of an entry, long enough to be running text. */
const REST: Record<Lang, string> = {
  kk: 'елде жаппай наразылық болды, бірнеше қалада митингілер өтті. Наразылық бірнеше күнге созылды.',
  ru: 'в стране прошли массовые протесты, митинги прошли в нескольких городах. Протесты длились несколько дней.',
};
const TITLE: Record<Lang, string> = {
  kk: 'Елдегі саяси оқиғалар шежіресі',
  ru: 'Хроника политических событий в стране',
};

const forms: Array<{ lang: Lang; text: string }> = [];
for (const lang of ['kk', 'ru'] as const)
  for (const year of [2019, 2022])
    for (let m = 0; m < 12; m++)
      for (const opener of OPENERS[lang])
        for (const two of [false, true]) {
          const entry = `${opener(m)} ${REST[lang]}`;
          const text = [
            TITLE[lang],
            String(year),
            entry,
            ...(two ? [String(year + 1), entry] : []),
          ];
          forms.push({ lang, text: text.join('\n\n') });
        }

describe('a year alone over entries heads them, and counts no views', () => {
  it.each(forms)('$lang: $text', ({ text }) => {
    const { header, lines } = readHeader(clean(text));
    expect(header.views).toBeUndefined();
    expect(lines.find((l) => /^\d{4}$/u.test(l.text))?.kind).toBe('body');
  });
  it.each([
    ['kk', 'Қаңтарда', '2022-01'],
    ['ru', 'В январе', '2022-01'],
  ] as const)("%s: the section's month is the heading's year", (lang, opener, month) => {
    const text = `2022\n\n${opener} ${REST[lang]}`;
    const dates = extractSentences(lang, text, '2026-03-12').events.map((e) => e.date.edtf);
    expect(dates).toContain(month);
    expect(dates).not.toContain('2026-01');
  });
  it('a number over plain text is still the view count', () => {
    const { header } = readHeader(clean(`Бір тақырып мұнда\n2022\n${'Сөйлем. '.repeat(20)}`));
    expect(header.views).toBe(2022);
  });
});
