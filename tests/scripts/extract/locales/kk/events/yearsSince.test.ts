/**
 * Kazakh "years since" with the verb left out: a participle's dative (with the possessive) and a
 * count of years or months, "Биыл … Президенті болып сайланғанына отыз жыл", "партия
 * құрылғанына 20 жыл болды". "Биыл" dates the anniversary, not the act: the act has no date of its
 * own here. Generated over participles, counts, units and the verb or none; sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2020-06-15';
const ACTS = [
  'Нұрсұлтан Назарбаевтың Президент болып сайланғанына',
  'партияның құрылғанына',
  'Мәжілістің заңды қабылдағанына',
  'Жолдаудың жарияланғанына',
];

describe('years since an act, the verb left out', () => {
  it.each(['', ' болды', ' өтті', ' толды'])('Биыл … N жыл%s', (verb) => {
    for (const act of ACTS)
      for (const count of ['отыз жыл', '20 жыл', 'бір ай'])
        expect(kindsAndDays('kk', `Биыл ${act} ${count}${verb}.`, PUB), `${act} ${count}`).toEqual([]); // prettier-ignore
  });
  it('the act told with its own year is still dated', () => {
    expect(kindsAndDays('kk', 'Партия 2000 жылы құрылды.', PUB)).toEqual(['other 2000']);
  });
});
