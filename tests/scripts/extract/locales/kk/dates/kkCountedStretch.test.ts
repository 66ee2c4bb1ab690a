import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "2020 жылдың 9 айында" (in the first nine months of 2020): months, weeks or days counted from
 * the start of a year named in the genitive are one phrase with it, as KazNERD marks "биылғы
 * сегіз айда"; the year and a stray duration "9 айында" were two. Generated: years in digits,
 * words and relative, counts in digits and words, with and without "алғашқы", every case of the
 * possessive noun; "2020 жылдың 5 күні" and ordinals are not counts.
 */
const tag = (text: string) =>
  tagDates(`Өндіріс ${text} өсті .`, { lang: 'kk', dct: '2025-02-09' }).map((t) => [
    t.text,
    t.value,
  ]);

const YEARS = [
  ['2020 жылдың', '2020'],
  ['екі мың жиырмасыншы жылдың', '2020'],
  ['өткен жылдың', '2024'],
] as const;
const COUNTS = ['9', 'тоғыз', 'алғашқы тоғыз', 'алғашқы 9', 'он бір', 'үш'];
const NOUNS = [
  'айында', 'айы ішінде', 'айының қорытындысы', 'айындағы', 'айларында', 'аптасында',
  'күнінде', 'күндерінде',
]; // prettier-ignore

describe('Kazakh months counted from the start of a year', () => {
  it.each(YEARS)('"%s" + every count and noun is one date of that year', (year, value) => {
    const wrong = COUNTS.flatMap((n) =>
      NOUNS.flatMap((noun) => {
        // ("қорытындысы" is the noun the phrase qualifies, outside it.)
        const phrase = `${year} ${n} ${noun.replace(/ қорытындысы$/u, '')}`;
        const found = tag(`${year} ${n} ${noun}`);
        const ok = JSON.stringify(found) === JSON.stringify([[phrase, value]]);
        return ok ? [] : [`${phrase} → ${JSON.stringify(found)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it.each([
    ['2020 жылдың бірінші айында', '2020'],
    ['2020 жылдың 5 наурызында', '2020-03-05'],
  ])('an ordinal or a day stays what it was: %s', (text, value) => {
    expect(tag(text)).toEqual([[text, value]]);
  });
  it('a bare "күні" after a number is not a counted stretch', () => {
    expect(tag('2020 жылдың 5 күні').map(([t]) => t)).not.toContain('2020 жылдың 5 күні');
  });
});
