/**
 * A chancellor is a post, in Kazakh and in Russian: "Бүгін Тоқаев Германия Канцлері Олаф Шольцпен
 * кездесті" (a test sentence written for the check) named no guest, the meeting titled "Тоқаев
 * кездесу өткізді"; "Канцлер Германии Олаф Шольц прибыл в Астану" named no one. Generated over
 * post phrases, names and cases; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const KK_POSTS = ['Канцлер', 'Германия Канцлері', 'Германия канцлері', 'ГФР Канцлері'];
// Given name, surname, and the surname's accusative, instrumental and dative (harmony by its
// vowel, the first consonant by its last sound).
const KK_NAMES: Array<[string, string, string, string, string]> = [
  ['Олаф', 'Шольц', 'Шольцты', 'Шольцпен', 'Шольцқа'],
  ['Фридрих', 'Мерц', 'Мерцті', 'Мерцпен', 'Мерцке'],
  ['Ангела', 'Меркель', 'Меркельді', 'Меркельмен', 'Меркельге'],
];
// Which form (0 the surname, 1-3 as above), and the words it goes with.
const KK_CASES: Array<[number, string]> = [
  [0, 'Астанаға келді'],
  [1, 'Тоқаев қабылдады'],
  [2, 'Тоқаев кездесті'],
  [3, 'Тоқаев хат жолдады'],
];

const kk = KK_POSTS.flatMap((post) =>
  KK_NAMES.flatMap(([given, ...forms]) =>
    KK_CASES.map(([c, rest]) => {
      const name = `${given} ${forms[0]}`;
      const people = [[name, post]];
      if (rest.startsWith('Тоқаев')) people.push(['Тоқаев', '']);
      const subject = rest.startsWith('Тоқаев') ? 'Тоқаев ' : '';
      const verb = rest.replace(/^Тоқаев /u, '');
      return [`${subject}${post} ${given} ${forms[c]} ${verb}.`, people, 'kk'];
    }),
  ),
);

// (nominative, instrumental, dative) of each name.
const RU_NAMES: Array<[string, string, string]> = [
  ['Олаф Шольц', 'Олафом Шольцем', 'Олафу Шольцу'],
  ['Фридрих Мерц', 'Фридрихом Мерцем', 'Фридриху Мерцу'],
  ['Ангела Меркель', 'Ангелой Меркель', 'Ангеле Меркель'],
];
const RU_COUNTRIES = ['Германии', 'ФРГ'];

const ru = RU_COUNTRIES.flatMap((country) =>
  RU_NAMES.flatMap(([name, ins, dat]) => [
    [
      `Канцлер ${country} ${name} находится с визитом в Астане.`,
      [[name, `Канцлер ${country}`]],
      'ru',
    ],
    [
      `Токаев встретился с канцлером ${country} ${ins}.`,
      [
        ['Токаев', ''],
        [name, `канцлер ${country}`],
      ],
      'ru',
    ],
    [
      `Токаев направил письмо канцлеру ${country} ${dat}.`,
      [
        ['Токаев', ''],
        [name, `канцлер ${country}`],
      ],
      'ru',
    ],
  ]),
);

describe('a chancellor is a post', () => {
  it.each([...kk, ...ru])('%s', (sentence, people, lang) => {
    const found = findPersons(sentence as string, lang as 'kk' | 'ru');
    const got = found.map((p) => [p.name, p.role ?? '']);
    expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(
      new Set((people as string[][]).map((g) => JSON.stringify(g))),
    );
  });
});
