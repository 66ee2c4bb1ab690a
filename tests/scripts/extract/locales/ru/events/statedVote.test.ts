/**
 * A vote named in the genitive as what a statement's noun is of ("Миссия ОБСЕ 14 марта представит
 * свою оценку выборов") is what the statement is about: the statement is planned for that day, and
 * no vote is held on it.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const VERBS = ['представит', 'представят', 'огласит', 'огласят'];
const NOUNS = ['свою оценку', 'оценку', 'свои выводы', 'заключение'];
const VOTES = ['выборов', 'президентских выборов', 'референдума', 'голосования'];

describe('a vote a statement is about', () => {
  const cases = VERBS.flatMap((verb) =>
    NOUNS.flatMap((noun) => VOTES.map((vote) => ({ verb, noun, vote }))),
  );
  it.each(cases)(
    '"Миссия ОБСЕ 14 марта $verb $noun $vote": a statement, no vote',
    ({ verb, noun, vote }) => {
      const got = kindsAndDays('ru', `Миссия ОБСЕ 14 марта ${verb} ${noun} ${vote}.`, '2026-03-12');
      expect(got).toEqual(['statement 2026-03-14']);
    },
  );
  it('a vote told on its own stays one ("Выборы пройдут 14 марта")', () => {
    expect(kindsAndDays('ru', 'Выборы пройдут 14 марта.', '2026-03-12')).toEqual([
      'election 2026-03-14',
    ]);
  });
  it('a vote of a clause of its own stays one', () => {
    const got = kindsAndDays(
      'ru',
      'Выборы прошли 8 марта, а миссия ОБСЕ 14 марта представит свою оценку.',
      '2026-03-12',
    );
    expect(got).toContain('election 2026-03-08');
  });
});
