import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A quarter or a half of a named year is one date with that year ("2020 жылғы бірінші
 * тоқсанда", "биылғы 1-інші тоқсанда"), as KazNERD marks it. Generated: every way of naming the
 * year × every way of writing the ordinal × every case and possessive form of "тоқсан".
 */
const DCT = '2021-05-10';

/** "тоқсан" (back vowels, nasal end) through the noun paradigm, as grammars give it. */
const QUARTER_FORMS = [
  'тоқсан', 'тоқсанның', 'тоқсанға', 'тоқсанды', 'тоқсанда', 'тоқсаннан', 'тоқсанмен',
  'тоқсандағы', 'тоқсаны', 'тоқсанының', 'тоқсанына', 'тоқсанын', 'тоқсанында', 'тоқсанынан',
  'тоқсанындағы',
]; // prettier-ignore

/** The year the part belongs to, and the year it means on DCT. */
const ANCHORS: readonly [string, number][] = [
  ['2020 жылдың', 2020],
  ['2020 жылғы', 2020],
  ['2020 жылы', 2020],
  ['екі мың жиырмасыншы жылдың', 2020],
  ['2019-ыншы жылғы', 2019],
  ['биылғы', 2021],
  ['биылғы жылдың', 2021],
  ['осы жылдың', 2021],
  ['ағымдағы жылдың', 2021],
  ['өткен жылдың', 2020],
  ['өткен жылғы', 2020],
  ['былтырғы', 2020],
  ['келесі жылдың', 2022],
];

/** Ordinals as reports write them: words, digits with their suffix, Roman in either script. */
const ORDINALS: readonly [string, number][] = [
  ['бірінші', 1], ['екінші', 2], ['үшінші', 3], ['төртінші', 4],
  ['1-інші', 1], ['2-ші', 2], ['3-інші', 3], ['4-інші', 4],
  ['I', 1], ['II', 2], ['ІІІ', 3], ['IV', 4], ['І', 1],
  ['алғашқы', 1], ['соңғы', 4],
]; // prettier-ignore

/** The phrases whose tag is not the whole phrase with the expected value. */
function misses(phrases: readonly { text: string; value: string }[]): string[] {
  return phrases.flatMap(({ text, value }) => {
    const found = tagDates(`Көрсеткіш ${text} өсті .`, { lang: 'kk', dct: DCT });
    const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
    return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
  });
}

describe('a quarter or half of a named year', () => {
  it('has 15 distinct forms of "тоқсан"', () => {
    expect(new Set(QUARTER_FORMS).size).toBe(15);
  });

  it.each(ANCHORS)('"%s" + any ordinal + any form of "тоқсан" is one quarter', (anchor, year) => {
    const phrases = ORDINALS.flatMap(([ord, n]) =>
      QUARTER_FORMS.map((form) => ({ text: `${anchor} ${ord} ${form}`, value: `${year}-Q${n}` })),
    );
    expect(misses(phrases)).toEqual([]);
  });

  it.each(ANCHORS)('"%s" + first or second half, in any form, is one half', (anchor, year) => {
    const halves = ['жартыжылдықта', 'жартыжылдығында', 'жартыжылдықтың', 'жартысында', 'жартысы'];
    const ordinals: [string, number][] = [
      ['бірінші', 1],
      ['екінші', 2],
      ['2-ші', 2],
      ['алғашқы', 1],
      ['соңғы', 2],
    ];
    const phrases = ordinals.flatMap(([ord, n]) =>
      halves.map((form) => ({ text: `${anchor} ${ord} ${form}`, value: `${year}-H${n}` })),
    );
    expect(misses(phrases)).toEqual([]);
  });

  // "1-тоқсанда", "2-жартыжылдықта": a glued dash standing for the ordinal ending.
  it.each(ANCHORS)(
    '"%s" + a digit, a dash and any quarter or half form is one part',
    (anchor, year) => {
      const quarters = [1, 2, 3, 4].flatMap((n) =>
        QUARTER_FORMS.map((form) => ({ text: `${anchor} ${n}-${form}`, value: `${year}-Q${n}` })),
      );
      const halves = [1, 2].flatMap((n) =>
        ['жартыжылдықта', 'жартыжылдығында', 'жартыжылдықтың'].map((form) => ({
          text: `${anchor} ${n}-${form}`,
          value: `${year}-H${n}`,
        })),
      );
      expect(misses([...quarters, ...halves])).toEqual([]);
    },
  );

  it('leaves "тоқсан" as ninety after a year: "2020 жылы тоқсан адам"', () => {
    const found = tagDates('2020 жылы тоқсан адам келді .', { lang: 'kk', dct: DCT });
    expect(found.map((f) => f.text)).toEqual(['2020 жылы']);
  });

  it('reads no fifth quarter nor third half', () => {
    const found = tagDates('2020 жылдың бесінші тоқсанында үшінші жартыжылдықта', {
      lang: 'kk',
      dct: DCT,
    });
    expect(found.map((f) => f.text)).not.toContain('2020 жылдың бесінші тоқсанында');
  });
});
