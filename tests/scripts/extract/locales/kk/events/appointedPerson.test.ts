/**
 * Only a person is appointed: a benefit, money or a treatment assigned ("атаулы әлеуметтік көмек
 * тағайындалды", "жәрдемақы тағайындап", "ем тағайындады") is no appointment, in any form of
 * тағайында; nor are tasks given to a body ("министрлікке жеті міндет жүктеді"), which are not a
 * post's duties: those take the possessive ("міндетін атқару … жүктелді"), and stay one.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const at = (s: string) => kindsAndDays('kk', s, '2024-04-20');

const ASSIGNED = ['атаулы әлеуметтік көмек', 'жәрдемақы', 'зейнетақы', 'стипендия', 'ақша', 'ем'];
const FORMS = ['тағайындалды', 'тағайындады', 'тағайындалған'];

describe('Kazakh: what is assigned is no appointment', () => {
  it.each(
    ASSIGNED.flatMap((what) =>
      FORMS.map((form) => `Көпбалалы отбасына 12 сәуірде ${what} ${form}.`),
    ),
  )('no appointment: %s', (sentence) =>
    expect(at(sentence)).not.toContain('appointment 2024-04-12'),
  );
  it.each(['жеті міндет', 'бірқатар міндет', 'жаңа міндеттер'])(
    'tasks given to a body: %s',
    (tasks) => {
      expect(at(`Президент 12 сәуірде министрлікке ${tasks} жүктеді.`)).not.toContain(
        'appointment 2024-04-12',
      );
    },
  );
  it.each([
    'Премьер-министр міндетін атқару 12 сәуірде Асқар Маминге жүктелді.',
    'Үкімет басшысының міндеті 12 сәуірде уақытша бірінші вице-премьерге жүктелді.',
    'Ол 12 сәуірде облыс әкімі болып тағайындалды.',
    'Президент 12 сәуірде оны министр етіп тағайындады.',
    'Мемлекет басшысы 12 сәуірде бірқатар тағайындаулар жасады.',
  ])('an appointment: %s', (sentence) => expect(at(sentence)).toContain('appointment 2024-04-12'));
});
