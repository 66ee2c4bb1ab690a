import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** A country's full name in the genitive after a post ("Президент Турецкой Республики") is no person. */
const posts = ['Президент', 'Премьер-министр', 'Министр иностранных дел', 'Посол'];
const countries = [
  'Турецкой Республики',
  'Российской Федерации',
  'Киргизской Республики',
  'Французской Республики',
  'Итальянской Республики',
  'Соединённых Штатов',
];

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

describe('a state noun and its adjective are not a name', () => {
  it.each(posts.flatMap((post) => countries.map((country) => [post, country] as const)))(
    '%s %s',
    (post, country) => {
      expect(names(`Закон подписал ${post} ${country}.`)).toEqual([]);
      expect(names(`Вчера ${post} ${country} прибыл в Астану.`)).toEqual([]);
    },
  );

  it.each([
    ['Президент Турецкой Республики Реджеп Тайип Эрдоган прибыл.', 'Реджеп Тайип Эрдоган'],
    ['Встреча с Президентом Российской Федерации Владимиром Путиным.', 'Владимир Путин'],
    ['Указ подписал Президент Республики Казахстан Касым-Жомарт Токаев.', 'Касым-Жомарт Токаев'],
  ])('keeps the name after the country: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
