/**
 * A Russian post held under another post with a title adjective is the holder's
 * (locales/ru/rolePhraseStart.ts): "Заместитель Генерального прокурора Марат Ахметжанов" gave no
 * post, since "прокурора" (genitive) clashed with the name's nominative, and the walk to the
 * holder's post stopped at "Генерального". Generated over the holder's posts, the titled posts,
 * the name's cases and two names; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const roleOf = (text: string, name: string) =>
  findPersons(text, 'ru').find((p) => p.name === name)?.role;

// The holder's post: nominative, genitive (also the animate accusative), instrumental.
const holders: [string, string, string][] = [
  ['Заместитель', 'заместителя', 'заместителем'],
  ['Первый заместитель', 'первого заместителя', 'первым заместителем'],
  ['Советник', 'советника', 'советником'],
];
// Posts with a title adjective, in the genitive.
const titled = ['Генерального прокурора', 'Государственного секретаря', 'Генерального секретаря'];
// A name's nominative, genitive, instrumental.
const names: [string, string, string][] = [
  ['Марат Ахметжанов', 'Марата Ахметжанова', 'Маратом Ахметжановым'],
  ['Айгерим Сулейменова', 'Айгерим Сулейменовой', 'Айгерим Сулейменовой'],
];
const frames = [
  (h: (typeof holders)[number], t: string, n: (typeof names)[number]) =>
    `${h[0]} ${t} ${n[0]} проводит брифинг.`,
  (h: (typeof holders)[number], t: string, n: (typeof names)[number]) =>
    `Президент принял ${h[1]} ${t} ${n[1]}.`,
  (h: (typeof holders)[number], t: string, n: (typeof names)[number]) =>
    `По словам ${h[1]} ${t} ${n[1]}, проверка завершена.`,
  (h: (typeof holders)[number], t: string, n: (typeof names)[number]) =>
    `Депутаты встретились с ${h[2]} ${t} ${n[2]}.`,
];
const cases = holders.flatMap((h) =>
  titled.flatMap((t) => names.flatMap((n) => frames.map((f) => [f(h, t, n), n[0], h[0]] as const))),
);

describe('a Russian post under a titled post', () => {
  it.each(cases)('%s', (text, name, holder) => {
    const role = roleOf(text, name) ?? '';
    expect(role.toLowerCase()).toContain(holder.split(' ').at(-1)!.toLowerCase().slice(0, 6));
    expect(role.toLowerCase()).toMatch(/прокурор|секретар/u);
  });
});
