/**
 * A power told as a rule is no event: "Согласно Конституции, Президент подписывает законы и
 * возвращает их в Парламент" gave 'The President signs the law' at the publication date ("подписывает
 * законы" is a competence, but "возвращает" had no such check), "назначает министров и освобождает
 * их" an appointment and a resignation. notAnEvent.ts drops the acts of a sentence with an
 * imperfective present over a generic plural object (locales/ru/events/competence.ts) and no date.
 * Generated over subjects, powers and second verbs; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const SUBJECTS = ['Согласно Конституции, Президент', 'Глава государства', 'По закону Президент'];
const POWERS = [
  'подписывает законы и возвращает их в Парламент для повторного обсуждения',
  'назначает министров и освобождает их от должности',
  'принимает решения и подписывает указы',
  'издаёт указы и распоряжения и возвращает законы в Парламент',
];
const CHAMBERS = [
  'Мажилис принимает законы, а Сенат одобряет их или возвращает в Мажилис.',
  'Сенат избирает судей Верховного суда и назначает их.',
  'Депутаты принимают законы и вносят поправки.',
];

const cases: string[] = [...SUBJECTS.flatMap((s) => POWERS.map((p) => `${s} ${p}.`)), ...CHAMBERS];

const events = (text: string) =>
  extractSentences('ru', text, PUB).events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`);

describe('a power told as a rule', () => {
  it.each(cases)('is no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Президент 5 марта подписал закон и вернул его в Парламент.', 'law 2025-03-05'],
    ['Президент подписывает законы о бюджете 5 марта.', 'law 2025-03-05'],
    [
      '5 марта Президент назначает министров и освобождает их от должности.',
      'appointment 2025-03-05',
    ],
  ])('an act with its date stays: %s', (text, start) => {
    expect(events(text).some((e) => e.startsWith(start))).toBe(true);
  });
});
