/**
 * A step that began on one day and ends on another, told in one sentence ("Выдвижение кандидатов
 * началось 22 сентября и завершится 11 октября"), gives both: its start and its end. A happening
 * cue gives its first match in the sentence, so reading "началось" as one (the reflexive after a
 * vowel) made the start take the end's place, and the end was lost.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

/** A step of the vote's calendar and its verb of starting, agreeing in gender. */
const STEPS: Array<[string, string]> = [
  ['Выдвижение кандидатов', 'началось'],
  ['Выдвижение партийных списков', 'началось'],
  ['Регистрация кандидатов', 'началась'],
  ['Регистрация партийных списков', 'началась'],
];
const ENDS: Array<[string, string, string]> = [
  ['завершится 11 октября', '2022-10-11', '2022-09-25'],
  ['закончится 11 октября', '2022-10-11', '2022-09-25'],
];

describe('a start and an end in one sentence', () => {
  const cases = STEPS.flatMap(([step, start]) =>
    ENDS.map(([end, iso, published]) => ({ step, start, end, iso, published })),
  );
  it.each(cases)(
    '"$step $start 22 сентября и $end": both days',
    ({ step, start, end, iso, published }) => {
      const got = kindsAndDays('ru', `${step} ${start} 22 сентября и ${end}.`, published);
      expect(got).toContain('other 2022-09-22');
      expect(got).toContain(`other ${iso}`);
    },
  );
});
