/**
 * What is done on the nth day of a gathering the article dated ("С 3 по 5 июня … визит. Во второй
 * день визита …", "3-5 маусымда … сапар. Сапардың екінші күні …") is done on its first day plus
 * n - 1 days (events/thatGathering.ts, ownDate.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const datesOf = (lang: 'kk' | 'ru', text: string, act: string) =>
  extractSentences(lang, text, '2023-06-10')
    .events.filter((e) => e.sources[0]!.evidence.some((x) => x.text.startsWith(act.slice(0, 20))))
    .map((e) => e.date.edtf);

// [the gathering over several days, its noun as the day of it names it]
const RU: Array<[string, string]> = [
  ['С 3 по 5 июня президент находился в Узбекистане с государственным визитом.', 'визита'],
  ['Саммит ШОС прошел в Астане 3-5 июня.', 'саммита'],
  ['С 3 по 5 июня в Астане проходил форум регионов.', 'форума'],
];
const RU_DAYS: Array<[string, string]> = [
  ['Во второй день', '2023-06-04'],
  ['В третий день', '2023-06-05'],
];
const KK: Array<[string, string]> = [
  ['Мемлекет басшысы 3-5 маусымда Өзбекстанға мемлекеттік сапармен барды.', 'Сапардың'],
  ['Астанада 3-5 маусымда ШЫҰ саммиті өтті.', 'Саммиттің'],
];
const KK_DAYS: Array<[string, string]> = [
  ['екінші күні', '2023-06-04'],
  ['үшінші күні', '2023-06-05'],
];

describe('the nth day of a gathering told over several days', () => {
  for (const [gathering, noun] of RU)
    for (const [nth, day] of RU_DAYS) {
      const act = `${nth} ${noun} Токаев провел переговоры с президентом Узбекистана.`;
      it(`ru: ${gathering} ${act} → ${day}`, () => {
        expect(datesOf('ru', `${gathering} ${act}`, act)).toEqual([day]);
      });
    }
  for (const [gathering, noun] of KK)
    for (const [nth, day] of KK_DAYS) {
      const act = `${noun} ${nth} Тоқаев Өзбекстан Президентімен келіссөз жүргізді.`;
      it(`kk: ${gathering} ${act} → ${day}`, () => {
        expect(datesOf('kk', `${gathering} ${act}`, act)).toEqual([day]);
      });
    }

  it('its first day is the gathering\'s own ("в первый день визита")', () => {
    const act = 'В первый день визита Токаев провел переговоры с президентом Узбекистана.';
    expect(datesOf('ru', `${RU[0]![0]} ${act}`, act)).toContain('2023-06-03');
  });
});
