/**
 * "Есеп беретін" before a noun is a property ("есеп беретін Үкімет": an accountable Government),
 * not a report to the public; before an auxiliary or a gathering it is the report still to come,
 * and the finite forms tell it done. Generated over nouns and forms; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const NOUNS = ['Үкімет', 'әкімдер', 'орган', 'министрлік', 'кеңес'];
const PUB = '2025-04-10';

describe('Kazakh: the participle "есеп беретін" before a noun', () => {
  it('is no report meeting', () => {
    for (const noun of NOUNS) {
      const text = `Президент 8 сәуірде халық алдында есеп беретін ${noun} туралы ойын ортаға салды.`;
      const events = eventsOf('kk', text, PUB).events;
      expect(
        events.filter((e) => e.type === 'meeting'),
        text,
      ).toEqual([]);
    }
  });

  it('still reports as a finite verb', () => {
    for (const form of ['есеп берді', 'есеп берген'])
      for (const who of ['Аудан әкімі', 'Облыс әкімі']) {
        const text = `${who} 8 сәуірде тұрғындар алдында ${form}.`;
        const events = eventsOf('kk', text, PUB).events;
        expect(
          events.some((e) => e.type === 'meeting' && e.date.edtf === '2025-04-08'),
          text,
        ).toBe(true);
      }
  });

  it('is a report still to come before an auxiliary or a gathering', () => {
    for (const form of ['есеп беретін болады', 'есеп беретін кездесу өтеді'])
      for (const who of ['Аудан әкімі', 'Облыс әкімі']) {
        const text = `${who} 18 сәуірде тұрғындар алдында ${form}.`;
        const { events, unplaced } = eventsOf('kk', text, PUB) as unknown as {
          events: { type: string }[];
          unplaced?: { type: string }[];
        };
        expect(
          [...events, ...(unplaced ?? [])].some((e) => e.type === 'meeting'),
          text,
        ).toBe(true);
      }
  });
});
