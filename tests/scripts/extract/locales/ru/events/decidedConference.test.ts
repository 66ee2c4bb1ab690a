/**
 * A conference a decision taken is to hold is the decision's: "принял решение провести
 * внеочередную конференцию" was titled "Meeting", as the Russian conference cue (a verb of holding
 * and the conference, locales/ru/events/triggersMeetingsAndVisits.ts) took it for one held, and it
 * won over the weak cue of the decision (events/decidedGathering.ts). The cue now stands aside
 * right after "решение". Generated over deciders (and their verb's forms), conferences and days; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const DAYS = ['5 февраля', '19 января'];
const DECIDED = [
  'Политсовет партии {d} принял решение',
  'Члены политсовета партии {d} приняли решение',
  'Партия {d} приняла решение',
];
const WHAT = [
  { acc: 'конференцию', en: 'a conference', ru: 'конференцию' },
  { acc: 'внеочередную конференцию', en: 'an extraordinary conference', ru: 'внеочередную конференцию' }, // prettier-ignore
  { acc: 'партийную конференцию', en: 'a conference', ru: 'конференцию' },
];

const cases = DAYS.flatMap((d) =>
  DECIDED.flatMap((v) =>
    WHAT.map((w) => [`${v.replace('{d}', d)} провести ${w.acc}.`, w.en, w.ru] as const),
  ),
);

describe('a conference decided is the decision, not a meeting held', () => {
  it.each(cases)('%s', (text, en, ru) => {
    const titles = extractSentences('ru', text, PUB).events.map((e) => e.title);
    expect(titles.map((t) => t.en)).toEqual([`The party decides to convene ${en}`]);
    expect(titles.map((t) => t.ru)).toEqual([`Партия решила созвать ${ru}`]);
  });

  // A conference held stays a gathering.
  it.each(['Партия 5 февраля провела конференцию.', 'Конференция партии прошла 19 января.'])(
    'held: %s',
    (text) => {
      const types = extractSentences('ru', text, PUB).events.map((e) => e.type);
      expect(types).toEqual(['meeting']);
    },
  );
});
