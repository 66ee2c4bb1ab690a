import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "биылғы", "былтырғы" (this, last year's) take "маусым" as their head where it is a season of
 * play, not June: one date, told only as present or past. Other modifiers ("өткен", "келер",
 * "алғашқы") do not, nor does the adjective "маусымдық". Forms generated from the noun paradigm
 * of "маусым" (back vowels, nasal end); sentences written for this test.
 */
const DCT = '2021-05-10';
const tagged = (text: string) =>
  tagDates(text, { lang: 'kk', dct: DCT }).map((t) => `${t.text}=${t.value}`);

const SEASON_FORMS = [
  'маусымда', 'маусымдағы', 'маусымнан', 'маусымды', 'маусымы', 'маусымын', 'маусымында',
  'маусымындағы', 'маусымынан', 'маусымына',
]; // prettier-ignore

describe("Kazakh: this or last year's season of play", () => {
  it.each(SEASON_FORMS)('"биылғы %s" is one present date', (form) => {
    expect(tagged(`« Барыс » биылғы ${form} алты командадан озды .`)).toEqual([
      `биылғы ${form}=PRESENT_REF`,
    ]);
  });
  it.each(SEASON_FORMS)('"былтырғы %s" is one past date', (form) => {
    expect(tagged(`« Барыс » былтырғы ${form} алты командадан озды .`)).toEqual([
      `былтырғы ${form}=PAST_REF`,
    ]);
  });
  it('"биылғы маусымда" before a vote is still June', () => {
    expect(tagged('Биылғы маусымда сайлау өтеді .')).toEqual(['Биылғы маусымда=2021-06']);
  });
});

describe('Kazakh: other seasons of play stay untagged', () => {
  it.each([
    ['Келер маусымда ресми жарыстарға қатыса бастаймын .', []],
    ['Команда өткен маусымда жеңді .', []],
    ['« Топжарған » алғашқы маусымы көрермен көңілінен шықты .', []],
    ['Биылғы маусымдық жұмыстар басталды .', ['Биылғы=2021']],
  ])('%s', (text, expected) => expect(tagged(text)).toEqual(expected));
});
