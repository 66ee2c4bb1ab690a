/**
 * "Кеше Бас прокуратура бірнеше істің сотқа жіберілгенін хабарлады": "today" or "yesterday"
 * before what was said dates the saying, also where the cue's own word is the reported form (the
 * participle with a possessive and the accusative, "жіберілгенін", "ұсталғанын"): the act it
 * reports happened before, and the day is the statement's. Generated: reported acts × deictic days
 * × verbs of saying. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const ACTS = [
  'бірнеше істің сотқа жіберілгенін',
  'үш күдіктінің ұсталғанын',
  'екі адамның тұтқындалғанын',
  'бұрынғы әкімнің сотталғанын',
];
const DAYS: Array<[string, string]> = [
  ['Кеше', '2023-01-04'],
  ['Бүгін', '2023-01-05'],
];
const SAYING = ['хабарлады', 'мәлімдеді', 'айтты'];

describe('Kazakh: the day before a reported act, told, is the saying’s', () => {
  const cases = ACTS.flatMap((act) =>
    DAYS.flatMap(([day, value]) =>
      SAYING.map((v) => [`${day} Бас прокуратура ${act} ${v}.`, value] as const),
    ),
  );
  it.each(cases)('%s', (sentence, value) => {
    const events = eventsOf('kk', sentence, '2023-01-05').events;
    expect(events.filter((e) => e.type !== 'statement').map((e) => e.date.edtf)).not.toContain(value); // prettier-ignore
    expect(events.filter((e) => e.type === 'statement').map((e) => e.date.edtf)).toContain(value); // prettier-ignore
  });
});
