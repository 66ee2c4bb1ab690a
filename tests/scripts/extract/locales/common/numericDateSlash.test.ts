import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

/*
 * A day-first date written with slashes, "05/03/2024", "5/3/2024 ж.", "05/03/2024 г.", as the
 * dotted one is: it was not read at all (neither the numeric tagger nor its cheap pre-test knew
 * "/"). Generated: every month × first, tenth and last days × padded or not × the year words of
 * both languages. A number with more slashes (a document's) and impossible days stay untagged.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (m: number) => new Date(Date.UTC(2024, m, 0)).getUTCDate();
const DATES = Array.from({ length: 12 }, (_, k) => k + 1).flatMap((m) =>
  [1, 10, lastDay(m)].map((d) => ({ d, m })),
);
const SUFFIXES: readonly ['kk' | 'ru', string][] = [
  ['kk', ''],
  ['kk', ' ж.'],
  ['kk', 'ж.'],
  ['kk', ' жылғы'],
  ['ru', ' г.'],
  ['ru', ' года'],
];

describe('day-first dates with slashes', () => {
  it.each(SUFFIXES)('%s: every date "DD/MM/2024%s" is that day', (lang, suffix) => {
    const wrong = DATES.flatMap(({ d, m }) =>
      [`${pad(d)}/${pad(m)}/2024`, `${d}/${m}/2024`].flatMap((date) => {
        const text = `${date}${suffix}`;
        const found = tagDates(`${lang === 'kk' ? 'Шешім' : 'Решение'} ${text} .`, { lang });
        const ok = found.length === 1 && found[0]!.text === text;
        return ok && found[0]!.value === `2024-${pad(m)}-${pad(d)}` ? [] : [text];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('leaves document numbers, fractions and impossible days', () => {
    for (const text of ['№ 123/05/2024', '12/05/2024/1', '31/02/2024', '2/3', '1/2 бөлігі'])
      expect(tagDates(`Шешім ${text} .`, { lang: 'kk' })).toEqual([]);
  });
});
