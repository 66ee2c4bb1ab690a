/**
 * A season with a word that says which year's it is ("осы күзде", "осы жылдың күзінде", "келесі
 * жылдың көктемінде", "этой осенью", "следующей весной") dates an event at that season; a bare
 * season ("күзде", "осенью") does not, as which autumn is not written. Generated over the deictic
 * words, the seasons and their case forms; sentences written for the test. (Not winter: which
 * year a winter across the new year is written under is the date tagger's own question.)
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2020-06-15';
const KK_SEASONS = [
  ['күзде', 'күзінде', '23'],
  ['жазда', 'жазында', '22'],
] as const;

describe('a season that says its year', () => {
  it.each(KK_SEASONS)('kk: %s / жылдың %s', (bare, possessed, code) => {
    const meet = (when: string) =>
      kindsAndDays('kk', `Президент Италия басшысымен ${when} кездеседі.`, PUB);
    for (const deictic of ['осы', 'биыл']) expect(meet(`${deictic} ${bare}`)).toEqual([`meeting 2020-${code}`]); // prettier-ignore
    expect(meet(`осы жылдың ${possessed}`)).toEqual([`meeting 2020-${code}`]);
    expect(meet(`келесі жылдың ${possessed}`)).toEqual([`meeting 2021-${code}`]);
    expect(meet(bare)).toEqual([]);
  });

  it.each([
    ['этой осенью', 'meeting 2020-23'],
    ['этим летом', 'meeting 2020-22'],
    ['следующей весной', 'meeting 2021-21'],
  ])('ru: %s', (when, want) => {
    expect(kindsAndDays('ru', `Президент встретится с главой Италии ${when}.`, PUB)).toEqual([
      want,
    ]);
  });

  it('ru: a bare season is not dated', () => {
    expect(kindsAndDays('ru', 'Президент встретится с главой Италии осенью.', PUB)).toEqual([]);
  });
});
