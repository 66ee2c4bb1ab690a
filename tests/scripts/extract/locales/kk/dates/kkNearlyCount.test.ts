import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "отызға жуық жылды" (nearly thirty years), "20-ға тарта күн": a count in the dative before
 * "жуық", "тарта" or "таяу" and a unit of time is an approximate length, as "30 жылға жуық"
 * already was; KazNERD marks it and it was not read. Generated: counts in digits and words
 * (every dative ending by harmony and final sound), every hedge, units in several cases; the
 * same before "адам" or "жас" (young people) is no date.
 */
const tag = (text: string) =>
  tagDates(`Ол ${text} жұмыс істеді .`, { lang: 'kk' }).map((t) => [t.text, t.value, t.mod]);

const COUNTS = [
  ['отызға', 30], ['30-ға', 30], ['екіге', 2], ['2-ге', 2], ['онға', 10], ['10-ға', 10],
  ['алтыға', 6], ['жүзге', 100], ['елуге', 50], ['жетпіске', 70], ['70-ке', 70], ['төртке', 4],
] as const; // prettier-ignore
const UNITS = [
  ['жыл', 'Y'], ['жылды', 'Y'], ['жылдай', 'Y'], ['ай', 'M'], ['айды', 'M'], ['күн', 'D'],
  ['апта', 'W'],
] as const; // prettier-ignore
const HEDGES = ['жуық', 'тарта', 'таяу'];

describe('Kazakh "N-ға жуық" + a unit of time', () => {
  it.each(HEDGES)('every count and unit with "%s" is an approximate length', (hedge) => {
    const wrong = COUNTS.flatMap(([n, v]) =>
      UNITS.flatMap(([u, code]) => {
        const text = `${n} ${hedge} ${u}`;
        const want = [[text, `P${v}${code}`, 'APPROX']];
        const found = tag(text);
        return JSON.stringify(found) === JSON.stringify(want) ? [] : [JSON.stringify(found)];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it.each(['жүзге жуық адам', 'жиырмаға жуық жас', 'елуге тарта оқушы'])('"%s" is no date', (t) => {
    expect(tag(t)).toEqual([]);
  });
});
