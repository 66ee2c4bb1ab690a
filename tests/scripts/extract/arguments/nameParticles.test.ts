/**
 * A foreign name keeps its particles: "Тоқаев Сауд Арабиясының сыртқы істер министрі Фейсал бен
 * Фарханды қабылдады" (a test sentence written for the check) gave the guest as "Фейсал", "Катар
 * әмірі Тәмім бен Хамад Әл Тани Астанаға келді" no one, and "Александром Ван дер Белленом" came
 * out "Александром Ван". Generated over names with an Arabic "son of" and article and a Dutch,
 * German or Italian particle, each in every case (Kazakh: on the last word; Russian: on every word
 * that declines), with and without a post before them; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// The name's words before its last, the last word, and the last word's endings by its sounds:
// accusative, instrumental, dative, genitive, locative. (Not `Әл-Таниға`: a name in -иға is a
// Kazakh woman's, `Дариға`, and keeps it.)
const KK_NAMES: Array<[string, string, Array<string | undefined>]> = [
  ['Фейсал бен', 'Фархан', ['ды', 'мен', 'ға', 'ның', 'да']],
  ['Фейсал бен Фархан Әл', 'Сауд', ['ты', 'пен', 'қа', 'тың', 'та']],
  ['Мұхаммед бен Зайд Әл', 'Нахаян', ['ды', 'мен', 'ға', 'ның', 'да']],
  ['Мұхаммед бин', 'Салман', ['ды', 'мен', 'ға', 'ның', 'да']],
  ['Абдул-Фаттах әл-', 'Сиси', ['ді', 'мен', 'ге', 'дің', 'де']],
  ['Тәмім бен Хамад', 'Әл-Тани', ['ды', 'мен', undefined, 'дың', 'да']],
  ['Александр Ван дер', 'Беллен', ['ді', 'мен', 'ге', 'нің', 'де']],
  ['Урсула фон дер', 'Ляйен', ['ді', 'мен', 'ге', 'нің', 'де']],
  ['Луиджи ди', 'Майо', ['ны', 'мен', 'ға', 'ның', 'да']],
];
const KK_POSTS = ['', 'Сауд Арабиясының сыртқы істер министрі '];

const kkForms = KK_NAMES.flatMap(([before, last, [acc, ins, dat, gen, loc]]) =>
  KK_POSTS.flatMap((post) => {
    const name = `${before}${before.endsWith('-') ? '' : ' '}${last}`;
    const cased = (ending: string) => `${post}${name}${ending}`;
    const guest = [name, post.trim()];
    const host = ['Тоқаев', ''];
    // (The locative without a post: "Сөз кезегі" at the sentence's start is read into one.)
    return [
      [`${cased('')} Астанаға келді.`, [guest]],
      [`Тоқаев ${cased(acc!)} қабылдады.`, [host, guest]],
      [`Тоқаев ${cased(ins!)} кездесті.`, [host, guest]],
      ...(dat ? [[`Тоқаев ${cased(dat)} хат жолдады.`, [host, guest]]] : []),
      [`${cased(gen!)} сапары басталды.`, [guest]],
      ...(post ? [] : [[`Сөз кезегі ${cased(loc!)} болды.`, [guest]]]),
    ];
  }),
);

// A name in the nominative, genitive, dative, accusative, instrumental and prepositional.
const RU_NAMES: string[][] = [
  ['Фейсал бин Фархан Аль Сауд', 'Фейсала бин Фархана Аль Сауда', 'Фейсалу бин Фархану Аль Сауду', 'Фейсала бин Фархана Аль Сауда', 'Фейсалом бин Фарханом Аль Саудом', 'Фейсале бин Фархане Аль Сауде'], // prettier-ignore
  ['Тамим бин Хамад Аль Тани', 'Тамима бин Хамада Аль Тани', 'Тамиму бин Хамаду Аль Тани', 'Тамима бин Хамада Аль Тани', 'Тамимом бин Хамадом Аль Тани', 'Тамиме бин Хамаде Аль Тани'], // prettier-ignore
  ['Тамим бин Хамад аль-Тани', 'Тамима бин Хамада аль-Тани', 'Тамиму бин Хамаду аль-Тани', 'Тамима бин Хамада аль-Тани', 'Тамимом бин Хамадом аль-Тани', 'Тамиме бин Хамаде аль-Тани'], // prettier-ignore
  ['Мухаммед бен Салман', 'Мухаммеда бен Салмана', 'Мухаммеду бен Салману', 'Мухаммеда бен Салмана', 'Мухаммедом бен Салманом', 'Мухаммеде бен Салмане'], // prettier-ignore
  ['Александр Ван дер Беллен', 'Александра Ван дер Беллена', 'Александру Ван дер Беллену', 'Александра Ван дер Беллена', 'Александром Ван дер Белленом', 'Александре Ван дер Беллене'], // prettier-ignore
];
const RU_FRAMES: Array<(name: string) => string> = [
  (n) => `${n} прибыл в Астану.`,
  (n) => `Начался визит ${n}.`,
  (n) => `Токаев направил письмо ${n}.`,
  (n) => `Токаев принял ${n}.`,
  (n) => `Токаев встретился с ${n}.`,
  (n) => `Токаев рассказал о ${n}.`,
];

const ruForms = RU_NAMES.flatMap((cases) =>
  RU_FRAMES.map((frame, c) => [frame(cases[c]!), cases[0]!]),
);
// (A woman's name in -а, her surname indeclinable: every case but the accusative, whose `Урсулу`
// a Kazakh name in -сулу is as written.)
const URSULA = ['Урсула', 'Урсулы', 'Урсуле', '', 'Урсулой', 'Урсуле'];
ruForms.push(
  ...RU_FRAMES.flatMap((frame, c) =>
    URSULA[c] ? [[frame(`${URSULA[c]} фон дер Ляйен`), 'Урсула фон дер Ляйен']] : [],
  ),
);

describe('a foreign name keeps its particles, its case taken off its words', () => {
  it.each(kkForms)('kk: %s', (sentence, people) => {
    const got = findPersons(sentence as string, 'kk').map((p) => [p.name, p.role ?? '']);
    expect(got).toEqual(people);
  });

  it.each(ruForms)('ru: %s', (sentence, name) => {
    const got = findPersons(sentence as string, 'ru').map((p) => p.name);
    expect(got).toContain(name);
    expect(got.filter((n) => n !== 'Токаев')).toEqual([name]);
  });
});
