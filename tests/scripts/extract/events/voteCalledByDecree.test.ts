/**
 * A vote said to be called by a decree named with its day ("Сайлау Президенттің 2020 жылғы
 * 14 қазандағы Жарлығымен тағайындалған", "Референдум был назначен указом от 5 мая") is the
 * decree of that day; the day is not the vote's. Generated over the vote nouns and the telling
 * forms of the passive verb; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) =>
  eventsOf(lang, text, '2022-06-01').events.map((e) => `${e.type} ${e.date.edtf}`);

describe('a vote called by a dated decree is the decree', () => {
  for (const noun of ['Сайлау', 'Референдум', 'Кезектен тыс сайлау'])
    for (const verb of [
      'тағайындалды',
      'тағайындалған',
      'тағайындалған болатын',
      'тағайындалған еді',
    ])
      it(`kk: ${noun} … Жарлығымен ${verb}`, () => {
        const text = `${noun} Мемлекет басшысының 2022 жылғы 5 мамырдағы Жарлығымен ${verb}.`;
        expect(kinds('kk', text)).toEqual(['decree 2022-05-05']);
      });
  for (const verb of ['был назначен', 'назначен'])
    it(`ru: Референдум ${verb} указом от 5 мая`, () => {
      expect(kinds('ru', `Референдум ${verb} указом Президента от 5 мая 2022 года.`)).toEqual([
        'decree 2022-05-05',
      ]);
    });
  it('a vote set for a day by the decree keeps that day', () => {
    const kk = kinds('kk', 'Президент Жарлыққа қол қойып, референдумды 5 маусымға тағайындады.');
    expect(kk.some((k) => k.startsWith('referendum 2022-06-05') || k.startsWith('decree'))).toBe(
      true,
    );
    expect(kk).not.toContain('decree 2022-06-05');
  });
});
