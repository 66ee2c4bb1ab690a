/**
 * A decision to convene a gathering told in the passive: "Принято решение провести конференцию",
 * "было принято решение о созыве съезда", "решено провести конференцию" gave no event, as the
 * Russian cue of a decision taken (the weak happening cue, events/decidedGathering.ts) took only
 * "принял/приняли решение". Generated over the passive's forms, gatherings and days; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const DAYS = ['5 февраля', '19 января'];
const DECIDED = ['{d} принято решение', '{d} было принято решение', '{d} решено'];
const WHAT = [
  { words: 'провести конференцию', en: 'a conference', ru: 'конференции' },
  { words: 'провести внеочередную конференцию', en: 'an extraordinary conference', ru: 'внеочередной конференции' }, // prettier-ignore
  { words: 'созвать съезд', en: 'a congress', ru: 'съезда' },
];

const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
const cases = DAYS.flatMap((d) =>
  DECIDED.flatMap((v) =>
    WHAT.map((w) => [`${cap(v.replace('{d}', d))} ${w.words}.`, w.en, w.ru] as const),
  ),
);

describe('a decision to convene told in the passive', () => {
  it.each(cases)('%s', (text, en, ru) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => [e.type, e.title.en])).toEqual([['other', `Decision to convene ${en}`]]); // prettier-ignore
    expect(events.map((e) => e.title.ru)).toEqual([`Решение о созыве ${ru}`]);
  });

  // A question decided is no decision to convene.
  it.each(['5 февраля решено не проводить изменений.', 'Принятое решение 5 февраля обсудили.'])(
    'not a convening: %s',
    (text) => {
      const titles = extractSentences('ru', text, PUB).events.map((e) => e.title.en);
      expect(titles.some((t) => /convene/u.test(t))).toBe(false);
    },
  );
});
