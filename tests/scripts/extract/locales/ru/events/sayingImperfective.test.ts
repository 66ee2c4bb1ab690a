/**
 * A date before a verb of saying in the imperfective past ("утверждал", "заявлял", "отмечали")
 * is the saying's, not the day of what it reports: "В мае 2024 года президент утверждал, что
 * выборы пройдут честно" gave an election in May 2024, where "говорил, что …" gave none. The
 * vote in the "что" clause has no day of its own there, so no event. Generated over subjects
 * (gender, number), imperfective verbs of saying, dates, and votes in the clause.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

/** A subject and its past's ending: -л, -ла, -ли. */
const SUBJECTS: Array<[string, string]> = [
  ['президент', ''],
  ['председатель ЦИК Нурлан Абдиров', ''],
  ['глава ЦИК', 'а'],
  ['депутаты', 'и'],
];
const STEMS = [
  'утвержда',
  'заявля',
  'отмеча',
  'подчеркива',
  'уверя',
  'заверя',
  'повторя',
  'сообща',
];
const DATES: Array<[string, string]> = [
  ['В мае 2024 года', '2024-05'],
  ['5 мая', '2025-05-05'],
];
const VOTES = ['выборы пройдут честно', 'референдум пройдет прозрачно'];

describe('a date before an imperfective verb of saying is the saying’s', () => {
  const cases = SUBJECTS.flatMap(([subject, ending]) =>
    STEMS.flatMap((stem) =>
      DATES.flatMap(([date]) =>
        VOTES.map((vote) => `${date} ${subject} ${stem}л${ending}, что ${vote}.`),
      ),
    ),
  );
  it.each(cases)('"%s": no vote on that date', (text) => {
    const got = kindsAndDays('ru', text, '2026-03-12');
    expect(got.filter((e) => /^(?:election|referendum) /u.test(e))).toEqual([]);
  });
  it('a vote with a day of its own keeps it ("В мае 2024 года президент утверждал, что выборы пройдут 5 октября")', () => {
    expect(kindsAndDays('ru', 'В мае 2024 года президент утверждал, что выборы пройдут 5 октября.', '2026-03-12')).toContain('election 2024-10-05'); // prettier-ignore
  });
  it('approving is still an act ("В мае 2024 года президент утверждал концепцию")', () => {
    expect(kindsAndDays('ru', 'В мае 2024 года президент утверждал концепцию.', '2026-03-12')).toEqual(['other 2024-05']); // prettier-ignore
  });
});
