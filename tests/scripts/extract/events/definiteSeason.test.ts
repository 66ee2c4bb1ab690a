/**
 * A season with a word that says which year's it is ("осы күзде", "осы жылдың күзінде", "келесі
 * жылдың көктемінде", "этой осенью", "следующей весной") dates an event at that season; a bare
 * season ("күзде", "осенью") does not, as which autumn is not written. Generated over the deictic
 * words, the seasons and their case forms; sentences written for the test. (Not winter: which
 * year a winter across the new year is written under is the date tagger's own question.)
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

// Each event as "type date timex": an event in a season is dated by its year, the season kept in
// the timex (events/dateEvent.ts).
const kindsAndDays = (lang: 'kk' | 'ru', text: string, published: string) =>
  extractSentences(lang, text, published).events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.date.timex}`,
  );

const PUB = '2020-06-15';
const KK_SEASONS = [
  ['күзде', 'күзінде', 'FA'],
  ['жазда', 'жазында', 'SU'],
] as const;

describe('a season that says its year', () => {
  it.each(KK_SEASONS)('kk: %s / жылдың %s', (bare, possessed, code) => {
    const meet = (when: string) =>
      kindsAndDays('kk', `Президент Италия басшысымен ${when} кездеседі.`, PUB);
    for (const deictic of ['осы', 'биыл']) expect(meet(`${deictic} ${bare}`)).toEqual([`meeting 2020 2020-${code}`]); // prettier-ignore
    expect(meet(`осы жылдың ${possessed}`)).toEqual([`meeting 2020 2020-${code}`]);
    expect(meet(`келесі жылдың ${possessed}`)).toEqual([`meeting 2021 2021-${code}`]);
    expect(meet(bare)).toEqual([]);
  });

  it.each([
    ['этой осенью', 'meeting 2020 2020-FA'],
    ['этим летом', 'meeting 2020 2020-SU'],
    ['следующей весной', 'meeting 2021 2021-SP'],
  ])('ru: %s', (when, want) => {
    expect(kindsAndDays('ru', `Президент встретится с главой Италии ${when}.`, PUB)).toEqual([
      want,
    ]);
  });

  it('ru: a bare season is not dated', () => {
    expect(kindsAndDays('ru', 'Президент встретится с главой Италии осенью.', PUB)).toEqual([]);
  });
});
