/**
 * A document's own date after "от" ("указ от 19 января", "постановлением от 2 мая") is the
 * document's: a vote it calls is not of that day ("Досрочные выборы назначил указ от 19 января"),
 * and another cue of the same document ("указом от 9 апреля … назначены") takes it as its own.
 * Sentences written for this test, generated over the document's case and the acts told.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const events = (text: string) =>
  eventsOf('ru', text, '2023-06-30').events.map((e) => `${e.type} ${e.date.edtf}`);

const CALLED = [
  'Досрочные выборы назначил указ от 19 января.',
  'Внеочередные выборы были назначены указом от 19 января.',
  'Выборы в Мажилис назначены указом президента от 19 января.',
  'Выборы назначены распоряжением от 19 января.',
  'Согласно указу от 19 января, выборы пройдут весной.',
];

describe('a vote called by a document of a date is not of that date', () => {
  it.each(CALLED)('%s', (text) => {
    const got = events(text);
    expect(got).not.toContain('election 2023-01-19');
  });
  it.each(CALLED.slice(0, 3))('%s → the decree of 19 January', (text) =>
    expect(events(text)).toContain('decree 2023-01-19'),
  );
});

describe('one document told by two cues is one decree of its date', () => {
  it.each([
    'Президент подписал указ от 5 мая о назначении выборов.',
    'Выборы были назначены указом от 5 мая.',
    'Указом от 5 мая были досрочно прекращены полномочия депутата.',
  ])('%s', (text) => {
    const decrees = events(text).filter((e) => e.startsWith('decree'));
    expect(decrees).toEqual(['decree 2023-05-05']);
  });
});

describe('what the document itself does is of its date', () => {
  it.each([
    ['Указом от 4 июня Ерлан Карин назначен государственным советником.', 'appointment'],
    ['Указом Главы государства от 4 июня министр освобожден от должности.', 'resignation'],
    ['Постановлением от 4 июня аким назначен на должность.', 'appointment'],
  ])('%s → %s of 4 June', (text, type) => expect(events(text)).toContain(`${type} 2023-06-04`));
});
