/**
 * A court whose name runs past three words before its verb gave no ruling ("Суд Алматинского района
 * города Астаны 5 марта вынес решение", "Специализированный межрайонный суд по уголовным делам 5
 * марта признал …"): the cue counted three words between "суд" and the verb. It now reads the
 * court's name, genitives and its "по" complement, however long (courtName.ts). Generated: court
 * names × dates × rulings. Sentences written for this test, published 2026-03-12.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2026-03-12';
const COURTS = [
  'Суд Алматинского района города Астаны',
  'Специализированный межрайонный суд по уголовным делам',
  'Суд № 2 Есильского района г. Астаны',
  'Специализированный межрайонный суд по административным правонарушениям города Алматы',
  'Суд района',
];
const DATES = [
  ['5 марта', '2026-03-05'],
  ['5 марта 2025 года', '2025-03-05'],
  ['вчера', '2026-03-11'],
] as const;
const RULINGS = [
  'вынес решение по делу бывшего акима',
  'признал действия акимата незаконными',
  'постановил отменить решение акимата',
];

describe('Russian: a court named at length, then its ruling', () => {
  const cases = COURTS.flatMap((c) =>
    DATES.flatMap(([d, day]) => RULINGS.map((r) => [`${c} ${d} ${r}.`, day])),
  );
  it.each(cases)('%s', (s, day) => {
    expect(kindsAndDays('ru', s, PUB)).toContain(`other ${day}`);
  });
});
