/**
 * An agency's dateline ("Астана. 12 наурыз. ҚазАқпарат – …") is the article's date line, not a
 * chronicle's heading of what happened that day: "Астана. 12 наурыз. Мәжіліс сайлауына 8 партия
 * қатысады" put a second parliamentary election on 12 March, the publication day, though the
 * vote is ahead and the article gives its day elsewhere (events/toldDates.ts headingDate).
 * A chronicle's own heading still dates what follows it. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
const PLACES = { kk: ['Астана.', 'Алматы.', 'Шымкент.', 'Өскемен.'], ru: ['Астана.', 'Алматы.', 'Шымкент.', 'Усть-Каменогорск.'] }; // prettier-ignore
const DAYS = {
  kk: ['12 наурыз.', '12 наурыз 2026 жыл.'],
  ru: ['12 марта.', '12 марта 2026 года.'],
};
const CREDIT = { kk: ['', 'ҚазАқпарат –'], ru: ['', 'КАЗИНФОРМ –'] };
const AHEAD = {
  kk: ['Мәжіліс сайлауына 8 партия қатысады.', 'Республикалық референдумға дайындық жүріп жатыр, референдум жақында өтеді.', 'Партия съезі жақын арада өтеді.'],
  ru: ['В выборах в Мажилис примут участие 8 партий.', 'Референдум пройдет в ближайшее время.', 'Съезд партии пройдет в ближайшее время.'],
}; // prettier-ignore

const CASES = (['kk', 'ru'] as const).flatMap((lang) =>
  PLACES[lang].flatMap((place) =>
    DAYS[lang].flatMap((day) =>
      CREDIT[lang].flatMap((credit) =>
        AHEAD[lang].map((lead) => ({
          lang,
          text: `${place} ${day} ${credit ? `${credit} ` : ''}${lead}`,
        })),
      ),
    ),
  ),
);

describe('a dateline does not date what the lead tells as ahead', () => {
  it.each(CASES)('$lang: $text', ({ lang, text }) => {
    const placed = extractSentences(lang, text, PUB).events.filter(
      (e) => ['election', 'referendum', 'congress'].includes(e.type) && e.date.edtf === PUB,
    );
    expect(placed).toEqual([]);
  });
});

describe('a chronicle heading still dates what follows it', () => {
  it.each([
    ['kk', '2022 жылғы 5 маусым. Республикалық референдум өтті.', '2022-06-05'],
    ['kk', 'Шежіре. 2022 жылғы 5 маусым. Республикалық референдум өтті.', '2022-06-05'],
    ['ru', '5 июня 2022 года. Состоялся республиканский референдум.', '2022-06-05'],
    ['ru', 'Хроника. 5 июня 2022 года. Состоялся республиканский референдум.', '2022-06-05'],
  ] as const)('%s: %s', (lang, text, day) => {
    const days = extractSentences(lang, text, PUB).events.map((e) => e.date.edtf);
    expect(days).toContain(day);
  });
});
