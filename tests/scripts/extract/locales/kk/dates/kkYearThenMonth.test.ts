import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "2021 жылы қыркүйекте": "жылы" ends a time adverbial of its own, and the month after it is a
 * second one, as after "өткен жылы" ("Өткен жылы қарашада" was already two); KazNERD marks
 * them apart, and the month still takes the year from its sentence. A day after "жылы" joins
 * it ("1965 жылы 4 мамырда" is one date), and so do "жылдың" and "жылғы", which make the year a
 * modifier of the month. Generated: years in digits and words, every month in the locative,
 * ablative and dative, and the seasons. A month that alone reads as something else ("маусымда",
 * in the season) still joins the year that makes it June.
 */
const tag = (text: string) =>
  tagDates(`Жұмыс ${text} басталды .`, { lang: 'kk' }).map((t) => [t.text, t.value]);

const MONTHS = [
  ['қаңтарда', 'қаңтардан', 'қаңтарға'], ['ақпанда', 'ақпаннан', 'ақпанға'],
  ['наурызда', 'наурыздан', 'наурызға'], ['сәуірде', 'сәуірден', 'сәуірге'],
  ['мамырда', 'мамырдан', 'мамырға'], ['маусым айына дейін', 'маусым айынан бері'],
  ['шілдеде', 'шілдеден', 'шілдеге'], ['тамызда', 'тамыздан', 'тамызға'],
  ['қыркүйекте', 'қыркүйектен', 'қыркүйекке'], ['қазанда', 'қазаннан', 'қазанға'],
  ['қарашада', 'қарашадан', 'қарашаға'], ['желтоқсанда', 'желтоқсаннан', 'желтоқсанға'],
]; // prettier-ignore
const YEARS = [
  ['2021 жылы', '2021'],
  ['екі мың жиырма бірінші жылы', '2021'],
  ['2021-інші жылы', '2021'],
] as const;
const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh "N жылы" then a month: two dates', () => {
  it.each(YEARS)('"%s" + every month form is the year and the month of that year', (y, v) => {
    const wrong = MONTHS.flatMap((forms, k) =>
      forms.flatMap((m) => {
        // (A dative month is a time before a limit: "қазанға дейін".)
        const month = /(?:ға|ге|қа|ке|на)$/u.test(m) ? `${m} дейін` : m;
        const found = tag(`${y} ${month}`);
        const want = [
          [y, v],
          [month, `${v}-${pad(k + 1)}`],
        ];
        return JSON.stringify(found) === JSON.stringify(want) ? [] : [JSON.stringify(found)];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it.each(['күзде', 'көктемде', 'жазда', 'қыста'])('"2021 жылы %s" is two dates', (season) => {
    expect(tag(`2021 жылы ${season}`).map(([t]) => t)).toEqual(['2021 жылы', season]);
  });
  it.each([
    ['2021 жылы 15 қыркүйекте', '2021-09-15'],
    ['2021 жылы маусымда', '2021-06'],
    ['2021 жылы маусым айында', '2021-06'],
    ['екі мың жиырма бірінші жылы он бесінші қыркүйекте', '2021-09-15'],
    ['2021 жылдың қыркүйегінде', '2021-09'],
    ['2021 жылғы қыркүйекте', '2021-09'],
    ['2021 жылдың қыркүйек айында', '2021-09'],
    ['2021 жылы қыркүйек айының соңында', '2021-09'],
  ])('"%s" stays one date', (text, value) => {
    expect(tag(text)).toEqual([[text, value]]);
  });
  it('in a sentence: the month takes the year stated before it', () => {
    const found = tagDates('Көпір 2024 жылы қарашада ашылады .', { lang: 'kk' });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['2024 жылы', '2024'],
      ['қарашада', '2024-11'],
    ]);
  });
});
