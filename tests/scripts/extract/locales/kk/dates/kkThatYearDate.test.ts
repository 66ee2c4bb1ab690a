import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "Сол жылдың қыркүйегінде", "сол жылғы 5 маусымда" (in September of that year): that year's
 * date is one phrase, as "осы жылдың 16 наурызынан" and "өткен жылдың шілде айында" are in
 * KazNERD; the span began at the month, leaving "Сол жылдың" out (and "Сол жылдың соңында" was
 * "жылдың соңында"). The month still takes the year the story told before it. Generated: every
 * month in the possessive locative, ablative and dative, the seasons, and days.
 */
const STORY = '2022 жылы наурызда Жолдау жарияланды . ';
const tag = (text: string) =>
  tagDates(`${STORY}${text} ұсынды .`, { lang: 'kk', dct: '2025-02-09' })
    .slice(2)
    .map((t) => [t.text, t.value]);

const MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйег',
  'қазан', 'қараша', 'желтоқсан',
]; // prettier-ignore
const back = (m: string) => /[аоұы][^аәеиоөұүыі]*$/u.test(m);
/** The possessive case forms of a month: "қыркүйегінде", "наурызынан", "қарашасына дейін". */
function forms(m: string): string[] {
  const y = back(m) ? 'ы' : 'і';
  const poss = /[ае]$/u.test(m) ? `${m}с${y}` : `${m}${y}`;
  const [da, dan, ga] = back(m) ? ['нда', 'нан', 'на'] : ['нде', 'нен', 'не'];
  return [`${poss}${da}`, `${poss}${dan}`, `${poss}${ga} дейін`];
}
const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh "сол жылдың" + a date of that year', () => {
  it.each(MONTHS.map((m, k) => [m, k + 1] as const))('"Сол жылдың %s…" is one date', (m, k) => {
    const wrong = forms(m).flatMap((f) => {
      const text = `Сол жылдың ${f}`;
      const found = tag(text);
      const ok = JSON.stringify(found) === JSON.stringify([[text, `2022-${pad(k)}`]]);
      return ok ? [] : [`${text} → ${JSON.stringify(found)}`];
    });
    expect(wrong).toEqual([]);
  });
  it.each([
    ['Сол жылдың көктемінде', '2022-SP'],
    ['Сол жылдың жазында', '2022-SU'],
    ['сол жылдың күзінде', '2022-FA'],
    ['сол жылдың қысында', '2022-WI'],
    ['Сол жылғы 5 маусымда', '2022-06-05'],
    ['сол жылдың 5 маусымында', '2022-06-05'],
    ['Сол жылғы қазанда', '2022-10'],
  ])('"%s" is one date of the year told', (text, value) => {
    expect(tag(text)).toEqual([[text, value]]);
  });
  it('a part of that year keeps "Сол" in its span; other nouns of the year are no date', () => {
    expect(tag('Сол жылдың соңында').map(([t]) => t)).toEqual(['Сол жылдың соңында']);
    expect(tag('Сол жылдың қорытындысы бойынша')).toEqual([]);
  });
});
