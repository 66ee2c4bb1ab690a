/**
 * A bill introduced to a chamber is a step of its own, whichever stands first, the chamber or the
 * bill (locales/kk/events/triggersLawsAndDecrees.ts; Russian: ../../ru/events/billSubmitted.test.ts):
 * "Правительство внесло в Мажилис законопроект о выборах", "Үкімет Мәжіліске сайлау туралы заң
 * жобасын енгізді". Every doer in its gender and number, every tense, chamber and bill, with a
 * day. Sentences written for the test, published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const KK_DOERS = [
  ['Үкімет 5 наурызда', '2025-03-05'],
  ['Президент 3 наурызда', '2025-03-03'],
  ['Депутаттар 10 наурызда', '2025-03-10'],
] as const;
const KK_CHAMBERS = ['Мәжіліске', 'Парламентке', 'Сенатқа'];
const KK_BILLS = ['сайлау туралы заң жобасын', 'жаңа заң жобасын', 'Салық кодексінің жобасын'];
/** The past, active (a day before publication). */
const KK_VERBS = ['енгізді'];

const kk = KK_DOERS.flatMap(([doer, day]) =>
  KK_CHAMBERS.flatMap((chamber) =>
    KK_BILLS.flatMap((bill) =>
      KK_VERBS.map((verb) => [`${doer} ${chamber} ${bill} ${verb}.`, day]),
    ),
  ),
);

describe('a bill introduced to a chamber named before it', () => {
  it.each(kk)('kk: %s', (text, day) => {
    expect(kindsAndDays('kk', text, '2025-03-12')).toContain(`law ${day}`);
  });
});
