/**
 * A decision to hold a vote says so, and the vote is ahead on its own day: "Бүгін Президент
 * Қасым-Жомарт Тоқаев 5 қазанда республикалық референдум өткізу туралы шешім қабылдады" gave one
 * "Event" on 5 October 2024 (the weak cue "шешім қабылдады" took the vote's day, read in the past
 * of "қабылдады") and no referendum; "принял решение о проведении референдума 5 октября" gave an
 * "Event" beside it. decidedGathering.ts now names the vote decided ("Tokayev decides to hold a
 * referendum"), a Kazakh act decided before "туралы шешім" is an object with its own day
 * (locales/kk/events/objectClause.ts, dates/reportedObject.ts), ahead of the deciding
 * (guessKkDirection.ts), and the vote, the decision's topic, is an event of that day (objectDate.ts).
 * Generated over the day of the deciding, the vote's day and wordings; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DECIDED = [
  { kk: 'Бүгін', ru: 'Сегодня', edtf: '2025-03-12' },
  { kk: 'Кеше', ru: 'Вчера', edtf: '2025-03-11' },
];
const VOTE_DAY = [
  { kk: '5 қазанда', ru: '5 октября', edtf: '2025-10-05' },
  { kk: '20 сәуірде', ru: '20 апреля', edtf: '2025-04-20' },
];
type Vote = 'referendum' | 'election';
type Case = ['kk' | 'ru', string, string, Vote, string];
const WHO = { kk: 'Президент Қасым-Жомарт Тоқаев', ru: 'Президент Касым-Жомарт Токаев' };
// prettier-ignore
const cases: Case[] = DECIDED.flatMap((d) => VOTE_DAY.flatMap((v): Case[] => [
  ['kk', `${d.kk} ${WHO.kk} ${v.kk} республикалық референдум өткізу туралы шешім қабылдады.`, d.edtf, 'referendum', v.edtf],
  ['kk', `${d.kk} ${WHO.kk} ${v.kk} референдум өткізу туралы шешім қабылдады.`, d.edtf, 'referendum', v.edtf],
  ['kk', `${d.kk} ${WHO.kk} ${v.kk} Мәжіліс депутаттарының кезектен тыс сайлауын өткізу туралы шешім қабылдады.`, d.edtf, 'election', v.edtf],
  ['kk', `${d.kk} ${WHO.kk} кезектен тыс Президент сайлауын ${v.kk} өткізу туралы шешім қабылдады.`, d.edtf, 'election', v.edtf],
  ['ru', `${d.ru} ${WHO.ru} принял решение о проведении республиканского референдума ${v.ru}.`, d.edtf, 'referendum', v.edtf],
  ['ru', `${d.ru} ${WHO.ru} принял решение провести референдум ${v.ru}.`, d.edtf, 'referendum', v.edtf],
]));

const TITLE: Record<Vote, RegExp> = {
  referendum: /^Kassym-Jomart Tokayev decides to hold a referendum$/u,
  election: /^Kassym-Jomart Tokayev decides to hold an early election$/u,
};

describe('a decision to hold a vote', () => {
  it.each(cases)('%s: %s', (lang, text, decided, vote, day) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => e.title.en)).not.toContain('Event');
    const decision = events.filter((e) => e.date.edtf === decided);
    expect(decision.map((e) => e.title.en)).toEqual([expect.stringMatching(TITLE[vote])]);
    const held = events.filter((e) => e.type === vote);
    expect(held.map((e) => `${e.status} ${e.date.edtf}`)).toEqual([`planned ${day}`]);
  });
});
