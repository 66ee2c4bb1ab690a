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

/**
 * A step whose start and end are both told by the bare verbs of happening ("начался", "завершится"):
 * the cue gives its first match in the sentence, so the end after a bare "и" was lost unless that
 * "и", joining a second finite verb with its own date, opens a clause read again on its own
 * (events/laterClauses.ts).
 */
const BARE_STEPS = [
  'Прием заявлений от кандидатов',
  'Прием документов от кандидатов',
  'Сбор подписей в поддержку кандидатов',
];
const BARE_STARTS = ['начался'];
/** The end's verb, the day it is dated, and the publication date that makes it so. */
const BARE_ENDS: Array<[string, string, string]> = [
  ['завершится', '2026-10-11', '2026-03-12'],
  ['закончится', '2026-10-11', '2026-03-12'],
  ['завершился', '2025-10-11', '2026-03-12'],
  ['закончился', '2025-10-11', '2026-03-12'],
];

describe('a start and an end told by bare verbs of happening', () => {
  const cases = BARE_STEPS.flatMap((step) =>
    BARE_STARTS.flatMap((start) =>
      BARE_ENDS.map(([end, iso, published]) => ({ step, start, end, iso, published })),
    ),
  );
  it.each(cases)(
    '"$step $start 22 сентября и $end 11 октября": both days, once each',
    ({ step, start, end, iso, published }) => {
      const got = kindsAndDays(
        'ru',
        `${step} ${start} 22 сентября и ${end} 11 октября.`,
        published,
      );
      expect(got.filter((d) => d === 'other 2025-09-22')).toHaveLength(1);
      expect(got.filter((d) => d === `other ${iso}`)).toHaveLength(1);
    },
  );
  it.each(BARE_STEPS.flatMap((step) => BARE_STARTS.map((start) => ({ step, start }))))(
    '"$step $start 22 сентября": one start, no second',
    ({ step, start }) => {
      expect(kindsAndDays('ru', `${step} ${start} 22 сентября.`, '2026-03-12')).toEqual([
        'other 2025-09-22',
      ]);
    },
  );
  it('a second verb without a day of its own is no second step', () => {
    const got = kindsAndDays(
      'ru',
      'Прием заявлений от кандидатов начался 22 сентября и продолжается.',
      '2026-03-12',
    );
    expect(got).toEqual(['other 2025-09-22']);
  });
});
