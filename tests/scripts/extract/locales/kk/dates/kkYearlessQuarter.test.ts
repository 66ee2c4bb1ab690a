import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A quarter or half with no year named, "бірінші тоқсанда", "1-тоқсанда", "жылдың екінші
 * жартысында", is a quarter of the year the text is in, as a bare month is: it was read as a
 * duration ("екінші тоқсанында" P6M, "бірінші тоқсанда" P3M) or not at all ("жылдың бірінші
 * жартысында", "бірінші жартыжылдықта"). Generated: ordinals in words, digits and Roman numerals
 * × the noun paradigm of "тоқсан" and of the half-year nouns × past and future tense.
 */
const DCT = '2024-05-10';

/** "тоқсан": back vowels, a nasal at the end: the case endings take н/д and а/ы. */
const QUARTER = ['', 'ның', 'ға', 'ды', 'да', 'нан', 'дағы', 'ы', 'ының', 'ына', 'ында', 'ынан'];
const QUARTER_FORMS = QUARTER.map((ending) => `тоқсан${ending}`);
/** "жартыжылдық" (к/қ voiced before a vowel) and "жартысы" (the half of it). */
const HALF_FORMS = [
  'жартыжылдықта', 'жартыжылдықтың', 'жартыжылдыққа', 'жартыжылдығында', 'жартыжылдығының',
  'жартысында', 'жартысының', 'жартысына',
]; // prettier-ignore

const QUARTERS: readonly [string, number][] = [
  ['бірінші', 1], ['екінші', 2], ['үшінші', 3], ['төртінші', 4],
  ['1-інші', 1], ['2-ші', 2], ['3-інші', 3], ['4-інші', 4],
  ['II', 2], ['ІІІ', 3], ['алғашқы', 1],
]; // prettier-ignore
const HALVES: readonly [string, number][] = [
  ['бірінші', 1],
  ['екінші', 2],
  ['2-ші', 2],
  ['алғашқы', 1],
];

/** Written 10 May 2024: a quarter told in the past tense that has not begun is last year's, one
 * told in the future that is over is next year's. */
const yearOf = (part: string, tense: 'past' | 'future') => {
  if (tense === 'past') return ['Q1', 'Q2', 'H1'].includes(part) ? 2024 : 2023;
  return part === 'Q1' ? 2025 : 2024;
};

function misses(phrases: readonly { text: string; part: string }[]): string[] {
  return (['past', 'future'] as const).flatMap((tense) =>
    phrases.flatMap(({ text, part }) => {
      const verb = tense === 'past' ? 'өсті' : 'өседі';
      const found = tagDates(`Көрсеткіш ${text} ${verb} .`, { lang: 'kk', dct: DCT });
      const value = `${yearOf(part, tense)}-${part}`;
      const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
      return ok ? [] : [`${text} (${tense}) → ${found.map((f) => `[${f.text}] ${f.value}`)}`];
    }),
  );
}

describe('a quarter or half of the year the text is in', () => {
  it.each(QUARTERS)('"%s" + any form of "тоқсан" is that quarter', (ordinal, n) => {
    expect(misses(QUARTER_FORMS.map((f) => ({ text: `${ordinal} ${f}`, part: `Q${n}` })))).toEqual(
      [],
    );
  });

  it.each([1, 2, 3, 4])('"%i-" glued to any form of "тоқсан" is that quarter', (n) => {
    expect(misses(QUARTER_FORMS.map((f) => ({ text: `${n}-${f}`, part: `Q${n}` })))).toEqual([]);
  });

  it.each(HALVES)('"жылдың %s" + any half form is that half', (ordinal, n) => {
    const phrases = HALF_FORMS.map((f) => ({ text: `жылдың ${ordinal} ${f}`, part: `H${n}` }));
    expect(misses(phrases)).toEqual([]);
  });

  it.each(HALVES)('"%s жартыжылдық…" alone is that half', (ordinal, n) => {
    const forms = HALF_FORMS.filter((f) => f.startsWith('жартыжыл'));
    expect(misses(forms.map((f) => ({ text: `${ordinal} ${f}`, part: `H${n}` })))).toEqual([]);
  });

  it('"жылдың бірінші тоқсанында" is one span', () => {
    expect(misses([{ text: 'жылдың бірінші тоқсанында', part: 'Q1' }])).toEqual([]);
  });

  it('keeps "тоқсан" ninety and "соңғы тоқсанда" the latest quarter', () => {
    const tag = (text: string) =>
      tagDates(text, { lang: 'kk', dct: DCT }).map((t) => [t.text, t.value]);
    expect(tag('Тоқсан бірінші жылы келді .')).toEqual([['Тоқсан бірінші жылы', '1991']]);
    expect(tag('Соңғы тоқсанда өсті .').map(([, v]) => v)).not.toContain('2023-Q4');
    expect(tag('Бірінші тоқсанда өсті .')).toEqual([['Бірінші тоқсанда', '2024-Q1']]);
  });
});
