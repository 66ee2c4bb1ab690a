/**
 * Results approved ("комиссия утвердила итоги выборов", "результаты утверждены") are the
 * commission's act, not the vote; results presented ("итоги будут представлены") are its
 * statement. Generated over the verb's forms, the nouns and the votes.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const VOTES = ['выборов', 'референдума', 'голосования'];
const APPROVED = [
  (v: string) => `Комиссия 28 марта утвердила окончательные итоги ${v}.`,
  (v: string) => `ЦИК 28 марта утвердил результаты ${v}.`,
  (v: string) => `Окончательные итоги ${v} были утверждены 28 марта.`,
];
const PRESENTED = [
  (v: string) => `Предварительные итоги ${v} будут представлены 28 марта.`,
  (v: string) => `Результаты ${v} комиссия представит 28 марта.`,
];

describe('results approved are the commission act, presented its statement', () => {
  for (const v of VOTES) {
    for (const make of APPROVED) {
      const sentence = make(v);
      it(sentence, () => {
        const events = eventsOf('ru', sentence, '2023-04-05').events;
        expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['other', '2023-03-28']);
        expect(events.filter((e) => e.type === 'election' || e.type === 'referendum')).toEqual([]);
      });
    }
    for (const make of PRESENTED) {
      const sentence = make(v);
      it(sentence, () => {
        const events = eventsOf('ru', sentence, '2023-03-20').events;
        expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual([
          'statement',
          '2023-03-28',
        ]);
        expect(events.filter((e) => e.type === 'election' || e.type === 'referendum')).toEqual([]);
      });
    }
  }
});
