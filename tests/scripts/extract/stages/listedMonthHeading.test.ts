/**
 * A month and its year listed with a comma on a line of their own ("Маусым, 2022", "2022 жыл,
 * маусым", "Июнь, 2022", "2022 год, июнь") head the entries under them as "2022 жылғы маусым"
 * does: "Маусым, 2022" over "Мемлекет басшысы Жарлыққа қол қойды." gave the signing on the
 * publication day, as the tagger read no date in the Kazakh comma forms (the year ended its
 * phrase at the comma, and "Маусым" alone is a season too), and "2022 год, июнь" as two dates,
 * which no heading is. The signing beside a coming into force of its own date
 * ("Жарлық 2022 жылғы 1 шілдеде күшіне енеді") was lost too. Generated: every month × both
 * languages × both orders × the year word (none, the word, its abbreviation) × the heading on
 * its own line or as the paragraph's first sentence × with and without the coming into force;
 * and lists in a sentence, which stay apart. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../events/extractSentences';
import { KK_MONTHS, RU_MONTHS_NOMINATIVE } from '../monthNames';

type Lang = 'kk' | 'ru';
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const low = (s: string) => s.toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');

const LANGS: Record<Lang, { months: string[]; yearWords: string[] }> = {
  kk: { months: KK_MONTHS, yearWords: ['', ' жыл', ' ж.'] },
  ru: { months: RU_MONTHS_NOMINATIVE, yearWords: ['', ' год', ' г.'] },
};
const SIGNED = {
  kk: 'Мемлекет басшысы Жарлыққа қол қойды.',
  ru: 'Глава государства подписал указ.',
};
/** The coming into force on a day of its own, in the next year (any month's heading is before it). */
const IN_FORCE = {
  kk: 'Жарлық 2023 жылғы 1 шілдеде күшіне енеді.',
  ru: 'Указ вступает в силу 1 июля 2023 года.',
};

const headings = (['kk', 'ru'] as const).flatMap((lang) =>
  LANGS[lang].months.flatMap((month, k) =>
    LANGS[lang].yearWords.flatMap((yw) =>
      [`${cap(month)}, 2022${yw}`, `2022${yw}, ${low(month)}`].map((heading) => ({
        lang,
        heading,
        value: `2022-${pad(k + 1)}`,
      })),
    ),
  ),
);

describe('a month and its year listed with a comma head the entries under them', () => {
  it.each(headings)('$lang "$heading" is one date, $value', ({ lang, heading, value }) => {
    const dates = tagDates(heading, { lang, dct: '2026-03-12' });
    expect(dates.map((t) => t.value)).toEqual([value]);
  });

  // (Not "Маусым, 2022 ж. Мемлекет …" on one line: the abbreviation's point ends no sentence.)
  const entries = headings.flatMap((h) =>
    (h.heading.endsWith('.') ? ['\n'] : ['\n', ' ']).map((after) => ({ ...h, after })),
  );
  it.each(entries)(
    '$lang "$heading", then the entry (parted by "$after"): a signing in its month, and the coming into force',
    ({ lang, heading, value, after }) => {
      // (On the same line the heading is a sentence of its own, closed by a full stop.)
      const head = after === ' ' ? `${heading}.` : heading;
      const alone = extractSentences(lang, `${head}${after}${SIGNED[lang]}`, '2026-03-12');
      const signed = alone.events.map((e) => `${e.type} ${e.date.edtf} ${e.date.method}`);
      expect(signed).toEqual([`decree ${value} context`]);
      const both = extractSentences(
        lang,
        `${head}${after}${SIGNED[lang]} ${IN_FORCE[lang]}`,
        '2026-03-12',
      );
      const got = both.events.map((e) => `${e.type} ${e.date.edtf}`).sort();
      expect(got).toEqual([`decree 2023-07-01`, `decree ${value}`].sort());
    },
  );

  it.each([
    ['kk', 'Қаңтар, 2022 жылғы ақпан айлары жылы болды.', ['2026-01', '2022-02']],
    ['kk', 'Қазан, 2022 жылы қалада жиын өтті.', ['2022']],
    ['ru', 'В 2022 году, в июне, прошёл съезд.', ['2022', '2022-06']],
  ] as const)('%s "%s": a comma inside a sentence parts two dates', (lang, text, values) => {
    const dates = tagDates(text, { lang, dct: '2026-03-12' });
    expect(dates.map((t) => t.value)).toEqual(values);
  });
});
