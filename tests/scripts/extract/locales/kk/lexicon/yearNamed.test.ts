/**
 * Kazakh: a year's name read past a date between it and the year named ("Президент 2026 жылды 5
 * наурызда Жұмысшы мамандықтары жылы деп жариялады" was titled "Event"): the name opens at its
 * capital or its quote (lexicon/yearNamed.ts), titled as the Russian naming is. Every subject,
 * date, name and frame; the date before the year stays as it was. Sentences written for this test,
 * published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const SUBJECTS = ['Президент', 'Мемлекет басшысы', 'Үкімет', 'Депутаттар'];
const DAYS = [
  ['5 наурызда', '2025-03-05'],
  ['жұма күні', '2025-03-07'],
  ['кеше', '2025-03-11'],
] as const;
const NAMES = [
  ['Жұмысшы мамандықтары жылы деп', 'Жұмысшы мамандықтары'],
  ['«Цифрландыру жылы» деп', 'Цифрландыру'],
  ['Балалар спорты жылы болып', 'Балалар спорты'],
] as const;

const namings = (s: string) =>
  extractSentences('kk', `Мәтін.\n\n${s}`, PUB).events.map(
    (e) => `${e.date.edtf} ${e.title.en} | ${e.title.kk} | ${e.title.ru}`,
  );
const want = (day: string, n: string) =>
  `${day} 2026 declared the Year of «${n}» | 2026 жыл «${n}» жылы деп жарияланды | 2026 год объявлен Годом «${n}»`;

describe('Kazakh: a year named past a date', () => {
  const cases = SUBJECTS.flatMap((who) =>
    NAMES.flatMap(([name, n]) =>
      DAYS.flatMap(([d, day]) => [
        [`${who} 2026 жылды ${d} ${name} жариялады.`, want(day, n)],
        [`${who} ${d} 2026 жылды ${name} жариялады.`, want(day, n)],
      ]),
    ),
  );
  it.each(cases)('%s', (s, w) => {
    expect(namings(s)).toEqual([w]);
  });
});
