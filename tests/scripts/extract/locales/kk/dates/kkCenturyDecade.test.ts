import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A decade of a century named by its ordinal, "ХХ ғасырдың 90-жылдары", "XIX ғасырдың
 * 80-жылдарында", is one date: the century was cut off and the decade read alone, as the 1990s
 * or (below 50) the 2030s. After "өткен ғасырдың" the part of the decade in the genitive
 * ("90-жылдарының басында") was cut off. Generated: the century in Roman numerals of either
 * script, words and digits × the decade in digits with a dash or an ordinal ending, or in words
 * × the plural year word in its cases, with and without a part.
 */
const DCT = '2024-05-10';

const CENTURIES: readonly [string, number][] = [
  ['XX', 20], ['ХХ', 20], ['XIX', 19], ['ХІХ', 19],
  ['жиырмасыншы', 20], ['он тоғызыншы', 19], ['20-сыншы', 20], ['19-ыншы', 19],
]; // prettier-ignore

/** Round ordinals by vowel harmony: back "-ыншы", front "-інші" (after a vowel "-сыншы"). */
const DECADES: readonly [string, number][] = [
  ['20-жыл', 2], ['30-ыншы жыл', 3], ['40-жыл', 4], ['50-інші жыл', 5],
  ['60-жыл', 6], ['70-інші жыл', 7], ['80-жыл', 8], ['90-ыншы жыл', 9],
  ['отызыншы жыл', 3], ['алпысыншы жыл', 6], ['сексенінші жыл', 8], ['тоқсаныншы жыл', 9],
]; // prettier-ignore

/** The plural "жылдар" in its cases and possessive, and a part after a genitive. */
const YEAR_FORMS = [
  'дары', 'дарында', 'дарда', 'дардағы', 'дарға', 'дардан бері',
  'дарының басында', 'дардың соңында', 'дарының ортасында', 'дардың аяғына дейін',
]; // prettier-ignore

function misses(before: string, value: (decade: number) => string): string[] {
  return DECADES.flatMap(([decade, d]) =>
    YEAR_FORMS.flatMap((form) => {
      const text = `${before} ${decade}${form}`;
      const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: DCT });
      const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value(d);
      return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
    }),
  );
}

describe('a decade of a named century', () => {
  it.each(CENTURIES)('"%s ғасырдың" + any decade and year form is one decade', (century, c) => {
    expect(misses(`${century} ғасырдың`, (d) => `${c - 1}${d}`)).toEqual([]);
  });

  it('"өткен ғасырдың" + any decade and year form is a decade of the 1900s', () => {
    expect(misses('өткен ғасырдың', (d) => `19${d}`)).toEqual([]);
  });

  it('keeps a century alone, and a count of years after it apart', () => {
    const tag = (text: string) =>
      tagDates(text, { lang: 'kk', dct: DCT }).map((t) => [t.text, t.value]);
    expect(tag('XX ғасырдың басында болды .')).toEqual([['XX ғасырдың басында', '19']]);
    expect(tag('XX ғасырдың 20 жылы өтті .')[0]).toEqual(['XX ғасырдың', '19']);
  });
});
