import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A century's number with a dash glued where the ordinal ending would be, "21-ғасырда",
 * "19-ғасырдың басында", as in "90-жылдары" and "1-тоқсанда": it was not read at all (only
 * "21-інші ғасырда" was). Generated: centuries 1–21 × the forms of "ғасыр" news writes.
 */
const FORMS = [
  'ғасыр',
  'ғасырда',
  'ғасырдағы',
  'ғасырдың басында',
  'ғасырдан бері',
  'ғасырға дейін',
];
const CENTURIES = Array.from({ length: 21 }, (_, k) => k + 1);

describe('a century written "21-ғасыр"', () => {
  it.each(FORMS)('"N-%s" is the Nth century for every N', (form) => {
    const wrong = CENTURIES.flatMap((n) => {
      const text = `${n}-${form}`;
      const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: '2024-05-10' });
      const value = String(n - 1).padStart(2, '0');
      const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
      return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('reads a decade of it too: "20-ғасырдың 90-жылдарында"', () => {
    const [t] = tagDates('Бұл 20-ғасырдың 90-жылдарында болды .', { lang: 'kk' });
    expect(t).toMatchObject({ text: '20-ғасырдың 90-жылдарында', value: '199' });
  });
});
