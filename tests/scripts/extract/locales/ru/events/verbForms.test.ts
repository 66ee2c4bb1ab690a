/**
 * состояться (to take place) is always reflexive; состоять (to be a member, to consist) is not:
 * "Они состояли в партии с 2010 года" tells of a membership, not of something that took place.
 */
import { describe, expect, it } from 'vitest';
import {
  TAKES_PLACE,
  TOOK_PLACE,
} from '../../../../../../scripts/extract/locales/ru/events/verbForms';
import { kindsAndDays } from '../../../events/extractSentences';

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');

const TAKE_PLACE = [
  'состоялся',
  'состоялась',
  'состоялось',
  'состоялись',
  'состоится',
  'состоятся',
];
const BE_MEMBER = [
  'состоял',
  'состояла',
  'состояло',
  'состояли',
  'состоит',
  'состоят',
  'состоящий',
  'состоящих',
];

describe('the forms of состояться, not of состоять', () => {
  it.each(TAKE_PLACE)('%s takes place', (w) => {
    expect(whole(TOOK_PLACE).test(w) && whole(TAKES_PLACE).test(w)).toBe(true);
  });
  it.each(BE_MEMBER)('%s does not', (w) => {
    expect(whole(TOOK_PLACE).test(w) || whole(TAKES_PLACE).test(w)).toBe(false);
  });
});

/** A membership told with a date, by subjects of every gender and number. */
const MEMBERSHIP = [
  ['Они', 'состояли'],
  ['Он', 'состоял'],
  ['Она', 'состояла'],
  ['Депутат', 'состоял'],
  ['Депутаты', 'состояли'],
].flatMap(([who, verb]) => [
  `${who} ${verb} в партии с 2010 года.`,
  `В 2015 году ${who!.toLowerCase()} ${verb} в партии «Ак жол».`,
  `${who} ${verb} в рядах партии AMANAT с марта 2019 года.`,
]);

describe('a membership is no event', () => {
  it.each(MEMBERSHIP)('%s', (text) => {
    expect(kindsAndDays('ru', text)).toEqual([]);
  });
});

/** What took place, in every gender, number and tense. */
const HAPPENED = [
  ['Собрание', 'состоялось', '12 марта 2023 года'],
  ['Встреча', 'состоялась', '12 марта 2023 года'],
  ['Митинг', 'состоялся', '12 марта 2023 года'],
  ['Слушания', 'состоялись', '12 марта 2023 года'],
  ['Собрание', 'состоится', '12 июля 2023 года'],
  ['Слушания', 'состоятся', '12 июля 2023 года'],
] as const;

describe('what took place is still an event', () => {
  it.each(HAPPENED)('%s %s %s', (noun, verb, day) => {
    expect(kindsAndDays('ru', `${noun} ${verb} в Астане ${day}.`).length).toBeGreaterThan(0);
  });
});
