/**
 * "Елбасы" (Leader of the Nation, the title of the First President) is a post: "Елбасы Нұрсұлтан
 * Назарбаев сөз сөйледі" (a test sentence written for the check) named Nazarbayev with no role, and
 * "Тоқаев Тұңғыш Президент Нұрсұлтан Назарбаевпен кездесті" lost Tokayev and gave the guest the post
 * "Тоқаев Тұңғыш Президент". Every case form of the word is a role word; "Тұңғыш" (first) and
 * "Бұрынғы" (former) open a post, never end a name. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../../scripts/extract/arguments/findPersons';
import { isRoleWord } from '../../../../../../scripts/extract/arguments/isRoleWord';

// The word in every case, and with "our" (-мыз) before the case.
const ELBASY = ['', 'ның', 'на', 'н', 'нда', 'нан', 'мен', 'мыз', 'мыздың', 'мызға', 'мызбен'].map(
  (e) => `Елбасы${e}`,
);

// Назарбаев in the nominative, genitive, dative, accusative, ablative, instrumental, each with
// words it goes with.
const NAME: Array<[string, string]> = [
  ['', 'сөз сөйледі'],
  ['тың', 'кітабы жарық көрді'],
  ['қа', 'хат жолдады'],
  ['ты', 'қабылдады'],
  ['тан', 'кеңес сұрады'],
  ['пен', 'кездесті'],
];

const POSTS: Array<[string, string]> = [
  ['Елбасы', 'Елбасы'],
  ['Тұңғыш Президент', 'Тұңғыш Президент'],
  ['Бұрынғы Президент', 'Бұрынғы Президент'],
];

const kk = POSTS.flatMap(([post, role]) =>
  NAME.flatMap(([ending, rest]) => [
    [`Бүгін ${post} Нұрсұлтан Назарбаев${ending} ${rest}.`, [['Нұрсұлтан Назарбаев', role]]],
    [
      `Тоқаев ${post} Нұрсұлтан Назарбаев${ending} ${rest}.`,
      [
        ['Тоқаев', ''],
        ['Нұрсұлтан Назарбаев', role],
      ],
    ],
  ]),
);

const ru = ['Нурсултан Назарбаев выступил.', 'Нурсултану Назарбаеву вручили награду.'].map((s) => [
  `Сегодня Елбасы ${s}`,
  [['Нурсултан Назарбаев', 'Елбасы']],
]);

describe('Елбасы is a post', () => {
  it.each(ELBASY)('%s is a role word', (word) => {
    expect(isRoleWord(word, 'kk')).toBe(true);
  });

  it.each([...kk.map((r) => [...r, 'kk']), ...ru.map((r) => [...r, 'ru'])])(
    '%s',
    (sentence, people, lang) => {
      const found = findPersons(sentence as string, lang as 'kk' | 'ru');
      expect(found.map((p) => [p.name, p.role ?? ''])).toEqual(people);
    },
  );
});
