/**
 * A press conference or a briefing held is the speaker's statement on that day (what is said
 * there is the news), whatever form tells it was held; and the protesters a sentence names
 * ("призвал протестующих") are people, not a protest it reports.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

// [verb phrase, publication date]: done before the article's day, or ahead of it.
const HELD: Array<[string, string]> = [
  ['провел пресс-конференцию', '2025-04-20'],
  ['провёл брифинг', '2025-04-20'],
  ['дал пресс-конференцию', '2025-04-20'],
  ['организовал брифинг', '2025-04-20'],
  ['проведет пресс-конференцию', '2025-04-10'],
];
const HELD_FEMININE: Array<[string, string]> = [
  ['провела брифинг', '2025-04-20'],
  ['провела пресс-конференцию', '2025-04-20'],
  ['проведет брифинг', '2025-04-10'],
];
const CASES: Array<[string, [string, string]]> = [
  ...['Министр юстиции', 'Председатель комиссии', 'Аким области'].flatMap((who) =>
    HELD.map((h): [string, [string, string]] => [who, h]),
  ),
  ...['Партия', 'Комиссия'].flatMap((who) =>
    HELD_FEMININE.map((h): [string, [string, string]] => [who, h]),
  ),
];

describe('a press conference held is a statement', () => {
  for (const [who, [held, published]] of CASES) {
    const sentence = `${who} 17 апреля ${held}.`;
    it(sentence, () => {
      const events = eventsOf('ru', sentence, published).events;
      expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['statement', '2025-04-17']);
      expect(events.filter((e) => e.type === 'meeting')).toEqual([]);
    });
  }
});

describe('protesters are people, not a protest', () => {
  it.each(['протестующих', 'протестующим', 'протестующие', 'протестующими'])('%s', (form) => {
    const sentence = `Вчера аким обратился к жителям и к ${form} с призывом сохранять спокойствие.`;
    const events = eventsOf('ru', sentence, '2025-04-10').events;
    expect(events.filter((e) => e.type === 'other')).toEqual([]);
  });
  it('a protest still is', () => {
    const events = eventsOf('ru', '5 апреля в городе прошел протест.', '2025-04-10').events;
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['other', '2025-04-05']);
  });
});
