/**
 * A body's sitting its cue names ("заседание Правительства", "Қауіпсіздік кеңесінің отырысы") is
 * titled as that body's session, whoever chaired it and whatever was said there, and the body has
 * its official English name. Generated over bodies and chairs; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-09-03').events.filter((e) => e.type === 'meeting').map((e) => e.title); // prettier-ignore

const RU: readonly [string, string, string][] = [
  ['Правительства', 'Session of the Government', 'Заседание Правительства'],
  ['Совета безопасности', 'Session of the Security Council', 'Заседание Совета безопасности'],
];
const KK: readonly [string, string, string][] = [
  ['Үкімет отырысында', 'Session of the Government', 'Үкімет отырысы'],
  [
    'Қауіпсіздік кеңесінің отырысында',
    'Session of the Security Council',
    'Қауіпсіздік кеңесі отырысы',
  ],
];
const CHAIRS_RU = ['Премьер-министр Олжас Бектенов', 'Глава государства Касым-Жомарт Токаев'];
const CHAIRS_KK = ['Премьер-министр Олжас Бектенов', 'Мемлекет басшысы Қасым-Жомарт Тоқаев'];

describe("a body's sitting is its session", () => {
  it.each(RU)('ru: "На заседании %s во вторник …"', (body, en, ru) => {
    for (const chair of CHAIRS_RU) {
      const got = titles('ru', `На заседании ${body} во вторник ${chair} поручил акимам завершить подготовку.`); // prettier-ignore
      expect(
        got.map((t) => [t.en, t.ru]),
        chair,
      ).toEqual([[en, ru]]);
    }
  });
  it.each(KK)('kk: "Сейсенбі күні %s …"', (body, en, kk) => {
    for (const chair of CHAIRS_KK) {
      const got = titles('kk', `Сейсенбі күні ${body} ${chair} әкімдерге тапсырма берді.`);
      expect(
        got.map((t) => [t.en, t.kk]),
        chair,
      ).toEqual([[en, kk]]);
    }
  });
});
