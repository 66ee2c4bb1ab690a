/**
 * Bare "жұмада" is Friday: "Сенат жұмада заңды қабылдады" (published Wednesday 12 March 2025) was
 * on Friday 7 March, "Мәжіліс жұмада отырыс өткізеді" will be on Friday 14 March. Counted, "екі
 * жұмада" is still two weeks. Generated over subjects, acts in the past and the future, and both
 * word orders.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const values = (text: string) =>
  tagDates(text, { lang: 'kk', dct: '2025-03-12' }).map((t) => t.value);

const SUBJECTS = ['Сенат', 'Мәжіліс', 'Үкімет', 'Комиссия', 'Президент'];
const ACTS = [
  ['заңды қабылдады', '2025-03-07'],
  ['отырыс өткізді', '2025-03-07'],
  ['шешім шығарды', '2025-03-07'],
  ['заңды қабылдайды', '2025-03-14'],
  ['отырыс өткізеді', '2025-03-14'],
  ['шешім шығарады', '2025-03-14'],
] as const;
const FORMS = SUBJECTS.flatMap((who) =>
  ACTS.flatMap(([act, day]) => [
    [`${who} жұмада ${act}.`, day],
    [`Осы аптада ${who.toLowerCase()} жұмада ${act}.`, day],
  ]),
);

describe('kk: bare "жұмада" is Friday', () => {
  it.each(FORMS)('%s → %s', (sentence, day) => {
    expect(values(sentence)).toContain(day);
  });
  it.each(['екі жұмада', 'бір жұмада', 'бірнеше жұмада'])('counted, %s is weeks', (span) => {
    expect(
      values(`Комиссия ${span} жұмысын аяқтайды.`).some((v) => v.startsWith('2025-03-1')),
    ).toBe(false);
  });
});
