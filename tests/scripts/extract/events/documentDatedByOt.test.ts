/**
 * A document named with its day after "от" ("выполнение Договора о союзнических отношениях от 22
 * декабря 2022 года", a test sentence written for the check) gave that day to the discussion the
 * sentence tells: the date is the document's, not the act's around it. The act keeps the
 * publication day (the article's news), and the treaty is one event of its own day. A document the
 * act is done by or under ("Указом … от 4 июля … назначен", "Согласно указу от 5 мая … создано")
 * still dates the act. Generated over the act, the treaty noun's case and the day.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUBLISHED = '2024-03-12';
const DAYS = [
  { ru: '22 декабря 2022 года', edtf: '2022-12-22' },
  { ru: '6 июля 1998 года', edtf: '1998-07-06' },
];
const ACTS = [
  { ru: (doc: string) => `Стороны обсудили выполнение ${doc}`, kind: 'meeting', treaty: 'Договора' },
  { ru: (doc: string) => `Президенты подтвердили приверженность ${doc}`, kind: null, treaty: 'Договору' },
  { ru: (doc: string) => `На встрече говорили о ${doc}`, kind: null, treaty: 'Договоре' },
]; // prettier-ignore

const CASES = ACTS.flatMap((act) =>
  DAYS.map((day) => ({
    text: `${act.ru(`${act.treaty} о стратегическом партнерстве от ${day.ru}`)}.`,
    day: day.edtf,
    kind: act.kind,
  })),
);

describe('a document dated after "от" owns its day', () => {
  it.each(CASES)('$text', ({ text, day, kind }) => {
    const got = kindsAndDays('ru', text, PUBLISHED);
    // The treaty: one event of its own day; nothing else placed at it.
    expect(got.filter((g) => g.endsWith(day))).toEqual([`other ${day}`]);
    if (kind) expect(got).toContain(`${kind} ${PUBLISHED}`);
  });
  it.each([
    ['Указом Президента от 4 июля 2022 года Иван Петров назначен министром энергетики.', 'appointment 2022-07-04'],
    ['Согласно указу Президента от 5 мая 2021 года в стране создано новое министерство.', 'reform 2021-05-05'],
  ])('%s', (text, event) => expect(kindsAndDays('ru', text, PUBLISHED)).toContain(event)); // prettier-ignore
});
