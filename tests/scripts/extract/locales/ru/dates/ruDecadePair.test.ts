import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * Two decades joined by a dash, the first without its ending: "в 80-90-е годы" (in the 1980s and
 * 90s) gave only "90-е годы", the 1990s, and so did "в 1980-1990-х годах". The second decade's
 * plural ending marks both, as in Kazakh "80-90 жылдары" (kkDecadePair.test.ts); the span runs
 * from the first number to the year word. Generated: pairs of decades × first written in two or
 * four digits × second in two or four digits × glued or spaced dash × every plural form.
 */
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2021-05-10' }).map(
    (t) => `${t.text}=${t.value}/${t.endValue}`,
  );

const PAIRS = [
  [1930, 1940],
  [1950, 1960],
  [1960, 1980],
  [1980, 1990],
  [1990, 2000],
  [2000, 2010],
  [2010, 2020],
] as const;
const FORMS: readonly [string, string][] = [
  ['е', 'годы'], ['ые', 'годы'], ['х', 'годов'], ['х', 'годах'], ['ых', 'годах'],
  ['м', 'годам'], ['ми', 'годами'], ['х', ''],
]; // prettier-ignore
const DASHES = ['-', '–', ' – '];
/** Both numbers as news writes them: "1980-1990-х", "1980-90-х", "80-90-х" (the last century). */
const numbers = (a: number, b: number) => [
  [String(a), String(b)],
  ...(a >= 1930 && b < 2000
    ? [
        [String(a), String(b % 100)],
        [String(a % 100), String(b % 100)],
      ]
    : []),
];

describe('Russian: two decades joined by a dash, "в 80-90-е годы"', () => {
  it.each(PAIRS)('%s–%s in every writing and plural form spans both decades', (a, b) => {
    const bad = numbers(a, b).flatMap(([x, y]) =>
      DASHES.flatMap((dash) =>
        FORMS.map(([end, word]) => `${x}${dash}${y}-${end}${word ? ` ${word}` : ''}`).filter(
          (p) => tagged(`Об этом писали в ${p} .`).join() !== `${p}=${a / 10}/${b / 10}`,
        ),
      ),
    );
    expect(bad).toEqual([]);
  });

  it.each([
    ['В 1990-е годы прошли реформы .', ['1990-е годы=199/undefined']],
    ['Счёт 3-2 в 90-е годы .', ['90-е годы=199/undefined']],
  ])('a lone decade stays one: %s', (text, want) => expect(tagged(text)).toEqual(want));
});
