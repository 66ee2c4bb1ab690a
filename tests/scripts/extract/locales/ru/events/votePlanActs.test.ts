/**
 * A vote's calendar plan named by its acts ("календарный план основных мероприятий по подготовке
 * и проведению выборов"), in Russian, is the commission's act on its day, not the vote: with six
 * words between "план" and "выборов" the plan cue (locales/ru/events/triggersCongressesAndVotes.ts)
 * did not fire and "ЦИК 12 марта утвердил … выборов депутатов Мажилиса" gave a parliamentary
 * election on 12 March. Generated over the acts' wordings, the vote, the verb's gender and the day.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const ACTS = [
  'основных мероприятий по подготовке и проведению',
  'мероприятий по подготовке и проведению',
  'первоочередных мероприятий по организации и проведению',
];
const VOTES = [
  ['выборов депутатов Мажилиса', 'The parliamentary election calendar is approved'],
  ['республиканского референдума', 'The referendum calendar is approved'],
] as const;
const BODIES = [
  ['ЦИК', 'утвердила'],
  ['Центризбирком', 'утвердил'],
] as const;
const DAYS = [
  ['12 марта', '2025-03-12'],
  ['4 февраля', '2025-02-04'],
] as const;

describe("a vote's plan named by its acts", () => {
  it.each(
    ACTS.flatMap((acts) =>
      VOTES.flatMap(([vote, en]) =>
        BODIES.flatMap(([body, verb]) =>
          DAYS.map(([d, day]) => [body, d, verb, acts, vote, day, en]),
        ),
      ),
    ),
  )('ru: %s %s %s календарный план %s %s', (body, d, verb, acts, vote, day, en) => {
    const text = `${body} ${d} ${verb} календарный план ${acts} ${vote}.`;
    const events = extractSentences('ru', text, '2025-03-12').events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toContain(`${day} ${en}`);
    expect(events.filter((e) => e.type === 'election' || e.type === 'referendum')).toEqual([]);
  });
});
