/**
 * An official who retires leaves the post: a resignation of its day ("зейнеткерлікке шықты",
 * "ушел на пенсию"), generated over the verb's telling forms; a pension reform's words are not one.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) => kindsAndDays(lang, text, '2023-02-20');

describe('an official retires', () => {
  const KK = [
    'зейнеткерлікке шықты',
    'зейнеткерлікке шыққан',
    'зейнетке шықты',
    'зейнетке кетті',
    'зейнеткерлікке шыққан болатын',
  ];
  it.each(KK)('kk: Аудан әкімі 5 наурызда %s', (verb) => {
    expect(kinds('kk', `Аудан әкімі 5 наурызда ${verb}.`)).toEqual(['resignation 2022-03-05']);
  });

  const RU = ['ушел на пенсию', 'ушла на пенсию', 'вышел на пенсию', 'отправлен на пенсию'];
  it.each(RU)('ru: Аким района 5 марта %s', (verb) => {
    expect(kinds('ru', `Аким района 5 марта ${verb}.`)).toEqual(['resignation 2022-03-05']);
  });

  it('not a pension reform', () => {
    expect(kinds('kk', 'Үкімет зейнеткерлікке шығу жасын 2022 жылы өзгертті.')).not.toContain(
      'resignation 2022',
    );
    expect(
      kinds('ru', 'Правительство в 2022 году изменило возраст выхода на пенсию.'),
    ).not.toContain('resignation 2022');
  });
});
