import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * What a Kazakh DATE span holds, as KazNERD's annotators drew it (read from the tuning half's
 * gold; the date tagger is judged on exact spans, so every new form must follow it):
 * - The year word with its case or plural ending is inside: "2020-сыншы жылы", "жылғы",
 *   "жылдың", "жылдан", "жылға", "жылды", "жылмен", "жыл", "жылдары", "жылдардағы"; so is the
 *   ordinal marker, digits or words ("11-інші мамыр", "он бірінші мамыр", "2000 жылдық").
 * - A month after a year is inside with its possessive and case: "2020-сыншы жылдың 1-інші
 *   қаңтарынан", "жылдың мамыр айында", "сәуір айының ортасында", "тамыз айына дейін"; after a
 *   bare month the word "айы/айында/айларында" stays outside ("[тамыз] айында",
 *   "[қаңтар – мамыр] айларында"), and "жылы" + month are two spans ("[2021 жылы] [қыркүйекте]").
 * - "күні" after a day stays outside ("[26-ншы наурыз] күні"), "күндері аралығында" of a range
 *   inside; a genitive month with its day: "[наурыздың 25-і] күні".
 * - Ranges are one span with their dash or "мен/бен" and "аралығында": "27-нші наурыз бен
 *   4-інші сәуір аралығында", "2005 – 2018-інші жылдар аралығында", "қыркүйектің 25-і — 26-сына
 *   дейін", "14-інші — 15-інші ғасырларда"; month lists are a span per month.
 * - Postpositions: "дейін", "дейінгі" and "бері" are inside ("2023-інші жылға дейін",
 *   "1996-ншы жылдан бері"); "бастап" and "қарай" are outside ("[2016-ншы жылдан] бастап").
 * - Parts of a period are inside: "жылдың басында", "90-ыншы жылдардың басында", "жыл басынан
 *   бері"; decades "90-ыншы жылдары", "тоқсаныншы жылдардағы"; centuries "он төртінші – он
 *   бесінші ғасырларда"; seasons "өткен жылдың көктемінде", "қыста", "биылғы қыстың".
 * - A leading deictic word is inside ("осы", "өткен", "келер жылдың", "биылғы"), "сонау", "тек",
 *   "Мәселен" are not. Spelled numbers are read like digits ("екі мың жиырмасыншы жылы").
 *
 * Here: a Roman century written like a digit, with a dash glued where the ordinal ending would be
 * ("XX-ғасырда", as "21-ғасырда") or the ending after the dash ("XX-шы ғасырда"), was not tagged
 * at all; "XX ғасырда" was. Generated: centuries I–XXI in Latin and Cyrillic letters × bare dash
 * or each ordinal ending × the forms of "ғасыр" news writes.
 */
const FORMS = [
  'ғасыр',
  'ғасырда',
  'ғасырдағы',
  'ғасырдың басында',
  'ғасырдың екінші жартысында',
  'ғасырдан бері',
  'ғасырға дейін',
];

/** Latin Roman numerals 1–21, and the Cyrillic spelling Kazakh keyboards give ("ХХІ"). */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const roman = (n: number) => 'X'.repeat(Math.floor(n / 10)) + (ROMAN[(n % 10) - 1] ?? '');
const cyrillic = (s: string) => s.replace(/X/gu, 'Х').replace(/I/gu, 'І');

/** The ordinal ending the number's last word takes ("жиырмасыншы", "он тоғызыншы", "бірінші"). */
const UNIT_ENDING = ['', 'інші', 'нші', 'інші', 'інші', 'інші', 'ншы', 'нші', 'інші', 'ыншы'];
const ending = (n: number) => (n % 10 !== 0 ? UNIT_ENDING[n % 10]! : n === 10 ? 'ыншы' : 'сыншы');
/** The short ending by the last vowel's harmony: "XX-шы", "XXI-ші". */
const shortEnding = (n: number) => (/ы/u.test(ending(n)) ? 'шы' : 'ші');

const CENTURIES = Array.from({ length: 21 }, (_, k) => k + 1);
const WRITINGS = CENTURIES.flatMap((n) =>
  [roman(n), cyrillic(roman(n))].flatMap((r) => [
    { n, text: `${r}-` },
    { n, text: `${r}-${ending(n)} ` },
    { n, text: `${r}-${shortEnding(n)} ` },
  ]),
);

describe('a Roman century written like a digit: "XX-ғасырда", "XX-шы ғасырда"', () => {
  it.each(FORMS)('"N-%s" is the Nth century for every numeral and ending', (form) => {
    const wrong = WRITINGS.flatMap(({ n, text: numeral }) => {
      const text = `${numeral}${form}`;
      const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: '2024-05-10' });
      const value = String(n - 1).padStart(2, '0');
      const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
      return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('still reads a range of them: "XIX-XX ғасырларда"', () => {
    const [t] = tagDates('Бұл XIX-XX ғасырларда болды .', { lang: 'kk' });
    expect(t).toMatchObject({ text: 'XIX-XX ғасырларда', value: '18', endValue: '19' });
  });
});
