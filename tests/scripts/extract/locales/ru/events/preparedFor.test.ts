/**
 * The date in the phrase of a gathering prepared for is that gathering's, ahead: "Стороны обсудили
 * подготовку к визиту председателя КНР в Астану в июне" (a test sentence written for the check,
 * published 4 March 2025) gave a discussion in June 2024 (the past verb chose the year) and left
 * the visit with no date. Generated over the gathering, its words and the month.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const GATHERINGS = [
  'визиту председателя КНР в Астану',
  'саммиту ШОС',
  'визиту президента Франции',
  'саммиту ОДКБ в Алматы',
];
const MONTHS = [
  ['в июне', '06'],
  ['в июле', '07'],
  ['в сентябре', '09'],
] as const;

describe('a gathering prepared for owns the date in its phrase', () => {
  it.each(GATHERINGS.flatMap((g) => MONTHS.map(([m, mm]) => [g, m, mm] as const)))(
    'обсудили подготовку к %s %s',
    (gathering, month, mm) => {
      const got = kindsAndDays(
        'ru',
        `Президент Казахстана Касым-Жомарт Токаев 3 марта принял в Акорде министра иностранных дел КНР. Стороны обсудили подготовку к ${gathering} ${month}.`,
        '2025-03-04',
      );
      expect(got.sort()).toEqual(['meeting 2025-03-03', `meeting 2025-${mm}`]);
    },
  );
});
