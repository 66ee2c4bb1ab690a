import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A stretch of a month or year named in the genitive, "қыркүйек айының соңғы аптасында",
 * "мамырдың алғашқы күндерінде", "2020 жылдың соңғы аптасында", is one date with it (it was cut
 * in two, and "қазан айының екінші жартысында" was read as 2 October). Generated: every month's
 * genitive (by harmony and final sound) and "айының", every stretch noun and ordinal.
 */
const DCT = '2021-05-10';
const found = (text: string) => tagDates(`Жұмыс ${text} басталды .`, { lang: 'kk', dct: DCT });

const GENITIVES = [
  'қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның',
  'шілденің', 'тамыздың', 'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның',
]; // prettier-ignore
const MONTH_NAMES = GENITIVES.map((g) => g.replace(/[нтд][ыі]ң$/u, ''));
const STRETCHES = [
  'соңғы аптасында', 'алғашқы күндерінде', 'екінші жартысында', 'бірінші онкүндігінде',
  'үшінші аптасында', 'алғашқы аптасына дейін', 'соңғы күндері',
]; // prettier-ignore

const pad = (n: number) => String(n).padStart(2, '0');
function misses(phrases: readonly { text: string; month: string }[]): string[] {
  return phrases.flatMap(({ text, month }) => {
    const f = found(text);
    const ok = f.length === 1 && f[0]!.text === text && f[0]!.value.slice(4, 7) === `-${month}`;
    return ok ? [] : [`${text} → ${f.map((t) => `[${t.text}] ${t.value}`).join(' ')}`];
  });
}

describe('Kazakh stretches of a month or year', () => {
  it.each(STRETCHES)('every month\'s genitive + "%s" is one date of that month', (stretch) => {
    const phrases = GENITIVES.map((g, k) => ({ text: `${g} ${stretch}`, month: pad(k + 1) }));
    expect(misses(phrases)).toEqual([]);
  });
  it.each(STRETCHES)('every month + "айының %s" is one date of that month', (stretch) => {
    const phrases = MONTH_NAMES.map((m, k) => ({
      text: `${m} айының ${stretch}`,
      month: pad(k + 1),
    }));
    expect(misses(phrases)).toEqual([]);
  });
  it.each(['2020 жылдың', 'өткен жылдың', 'биылғы жылдың'])('"%s" + a stretch is one date', (y) => {
    for (const stretch of STRETCHES.filter((s) => !/жарты/u.test(s)))
      expect(found(`${y} ${stretch}`).map((t) => t.text)).toEqual([`${y} ${stretch}`]);
  });
  it('still reads a day after the month\'s genitive: "қазан айының 2-сі"', () => {
    expect(found('қазан айының 2-сі').map((t) => t.value)).toEqual(['2020-10-02']);
  });
});
