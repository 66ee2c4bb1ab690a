/**
 * An agreement or a filing told as ahead is titled as ahead: "Казахстан и Узбекистан 20 февраля
 * подпишут соглашение" was "An agreement is signed" / "Подписано соглашение", "Апелляцию защита
 * подаст до 25 февраля" was "A notice is filed": these titles had only the past. Sentences
 * written for this test, generated over the parties, days and verbs of each, told as done and as
 * ahead (published 12 February 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (text: string) =>
  extractSentences('ru', text, '2025-02-12')
    .events.filter((e) => e.type === 'other')
    .map((e) => `${e.title.en} | ${e.title.ru} | ${e.title.kk}`);

// (The sides as the title names them: statesAgree.ts.)
const SIDES: Array<[string, string, string, string]> = [
  ['Казахстан и Узбекистан', 'Kazakhstan and Uzbekistan', 'Казахстан и Узбекистан', 'Қазақстан және Өзбекстан'],
  ['Казахстан и Кыргызстан', 'Kazakhstan and Kyrgyzstan', 'Казахстан и Кыргызстан', 'Қазақстан және Қырғызстан'],
  ['Казахстан и Таджикистан', 'Kazakhstan and Tajikistan', 'Казахстан и Таджикистан', 'Қазақстан және Тәжікстан'],
]; // prettier-ignore
const AGREED: Array<[string, string, (en: string, ru: string, kk: string) => string]> = [
  // [verb, the day, the English, Russian and Kazakh titles]
  ['подпишут соглашение о границе', '20 февраля', (en, ru, kk) => `${en} to sign an agreement | ${ru} подпишут соглашение | ${kk} келісімге қол қоймақ`],
  ['подписали соглашение о границе', '10 февраля', (en, ru, kk) => `${en} sign an agreement | ${ru} подписали соглашение | ${kk} келісімге қол қойды`],
]; // prettier-ignore
const FILED: Array<[string, string]> = [
  ['Апелляцию защита подаст до 25 февраля.', 'A notice to be filed | Будет подана заявка | Өтініш берілмек'],
  ['Защита подаст апелляцию 20 февраля.', 'A notice to be filed | Будет подана заявка | Өтініш берілмек'],
  ['Апелляцию защита подала 10 февраля.', 'A notice is filed | Подана заявка | Өтініш берілді'],
]; // prettier-ignore

describe('an agreement told as done or ahead', () => {
  const cases = SIDES.flatMap(([sides, en, ru, kk]) =>
    AGREED.flatMap(([verb, day, title]) => [
      [`${sides} ${day} ${verb}.`, title(en, ru, kk)],
      [`${day[0]!.toUpperCase()}${day.slice(1)} ${sides} ${verb}.`, title(en, ru, kk)],
    ]),
  );
  it.each(cases)('%s → %s', (text, title) => expect(titles(text)).toContain(title));
});

describe('a filing told as done or ahead', () => {
  it.each(FILED)('%s → %s', (text, title) => expect(titles(text)).toContain(title));
});
