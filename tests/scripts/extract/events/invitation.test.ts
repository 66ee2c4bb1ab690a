/**
 * An invitation is no visit. "Ресей Президенті Владимир Путин Қасым-Жомарт Тоқаевты Мәскеуге ресми
 * сапарға шақырды" (a test sentence written for the check) was titled 'Kassym-Jomart Tokayev visits
 * Moscow' (or 'Vladimir Putin visits Moscow' with a date before the object), "… сапармен келуге
 * шақырды" 'Kassym-Jomart Tokayev makes a statement', and "Путин пригласил Токаева посетить Москву"
 * 'Tokayev makes a proposal'. The title tells the invitation, in all three languages; the event keeps
 * its type. Generated over inviters, invitees, places and wordings.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// prettier-ignore
const KK_PEOPLE = [
  { kk: 'Владимир Путин', acc: 'Владимир Путинді', post: 'Ресей Президенті', en: 'Vladimir Putin', ru: 'Владимир Путин', ruAcc: 'Владимира Путина' },
  { kk: 'Қасым-Жомарт Тоқаев', acc: 'Қасым-Жомарт Тоқаевты', post: 'Қазақстан Президенті', en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', ruAcc: 'Касым-Жомарта Токаева' },
  { kk: 'Шавкат Мирзиёев', acc: 'Шавкат Мирзиёевті', post: 'Өзбекстан Президенті', en: 'Shavkat Mirziyoyev', ru: 'Шавкат Мирзиёев', ruAcc: 'Шавката Мирзиёева' },
];
// prettier-ignore
const PLACES = [
  { kkDat: 'Мәскеуге', ru: 'Москву', ruTo: 'в Москву', en: 'Moscow' },
  { kkDat: 'Астанаға', ru: 'Астану', ruTo: 'в Астану', en: 'Astana' },
  { kkDat: 'Ташкентке', ru: 'Ташкент', ruTo: 'в Ташкент', en: 'Tashkent' },
];
const KK_TAILS = ['ресми сапарға шақырды', 'ресми сапармен келуге шақырды', 'мемлекеттік сапарға шақырды']; // prettier-ignore
const KK_DATES = ['', '11 наурызда '];

const KK = KK_PEOPLE.flatMap((a) =>
  KK_PEOPLE.filter((b) => b !== a).flatMap((b) =>
    PLACES.flatMap((p) =>
      KK_TAILS.flatMap((t) =>
        KK_DATES.map((d) => ({
          // (Undated, "келуге шақырды" is a call with no day: no event, as before.)
          some: d !== '' || !t.includes('келуге'),
          text: `${d}${a.post} ${a.kk} ${b.acc} ${p.kkDat} ${t}.`,
          en: `${a.en} invites ${b.en} to ${p.en}`,
          kk: `${a.kk} ${b.acc} ${p.kkDat} шақырды`,
          ru: `${a.ru} пригласил ${b.ruAcc} ${p.ruTo}`,
        })),
      ),
    ),
  ),
);

const RU = KK_PEOPLE.flatMap((a) =>
  KK_PEOPLE.filter((b) => b !== a).flatMap((b) =>
    PLACES.flatMap((p) =>
      ['посетить', 'приехать с визитом в'].map((v) => ({
        text: `Президент ${a.ru} пригласил ${b.ruAcc} ${v} ${p.ru}.`,
        en: `${a.en} invites ${b.en} to ${p.en}`,
        ru: `${a.ru} пригласил ${b.ruAcc} ${p.ruTo}`,
      })),
    ),
  ),
);

describe('an invitation is titled as one, not as a visit', () => {
  it.each(KK)('kk $text', ({ some, text, en, kk, ru }) => {
    const events = extractSentences('kk', text, PUB).events;
    if (some) expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.title).toEqual({ kk, ru, en });
  });

  it.each(RU)('ru $text', ({ text, en, ru }) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect([e.title.en, e.title.ru]).toEqual([en, ru]);
  });

  // (A visit told as made stays a visit.)
  it.each(PLACES)('kk a visit to $en stays a visit', (p) => {
    const text = `Қасым-Жомарт Тоқаев 11 наурызда ${p.kkDat} ресми сапармен барды.`;
    const titles = extractSentences('kk', text, PUB).events.map((e) => e.title.en);
    expect(titles).toEqual([`Kassym-Jomart Tokayev visits ${p.en}`]);
  });
});
