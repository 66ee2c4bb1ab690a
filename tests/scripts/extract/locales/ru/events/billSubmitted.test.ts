/**
 * A bill introduced to a chamber is a step of its own, whichever stands first, the chamber or the
 * bill (locales/ru/events/triggersStateActs.ts; Kazakh: ../../kk/events/billSubmitted.test.ts):
 * "Правительство внесло в Мажилис законопроект о выборах", "Үкімет Мәжіліске сайлау туралы заң
 * жобасын енгізді". Every doer in its gender and number, every tense, chamber and bill, with a
 * day. Sentences written for the test, published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

/** The doer and its verb in the doer's gender and number, past, present or future. */
const RU_DOERS = [
  ['Правительство 5 марта внесло', '2025-03-05'],
  ['Президент 5 марта внес', '2025-03-05'],
  ['Депутаты 3 марта внесли', '2025-03-03'],
  ['Министерство юстиции 14 марта внесёт', '2025-03-14'],
  ['Кабмин 20 марта внесет', '2025-03-20'],
] as const;
const RU_CHAMBERS = ['в Мажилис', 'в Парламент', 'в Сенат'];
const RU_BILLS = ['законопроект о выборах', 'новый законопроект о выборах', 'проект закона о выборах', 'поправки в закон о выборах']; // prettier-ignore

const ru = RU_DOERS.flatMap(([doer, day]) =>
  RU_CHAMBERS.flatMap((chamber) => RU_BILLS.map((bill) => [`${doer} ${chamber} ${bill}.`, day])),
);

describe('a bill introduced to a chamber named before it', () => {
  it.each(ru)('ru: %s', (text, day) => {
    expect(kindsAndDays('ru', text, '2025-03-12')).toContain(`law ${day}`);
  });
});
