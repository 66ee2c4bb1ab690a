/**
 * A vote a person calls is titled as the call: "Президент Касым-Жомарт Токаев объявил о проведении
 * референдума" was titled 'Kassym-Jomart Tokayev signs a decree', though nothing was signed in
 * these words; Kazakh "референдум тағайындады" and "референдум өткізу туралы жариялады" gave no
 * call at all. events/calledVote.ts reads which vote the cue calls (a referendum, an election, a
 * snap one, its kind) and whether the head of state calls it; titlesCalling.ts titles the call.
 * Generated over callers, verbs and votes in both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAY = '2025-03-10';

type Who = { ru: string; kk: string; title: [string, string, string] };
const TOKAYEV: Who = {
  ru: 'Президент Касым-Жомарт Токаев',
  kk: 'Президент Қасым-Жомарт Тоқаев',
  title: ['Қасым-Жомарт Тоқаев', 'Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev'],
};
const BY_POST: Who = {
  ru: 'Глава государства',
  kk: 'Мемлекет басшысы',
  title: ['Президент', 'Президент', 'The President'],
};

/** A vote: Russian genitive and accusative, Kazakh object, and the title's words. */
type Vote = { ruGen: string; ruAcc: string; kk: string; title: [string, string, string] };
const VOTES: Vote[] = [
  { ruGen: 'референдума', ruAcc: 'референдум', kk: 'референдум', title: ['референдум', 'референдум', 'a referendum'] }, // prettier-ignore
  { ruGen: 'выборов', ruAcc: 'выборы', kk: 'сайлау', title: ['сайлау', 'выборы', 'an election'] },
  { ruGen: 'досрочных выборов', ruAcc: 'внеочередные выборы', kk: 'кезектен тыс сайлау', title: ['кезектен тыс сайлау', 'внеочередные выборы', 'a snap election'] }, // prettier-ignore
  { ruGen: 'внеочередных президентских выборов', ruAcc: 'досрочные выборы президента', kk: 'мерзімінен бұрын президент сайлауын', title: ['кезектен тыс президент сайлауын', 'внеочередные выборы президента', 'a snap presidential election'] }, // prettier-ignore
];

type Case = ['kk' | 'ru', string, [string, string, string]];
const expected = (w: Who, v: Vote): [string, string, string] => [
  `${w.title[0]} ${v.title[0]} тағайындады`,
  `${w.title[1]} назначил ${v.title[1]}`,
  `${w.title[2]} calls ${v.title[2]}`,
];
const cases: Case[] = [TOKAYEV, BY_POST].flatMap((w) =>
  VOTES.flatMap((v): Case[] => [
    ['ru', `${w.ru} 10 марта объявил о проведении ${v.ruGen}.`, expected(w, v)],
    ['ru', `${w.ru} 10 марта назначил ${v.ruAcc}.`, expected(w, v)],
    ['kk', `${w.kk} 10 наурызда ${v.kk} тағайындады.`, expected(w, v)],
    ['kk', `${w.kk} 10 наурызда ${v.kk} өткізу туралы жариялады.`, expected(w, v)],
  ]),
);

const decreeTitles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'decree' && e.date.edtf === DAY)
    .map((e) => [e.title.kk, e.title.ru, e.title.en]);

describe('a vote a person calls', () => {
  it.each(cases)('is titled as the call (%s): %s', (lang, text, title) => {
    expect(decreeTitles(lang, text)).toContainEqual(title);
  });
});
