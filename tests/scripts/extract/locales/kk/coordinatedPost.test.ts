/**
 * A Kazakh post whose field is two coordinated nouns keeps both (locales/kk/coordinatedPost.ts):
 * "Ғылым және жоғары білім министрі Саясат Нұрбек" had the post "жоғары білім министрі". Generated
 * over the posts, the name's cases and two names; sentences written for the test. Controls: a
 * person, a pronoun, a group or another post before "және" is no part of the post.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const roleOf = (text: string, name: string) =>
  findPersons(text, 'kk').find((p) => p.name === name)?.role;

const posts = [
  'Ғылым және жоғары білім министрі',
  'Мәдениет және ақпарат министрі',
  'Еңбек және халықты әлеуметтік қорғау министрі',
  'Өнеркәсіп және құрылыс министрі',
  'Сауда және интеграция вице-министрі',
  'Экология және табиғи ресурстар министрінің орынбасары',
];
const names: [string, string, string, string, string][] = [
  // nominative, accusative, comitative, genitive, dative
  [
    'Дәурен Сейітов',
    'Дәурен Сейітовты',
    'Дәурен Сейітовпен',
    'Дәурен Сейітовтың',
    'Дәурен Сейітовке',
  ],
  [
    'Гүлнар Әбенова',
    'Гүлнар Әбенованы',
    'Гүлнар Әбеновамен',
    'Гүлнар Әбенованың',
    'Гүлнар Әбеноваға',
  ],
];
const frames = [
  (p: string, n: readonly string[]) => `${p} ${n[0]} брифинг өткізді.`,
  (p: string, n: readonly string[]) => `Мемлекет басшысы ${p} ${n[1]} қабылдады.`,
  (p: string, n: readonly string[]) => `Депутаттар ${p} ${n[2]} кездесті.`,
  (p: string, n: readonly string[]) => `${p} ${n[3]} айтуынша, жоба биыл басталады.`,
  (p: string, n: readonly string[]) => `Премьер-министр ${p} ${n[4]} тапсырма берді.`,
];

const cases = posts.flatMap((p) =>
  names.flatMap((n) => frames.map((f) => [f(p, n), n[0], p] as const)),
);

// Before "және": a person, a pronoun, a group, another post; none is a field of the post after it.
const controls = [
  'Тоқаев және облыс әкімі',
  'Ол және облыс әкімі',
  'Студенттер және облыс әкімі',
  'Президент және облыс әкімі',
].flatMap((p) => names.map((n) => [`${p} ${n[0]} кездесті.`, n[0]] as const));

describe('Kazakh coordinated post fields', () => {
  it.each(cases)('%s', (text, name, post) => {
    expect(roleOf(text, name)).toBe(post);
  });
  it.each(controls)('%s', (text, name) => {
    expect(roleOf(text, name)).toBe('облыс әкімі');
  });
});
