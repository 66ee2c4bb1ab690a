/**
 * A treaty's "протокол" is no past verb: "20 марта Сенат ратифицирует протокол" (a test sentence
 * written for the check, published 2025-03-12) was dated 2024-03-20 and reported as done, because
 * the noun ends like a masculine past ("-л") and a date's direction took the nearest "verb". Now
 * the date is ahead, 2025-03-20, and the event planned. Generated over the noun's cases that end
 * so (nominative, genitive), the verbs that act on it, and the date before or after them.
 */
import { describe, expect, it } from 'vitest';
import { guessRuDirection } from '../../../../../../scripts/extract/locales/ru/dates/guessRuDirection';
import { extractSentences } from '../../../events/extractSentences';

// The protocol as the object of the verb (nominative-accusative) or of a noun (genitive).
const ACTS: [string, string][] = [
  ['ратифицирует', 'протокол о внесении изменений в соглашение'],
  ['одобрит', 'ратификацию протокола о сотрудничестве'],
  ['рассмотрит', 'законопроект о ратификации протокола'],
  ['поддержит', 'ратификацию Протокола к соглашению'],
];
const SUBJECTS = ['Сенат', 'Мажилис', 'Парламент'];
const SENTENCES = ACTS.flatMap(([v, o]) =>
  SUBJECTS.flatMap((s) => [`20 марта ${s} ${v} ${o}.`, `${s} ${v} ${o} 20 марта.`]),
);

describe('a treaty protocol is no past verb for a date', () => {
  it.each(SENTENCES)('direction: %s', (text) => {
    const at = text.indexOf('20 марта');
    // (A date ahead of the publication with no direction is taken in the nearest year.)
    expect(guessRuDirection(text, at, at + '20 марта'.length)).not.toBe('past');
  });
  it.each(SENTENCES)('pipeline: %s', (text) => {
    const events = extractSentences('ru', `Астана, 12 марта. ${text}`, '2025-03-12').events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => `${e.date.edtf} ${e.status}`)).toEqual(
      events.map(() => '2025-03-20 planned'),
    );
  });
});
