/**
 * An act told as done by a past passive at an event named just before the date makes that event
 * past: "Новая Конституция принята на референдуме 15 марта" (a test sentence written for the
 * check), published 2025-03-12, gave the referendum 2025-03-15, planned, since a date right after
 * an event's noun was left to the nearest year whatever the verb. Generated over passives, events
 * and word orders; a future auxiliary and a candidate's registration keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { guessRuDirection } from '../../../../../../scripts/extract/locales/ru/dates/guessRuDirection';
import { kindsAndDays } from '../../../events/extractSentences';

const PASSIVES = ['принята', 'была принята', 'одобрена', 'утверждена', 'была одобрена'];
const EVENTS = [
  'на референдуме',
  'на съезде',
  'на заседании',
  'на сессии',
  'в ходе голосования на референдуме',
];
const DATE = '15 марта';

const forms = PASSIVES.flatMap((verb) =>
  EVENTS.flatMap((at) => [
    `Новая Конституция ${verb} ${at} ${DATE}.`,
    `${at[0]!.toUpperCase()}${at.slice(1)} ${DATE} ${verb} новая Конституция.`,
  ]),
);

const direction = (text: string) => {
  const at = text.indexOf(DATE);
  return guessRuDirection(text, at, at + DATE.length);
};

describe('an act done at an event', () => {
  it.each(forms)('makes the date past: %s', (text) => expect(direction(text)).toBe('past'));

  it.each(['принята', 'была принята', 'одобрена'])(
    'dates the referendum a year back: Новая Конституция %s на референдуме 15 марта',
    (verb) =>
      expect(
        kindsAndDays(
          'ru',
          `Новая Конституция ${verb} на референдуме 15 марта. Об этом сообщил ЦИК.`,
          '2025-03-12',
        ),
      ).toContain('referendum 2024-03-15'),
  );

  it.each([
    'Новая Конституция будет принята на референдуме 15 марта.',
    'Иванов зарегистрирован кандидатом на выборах 15 марта.',
  ])('leaves the date ahead or open: %s', (text) => expect(direction(text)).not.toBe('past'));
});
