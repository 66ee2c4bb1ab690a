import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "мамырдың 20-сы мен 21-інде" (on the 20th and 21st of May): two days of one month joined by
 * "мен" or "және", the second bearing the case of both, are one date, as they are before
 * "аралығында" and as "20 және 21 мамырда" is. Before, the date stopped at the first day
 * ("мамырдың 20-сы"). "күндері" after the pair closes it too. A number after "мен" that takes no
 * case counts something else ("8-і мен 10 адам"). Generated: every month in the genitive, pairs
 * in digits and words, three cases, "және" and "мен", and "күндері".
 */
const tag = (text: string) =>
  tagDates(`Жиын ${text} өтті .`, { lang: 'kk', dct: '2025-02-12' }).map((t) => [
    t.text,
    t.value.slice(5),
  ]);

const GENITIVES = ['қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның',
  'шілденің', 'тамыздың', 'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның']; // prettier-ignore
const PAIRS = [
  ['20-сы мен 21-інде', 20],
  ['20-сы және 21-інде', 20],
  ['20-сы мен 21-іне дейін', 20],
  ['20-сынан және 21-інен', 20],
  ['жиырмасы мен жиырма бірінде', 20],
  ['бесі мен алтысында', 5],
  ['5-і мен 6-сы күндері', 5],
  ['5-і және 6-сы күндері', 5],
] as const;
const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh two days of a month with one case: one date', () => {
  it.each(PAIRS)('every month before "%s"', (pair, day) => {
    const wrong = GENITIVES.flatMap((g, k) => {
      const phrase = `${g} ${pair}`;
      const found = tag(phrase);
      return JSON.stringify(found) === JSON.stringify([[phrase, `${pad(k + 1)}-${pad(day)}`]])
        ? []
        : [[phrase, found]];
    });
    expect(wrong).toEqual([]);
  });

  it.each(GENITIVES.map((g) => [g]))('"%s 8-і мен 10 адам": the count stays apart', (g) => {
    expect(tag(`${g} 8-і мен 10 адам`).map(([t]) => t)).toEqual([`${g} 8-і`]);
  });
});
