/**
 * Talks held in a town are no visit to it: "Касым-Жомарт Токаев провел переговоры с президентом
 * Монголии в Астане" (a test article written for the check) was titled "Kassym-Jomart Tokayev
 * visits Astana", his own capital: talks and visits share one template, which read any town
 * named as the one visited. Talks told with no journey (TitleCues.talks: "переговоры",
 * "келіссөздер", not where "визит", "прибыл", "сапар" is told too) now say where they were held:
 * "X holds talks in Astana". Generated over towns, tenses and both languages; sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-10-13';
const WHO = 'Kassym-Jomart Tokayev';
const TOWNS = [
  { en: 'Astana', ruLoc: 'Астане', kkLoc: 'Астанада', ruAcc: 'Астану', kkDat: 'Астанаға' },
  { en: 'Almaty', ruLoc: 'Алматы', kkLoc: 'Алматыда', ruAcc: 'Алматы', kkDat: 'Алматыға' },
  { en: 'Shymkent', ruLoc: 'Шымкенте', kkLoc: 'Шымкентте', ruAcc: 'Шымкент', kkDat: 'Шымкентке' },
];

const talks = TOWNS.flatMap((t) => [
  ['ru', `Сегодня в ${t.ruLoc} Касым-Жомарт Токаев провел переговоры с президентом Монголии.`, `${WHO} holds talks in ${t.en}`],
  ['ru', `Касым-Жомарт Токаев провел переговоры с президентом Монголии в ${t.ruLoc}.`, `${WHO} holds talks in ${t.en}`],
  ['kk', `Бүгін ${t.kkLoc} Қасым-Жомарт Тоқаев Моңғолия Президентімен келіссөздер жүргізді.`, `${WHO} holds talks in ${t.en}`],
  ['ru', `Касым-Жомарт Токаев прибыл в ${t.ruAcc} с рабочей поездкой.`, `${WHO} visits ${t.en}`],
  ['kk', `Қасым-Жомарт Тоқаев ${t.kkDat} жұмыс сапарымен барды.`, `${WHO} visits ${t.en}`],
]) as Array<['kk' | 'ru', string, string]>; // prettier-ignore

describe('talks held in a town', () => {
  it.each(talks)('%s: %s', (lang, text, title) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles).toEqual([title]);
  });
});
