/**
 * A vote a statement told as done is about: "Миссия ОБСЕ 10 марта представила оценку выборов",
 * "дала оценку выборам". Only the future ("представит свою оценку выборов") was read as a
 * statement; the past and "дать оценку" with the dative gave an election held on the statement's
 * day. Generated over subjects, verbs of delivering in each gender and number, what is delivered,
 * the vote in the genitive or the dative, and where the day stands.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

/** A subject, and the past ending its verb agrees in. */
const SUBJECTS: Array<[string, string]> = [
  ['Миссия ОБСЕ', 'а'],
  ['Наблюдатели', 'и'],
  ['Глава миссии', ''],
];
/** A verb's past stem and what it delivers, with the vote in the genitive. */
const GENITIVE: Array<[string, string]> = [
  ['представил', 'оценку'],
  ['представил', 'свою оценку'],
  ['огласил', 'предварительные выводы'],
  ['обнародовал', 'заключение'],
];
const VOTES_GENITIVE = ['выборов', 'президентских выборов', 'референдума'];
/** "дать оценку" with the vote in the dative. */
const DAL: Record<string, string> = { а: 'дала', и: 'дали', '': 'дал' };
const VOTES_DATIVE = ['выборам', 'прошедшим выборам', 'референдуму'];

describe('a vote a statement told as done is about', () => {
  const phrases = SUBJECTS.flatMap(([subject, ending]) => [
    ...GENITIVE.flatMap(([verb, what]) =>
      VOTES_GENITIVE.map((vote) => ({ subject, said: `${verb}${ending} ${what} ${vote}` })),
    ),
    ...VOTES_DATIVE.map((vote) => ({ subject, said: `${DAL[ending]} оценку ${vote}` })),
  ]);
  // (The day may stand after the verb too, before what it delivers: "представила 10 марта оценку".)
  const between = (said: string) => said.replace(/^(\S+)/u, '$1 10 марта');
  const cases = phrases.flatMap(({ subject, said }) => [
    `${subject} 10 марта ${said}.`,
    `${subject} ${said} 10 марта.`,
    `${subject} ${between(said)}.`,
  ]);
  it.each(cases)('"%s": a statement on 10 March, no vote', (text) => {
    expect(kindsAndDays('ru', text, '2026-03-12')).toEqual(['statement 2026-03-10']);
  });
  it('the future of "дать оценку" is planned ("Миссия ОБСЕ 14 марта даст оценку выборам")', () => {
    expect(kindsAndDays('ru', 'Миссия ОБСЕ 14 марта даст оценку выборам.', '2026-03-12')).toEqual(['statement 2026-03-14']); // prettier-ignore
  });
  it('a vote told on its own stays one ("Выборы прошли 8 марта, а миссия ОБСЕ 10 марта дала оценку выборам")', () => {
    expect(kindsAndDays('ru', 'Выборы прошли 8 марта, а миссия ОБСЕ 10 марта дала оценку выборам.', '2026-03-12')).toContain('election 2026-03-08'); // prettier-ignore
  });
});
