/**
 * A policy document adopted in Kazakh is its adoption on its date, as the Russian "правительство
 * приняло программу" is: "2024 жылы Үкімет су қоймаларын салу бағдарламасын қабылдады" gave no
 * event (locales/kk/events/triggersDatedSteps.ts ADOPTED_POLICY). Generated over subjects,
 * documents in the accusative (bare and possessed), verb forms and dates; undated, it is no event,
 * and "қабылдады" with a person is still an audience. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS = ['Үкімет', 'Президент', 'Министрлік', 'Облыстық мәслихат'];
const DOCUMENTS: Array<[string, RegExp]> = [
  ['су қоймаларын салу бағдарламасын', /programme/u],
  ['жаңа бағдарламаны', /programme/u],
  ['құқықтық саясат тұжырымдамасын', /concept/u],
  ['тұжырымдаманы', /concept/u],
  ['даму стратегиясын', /strategy/u],
];
const VERBS = ['қабылдады', 'қабылдаған'];
const DATES: Array<[string, string]> = [
  ['2024 жылы', '2024'],
  ['2024 жылғы мамырда', '2024-05'],
];

describe('a policy document adopted is dated by its own date', () => {
  it.each(
    DATES.flatMap(([d, edtf]) =>
      SUBJECTS.flatMap((s) =>
        DOCUMENTS.flatMap(([doc, re]) =>
          VERBS.map((v) => [`${d} ${s} ${doc} ${v}.`, edtf, re] as const),
        ),
      ),
    ),
  )('%s', (text, edtf, re) => {
    const events = extractSentences('kk', `Астана, 12 наурыз. ${text}`, '2026-03-12').events;
    expect(events.map((e) => e.date.edtf)).toEqual([edtf]);
    expect(events[0]!.title.en).toMatch(re);
  });
});

describe('no date, no event; a person received is an audience', () => {
  it('Үкімет даму стратегиясын қабылдады: undated, nothing', () => {
    expect(
      extractSentences('kk', 'Астана, 12 наурыз. Үкімет даму стратегиясын қабылдады.', '2026-03-12')
        .events,
    ).toEqual([]);
  });
  it('Тоқаев Бектеновті қабылдады: an audience', () => {
    const events = extractSentences(
      'kk',
      'Астана, 12 наурыз. Тоқаев Бектеновті қабылдады.',
      '2026-03-12',
    ).events;
    expect(events.map((e) => e.type)).toEqual(['meeting']);
  });
});
