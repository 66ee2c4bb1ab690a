/**
 * A chamber's post as the one met, not the host: "Президент встретился с председателем Сената",
 * "Президент Сенат төрағасымен кездесті" were titled "Session of the Senate", the chamber named
 * only as the post's owner made the meeting its sitting. metPost.ts reads the post in the
 * instrumental (comitative) (locales/<lang>/lexicon/metPost.ts); the title names it as the one met.
 * Generated over hosts, posts and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: '3 ақпанда', ru: '3 февраля' },
];
const HOSTS = [
  { kk: 'Президент', ru: 'Президент' },
  { kk: 'Премьер-министр', ru: 'Премьер-министр' },
  { kk: 'Мемлекет басшысы', ru: 'Глава государства' },
];
// prettier-ignore
const POSTS = [
  { kk: 'Сенат төрағасымен', ru: 'председателем Сената', en: 'the Chairman of the Senate' },
  { kk: 'Мәжіліс Төрағасымен', ru: 'председателем Мажилиса', en: 'the Chairman of the Mazhilis' },
  // (A deputy chairman is met as himself, never as the chairman.)
  { kk: 'Сенат Төрағасының орынбасарымен', ru: 'заместителем председателя Сената', en: 'the Deputy Chairman of the Senate' },
  { kk: 'Мәжіліс Төрағасының орынбасарымен', ru: 'вице-спикером Мажилиса', en: 'the Deputy Chairman of the Mazhilis' },
];

type Case = ['kk' | 'ru', string, string];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d) => HOSTS.flatMap((h) => POSTS.flatMap((p): Case[] => [
  ['kk', `${h.kk} ${d.kk} ${p.kk} кездесті.`, p.en],
  ['ru', `${h.ru} ${d.ru} встретился с ${p.ru}.`, p.en],
])));

describe("a chamber's post met is no sitting of the chamber", () => {
  it.each(cases)('%s: %s', (lang, text, en) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => e.type)).toEqual(['meeting']);
    expect(events[0]!.title.en).toMatch(new RegExp(`(?:^Meeting with| meets) ${en}$`, 'u'));
  });
});
