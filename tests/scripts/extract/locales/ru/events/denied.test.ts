/**
 * A noun cue whose own predicate denies the act, past a relative clause set off by commas ("отставка
 * Смаилова, которой многие ждали, так и не прозвучала"), is no event; the same noun with a predicate
 * that tells the act, or a negation of something else, still is.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const reads = (sentence: string, type: string) =>
  findTriggers(sentence, 'ru').some((h) => h.trigger.type === type);

const NOUNS: Array<[string, string]> = [
  ['Отставка министра', 'resignation'],
  ['Съезд партии', 'congress'],
  ['Референдум', 'referendum'],
  ['Саммит ШОС', 'meeting'],
];
const RELATIVES = [
  '',
  ', которой многие ждали,',
  ', о котором говорили весь год,',
  ', к которому готовились,',
];
const DENIALS = [
  'так и не состоялся',
  'так и не состоялась',
  'так и не прозвучала',
  'не состоялся',
  'не состоится',
  'так и не последовала',
  'не был проведен',
  'не была объявлена',
  'так и не прошел',
];

describe('a noun cue denied by its own predicate is no event', () => {
  it.each(
    NOUNS.flatMap(([noun, type]) =>
      RELATIVES.flatMap((rel) =>
        DENIALS.map((d) => [`${noun}${rel} ${d} в 2023 году.`, type] as const),
      ),
    ),
  )('%s (no %s)', (sentence, type) => {
    expect(reads(sentence, type)).toBe(false);
  });
});

describe('the same nouns still report the act', () => {
  it.each([
    ['5 мая министр ушел в отставку, которой многие ждали.', 'resignation'],
    ['Отставка министра, которой многие ждали, состоялась 5 мая.', 'resignation'],
    ['Съезд партии, который не все поддержали, прошел 5 мая.', 'congress'],
    ['Референдум прошел 5 июня, хотя оппозиция не согласилась с итогами.', 'referendum'],
    ['Саммит ШОС прошел в Астане, ничего не было решено.', 'meeting'],
  ])('%s (%s)', (sentence, type) => {
    expect(reads(sentence, type)).toBe(true);
  });
});
