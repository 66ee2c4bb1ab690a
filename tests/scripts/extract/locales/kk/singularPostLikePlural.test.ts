/**
 * Posts whose stem ends as a Kazakh plural does ("канцлері", "лидері": канц-лер-і, ли-дер-і) are
 * one person's post: the surname after them is a person ("Германия канцлері Шольц Астанаға
 * келді" found no one). And "лидер", "Премьер" are posts ("Қытай Премьері Ли Цянмен" lost Li
 * Qiang). locales/kk/personNames.ts PLURAL, locales/kk/lexicon/roles.ts. Sentences written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

// Post, then each name with its instrumental (the one met: "Шольцпен", "Цянмен").
const POSTS = [
  [
    'Германия канцлері',
    [
      ['Шольц', 'Шольцпен'],
      ['Олаф Шольц', 'Олаф Шольцпен'],
      ['Фридрих Мерц', 'Фридрих Мерцпен'],
    ],
  ],
  [
    'партия лидері',
    [
      ['Қошанов', 'Қошановпен'],
      ['Ерлан Қошанов', 'Ерлан Қошановпен'],
    ],
  ],
  ['Қытай Премьері', [['Ли Цян', 'Ли Цянмен']]],
] as const;
const CLAUSES = [
  '{P} {n} Астанаға келді.',
  'Бүгін {p} {n} сөз сөйледі.',
  'Тоқаев {p} {i} кездесті.',
];

describe('a singular post that ends like a plural', () => {
  it.each(
    POSTS.flatMap(([post, names]) =>
      names.flatMap(([n, i]) => CLAUSES.map((c) => [post, n, i, c])),
    ),
  )('%s %s (%s) in "%s"', (post, name, instrumental, clause) => {
    const P = post[0]!.toUpperCase() + post.slice(1);
    const text = clause
      .replace('{P}', P)
      .replace('{p}', post)
      .replace('{n}', name)
      .replace('{i}', instrumental);
    const got = findPersons(text, 'kk').map((p) => [p.name, p.role?.toLowerCase()]);
    expect(got).toContainEqual([name, post.toLowerCase()]);
  });
  it("a plural post still stands before a code's name, not a surname", () => {
    expect(findPersons('Депутаттар Жер кодексіне түзетулер енгізді.', 'kk')).toEqual([]);
  });
});
