/**
 * A post inside a run of capitalised words starts a new phrase: the name before it is a person of
 * its own, the clause's subject ("Тоқаев Президент Дональд Трампты қабылдады", "Токаев Президенту
 * США Джо Байдену направил письмо"), not part of the guest's post. Kazakh's post in the
 * possessive keeps its owner before it ("Франция Президенті"). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { kkNameCases } from '../../../../scripts/extract/locales/kk/kkNameEndings';

const KK_SUBJECTS = ['Тоқаев', 'Бектенов', 'Қошанов'];
const KK_POSTS = ['Президент', 'Франция Президенті', 'Премьер-министр'];
const KK_GUESTS = ['Эммануэль Макрон', 'Реджеп Ердоған', 'Шавкат Мирзиёев'];
// The guest's case (index in kkNameCases: dative, accusative, instrumental) and the verb.
const KK_CASES: Array<[number, string]> = [
  [2, 'қабылдады'],
  [1, 'құттықтау хат жолдады'],
  [5, 'кездесті'],
];

const kkForms = KK_SUBJECTS.flatMap((subject) =>
  KK_POSTS.flatMap((post) =>
    KK_GUESTS.flatMap((guest) =>
      KK_CASES.map(([c, verb]) => {
        const [given, surname] = guest.split(' ') as [string, string];
        const cased = `${given} ${kkNameCases(surname)[c]}`;
        return [`Бүгін ${subject} ${post} ${cased} ${verb}.`, subject, guest, post];
      }),
    ),
  ),
);

const RU_SUBJECTS = ['Токаев', 'Бектенов', 'Кошанов'];
// The post in the dative and the accusative, with and without its country after it.
const RU_POSTS: Array<[string, string]> = [
  ['Президенту', 'Президент'],
  ['Президента', 'Президент'],
  ['Президенту Франции', 'Президент Франции'],
  ['Президента Франции', 'Президент Франции'],
];
const RU_GUESTS: Array<[string, string, string]> = [
  ['Эммануэль Макрон', 'Эммануэлю Макрону', 'Эммануэля Макрона'],
  ['Реджеп Эрдоган', 'Реджепу Эрдогану', 'Реджепа Эрдогана'],
  ['Шавкат Мирзиёев', 'Шавкату Мирзиёеву', 'Шавката Мирзиёева'],
];

const ruForms = RU_SUBJECTS.flatMap((subject) =>
  RU_POSTS.flatMap(([post, role]) =>
    RU_GUESTS.map(([guest, dative, accusative]) => {
      const dativeCase = post.startsWith('Президенту');
      const cased = dativeCase ? dative : accusative;
      const verb = dativeCase ? 'направил письмо' : 'поздравил с победой';
      return [`Кроме того, ${subject} ${post} ${cased} ${verb}.`, subject, guest, role];
    }),
  ),
);

describe('a post inside a run of capitalised words', () => {
  it.each([...kkForms.map((f) => [...f, 'kk']), ...ruForms.map((f) => [...f, 'ru'])])(
    '%s',
    (sentence, subject, guest, role, lang) => {
      const people = findPersons(sentence!, lang as 'kk' | 'ru').map((p) => [p.name, p.role ?? '']);
      expect(people).toEqual([
        [subject, ''],
        [guest, role],
      ]);
    },
  );
});
