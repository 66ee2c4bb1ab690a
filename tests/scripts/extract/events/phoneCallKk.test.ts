/**
 * A Kazakh talk by telephone is a phone call, as the Russian "провёл телефонный разговор" is:
 * "Тоқаев Путинмен телефон арқылы сөйлесті" (test sentences written for the check) was titled
 * "holds talks" (the cue stood among those of visits and talks). Generated over the two sides,
 * the wording and the tense.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const SIDES = [
  ['Қазақстан Президенті Қасым-Жомарт Тоқаев', 'Ресей Президенті Владимир Путинмен'],
  ['Мемлекет басшысы Қасым-Жомарт Тоқаев', 'Өзбекстан Президенті Шавкат Мирзиёевпен'],
  [
    'Премьер-министр Олжас Бектенов',
    'Қырғызстан Министрлер Кабинетінің Төрағасы Адылбек Касымалиевпен',
  ],
];
const WAYS = ['телефон арқылы сөйлесті', 'телефонмен сөйлесті', 'телефон арқылы әңгімелесті'];

describe('a Kazakh talk by telephone is a phone call', () => {
  it.each(SIDES.flatMap(([a, b]) => WAYS.map((w) => `${a} ${b} ${w}.`)))('%s', (text) => {
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(
      events.map((e) => [e.type, e.title.en.replace(/^.* holds (a phone call).*$/u, '$1')]),
    ).toEqual([['meeting', 'a phone call']]);
  });
});
