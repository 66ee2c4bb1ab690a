/**
 * A merger whose sentence names fewer than two known bodies is still a merger. "Екі партия
 * бірігіп, жаңа партия құрды", "Партии «Ак жол» и «Адал» объединились" (sentences written for
 * this test) were titled "Event" / "Событие" / "Оқиға": the merger title (titlesCalendar.ts) needed
 * two organisations and fell through to the bare default. Generated over subjects, verbs and days.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map(
    (e) => `${e.title.en} | ${e.title.ru} | ${e.title.kk}`,
  );

const RU = ['Две партии', 'Партии «Ак жол» и «Адал»', 'Оппозиционные партии'].flatMap((who) =>
  ['объединились 5 марта', '5 марта объединились'].map((v) => ['ru', `${who} ${v}.`] as const),
);
const KK = ['Екі партия', 'Оппозициялық партиялар'].flatMap(
  (who) =>
  ['5 наурызда бірігіп, жаңа партия құрды', '5 наурызда бірікті'].map((v) => ['kk', `${who} ${v}.`] as const), // prettier-ignore
);

describe('a merger is titled as one, not "Event"', () => {
  it.each([...RU, ...KK])('%s: %s', (lang, text) => {
    const t = titles(lang, text);
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x).not.toMatch(/^Event \|/u);
    expect(t.some((x) => /merge/iu.test(x))).toBe(true);
  });
});
