/**
 * The imperfective past of approving, "(В мае 2024 года) президент утверждал концепцию", tells the
 * act as done at some time (imperfectivePast.ts): dated, it is the approval on its date, as "утвердил"
 * is; undated, it is no event. Asserting ("утверждал, что …") is no approval.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from '../../../events/extractSentences';

/** A subject and the past of "утверждать" agreeing with it. */
const SUBJECTS: Array<[string, string]> = [
  ['президент', 'утверждал'],
  ['правительство', 'утверждало'],
  ['комиссия', 'утверждала'],
  ['депутаты', 'утверждали'],
];
const OBJECTS = ['концепцию', 'новую концепцию', 'состав комиссии'];
const DAYS: Array<[string, string]> = [
  ['В мае 2024 года', '2024-05'],
  ['5 мая 2024 года', '2024-05-05'],
];

describe('the imperfective past of approving', () => {
  const cases = SUBJECTS.flatMap(([subject, verb]) =>
    OBJECTS.flatMap((object) => DAYS.map(([day, iso]) => ({ subject, verb, object, day, iso }))),
  );
  it.each(cases)(
    '"$day $subject $verb $object": approved on $iso',
    ({ subject, verb, object, day, iso }) => {
      const got = extractSentences(
        'ru',
        `${day} ${subject} ${verb} ${object}.`,
        '2026-03-12',
      ).events;
      expect(got.map((e) => `${e.type} ${e.date.edtf}`)).toEqual([`other ${iso}`]);
      // (An approval, not a bare "Event" a recalled day gives.)
      expect(got[0]!.title.en).toMatch(/approve/u);
    },
  );
  it.each(['Президент утверждал концепцию.', 'В мае 2024 года президент утверждал обратное.'])(
    '"%s": no event (undated, or asserting)',
    (text) => {
      expect(kindsAndDays('ru', text, '2026-03-12')).toEqual([]);
    },
  );
  it('asserting what was said is no approval', () => {
    const got = kindsAndDays(
      'ru',
      'В мае 2024 года президент утверждал, что концепция готова.',
      '2026-03-12',
    );
    expect(got).toEqual([]);
  });
});
