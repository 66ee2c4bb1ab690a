/**
 * Dates paired each with its own place ("22 сәуірде Сәтбаев қаласында, 23 сәуірде Қаражалда", "22
 * апреля в Сатпаеве, 23 апреля в Каражале") are one list: the act told of them happened at each, on
 * its day. Generated over place names, link words and gathering verbs, both languages. A place
 * after the first date only is no pair: the second date is another clause's.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const datesOf = (lang: 'kk' | 'ru', text: string, type: string) =>
  eventsOf(lang, text, '2024-04-18')
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf)
    .sort();

const KK_PLACES: Array<[string, string]> = [
  ['Сәтбаев қаласында', 'Қаражалда'],
  ['Жезқазғанда', 'Сәтбаев қаласында'],
  ['Астанада', 'Алматыда'],
];
const KK_LINKS = [', ', ' және ', ', ал '];
const RU_PLACES: Array<[string, string]> = [
  ['в Сатпаеве', 'в Каражале'],
  ['в Жезказгане', 'в Сатпаеве'],
  ['в Астане', 'в Алматы'],
];
const RU_LINKS = [', ', ' и ', ', а '];

describe('dates each with its own place are one list', () => {
  for (const [p1, p2] of KK_PLACES)
    for (const link of KK_LINKS)
      it(`kk: 22 сәуірде ${p1}${link}23 сәуірде ${p2}`, () => {
        const text = `Қоғамдық тыңдаулар 22 сәуірде ${p1}${link}23 сәуірде ${p2} өтеді.`;
        expect(datesOf('kk', text, 'meeting')).toEqual(['2024-04-22', '2024-04-23']);
      });
  for (const [p1, p2] of RU_PLACES)
    for (const link of RU_LINKS)
      it(`ru: 22 апреля ${p1}${link}23 апреля ${p2}`, () => {
        const text = `Публичные слушания пройдут 22 апреля ${p1}${link}23 апреля ${p2}.`;
        expect(datesOf('ru', text, 'meeting')).toEqual(['2024-04-22', '2024-04-23']);
      });
});

describe('a place after the first date only is no pair', () => {
  it('kk', () => {
    const text =
      'Қоғамдық тыңдаулар 22 сәуірде Сәтбаев қаласында өтеді, 25 сәуірде сессия шақырылады.';
    expect(datesOf('kk', text, 'meeting')).toEqual(['2024-04-22']);
  });
  it('ru', () => {
    const text = 'Публичные слушания пройдут 22 апреля в Сатпаеве, 25 апреля соберется сессия.';
    expect(datesOf('ru', text, 'meeting')).toEqual(['2024-04-22']);
  });
});
