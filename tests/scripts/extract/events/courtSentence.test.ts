/**
 * A court that sets a sentence, a fine or an examination ("Суд назначил ему семь лет лишения
 * свободы", "айыппұл тағайындады") appoints no one; and a verdict that names the convicted at length
 * ("суд … признал бывшего акима Байзакского района Нурлана Абенова виновным") is the court's act.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2023-09-27';
const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, PUB);

describe('a court sets a sentence, no appointment', () => {
  it.each([
    'Суд назначил ему семь лет лишения свободы.',
    'Суд назначил бывшему акиму три года заключения.',
    'Суд назначил подсудимому наказание в виде штрафа.',
    'Сегодня суд назначил экспертизу.',
    'Суд назначил ему восемь месяцев ограничения свободы.',
  ])('ru: %s', (s) => {
    expect(at('ru', s).filter((e) => e.startsWith('appointment'))).toEqual([]);
  });
  it.each([
    'Сот бүгін оған 500 мың теңге айыппұл тағайындады.',
    'Сот бүгін сот-медициналық сараптама тағайындады.',
  ])('kk: %s', (s) => {
    expect(at('kk', s).filter((e) => e.startsWith('appointment'))).toEqual([]);
  });
  it('a post is still an appointment', () => {
    expect(at('ru', 'Сегодня Президент назначил его министром юстиции.')).toContain(
      'appointment 2023-09-27',
    );
  });
  it('a verdict naming the convicted at length is the court act of the day', () => {
    expect(
      at(
        'ru',
        'Межрайонный суд сегодня признал бывшего акима Байзакского района Нурлана Абенова виновным во взяточничестве.',
      ),
    ).toContain('other 2023-09-27');
  });
});
