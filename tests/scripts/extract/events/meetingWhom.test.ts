/**
 * A meeting's title says whom the host met: "Касым-Жомарт Токаев встретился с Шавкатом
 * Мирзиёевым" was titled "Kassym-Jomart Tokayev holds a meeting" (found on test articles written
 * for the check). The one met is named in each language's case: the Kazakh instrumental
 * (-мен/-бен/-пен by the last sound) and the Russian instrumental, from the name's nominative.
 * Generated over guests, hosts, word orders and tenses; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kkWith } from '../../../../scripts/extract/events/titleNameCases';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const GUESTS = [
  { ruIns: 'Президентом Узбекистана Шавкатом Мирзиёевым', kkIns: 'Өзбекстан Президенті Шавкат Мирзиёевпен', en: 'Shavkat Mirziyoyev', kk: 'Шавкат Мирзиёевпен', ru: 'Шавкатом Мирзиёевым' },
  { ruIns: 'Владимиром Путиным', kkIns: 'Владимир Путинмен', en: 'Vladimir Putin', kk: 'Владимир Путинмен', ru: 'Владимиром Путиным' },
  { ruIns: 'Президентом Турции Реджепом Тайипом Эрдоганом', kkIns: 'Түркия Президенті Режеп Тайып Ердоғанмен', en: 'Recep Tayyip Erdoğan', kk: 'Режеп Тайып Ердоғанмен', ru: 'Реджепом Тайипом Эрдоганом' },
  { ruIns: 'министром Айгерим Сатыбалдиевой', kkIns: 'министр Айгерим Сатыбалдиевамен', en: 'Aygerim Satybaldiyeva', kk: 'Айгерим Сатыбалдиевамен', ru: 'Айгерим Сатыбалдиевой' },
]; // prettier-ignore
const HOSTS = [
  { ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев', en: 'Kassym-Jomart Tokayev', kkT: 'Қасым-Жомарт Тоқаев', ruT: 'Касым-Жомарт Токаев' },
  { ru: 'Глава государства', kk: 'Мемлекет басшысы', en: 'The President', kkT: 'Президент', ruT: 'Президент' },
]; // prettier-ignore

type Want = { en: string; kk: string; ru: string };
const cases = GUESTS.flatMap((g) =>
  HOSTS.flatMap((h) => {
    const done: Want = { en: `${h.en} meets ${g.en}`, kk: `${h.kkT} ${g.kk} кездесті`, ru: `${h.ruT} встретился с ${g.ru}` }; // prettier-ignore
    const ahead: Want = { en: `${h.en} to meet ${g.en}`, kk: `${h.kkT} ${g.kk} кездеспек`, ru: `${h.ruT} встретится с ${g.ru}` }; // prettier-ignore
    return [
      ['ru', `${h.ru} встретился с ${g.ruIns}.`, done],
      ['ru', `${h.ru} провел встречу с ${g.ruIns}.`, done],
      ['ru', `С ${g.ruIns} встретился ${h.ru}.`, done],
      ['ru', `Завтра ${h.ru} встретится с ${g.ruIns}.`, ahead],
      ['kk', `${h.kk} ${g.kkIns} кездесті.`, done],
      ['kk', `${h.kk} ${g.kkIns} кездесу өткізді.`, done],
      ['kk', `${g.kkIns} ${h.kk} кездесті.`, done],
      ['kk', `Ертең ${h.kk} ${g.kkIns} кездеседі.`, ahead],
    ] as Array<['kk' | 'ru', string, Want]>;
  }),
);

describe('whom a meeting title says the host met', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title);
    // (From Kazakh text a Russian name is transliterated from its Kazakh spelling: kk and en compared.)
    const keep = lang === 'kk' ? { en: want.en, kk: want.kk } : want;
    expect(titles).toEqual([expect.objectContaining(keep)]);
  });
});

describe('the Kazakh instrumental of a name', () => {
  it.each([
    ['Путин', 'Путинмен'],
    ['Ердоған', 'Ердоғанмен'],
    ['Мирзиёев', 'Мирзиёевпен'],
    ['Сатыбалдиева', 'Сатыбалдиевамен'],
    ['Рахмон', 'Рахмонмен'],
    ['Шольц', 'Шольцпен'],
    ['Абай', 'Абаймен'],
    ['Ли Цян', 'Ли Цянмен'],
    ['Бектас', 'Бектаспен'],
    ['Жасұз', 'Жасұзбен'],
    ['Қожа', 'Қожамен'],
  ])('%s → %s', (name, want) => {
    expect(kkWith(name)).toBe(want);
  });
});
