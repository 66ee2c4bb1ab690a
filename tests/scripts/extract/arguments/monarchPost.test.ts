/**
 * A monarch's title is a post: "Король Иордании Абдалла II прибыл в Астану", "Эмир Катара Тамим
 * бин Хамад Аль Тани прибыл в Астану" and "Катар әмірі Тәмім бен Хамад Әл Тани Астанаға келді"
 * (test sentences written for the check) found no one, "Токаев принял короля Иордании Абдаллу II"
 * no guest, and the Kazakh emir came with no post. Generated over kings, an emir, a sultan and a
 * crown prince, the title and the name in each of the six Russian cases, and the Kazakh name's
 * cases after the title; a man named Султан or Әмір and a convocation's number are no monarch.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// The title in the nominative, genitive, dative, accusative, instrumental and prepositional, its
// owner, and the name in the same six cases.
const RU_MONARCHS: Array<[string[], string, string[]]> = [
  [['король', 'короля', 'королю', 'короля', 'королём', 'короле'], 'Иордании', ['Абдалла II', 'Абдаллы II', 'Абдалле II', 'Абдаллу II', 'Абдаллой II', 'Абдалле II']], // prettier-ignore
  [['король', 'короля', 'королю', 'короля', 'королем', 'короле'], 'Великобритании', ['Карл III', 'Карла III', 'Карлу III', 'Карла III', 'Карлом III', 'Карле III']], // prettier-ignore
  [['эмир', 'эмира', 'эмиру', 'эмира', 'эмиром', 'эмире'], 'Катара', ['Тамим бин Хамад Аль Тани', 'Тамима бин Хамада Аль Тани', 'Тамиму бин Хамаду Аль Тани', 'Тамима бин Хамада Аль Тани', 'Тамимом бин Хамадом Аль Тани', 'Тамиме бин Хамаде Аль Тани']], // prettier-ignore
  [['султан', 'султана', 'султану', 'султана', 'султаном', 'султане'], 'Омана', ['Хайсам бен Тарик', 'Хайсама бен Тарика', 'Хайсаму бен Тарику', 'Хайсама бен Тарика', 'Хайсамом бен Тариком', 'Хайсаме бен Тарике']], // prettier-ignore
  [['наследный принц', 'наследного принца', 'наследному принцу', 'наследного принца', 'наследным принцем', 'наследном принце'], 'Саудовской Аравии', ['Мухаммед бен Салман', 'Мухаммеда бен Салмана', 'Мухаммеду бен Салману', 'Мухаммеда бен Салмана', 'Мухаммедом бен Салманом', 'Мухаммеде бен Салмане']], // prettier-ignore
];
const RU_FRAMES: Array<(post: string) => string> = [
  (p) => `В Астану прибыл ${p}.`,
  (p) => `Начался визит ${p}.`,
  (p) => `Токаев направил телеграмму ${p}.`,
  (p) => `Токаев принял ${p}.`,
  (p) => `Токаев встретился с ${p}.`,
  (p) => `Токаев рассказал о ${p}.`,
];

const ruForms = RU_MONARCHS.flatMap(([titles, owner, names]) =>
  RU_FRAMES.map((frame, c) => [
    frame(`${titles[c]} ${owner} ${names[c]}`),
    [names[0], `${titles[0]} ${owner}`],
  ]),
);
// (Capitalised at the sentence's start, a king's or an emir's title is still a post.)
ruForms.push(
  ['Король Иордании Абдалла II прибыл в Астану.', ['Абдалла II', 'Король Иордании']],
  ['Эмир Катара Тамим бин Хамад Аль Тани прибыл в Астану.', ['Тамим бин Хамад Аль Тани', 'Эмир Катара']], // prettier-ignore
);

// The Kazakh name's endings after the title: the accusative, instrumental, genitive.
const KK_MONARCHS: Array<[string, string, string[]]> = [
  ['Катар әмірі', 'Тәмім бен Хамад Әл Тани', ['ды', 'мен', 'дың']],
  ['Кувейт әмірі', 'Мишал Әл-Ахмад Әл-Сабах', ['ты', 'пен', 'тың']],
  ['Иордания королі', 'Абдалла II', ['-ні', '-мен', '-нің']],
];
const kkForms = KK_MONARCHS.flatMap(([post, name, [acc, ins, gen]]) => {
  const guest = [name, post];
  const host = ['Тоқаев', ''];
  return [
    [`${post} ${name} Астанаға келді.`, [guest]],
    [`Тоқаев ${post} ${name}${acc} қабылдады.`, [host, guest]],
    [`Тоқаев ${post} ${name}${ins} кездесті.`, [host, guest]],
    [`${post} ${name}${gen} сапары басталды.`, [guest]],
  ];
});

describe("a monarch's title is a post, whatever its case", () => {
  it.each(ruForms)('ru: %s', (sentence, person) => {
    const got = findPersons(sentence as string, 'ru').map((p) => [p.name, p.role ?? '']);
    expect(got).toContainEqual(person);
  });

  it.each(kkForms)('kk: %s', (sentence, people) => {
    const got = findPersons(sentence as string, 'kk').map((p) => [p.name, p.role ?? '']);
    expect(got).toEqual(people);
  });

  it.each([
    [
      'ru',
      'Аким области Султан Жумабеков провёл совещание.',
      [['Султан Жумабеков', 'Аким области']],
    ],
    ['kk', 'Әмір Сейітов жиналыс өткізді.', [['Әмір Сейітов', '']]],
    ['ru', 'Депутаты Мажилиса VIII созыва собрались на сессию.', []],
    [
      'ru',
      'Токаев наградил Ерлана Кошанова орденом Барыс II степени.',
      [
        ['Токаев', ''],
        ['Ерлан Кошанов', ''],
      ],
    ],
  ])('%s: a given name, a numbered noun: %s', (lang, sentence, people) => {
    const got = findPersons(sentence as string, lang as 'kk').map((p) => [p.name, p.role ?? '']);
    expect(got).toEqual(people);
  });
});
