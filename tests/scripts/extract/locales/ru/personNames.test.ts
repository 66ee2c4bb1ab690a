/**
 * What Russian tells findPersons about names: a past verb's gender, a post back in the nominative,
 * and lone capitalised words that are no surname (an adjective's oblique case, what a preposition
 * governs). Words written for the test.
 */
import { describe, expect, it } from 'vitest';
import { RU_PERSON_NAMES as ru } from '../../../../../scripts/extract/locales/ru/personNames';

describe('RU_PERSON_NAMES', () => {
  it('reads the gender of a past verb in every stem shape, and none from other words', () => {
    for (const stem of ['заяви', 'отмети', 'сказа', 'подчеркну', 'прибы'])
      expect([ru.genderOf(`${stem}ла`), ru.genderOf(`${stem}л`)]).toEqual(['f', 'm']);
    expect([ru.genderOf('встретилась'), ru.genderOf('встретился')]).toEqual(['f', 'm']);
    for (const word of ['сегодня', 'Мажилис', 'при', 'выборы'])
      expect(ru.genderOf(word)).toBe(undefined);
  });

  it('puts a post back in the nominative', () => {
    expect(ru.roleAsWritten('министра юстиции')).toBe('министр юстиции');
  });

  it('takes no adjective in an oblique case, nor what a preposition governs, for a surname', () => {
    for (const word of ['Конституционного', 'Верховному', 'Национальными'])
      expect(ru.notLoneSurname(word, undefined)).toBe(true);
    expect(ru.notLoneSurname('Петровского', undefined)).toBe(false);
    expect(ru.notLoneSurname('Посланием', 'с')).toBe(true);
    // (A surname's own ending outweighs the preposition: "встретился с Ахметовым".)
    expect(ru.notLoneSurname('Ахметов', 'с')).toBe(false);
  });

  it('puts a post before its holder in apposition', () => {
    expect(ru.ownerBeforePost).toBe(false);
    expect(ru.inApposition('министр')).toBe(true);
  });
});
