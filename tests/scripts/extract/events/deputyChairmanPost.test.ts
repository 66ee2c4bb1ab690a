/**
 * A chamber's deputy chairman is a post of his own, never the chairman. "Мәжіліс төрағасының
 * орынбасары", "заместитель председателя Мажилиса" had no post entry, so one elected to it was
 * "elected to a new post", and a deputy who met an envoy made the meeting a session of the chamber.
 * events/posts.ts has the deputy chairmen of the Mazhilis and the Senate (titleCues, read before the
 * chairman: "заместителем председателя", "вице-спикером", "төрағасының/спикерінің орынбасары"), and
 * events/hostPost.ts the deputy as a meeting's host. Generated over the chambers, the acts (elected,
 * appointed, relieved, meets) and two days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: '2021 жылғы 15 қаңтарда', ru: '15 января 2021 года' },
];
const CHAMBERS = [
  { kk: 'Мәжіліс', ru: 'Мажилиса', en: 'Mazhilis' },
  { kk: 'Сенат', ru: 'Сената', en: 'Senate' },
];
type Ch = (typeof CHAMBERS)[number];
type Case = ['kk' | 'ru', string, string];
const NAME = 'Yerlan Akhmetov';
const KK: Array<[(d: string, c: Ch) => string, (c: Ch) => string]> = [
  [(d, c) => `Депутаттар ${d} Ерлан Ахметовты ${c.kk} төрағасының орынбасары етіп сайлады.`, (c) => `${NAME} elected Deputy Chairman of the ${c.en}`], // prettier-ignore
  [(d, c) => `Ерлан Ахметов ${d} ${c.kk} спикерінің орынбасары болып сайланды.`, (c) => `${NAME} elected Deputy Chairman of the ${c.en}`], // prettier-ignore
  [(d, c) => `Ерлан Ахметов ${d} ${c.kk} төрағасының орынбасары қызметінен босатылды.`, (c) => `${NAME} is dismissed as Deputy Chairman of the ${c.en}`], // prettier-ignore
  [(d, c) => `${c.kk} төрағасының орынбасары ${d} Жапония елшісімен кездесті.`, (c) => `The Deputy Chairman of the ${c.en} holds a meeting`], // prettier-ignore
  // (The chairman himself is still the chairman.)
  [(d, c) => `Депутаттар ${d} Ерлан Ахметовты ${c.kk} Төрағасы етіп сайлады.`, (c) => `${NAME} elected Chairman of the ${c.en}`], // prettier-ignore
];
const RU: Array<[(d: string, c: Ch) => string, (c: Ch) => string]> = [
  [(d, c) => `Депутаты ${d} избрали Ерлана Ахметова заместителем председателя ${c.ru}.`, (c) => `${NAME} elected Deputy Chairman of the ${c.en}`], // prettier-ignore
  [(d, c) => `Ерлан Ахметов избран вице-спикером ${c.ru} ${d}.`, (c) => `${NAME} elected Deputy Chairman of the ${c.en}`], // prettier-ignore
  [(d, c) => `Ерлан Ахметов освобожден от должности заместителя председателя ${c.ru} ${d}.`, (c) => `${NAME} is dismissed as Deputy Chairman of the ${c.en}`], // prettier-ignore
  [(d, c) => `Заместитель председателя ${c.ru} ${d} встретился с послом Японии.`, (c) => `The Deputy Chairman of the ${c.en} holds a meeting`], // prettier-ignore
  [(d, c) => `Депутаты ${d} избрали Ерлана Ахметова председателем ${c.ru}.`, (c) => `${NAME} elected Chairman of the ${c.en}`], // prettier-ignore
];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d) => CHAMBERS.flatMap((c): Case[] => [
  ...KK.map(([w, t]): Case => ['kk', w(d.kk, c), t(c)]),
  ...RU.map(([w, t]): Case => ['ru', w(d.ru, c), t(c)]),
]));

describe("a chamber's deputy chairman is a post of his own, never the chairman", () => {
  it.each(cases)('%s: %s', (lang, text, title) => {
    expect(extractSentences(lang, text, PUB).events.map((e) => e.title.en)).toEqual([title]);
  });
});
