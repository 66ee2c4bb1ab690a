/**
 * A surname, then a country and a post in the possessive, starts the next person's post: "Тоқаев
 * Австрия канцлері Карл Нехаммерді Ақордада қабылдады" (a test sentence written for the check)
 * gave the guest the post "Тоқаев Австрия канцлері" and lost the host, since no gazetteer knew
 * Austria. Generated over subjects, countries known and unknown, posts (lower and upper case) and
 * the guest's case; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { kkNameCases } from '../../../../scripts/extract/locales/kk/kkNameEndings';

const SUBJECTS: Array<[string, string]> = [
  ['Тоқаев', ''],
  ['Бектенов', ''],
  ['Қасым-Жомарт Тоқаев', ''],
  ['Мемлекет басшысы Тоқаев', 'Мемлекет басшысы'],
];
const COUNTRIES = ['Австрия', 'Словения', 'Чехия', 'Германия'];
const POSTS = [
  'канцлері',
  'Канцлері',
  'президенті',
  'Президенті',
  'премьер-министрі',
  'Премьер-министрі',
  'сыртқы істер министрі',
];
const GUESTS = ['Карл Нехаммер', 'Роберт Голоб'];
// The guest's case (index in kkNameCases: dative, accusative, instrumental) and the verb.
const CASES: Array<[number, string]> = [
  [2, 'Ақордада қабылдады'],
  [1, 'құттықтау хат жолдады'],
  [5, 'телефон арқылы сөйлесті'],
];

const forms = SUBJECTS.flatMap(([subject, subjectRole]) =>
  COUNTRIES.flatMap((country) =>
    POSTS.flatMap((post) =>
      GUESTS.flatMap((guest) =>
        CASES.map(([c, verb]) => {
          const [given, surname] = guest.split(' ') as [string, string];
          const sentence = `${subject} ${country} ${post} ${given} ${kkNameCases(surname)[c]} ${verb}.`;
          const host = subject.replace(/^Мемлекет басшысы /u, '');
          return [sentence, host, subjectRole, guest, `${country} ${post}`];
        }),
      ),
    ),
  ),
);

describe('a surname before a country and its post is the subject, not part of the post', () => {
  it.each(forms)('%s', (sentence, host, hostRole, guest, guestRole) => {
    const got = findPersons(sentence, 'kk').map((p) => [p.name, p.role ?? '']);
    expect(got).toEqual([
      [host, hostRole],
      [guest, guestRole],
    ]);
  });
});
