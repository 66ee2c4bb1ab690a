/**
 * A Kazakh name in a case ends its name: the next capitalised word opens another person's. "Германия
 * канцлері Олаф Шольцты Тоқаев Ақордада қабылдады" (a test sentence written for the check) gave one
 * person "Олаф Шольцты Тоқаев"; "Путинге Тоқаев хат жолдады" one "Путинге Тоқаев". Generated: the
 * guest (surname alone or with a given name, with or without a post before it) in the genitive,
 * dative, accusative, ablative and instrumental (kkNameCases), before the subject (a surname, a
 * given name and a surname, a post and a surname). Kazakh names that end as a case does stay whole.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { kkNameCases } from '../../../../../scripts/extract/locales/kk/kkNameEndings';

const GUESTS: Array<[string, string]> = [
  ['Олаф', 'Шольц'],
  ['Эммануэль', 'Макрон'],
  ['Шавкат', 'Мирзиёев'],
  ['Владимир', 'Путин'],
  ['Реджеп', 'Ердоған'],
];
const POSTS = ['', 'Франция Президенті', 'Премьер-министр'];
const SUBJECTS: Array<[string, string, string]> = [
  ['Тоқаев', 'Тоқаев', ''],
  ['Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев', ''],
  ['Президент Тоқаев', 'Тоқаев', 'Президент'],
];
// The guest's case (index in kkNameCases) and the rest of the clause after the subject.
const CASES: Array<[number, string]> = [
  [0, 'ұсынысын қолдады'],
  [1, 'хат жолдады'],
  [2, 'Ақордада қабылдады'],
  [4, 'хат алды'],
  [5, 'кездесті'],
];
// Surnames a lone word is read as without a post (locales/kk/lexicon/names.ts, surnamePair.ts).
const SHAPED = /(?:ев|ин)$/u;

const rows = GUESTS.flatMap(([given, surname]) =>
  [surname, `${given} ${surname}`].flatMap((guest) =>
    POSTS.flatMap((post) =>
      SUBJECTS.flatMap(([subject, subjectName, subjectRole]) =>
        CASES.map(([c, rest]) => {
          const cased = guest.replace(/\S+$/u, kkNameCases(surname)[c]!);
          const sentence = `Астана, 12 наурыз. ${post} ${cased} ${subject} ${rest}.`;
          const people: string[][] = [[subjectName, subjectRole]];
          if (post || (guest === surname && SHAPED.test(surname))) people.unshift([guest, post]);
          return [sentence.replace(/ {2}/u, ' '), people, guest] as const;
        }),
      ),
    ),
  ),
);

// Without a post, a foreign two-word name has no evidence it is a person's: found or not, it is
// never joined to the subject, nor kept in its case.
describe('a Kazakh name in a case ends its name', () => {
  it.each(rows)('%s', (sentence, people, guest) => {
    const found = findPersons(sentence, 'kk').map((p) => [p.name, p.role ?? '']);
    const guestFound = people.some(([name]) => name === guest);
    expect(guestFound ? [people] : [people, [[guest, ''], ...people]]).toContainEqual(found);
  });
});

// Kazakh given names that end as a case does, before a surname: one person.
const WHOLE = ['Ерден', 'Ақтан', 'Сатыбалды', 'Тілеуберді', 'Фарида', 'Дариға'];

describe('a Kazakh given name that ends as a case does', () => {
  it.each(WHOLE)('%s Ахметов', (given) => {
    const surname = /[аяи]$/u.test(given) || given === 'Фарида' ? 'Ахметова' : 'Ахметов';
    const found = findPersons(`Астана, 12 наурыз. ${given} ${surname} сөз сөйледі.`, 'kk');
    expect(found.map((p) => p.name)).toEqual([`${given} ${surname}`]);
  });
});

// The subject's surname, then the guest's in a case (no post): the subject is found, alone.
const AFTER: Array<[string, string]> = [
  ['Тоқаев', 'Макрон'],
  ['Бектенов', 'Шольц'],
  ['Қошанов', 'Ердоған'],
  ['Ахметова', 'Трамп'],
];
const afterRows = AFTER.flatMap(([subject, guest]) =>
  CASES.map(([c, rest]) => [
    `Астана, 12 наурыз. ${subject} ${kkNameCases(guest)[c]} ${rest}.`,
    subject,
    guest,
  ]),
);

describe('a surname, then a name in a case', () => {
  it.each(afterRows)('%s', (sentence, subject, guest) => {
    const names = findPersons(sentence, 'kk').map((p) => p.name);
    expect([[subject], [subject, guest]]).toContainEqual(names);
  });
  // (A noun in the possessive after a name is what bears it.)
  it.each(['Университетінің ректоры', 'Университетіне барды'])('Назарбаев %s', (rest) => {
    expect(findPersons(`Астана, 12 наурыз. Назарбаев ${rest}.`, 'kk')).toEqual([]);
  });
});
