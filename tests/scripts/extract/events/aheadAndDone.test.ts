/**
 * One article's undated act told as still ahead and its act of the same kind dated long before
 * publication are two events: the merge of the article's candidates keeps them apart
 * (events/mergeInArticle.ts). Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2024-07-03';
// [language, headline and lead, the act ahead, the act done long before, its type and date]
const CASES: Array<['kk' | 'ru', string, string, string, string]> = [
  [
    'kk',
    'Астанада саммит өтіп жатыр\n\nБүгін Астанада ШЫҰ саммиті басталды. Мемлекет басшылары Астана декларациясын талқылады.',
    'Беларусь ұйымның толық мүшесі атанбақ.',
    'Үндістан мен Пәкістан 2017 жылы ұйымның толық мүшесі атанды.',
    'membership 2017',
  ],
  [
    'kk',
    'Депутаттар сайлау туралы заңды талқылады\n\nБүгін Мәжіліс депутаттары сайлау туралы заңға түзетулерді талқылады. Талқылау екі сағатқа созылды.',
    'Сайлау туралы заңды Сенат қабылдамақ.',
    'Сайлау туралы заңды Сенат 2019 жылы қабылдады.',
    'law 2019',
  ],
  [
    'ru',
    'Депутаты обсудили закон\n\nСегодня депутаты Мажилиса обсудили поправки в закон о выборах. Обсуждение длилось два часа.',
    'Закон о выборах будет принят Сенатом.',
    'Закон о выборах был принят Сенатом в 2019 году.',
    'law 2019',
  ],
];

describe('an undated act ahead does not join one done long before publication', () => {
  for (const [lang, lead, ahead, done, event] of CASES)
    for (const order of [
      [ahead, done],
      [done, ahead],
    ]) {
      it(`${lang}: ${order.join(' / ')}: ${event} is told by its own sentence only`, () => {
        const data = extractSentences(lang, `${lead}\n\n${order[0]}\n\n${order[1]}`, PUBLISHED);
        const dated = data.events.find((e) => `${e.type} ${e.date.edtf}` === event)!;
        const told = dated.sources.flatMap((x) => x.evidence.map((ev) => ev.text));
        expect(told).toEqual([done]);
        expect(data.unplaced.some((u) => u.evidence?.text === ahead)).toBe(true);
      });
    }
});
