/**
 * Who "Президент" names in an article (events/peopleIndex.ts): not the holder when the word is an
 * adjective or abstract noun ("президентские выборы", "президенттік сайлау"), and not the First
 * President or a former one. Both had given the act of another to the wrong person: "Партия «Ауыл»
 * выдвинула кандидата на президентские выборы" became "Auyl nominates Kassym-Jomart Tokayev", and
 * "Мемлекет басшысы … ұсынды" at Tokayev's oath became Nazarbayev's proposal. Generated over the
 * adjective's forms and the titles; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2022-10-07';
const RU_ADJECTIVES = [
  'на внеочередные президентские выборы',
  'на президентских выборах',
  'в президентской кампании',
  'для участия в президентской гонке',
];
const KK_ADJECTIVES = [
  'кезектен тыс президенттік сайлауға',
  'президенттік сайлауда',
  'президенттікке',
];

const actorsOf = (lang: 'kk' | 'ru', text: string, type: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === type && e.date.edtf === PUB)
    .flatMap((e) => e.actors.map((a) => a.name));

describe('an adjective of the post names no one', () => {
  it.each(RU_ADJECTIVES)('ru: %s', (phrase) => {
    const text =
      `Партия «Ауыл» на съезде в Астане сегодня выдвинула своего кандидата ${phrase}.\n\n` +
      'Накануне, 6 октября, партия AMANAT выдвинула кандидатом действующего президента Касым-Жомарта Токаева.';
    expect(actorsOf('ru', text, 'proposal')).not.toContain('Касым-Жомарт Токаев');
  });
  it.each(KK_ADJECTIVES)('kk: %s', (phrase) => {
    const text =
      `«Ауыл» партиясы бүгін Астанада өткен съезде ${phrase} өз кандидатын ұсынды.\n\n` +
      'Кеше, 6 қазанда, AMANAT партиясы қазіргі Президент Қасым-Жомарт Тоқаевты кандидат етіп ұсынды.';
    expect(actorsOf('kk', text, 'proposal')).not.toContain('Қасым-Жомарт Тоқаев');
  });
});

describe('the First President or a former one is not "the President"', () => {
  it.each([
    [
      'kk',
      'Тұңғыш Президент Нұрсұлтан Назарбаев',
      'Мемлекет басшысы сөзінде елорданың атауын өзгертуді ұсынды.',
    ],
    [
      'kk',
      'бұрынғы Президент Нұрсұлтан Назарбаев',
      'Президент сөзінде елорданың атауын өзгертуді ұсынды.',
    ],
    [
      'ru',
      'Первый Президент Нурсултан Назарбаев',
      'Глава государства в своей речи предложил переименовать столицу.',
    ],
    [
      'ru',
      'бывший президент Нурсултан Назарбаев',
      'Президент в своей речи предложил переименовать столицу.',
    ],
  ] as const)('%s: %s', (lang, title, act) => {
    const text =
      lang === 'kk'
        ? `Бүгін салтанатты рәсімге ${title} қатысты. ${act}`
        : `Сегодня на торжественной церемонии присутствовал ${title}. ${act}`;
    expect(actorsOf(lang, text, 'proposal').join()).not.toMatch(/Назарбаев/u);
  });
});
