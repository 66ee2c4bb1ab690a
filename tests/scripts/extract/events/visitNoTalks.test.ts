/**
 * A trip with no talks named is titled a visit, not talks: "Аким 20 марта совершит рабочую
 * поездку по районам", "Әкім 20 наурызда аудандарға жұмыс сапарымен барады" were titled "Talks"
 * (or "… to hold talks"), a meeting the text never tells (titlesOther.ts visitTitle). Generated
 * over travellers (named or not), tenses and the two languages; talks still read as talks.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
const WHO = [
  { kk: 'Облыс әкімі Асхат Шахаров', ru: 'Аким области Асхат Шахаров', en: 'Askhat Shakharov' },
  { kk: 'Министр Ерлан Қарин', ru: 'Министр Ерлан Карин', en: 'Yerlan Karin' },
  { kk: 'Әкім', ru: 'Аким', en: undefined },
];
const TRIPS = [
  { kk: '20 наурызда аудандарға жұмыс сапарымен барады', ru: '20 марта совершит рабочую поездку по районам', planned: true },
  { kk: '5 наурызда аудандарға жұмыс сапарымен барды', ru: '5 марта совершил рабочую поездку по районам', planned: false },
  { kk: 'алдағы аптада өңірлерге жұмыс сапарымен шығады', ru: 'на следующей неделе совершит рабочую поездку по регионам', planned: true },
]; // prettier-ignore

const CASES = WHO.flatMap((w) =>
  TRIPS.flatMap((t) =>
    (['kk', 'ru'] as const).map((lang) => ({
      lang,
      text: `${w[lang]} ${t[lang]}.`,
      planned: t.planned,
      who: w.en,
    })),
  ),
);

describe('a working trip is a visit, not talks', () => {
  it.each(CASES)('$lang: $text', ({ lang, text, planned, who }) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/talks/iu);
    const want = who ? `${who} ${planned ? 'to make' : 'makes'} a visit` : 'Visit';
    expect(titles).toContain(want);
  });
});

describe('talks are still talks', () => {
  it.each([
    ['kk', '20 наурызда әкім шетелдік инвесторлармен келіссөздер жүргізеді.'],
    ['ru', '20 марта аким проведёт переговоры с иностранными инвесторами.'],
  ] as const)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.some((t) => /talks/iu.test(t))).toBe(true);
  });
});
