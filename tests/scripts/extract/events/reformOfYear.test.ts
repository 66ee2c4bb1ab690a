/**
 * Reforms named by their year are recalled reforms with a date of their own: "реформ 2022 года",
 * "Поправки 2022 года ограничили …", "2022 жылғы конституциялық түзетулер". Without the year the
 * noun alone is no event. Generated over the nouns' cases and the years, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const reformDates = (lang: 'kk' | 'ru', text: string) =>
  eventsOf(lang, text, '2025-09-10')
    .events.filter((e) => e.type === 'reform')
    .map((e) => e.date.edtf);

const RU = [
  'Это продолжение реформ {Y} года.',
  'Реформа {Y} года изменила баланс властей.',
  'Поправки {Y} года ограничили полномочия президента.',
  'Итоги реформы {Y} года подвели эксперты.',
];
const KK = [
  'Бұл {Y} жылғы реформалардың жалғасы.',
  '{Y} жылғы конституциялық түзетулер Президенттің өкілеттігін шектеді.',
  '{Y} жылғы саяси реформа билік тепе-теңдігін өзгертті.',
  'Сарапшылар {Y} жылғы өзгерістерді оң бағалады.',
];

describe('a reform named by its year', () => {
  for (const year of ['2019', '2022'])
    for (const [lang, forms] of [
      ['ru', RU],
      ['kk', KK],
    ] as const)
      for (const form of forms) {
        const text = form.replace('{Y}', year);
        it(`"${text}" is a reform of ${year}`, () => {
          expect(reformDates(lang, text)).toContain(year);
        });
      }
  it('without its year the noun is no event', () => {
    expect(reformDates('ru', 'Поправки ограничили полномочия президента.')).toEqual([]);
    expect(reformDates('kk', 'Түзетулер Президенттің өкілеттігін шектеді.')).toEqual([]);
  });
});
