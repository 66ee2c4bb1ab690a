/**
 * A woman named by her given name and a surname that tells no sex is a woman in the Russian
 * title. 'Анна Шевченко ушла в отставку' (a test sentence written for the check) was titled
 * 'Анна Шевченко ушёл в отставку': events/names.ts isFemaleName read only a surname's ending
 * (-ова, -ская, қызы). The given name tells it too, in its Russian or Kazakh spelling. Generated
 * over given names, surnames in -енко/-ко and wordings, ru and kk; men's names stay 'ушёл'.
 */
import { describe, expect, it } from 'vitest';
import { isFemaleName } from '../../../../scripts/extract/events/names';
import { extractSentences } from './extractSentences';

const WOMEN = ['Анна', 'Мария', 'Гульнара', 'Айгерим', 'Динара'];
const MEN = ['Ерлан', 'Никита', 'Серик'];
const SURNAMES = ['Шевченко', 'Бондаренко'];
const RU = [
  (n: string, f: boolean) => `${n} ${f ? 'ушла' : 'ушёл'} в отставку.`,
  (n: string, f: boolean) => `Министр юстиции ${n} ${f ? 'подала' : 'подал'} в отставку.`,
];
const KK = [(n: string) => `Әділет министрі ${n} өз еркімен қызметінен кетті.`];

const cases = [...WOMEN, ...MEN].flatMap((given) =>
  SURNAMES.flatMap((surname) => {
    const f = WOMEN.includes(given);
    const name = `${given} ${surname}`;
    return [
      ...RU.map((w) => ['ru', w(name, f), f] as const),
      ...KK.map((w) => ['kk', w(name), f] as const),
    ];
  }),
);

describe('the Russian resignation title agrees with the given name', () => {
  it.each(cases)('%s: %s', (lang, sentence, female) => {
    const titles = extractSentences(lang, sentence, '2025-03-12')
      .events.filter((e) => e.type === 'resignation')
      .map((e) => e.title.ru);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(female ? / ушла / : / ушёл /);
  });
});

describe('isFemaleName', () => {
  it.each([
    ['Анна Шевченко', true],
    ['Айгүл Бондаренко', true],
    ['Гульнара Ким', true],
    ['Мария Иванова', true],
    ['Ерлан Шевченко', false],
    ['Никита Бондаренко', false],
    ['Шевченко', false],
  ] as const)('%s', (name, female) => {
    expect(isFemaleName(name)).toBe(female);
  });
});
