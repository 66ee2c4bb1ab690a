/**
 * A law returned is the law's step of the day, though its sentence says what was not done: the
 * President "не подписал закон … и вернул его в Мажилис", the Senate "не согласились с редакцией и
 * направили закон обратно", "возвращал в Мажилис поправки". A law only not signed is no event.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-07-08';
const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, PUB);

describe('a law returned', () => {
  it.each([
    'Президент сегодня не подписал закон о рекламе и вернул его в Мажилис с возражениями.',
    'Сенаторы сегодня не согласились с редакцией нижней палаты и направили закон обратно.',
    'Сегодня Сенат не поддержал поправки в Кодекс о здоровье и возвратил их в Мажилис.',
    'Сегодня Сенат возвращал в Мажилис поправки в Кодекс о здоровье.',
  ])('ru: %s', (s) => {
    expect(at('ru', s)).toContain('law 2025-07-08');
  });
  it('kk: the President did not sign and returned the law', () => {
    expect(
      at('kk', 'Мемлекет басшысы бүгін жарнама туралы заңға қол қоймай, оны Мәжіліске қайтарды.'),
    ).toContain('law 2025-07-08');
  });
  it('a law only not signed is no event', () => {
    expect(at('ru', 'Президент сегодня не подписал закон о рекламе.')).toEqual([]);
  });
});
