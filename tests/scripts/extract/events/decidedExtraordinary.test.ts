/**
 * A decision to convene an extraordinary congress or conference keeps "extraordinary":
 * "решение о проведении внеочередного съезда", "кезектен тыс съезд өткізу туралы шешім" were
 * titled "… decides to convene a congress". decidedGathering.ts reads the word with the
 * gathering (locales/<lang>/lexicon/decidedGathering.ts, extraordinary), the title says it in
 * each language. Generated over gatherings, wordings and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '5 ақпанда', ru: '5 февраля' },
  { kk: '19 қаңтарда', ru: '19 января' },
];
const G = [
  { ruGen: 'внеочередного съезда', ruAcc: 'внеочередной съезд', kk: 'кезектен тыс съезд', en: 'congress', ru: 'внеочередной съезд', kkT: 'кезектен тыс съезд' }, // prettier-ignore
  { ruGen: 'внеочередной конференции', ruAcc: 'внеочередную конференцию', kk: 'кезектен тыс конференция', en: 'conference', ru: 'внеочередную конференцию', kkT: 'кезектен тыс конференция' }, // prettier-ignore
];

type Case = ['kk' | 'ru', string, string, string];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d) => G.flatMap((g): Case[] => [
  ['ru', `Политсовет партии ${d.ru} принял решение о проведении ${g.ruGen}.`, `an extraordinary ${g.en}`, `Партия решила созвать ${g.ru}`],
  ['ru', `Политсовет партии ${d.ru} принял решение о созыве ${g.ruGen}.`, `an extraordinary ${g.en}`, `Партия решила созвать ${g.ru}`],
  ['ru', `Политсовет партии ${d.ru} принял решение провести ${g.ruAcc}.`, `an extraordinary ${g.en}`, `Партия решила созвать ${g.ru}`],
  ['kk', `Партияның саяси кеңесі ${d.kk} ${g.kk} өткізу туралы шешім қабылдады.`, `an extraordinary ${g.en}`, `Партия ${g.kkT} шақыру туралы шешім қабылдады`],
  ['kk', `Партияның саяси кеңесі ${d.kk} ${g.kk} шақыру туралы шешім қабылдады.`, `an extraordinary ${g.en}`, `Партия ${g.kkT} шақыру туралы шешім қабылдады`],
]));

describe('a decided extraordinary gathering stays extraordinary', () => {
  it.each(cases)('%s: %s', (lang, text, en, local) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title);
    expect(titles.map((t) => t.en)).toEqual([`The party decides to convene ${en}`]);
    expect(titles.map((t) => t[lang === 'kk' ? 'kk' : 'ru'])).toEqual([local]);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Политсовет партии 5 февраля принял решение о созыве съезда.'],
    ['kk', 'Партияның саяси кеңесі 5 ақпанда съезд шақыру туралы шешім қабылдады.'],
  ])('an ordinary one is not, %s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles).toEqual(['The party decides to convene a congress']);
  });

  // The congress decided, dated by a later sentence, is extraordinary too (convenedCongress.ts).
  it.each<['kk' | 'ru', string, string]>([
    [
      'ru',
      'Политсовет партии 5 февраля принял решение о проведении внеочередного съезда. Съезд партии пройдёт 20 марта.',
      '2025-03-20',
    ],
    [
      'ru',
      'Политсовет партии 5 февраля принял решение о созыве внеочередного съезда. Съезд партии пройдёт 27 марта.',
      '2025-03-27',
    ],
  ])('the congress it convenes, %s: %s', (lang, text, day) => {
    const congress = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'congress');
    expect(congress.map((e) => [e.date.edtf, e.title.en])).toEqual([
      [day, 'Extraordinary congress of the party'],
    ]);
  });
});
