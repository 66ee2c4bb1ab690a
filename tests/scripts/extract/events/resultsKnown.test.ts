/**
 * A vote's results that become known are their own event, not the vote's: "Референдумның
 * қорытындысы 7 қазанда белгілі болады", "Итоги референдума станут известны 7 октября" (test
 * sentences written for the check) placed the referendum itself on 7 October, the day of its
 * results. Results that became or will become known, or came out, are now told as results
 * announced, so the vote (their possessor) takes no date from them; the title says whose results
 * and keeps the tense ("Referendum results to be announced"). Generated over the vote, the verb's
 * tense and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2024-09-03';
const VOTES = [
  { en: 'Referendum', kk: ['Референдумның', 'Референдум'], ru: 'референдума' },
  { en: 'Election', kk: ['Сайлаудың', 'Сайлау'], ru: 'выборов в Мажилис' },
  { en: 'Voting', kk: ['Дауыс беру'], ru: 'голосования' },
];
const AHEAD = { kk: ['белгілі болады', 'шығады'], ru: ['станут известны', 'будут известны'] };
const DONE = { kk: ['белгілі болды', 'шықты'], ru: ['стали известны', 'были известны'] };

const cases = VOTES.flatMap((v) => [
  ...v.kk.flatMap((n) => AHEAD.kk.map((verb) => ['kk', `${n} алдын ала қорытындысы 7 қазанда ${verb}.`, '2024-10-07', `${v.en} results to be announced`])),
  ...v.kk.flatMap((n) => DONE.kk.map((verb) => ['kk', `${n} нәтижелері 2 қыркүйекте ${verb}.`, '2024-09-02', `${v.en} results announced`])),
  ...AHEAD.ru.map((verb) => ['ru', `Итоги ${v.ru} ${verb} 7 октября.`, '2024-10-07', `${v.en} results to be announced`]),
  ...DONE.ru.map((verb) => ['ru', `Предварительные результаты ${v.ru} ${verb} 2 сентября.`, '2024-09-02', `${v.en} results announced`]),
]) as Array<['kk' | 'ru', string, string, string]>; // prettier-ignore

describe("a vote's results becoming known", () => {
  it.each(cases)('%s: %s', (lang, text, day, title) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf, e.title.en])).toEqual([
      ['statement', day, title],
    ]);
  });

  it.each([
    ['kk', 'Тергеудің алдын ала қорытындысы 7 қазанда белгілі болады.'],
    ['ru', 'Итоги проверки станут известны 7 октября.'],
  ] as Array<['kk' | 'ru', string]>)('%s: no vote, no results event: %s', (lang, text) => {
    expect(extractSentences(lang, text, PUB).events).toEqual([]);
  });
});
