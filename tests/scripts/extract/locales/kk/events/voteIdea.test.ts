/**
 * A vote or a gathering named only as the subject of an idea or an initiative ("референдум
 * өткізу идеясы айтылды", "съезд шақыру бастамасын көтерді", "сайлау өткізу туралы идея") happens
 * some other day than the idea is told, if at all: a topic, not an event of the sentence's day.
 * Generated: votes and gatherings × verbal nouns × idea nouns in their cases × verbs. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const live = (sentence: string, type: string) =>
  findTriggers(sentence, 'kk').some((h) => h.trigger.type === type && !h.topic);

const SUBJECTS: Array<[string, string]> = [
  ['АЭС туралы референдум', 'referendum'],
  ['кезектен тыс сайлау', 'election'],
  ['партияның кезектен тыс съезін', 'congress'],
];
const ACTS = ['өткізу', 'шақыру', 'ұйымдастыру'];
const IDEAS = [
  ['идеясы', 'айтылды'],
  ['идеясын', 'көтерді'],
  ['бастамасы', 'қолдау тапты'],
  ['бастамасын', 'көтерді'],
];

describe('Kazakh: a vote or a gathering that is only an idea’s subject', () => {
  const cases = SUBJECTS.flatMap(([subject, type]) =>
    ACTS.flatMap((act) =>
      IDEAS.map(
        ([idea, verb]) => [`2023 жылғы Жолдауда ${subject} ${act} ${idea} ${verb}.`, type] as const,
      ),
    ),
  );
  it.each(cases)('%s', (sentence, type) => expect(live(sentence, type)).toBe(false));

  it('held, it is the event', () => {
    expect(live('АЭС туралы референдум 2024 жылғы 6 қазанда өтті.', 'referendum')).toBe(true);
  });
});
