import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A round year with a plural ordinal ending is a decade: "в 1990-е годы" (in the 1990s) was read
 * as the year 1990, and "в 90-е", "в начале 2010-х", "к 1990-м годам" were not read at all. The
 * plural endings -е/-ые/-х/-ых can only count a decade; -м/-ми, which the singular "в 2015-м
 * году" shares, only before the plural "годам"/"годами". Generated over decades in four and two
 * digits, the endings and the plural forms of "год". A year in the singular stays a year.
 */
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2021-05-10' }).map((t) => `${t.text}=${t.value}`);

const DECADES = [1930, 1950, 1970, 1980, 1990, 2000, 2010, 2020];
const FORMS: readonly [string, string][] = [
  ['е', 'годы'], ['ые', 'годы'], ['х', 'годов'], ['х', 'годах'], ['ых', 'годах'],
  ['м', 'годам'], ['ым', 'годам'], ['ми', 'годами'], ['е', ''], ['х', ''],
]; // prettier-ignore
const phrase = (n: number | string, end: string, word: string) =>
  `${n}-${end}${word ? ` ${word}` : ''}`;

describe('Russian: a decade written with a plural ending', () => {
  it.each(DECADES)('%s in every plural form is its decade', (year) => {
    const bad = FORMS.map(([end, word]) => phrase(year, end, word)).filter(
      (p) => tagged(`Об этом писали в ${p} .`).join() !== `${p}=${Math.floor(year / 10)}`,
    );
    expect(bad).toEqual([]);
  });
  it.each(['30', '50', '70', '90'])(
    '"%s-е годы" (and a closing "в …-е.") is the last century\'s',
    (n) => {
      const bad = [...FORMS.filter(([, w]) => w).map(([e, w]) => phrase(n, e, w)), `${n}-е`].filter(
        (p) => tagged(`Об этом писали в ${p} .`).join() !== `${p}=19${n.slice(0, 1)}`,
      );
      expect(bad).toEqual([]);
    },
  );
  it.each([
    ['В 2015-м году прошли выборы .', ['2015-м году=2015']],
    ['В 2020-м году прошли выборы .', ['2020-м году=2020']],
    ['В 20-х годах прошли реформы .', []],
    ['Команда заняла 50-е место .', []],
  ])('%s', (text, want) => expect(tagged(text)).toEqual(want));
});
