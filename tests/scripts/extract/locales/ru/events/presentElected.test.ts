/**
 * "Избирается/избираются" in the present tells how a body is elected, a rule, not a vote: "На
 * референдуме 5 июня граждане одобрили смешанную систему: 70 процентов депутатов избираются по
 * спискам" was an election on the referendum's day. The present is a vote only when its own
 * clause dates it ("Депутаты маслихатов избираются 19 марта"); the past ("избирался") still tells
 * one. Sentences written for this test, generated over the subjects, the numbers of the verb and
 * the acts before the rule.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const kinds = (text: string) =>
  eventsOf('ru', text, '2025-10-01').events.map((e) => `${e.type} ${e.date.edtf}`);

// [the subject, the verb agreeing with it]
const RULES: Array<[string, string]> = [
  ['70 процентов депутатов', 'избираются'],
  ['депутаты Мажилиса', 'избираются'],
  ['часть депутатов', 'избирается'],
  ['состав маслихата', 'избирается'],
  ['Мажилис', 'избирается'],
];
const HOW = ['по партийным спискам', 'по смешанной системе', 'на пять лет'];
const ACTS: Array<[string, string]> = [
  ['На референдуме 5 июня 2022 года граждане одобрили поправки:', 'referendum 2022-06-05'],
  ['5 июня 2022 года Президент подписал закон, и теперь', 'law 2022-06-05'],
];

const rules = RULES.flatMap(([subject, verb]) =>
  HOW.flatMap((how) =>
    ACTS.map(([act, kept]) => ({ text: `${act} ${subject} ${verb} ${how}.`, kept })),
  ),
);

describe('a rule told in the present is no election', () => {
  it.each(rules)('$text', ({ text, kept }) => {
    const got = kinds(text);
    expect(got.filter((k) => k.startsWith('election'))).toEqual([]);
    expect(got).toContain(kept);
  });
});

describe('the present with a date of its own clause, and the past, are votes', () => {
  it.each([
    ['Депутаты маслихатов избираются 19 марта.', 'election 2026-03-19'],
    ['Депутаты Мажилиса избираются 19 марта по партийным спискам.', 'election 2026-03-19'],
    ['В 2023 году Мажилис впервые избирался по смешанной системе.', 'election 2023'],
    ['Впервые с 2004 года часть депутатов снова избирается по округам.', 'election 2004'],
  ])('%s', (text, want) => {
    expect(kinds(text)).toContain(want);
  });
});
