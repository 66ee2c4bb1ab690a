/**
 * A headline with no day of its own tells the news its lead dates a day or a few before the
 * publication: "Токаев провел встречу с главой МИД Китая" over "Токаев 3 марта принял в Акорде
 * министра иностранных дел КНР" (test sentences written for the check, published on the 4th) was
 * two meetings, one on the 3rd and one on the publication's day. Generated over the lead's day,
 * the kind of news and the language.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const NEWS: Array<['kk' | 'ru', string, (day: number) => string, string]> = [
  ['ru', 'Токаев провел встречу с главой МИД Китая', (d) => `Президент Казахстана Касым-Жомарт Токаев ${d} марта принял в Акорде министра иностранных дел КНР.`, 'meeting'],
  ['ru', 'Токаев подписал закон о выборах', (d) => `Глава государства Касым-Жомарт Токаев ${d} марта подписал закон о выборах.`, 'law'],
  ['kk', 'Тоқаев Қытай сыртқы істер министрімен кездесті', (d) => `Мемлекет басшысы Қасым-Жомарт Тоқаев ${d} наурызда Ақордада Қытайдың сыртқы істер министрімен кездесті.`, 'meeting'],
  ['kk', 'Тоқаев сайлау туралы заңға қол қойды', (d) => `Мемлекет басшысы Қасым-Жомарт Тоқаев ${d} наурызда сайлау туралы заңға қол қойды.`, 'law'],
]; // prettier-ignore

describe("a headline dated only by the publication joins its lead's day", () => {
  it.each(NEWS.flatMap(([lang, head, lead, kind]) => [1, 2, 3].map((d) => ({ lang, head, lead: lead(d), kind, d }))))(
    '$lang $head / $d',
    ({ lang, head, lead, kind, d }) => {
      const found = kindsAndDays(lang, `${head}\n\n${lead}`, '2025-03-04').filter((x) => x.startsWith(`${kind} `));
      expect(found).toEqual([`${kind} 2025-03-0${d}`]);
    },
  ); // prettier-ignore
});
