/**
 * A meeting hosted by a chamber's post with no name is the post holder's: "Сенат төрағасы
 * министрмен кездесті", "Председатель Сената встретился с министром" were titled "Session of the
 * Senate", as the chamber named only as the post's owner made the meeting a sitting of it
 * (titlesMeeting.ts). hostPost.ts reads the post in the nominative before the cue
 * (locales/<lang>/lexicon/hostPost.ts), and the title names it as the host. Generated over posts,
 * whom they meet and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: '3 ақпанда', ru: '3 февраля' },
];
// prettier-ignore
const POSTS = [
  { kk: 'Сенат төрағасы', ru: 'Председатель Сената', en: 'The Chairman of the Senate', kkT: 'Сенат Төрағасы', ruT: 'Председатель Сената' },
  { kk: 'Мәжіліс Төрағасы', ru: 'Председатель Мажилиса', en: 'The Chairman of the Mazhilis', kkT: 'Мәжіліс Төрағасы', ruT: 'Председатель Мажилиса' },
  { kk: 'Сенат депутаты', ru: 'Депутат Сената', en: 'The member of the Senate', kkT: 'Сенат депутаты', ruT: 'Депутат Сената' },
];
const MET = [
  { kk: 'министрмен', ru: 'министром' },
  { kk: 'елшімен', ru: 'послом' },
  { kk: 'әкіммен', ru: 'акимом' },
];

type Case = ['kk' | 'ru', string, string, string];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d) => POSTS.flatMap((p) => MET.flatMap((m): Case[] => [
  ['kk', `${p.kk} ${d.kk} ${m.kk} кездесті.`, `${p.en} holds a meeting`, `${p.kkT} кездесу өткізді`],
  ['ru', `${p.ru} ${d.ru} встретился с ${m.ru}.`, `${p.en} holds a meeting`, `${p.ruT} провёл встречу`],
])));

describe("a chamber's post that meets someone hosts the meeting", () => {
  it.each(cases)('%s: %s', (lang, text, en, local) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.title.en])).toEqual([['meeting', en]]);
    expect(events.map((e) => e.title[lang])).toEqual([local]);
  });

  // A chamber's own sitting stays a session.
  it.each<['kk' | 'ru', string]>([
    ['kk', 'Сенат 10 наурызда отырыс өткізді.'],
    ['ru', 'Сенат 10 марта провел заседание.'],
  ])('a sitting, %s: %s', (lang, text) => {
    expect(extractSentences(lang, text, PUB).events.map((e) => e.title.en)).toEqual([
      'Session of the Senate',
    ]);
  });
});
