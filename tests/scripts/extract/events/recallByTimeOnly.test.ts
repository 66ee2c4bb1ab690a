/**
 * A sentence told at a time long past by a time word alone is a dated sentence, no recall the next
 * sentence goes on with (events/story.ts opensRecall), and an additive particle adds an act to a day
 * told before, not to a year or a month (events/newsStory.ts pronounGoesOn). "Сенат 10 марта одобрил
 * закон. В прошлом году президент подписал указ. Сенаторы также обсудили проект бюджета" put the
 * discussion in 2025, as "Өткен жылы …" did in Kazakh; "В 2024 году …" already left it at the
 * sitting. Generated over the time words and the particles; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const DCT = '2026-03-12';
const meetings = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, DCT)
    .events.filter((e) => e.type === 'meeting')
    .map((e) => e.date.edtf);

const RU_TIMES = [
  'В прошлом году',
  'Кроме того, в прошлом году',
  'В 2024 году',
  'В январе',
  'В январе 2025 года',
];
const RU_ALSO = [
  'Сенаторы также обсудили',
  'Также сенаторы обсудили',
  'Сенаторы обсудили',
  'Кроме того, сенаторы обсудили',
];
const KK_TIMES = ['Өткен жылы', '2024 жылы', 'Қаңтарда', 'Бұған қоса, өткен жылы'];
const KK_ALSO = ['Сенаторлар сондай-ақ', 'Сондай-ақ сенаторлар', 'Сенаторлар'];

describe('Russian: the act after a year told before is at the sitting', () => {
  it.each(RU_TIMES.flatMap((t) => RU_ALSO.map((a) => [t, a] as const)))('%s … %s', (t, a) => {
    const text = `Астана, 12 марта. Сенат 10 марта одобрил закон о выборах. ${t} президент подписал указ о реформе. ${a} проект бюджета.`;
    expect(meetings('ru', text)).toEqual(['2026-03-10']);
  });
});

describe('Kazakh: the act after a year told before is at the sitting', () => {
  it.each(KK_TIMES.flatMap((t) => KK_ALSO.map((a) => [t, a] as const)))('%s … %s', (t, a) => {
    const text = `Астана, 12 наурыз. Сенат 10 наурызда сайлау туралы заңды мақұлдады. ${t} Президент реформа туралы Жарлыққа қол қойды. ${a} бюджет жобасын талқылады.`;
    expect(meetings('kk', text)).toEqual(['2026-03-10']);
  });
});

describe('an additive particle still adds an act to the day told before', () => {
  it.each([
    ['ru', 'Сенат 10 февраля одобрил закон о выборах. Сенаторы также обсудили проект бюджета.'],
    [
      'kk',
      'Сенат 10 ақпанда сайлау туралы заңды мақұлдады. Сенаторлар сондай-ақ бюджет жобасын талқылады.',
    ],
  ] as const)('%s: %s', (lang, body) => {
    const line = lang === 'ru' ? 'Астана, 12 марта.' : 'Астана, 12 наурыз.';
    expect(meetings(lang, `${line} ${body}`)).toEqual(['2026-02-10']);
  });
});
