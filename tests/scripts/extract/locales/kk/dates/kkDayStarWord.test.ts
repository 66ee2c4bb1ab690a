import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "қазанның 5-жұлдызында", "наурыз айының бесінші жұлдызы": the day of a month is also told with
 * "жұлдыз" (star) in the possessive, which bears the date's case. The span stopped at the number
 * ("қазанның 5", cut inside "5-жұлдызында"). Generated: every month in the genitive (and with
 * "айының"), days as digits with the glued word, digits with an ordinal ending and words, and
 * four case forms of "жұлдыз" (the value's month and day compared; its year is the tense's).
 */
const tag = (text: string) =>
  tagDates(`Жиын ${text} өтті .`, { lang: 'kk', dct: '2025-02-12' }).map((t) => [
    t.text,
    t.value.slice(5),
  ]);

const GENITIVES = ['қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның',
  'шілденің', 'тамыздың', 'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның']; // prettier-ignore
const DAYS = [
  ['5-', 5],
  ['5-інші ', 5],
  ['бесінші ', 5],
  ['21-', 21],
  ['жиырма бірінші ', 21],
] as const;
const STAR = ['жұлдызы', 'жұлдызында', 'жұлдызына дейін', 'жұлдызынан бастап'];
const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh "айдың N-жұлдызы": the day word is part of the date', () => {
  it.each(STAR.map((s) => [s]))('every month and day form before "%s"', (star) => {
    const wrong = GENITIVES.flatMap((g, k) =>
      [g, `${g.replace(/(?:ның|нің|дың|дің|тың|тің)$/u, '')} айының`].flatMap((month) =>
        DAYS.flatMap(([d, day]) => {
          const phrase = `${month} ${d}${star}`;
          const want = star.endsWith('бастап') ? phrase.replace(/ бастап$/u, '') : phrase;
          const found = tag(phrase);
          return JSON.stringify(found) === JSON.stringify([[want, `${pad(k + 1)}-${pad(day)}`]])
            ? []
            : [[phrase, found]];
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });
});
