/**
 * A policy document adopted ("правительство приняло концепцию", "принимало программу развития")
 * is its adoption on its date, as "утверждал концепцию" is its approval: the imperfective past of
 * "принимать" was read for laws and bills only, and the perfective with a concept, a programme or
 * a strategy gave nothing. Generated over subjects (gender, number), both aspects, documents and
 * dates; undated, it is no event; "принял участие" stays none.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

/** A subject and its past's ending: -л, -ла, -ло, -ли. */
const SUBJECTS: Array<[string, string]> = [
  ['президент', ''],
  ['правительство', 'о'],
  ['комиссия', 'а'],
  ['депутаты', 'и'],
];
const VERBS = ['принял', 'принимал'];
const DOCUMENTS = [
  'концепцию',
  'новую концепцию',
  'программу развития',
  'стратегию',
  'государственную программу',
];
const DATES: Array<[string, string]> = [
  ['В мае 2024 года', '2024-05'],
  ['5 мая', '2025-05-05'],
];

describe('a policy document adopted', () => {
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const cases = SUBJECTS.flatMap(([subject, ending]) =>
    VERBS.flatMap((verb) =>
      DOCUMENTS.flatMap((document) =>
        DATES.flatMap(([date, iso]) => {
          const said = `${verb.replace(/л$/u, 'л' + ending)} ${document}`;
          return [
            { text: `${date} ${subject} ${said}.`, iso },
            { text: `${cap(subject)} ${said} ${date.toLowerCase()}.`, iso },
          ];
        }),
      ),
    ),
  );
  it.each(cases)('"$text": an act on $iso', ({ text, iso }) => {
    expect(kindsAndDays('ru', text, '2026-03-12')).toEqual([`other ${iso}`]);
  });
  it('undated, no event ("Президент принимал концепцию")', () => {
    expect(kindsAndDays('ru', 'Президент принимал концепцию.', '2026-03-12')).toEqual([]);
  });
  it('taking part is no adoption ("Президент 5 мая принимал участие в обсуждении программы")', () => {
    const got = kindsAndDays(
      'ru',
      'Президент 5 мая принимал участие в обсуждении программы.',
      '2026-03-12',
    );
    expect(got.filter((e) => e.startsWith('other '))).toEqual([]);
  });
});
