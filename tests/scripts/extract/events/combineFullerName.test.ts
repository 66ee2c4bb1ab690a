/**
 * A headline names people by surname ("Токаев провел переговоры с Эрдоганом"), its lead in full
 * ("Президент Касым-Жомарт Токаев … с Президентом Турции Реджепом Тайипом Эрдоганом"): the one
 * event they make names both in full, with their posts (events/combine.ts, canonicalNames.ts).
 * The event was "Tokayev holds talks with Erdoğan", its actors "Токаев; Эрдоган". Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const GUESTS_RU = [
  [
    'Эрдоганом',
    'Президентом Турции Реджепом Тайипом Эрдоганом',
    'Recep Tayyip Erdoğan',
    'Реджеп Тайип Эрдоган',
  ],
  [
    'Мирзиёевым',
    'Президентом Узбекистана Шавкатом Мирзиёевым',
    'Shavkat Mirziyoyev',
    'Шавкат Мирзиёев',
  ],
  ['Макроном', 'Президентом Франции Эммануэлем Макроном', 'Emmanuel Macron', 'Эммануэль Макрон'],
] as const;
const GUESTS_KK = [
  [
    'Ердоғанмен',
    'Түркия Президенті Реджеп Тайып Ердоғанмен',
    'Recep Tayyip Erdoğan',
    'Реджеп Тайып Ердоған',
  ],
  [
    'Мирзиёевпен',
    'Өзбекстан Президенті Шавкат Мирзиёевпен',
    'Shavkat Mirziyoyev',
    'Шавкат Мирзиёев',
  ],
  ['Макронмен', 'Франция Президенті Эммануэль Макронмен', 'Emmanuel Macron', 'Эммануэль Макрон'],
] as const;
const HOSTS_RU = [
  'Президент Казахстана Касым-Жомарт Токаев',
  'Глава государства Касым-Жомарт Токаев',
];
const HOSTS_KK = ['Мемлекет басшысы Қасым-Жомарт Тоқаев', 'Президент Қасым-Жомарт Тоқаев'];

const meeting = (lang: 'kk' | 'ru', text: string) => {
  const e = extractSentences(lang, text, '2025-05-12').events.find((x) => x.type === 'meeting');
  return { title: e?.title.en, actors: e?.actors.map((a) => a.name) ?? [] };
};

describe('a headline surname takes the lead full name', () => {
  it.each(HOSTS_RU.flatMap((host) => GUESTS_RU.map((g) => [host, ...g] as const)))(
    'ru: %s / %s',
    (host, short, full, en, nominative) => {
      const got = meeting(
        'ru',
        `Токаев провел переговоры с ${short}\n\nАнкара, 12 мая. ${host} провел переговоры с ${full}.`,
      );
      expect(got.title).toBe(`Kassym-Jomart Tokayev holds talks with ${en}`);
      expect(got.actors).toEqual(['Касым-Жомарт Токаев', nominative]);
    },
  );
  it.each(HOSTS_KK.flatMap((host) => GUESTS_KK.map((g) => [host, ...g] as const)))(
    'kk: %s / %s',
    (host, short, full, en, nominative) => {
      const got = meeting(
        'kk',
        `Тоқаев ${short} келіссөз жүргізді\n\nАнкара, 12 мамыр. ${host} ${full} келіссөз жүргізді.`,
      );
      expect(got.title).toBe(`Kassym-Jomart Tokayev holds talks with ${en}`);
      expect(got.actors).toEqual(['Қасым-Жомарт Тоқаев', nominative]);
    },
  );
});
