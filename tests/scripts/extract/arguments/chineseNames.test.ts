/**
 * Chinese names in Russian and Kazakh text: a family name of one syllable first, which Russian
 * leaves undeclined, and a given name declined as a noun (`Си Цзиньпином`, not `Цзиньпиным` as a
 * Russian surname in -ин), or of one letter (`Ван И`), which is no initial. Each comes back whole
 * in the nominative. Names are public figures' or made up; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { declineRuName } from '../../../../scripts/extract/locales/ru/ruNameCase';

const NAMES: Array<[string, string]> = [
  ['Си', 'Цзиньпин'],
  ['Ли', 'Цян'],
  ['Хань', 'Чжэн'],
  ['Ван', 'Ичэн'],
];

// The post before the name in each case, and the given name's ending in that case.
const CASES: Array<[string, string, string]> = [
  ['nom', 'Председатель КНР', ''],
  ['gen', 'по приглашению Председателя КНР', 'а'],
  ['dat', 'телеграмму Председателю КНР', 'у'],
  ['ins', 'встреча с Председателем КНР', 'ом'],
  ['pre', 'о Председателе КНР', 'е'],
];

describe('a Chinese name declined in Russian', () => {
  // (The genitive and prepositional of a given name with no Russian surname's shape, `Хань Чжэна`,
  // `Ли Цяне`, read as well as a woman's nominative: the post's case would tell, not yet read.)
  it.each(
    NAMES.flatMap(([family, given]) =>
      CASES.filter(([c]) => given.endsWith('ин') || !['gen', 'pre'].includes(c)).map(
        ([c, post, ending]) => [
          `${family} ${given}`,
          c,
          `Сообщается ${post} ${family} ${given}${ending} и визите.`,
        ],
      ),
    ),
  )('%s (%s): %s', (name, _case, sentence) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual([name]);
  });

  // (With no post, only a given name with a surname's shape tells a person.)
  it.each([['Си Цзиньпин', 'Си Цзиньпином']])('with no post: %s', (name, written) => {
    const sentence = `Президент Токаев встретился с ${written}.`;
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual(['Токаев', name]);
  });
});

describe('a Chinese name declined for a Russian title', () => {
  it.each([
    ['gen', 'Си Цзиньпина'],
    ['dat', 'Си Цзиньпину'],
    ['acc', 'Си Цзиньпина'],
    ['ins', 'Си Цзиньпином'],
    ['pre', 'Си Цзиньпине'],
  ] as const)('%s: %s', (c, expected) => {
    expect(declineRuName(['Си', 'Цзиньпин'], 'm', c).join(' ')).toBe(expected);
    // (A Russian surname in -ин keeps its own declension.)
    expect(declineRuName(['Владимир', 'Путин'], 'm', 'ins').join(' ')).toBe('Владимиром Путиным');
  });
});

const SHORT = ['Ван И', 'Ли Ю', 'Чжан А'];

const SHORT_FRAMES: Array<[string, (name: string) => string]> = [
  ['ru', (n) => `Министр иностранных дел Китая ${n} прибыл в Астану.`],
  [
    'ru',
    (n) => `Нуртлеу встретился с министром иностранных дел Китая ${n}. Стороны обсудили итоги.`,
  ],
  ['ru', (n) => `Министр иностранных дел Китая ${n}, прибывший в Астану, провел переговоры.`],
  ['kk', (n) => `Қытай Сыртқы істер министрі ${n} Астанаға келді.`],
];

describe('a name whose last part is one letter', () => {
  it.each(SHORT.flatMap((n) => SHORT_FRAMES.map(([lang, frame]) => [n, lang, frame(n)])))(
    '%s (%s): %s',
    (name, lang, sentence) => {
      expect(findPersons(sentence, lang as 'kk' | 'ru').map((p) => p.name)).toContain(name);
    },
  );

  it.each([
    // (An initial stays one: after an opener or a post, or before a surname.)
    ['Сегодня И. Петров провел встречу.', ['И. Петров']],
    ['Министр Е. Жақып выступил на брифинге.', ['Е. Жақып']],
  ])('%s', (sentence, expected) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual(expected);
  });
});
