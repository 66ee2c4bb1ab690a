/**
 * "Указ о назначении референдума": the noun of appointing there calls a vote, as "о назначении
 * выборов" does; it names no one put in a post (triggersStateActs.ts, the appointment cue's words
 * after it). A person appointed beside it still is.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const SUBJECTS = ['Президент', 'Глава государства', 'Касым-Жомарт Токаев'];
const VERBS = ['подписал', 'подписывает', 'подпишет'];
const VOTES = [
  'референдума',
  'республиканского референдума',
  'голосования',
  'республиканского голосования',
  'внеочередных выборов',
];
const DAYS = ['', ' 10 марта'];

describe('a decree calling a vote is no appointment', () => {
  const cases = SUBJECTS.flatMap((subject) =>
    VERBS.flatMap((verb) =>
      VOTES.flatMap((vote) => DAYS.map((day) => ({ subject, verb, vote, day }))),
    ),
  );
  it.each(cases)('"$subject $verb указ о назначении $vote$day"', ({ subject, verb, vote, day }) => {
    const got = extractSentences(
      'ru',
      `${subject} ${verb} указ о назначении ${vote}${day}.`,
      '2026-03-12',
    );
    expect(got.events.map((e) => e.type)).not.toContain('appointment');
  });

  it('still reads a person appointed in the same words', () => {
    const got = extractSentences(
      'ru',
      'Президент 10 марта подписал указ о назначении Ивана Петрова министром юстиции.',
      '2026-03-12',
    );
    expect(got.events.map((e) => `${e.type} ${e.date.edtf}`)).toContain('appointment 2026-03-10');
  });
});
