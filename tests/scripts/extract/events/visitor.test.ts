/**
 * Who visits is the one an arrival participle qualifies, not the host who holds the talks:
 * "… провел переговоры с министром … Балакришнаном, прибывшим в Астану с официальным визитом" and
 * "… Астанаға ресми сапармен келген … Балакришнанмен келіссөздер жүргізді" are "Vivian
 * Balakrishnan visits Astana" (events/visitor.ts). Generated over visitors, participles and word
 * orders; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);

// [ru country genitive, ru name instrumental, kk country, kk name with "мен", en]
const VISITORS: [string, string, string, string, string][] = [
  [
    'Сингапура',
    'Вивианом Балакришнаном',
    'Сингапур',
    'Вивиан Балакришнанмен',
    'Vivian Balakrishnan',
  ],
  ['Малайзии', 'Мохамадом Хасаном', 'Малайзия', 'Мохамад Хасанмен', 'Mokhamad Khasan'],
  ['Венгрии', 'Петером Сийярто', 'Венгрия', 'Петер Сийяртомен', 'Peter Siyyarto'],
];
const RU_PARTICIPLES = [
  'прибывшим в Астану с официальным визитом',
  'находящимся в Астане с официальным визитом',
  'приехавшим в Астану с рабочим визитом',
];
const KK_PARTICIPLES = [
  'ресми сапармен келген',
  'жұмыс сапарымен келген',
  'ресми сапармен келіп отырған',
];
const HOST_RU = 'Министр иностранных дел Мурат Нуртлеу провел переговоры с';
const HOST_KK = 'Сыртқы істер министрі Мұрат Нұртілеу Астанаға';

describe('the visitor is the one the arrival participle qualifies', () => {
  it.each(
    VISITORS.flatMap(([gen, ins, , , en]) =>
      RU_PARTICIPLES.flatMap((p) => [
        [`${HOST_RU} министром иностранных дел ${gen} ${ins}, ${p}.`, en],
        [`${HOST_RU} ${p} министром иностранных дел ${gen} ${ins}.`, en],
      ]),
    ),
  )('ru: %s', (sentence, en) => {
    expect(titles('ru', sentence)).toEqual([`${en} visits Astana`]);
  });
  it.each(
    VISITORS.flatMap(([, , country, withName, en]) =>
      KK_PARTICIPLES.map((p) => [
        `${HOST_KK} ${p} ${country} Сыртқы істер министрі ${withName} келіссөздер жүргізді.`,
        en,
      ]),
    ),
  )('kk: %s', (sentence, en) => {
    expect(titles('kk', sentence)[0]).toMatch(
      new RegExp(`^${en} (?:visits|holds talks in) Astana$`, 'u'),
    );
  });
});

describe('controls: the subject who arrives, or arrived before he met', () => {
  it.each([
    [
      'ru',
      'Министр иностранных дел Мурат Нуртлеу посетил Пекин с рабочим визитом.',
      'Murat Nurtleu visits Beijing',
    ],
    [
      'kk',
      'Сыртқы істер министрі Мұрат Нұртілеу Пекинге жұмыс сапарымен барды.',
      'Murat Nurtileu visits Beijing',
    ],
    [
      'ru',
      'Министр иностранных дел Венгрии Петер Сийярто, прибывший в Астану с официальным визитом, провел переговоры с министром иностранных дел Муратом Нуртлеу.',
      'Peter Siyyarto visits Astana',
    ],
  ] as const)('%s: %s', (lang, sentence, title) => {
    expect(titles(lang, sentence)[0]).toBe(title);
  });
});
