/**
 * The tense a trigger is told in and the status it gives: a trigger's own clause, a Kazakh
 * participle before its noun, and a date against the publication. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../../src/model/schema';
import { ownClause, statusOf, tenseOf } from '../../../../scripts/extract/events/tense';

const at = (lang: 'kk' | 'ru', text: string, trigger: string) => ({
  lang,
  sentence: { index: 0, paragraph: 0, start: 0, end: text.length, text },
  at: text.indexOf(trigger),
  trigger,
});
const date = (edtf: string): EventDate => ({
  edtf,
  precision: edtf.length === 4 ? 'year' : 'day',
  certainty: 'stated',
  method: 'explicit',
});
const dct = { from: '2026-02-12', to: '2026-02-12', precision: 'day' } as never;

describe('tenseOf', () => {
  it("reads the trigger's own clause, in Russian where the verb comes first", () => {
    expect(
      tenseOf(at('ru', 'Президент подписал указ, который вступит в силу.', 'подписал указ')),
    ).toBe('past');
    expect(tenseOf(at('ru', 'Съезд пройдет в марте.', 'Съезд'))).toBe('future');
  });
  it('reads a Kazakh participle before the trigger noun as its own tense', () => {
    const text = 'Кеше өткен сайлаудың қорытындылары ертең жарияланатын болады.';
    expect(tenseOf(at('kk', text, 'сайлаудың'))).toBe('past');
  });
});

describe('a Kazakh trigger that ends its sentence reads the clause after a colon', () => {
  // A headline of two statements: what began, then what is ahead (or the other way round).
  const BEFORE_PAST = ['Астанада ШЫҰ саммиті басталды', 'Сессия өтті', 'Мәжіліс заңды қабылдады'];
  const BEFORE_AHEAD = ['Астанада ШЫҰ саммиті өтеді', 'Сессия ертең басталады'];
  const AHEAD = ['толық мүшесі атанбақ', 'толық мүшесі болмақ', 'толық мүшесі атанады'];
  const DONE = ['толық мүшесі атанды', 'толық мүшесі болды'];
  for (const before of BEFORE_PAST)
    for (const trigger of AHEAD)
      it(`${before}: Беларусь ұйымның ${trigger} → future`, () => {
        const text = `${before}: Беларусь ұйымның ${trigger}`;
        expect(tenseOf(at('kk', text, trigger))).toBe('future');
      });
  for (const before of BEFORE_AHEAD)
    for (const trigger of DONE)
      it(`${before}: Беларусь ұйымның ${trigger} → past`, () => {
        const text = `${before}: Беларусь ұйымның ${trigger}`;
        expect(tenseOf(at('kk', text, trigger))).toBe('past');
      });
});

describe('a Russian trigger reads its own clause after a colon', () => {
  const BEFORE = [
    'В Астане открылся саммит ШОС',
    'Сессия маслихата завершилась',
    'Мажилис принял закон',
  ];
  const AHEAD: Array<[string, string]> = [
    ['завтра лидеры подпишут декларацию', 'подпишут декларацию'],
    ['Беларусь вступит в организацию', 'вступит в организацию'],
    ['стороны проведут переговоры', 'проведут переговоры'],
  ];
  for (const before of BEFORE)
    for (const [clause, trigger] of AHEAD)
      it(`${before}: ${clause} → future`, () => {
        expect(tenseOf(at('ru', `${before}: ${clause}`, trigger))).toBe('future');
      });
  it('and a clause told as done after one ahead is past', () => {
    const text = 'Саммит ШОС пройдет завтра: накануне лидеры подписали декларацию';
    expect(tenseOf(at('ru', text, 'подписали декларацию'))).toBe('past');
  });
});

describe('ownClause', () => {
  it('is from the trigger to the next comma in Kazakh, between commas in Russian', () => {
    expect(ownClause('kk', 'Сайлау өтті, ал съезд өтеді.', 0)).toBe('Сайлау өтті');
    expect(ownClause('ru', 'Выборы прошли, а съезд пройдет.', 16)).toBe(' а съезд пройдет.');
    expect(ownClause('ru', 'Выборы прошли: съезд пройдет.', 15)).toBe(' съезд пройдет.');
  });
});

describe('statusOf', () => {
  it('a day after the publication is ahead, one before it done, whatever the tense', () => {
    expect(statusOf(date('2026-03-15'), 'past', dct)).toBe('planned');
    expect(statusOf(date('2025-03-15'), 'future', dct)).toBe('reported');
  });
  it('the year the article is written in is as the tense tells', () => {
    expect(statusOf(date('2026'), 'future', dct)).toBe('planned');
    expect(statusOf(date('2026'), 'past', dct)).toBe('reported');
  });
});
