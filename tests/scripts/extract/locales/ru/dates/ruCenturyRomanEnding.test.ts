import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A Roman century with its ordinal ending glued after a dash, as digits take one: "в XX-м веке",
 * "XX-го века", "XXI-й век" gave no date at all, while "в XX веке" was read (the Kazakh
 * "XX-шы ғасырда" had the same gap, kkCenturyRomanDash.test.ts). Generated: centuries I–XXI
 * in Latin and Cyrillic letters × the case forms of "век" with their ordinal endings.
 */
const FORMS: [string, string][] = [
  ['й', 'век'], ['ый', 'век'], ['го', 'века'], ['ого', 'века'], ['му', 'веку'],
  ['ому', 'веку'], ['м', 'веке'], ['ом', 'веке'], ['м', 'веком'],
]; // prettier-ignore
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const roman = (n: number) => 'X'.repeat(Math.floor(n / 10)) + (ROMAN[(n % 10) - 1] ?? '');
const cyrillic = (s: string) => s.replace(/X/gu, 'Х').replace(/I/gu, 'І');
const CENTURIES = Array.from({ length: 21 }, (_, k) => k + 1);

describe('Russian: a Roman century with a glued ordinal ending, "в XX-м веке"', () => {
  it.each(FORMS)('"N-%s %s" is the Nth century', (ending, word) => {
    const wrong = CENTURIES.flatMap((n) =>
      [roman(n), cyrillic(roman(n))].flatMap((r) => {
        const text = `${r}-${ending} ${word}`;
        const found = tagDates(`Это было в ${text} .`, { lang: 'ru', dct: '2021-05-10' });
        const value = String(n - 1).padStart(2, '0');
        const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
        return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
