/**
 * A press conference or a briefing held is a statement (what is said there is the news), titled
 * as the press conference it was. Generated over its names and the forms of "өткізу"; sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const NAMES = ['баспасөз мәслихатын', 'баспасөз конференциясын', 'брифинг'];
const VERBS = ['өткізді', 'өткізіп, жаңа жобаны таныстырды'];

describe('Kazakh: a press conference held', () => {
  it('is a statement of its day, titled as a press conference', () => {
    for (const name of NAMES)
      for (const verb of VERBS) {
        const text = `Облыстық комиссия 24 ақпанда ${name} ${verb}.`;
        const events = eventsOf('kk', text, '2026-02-25').events;
        const press = events.find(
          (e) => e.date.edtf === '2026-02-24' && /press/iu.test(e.title.en ?? ''),
        );
        expect(press?.type, text).toBe('statement');
      }
  });
});
