/**
 * An undated act whose sentence bounds its time ("После выборов в Мажилис 19 марта 2023 года
 * правительство сложило полномочия", "2023 жылғы 19 наурыздағы сайлаудан кейін Үкімет отставкаға
 * кетті") is no report of the act of its kind the article dated outside that bound: merged into it,
 * a government's resignation of 2023 was shown on 5 January 2021 (events/dateBounds.ts). Nor is it
 * put on a day the story or the publication would lend it outside the bound ("До 2023 года …" in
 * an article of 2025). Sentences written for the test: a dated act, then the bounded one.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

type Lang = 'kk' | 'ru';

/** Acts with no date of their own, each of a subject that joins any of its kind: [clause, kind]. */
const ACTS: Record<Lang, ReadonlyArray<readonly [string, string]>> = {
  ru: [
    ['правительство ушло в отставку', 'resignation'],
    ['правительство сложило полномочия', 'resignation'],
    ['Мажилис был распущен', 'decree'],
    ['парламент принял закон о выборах', 'law'],
  ],
  kk: [
    ['Үкімет отставкаға кетті', 'resignation'],
    ['Үкімет өкілеттігін тоқтатты', 'resignation'],
    ['Мәжіліс таратылды', 'decree'],
    ['Парламент сайлау туралы заң қабылдады', 'law'],
  ],
};

/** The dated act's day, before or after every bound below; and how each language writes it. */
const EARLY = { ru: '5 января 2021 года', kk: '2021 жылғы 5 қаңтарда' };
const LATE = { ru: '5 января 2024 года', kk: '2024 жылғы 5 қаңтарда' };

/** The day a bound names, as the phrase's noun takes it: Russian after the noun, Kazakh before. */
const RU_DATES = ['19 марта 2023 года', '2023 года'];
const KK_ATTRIBUTES = ['2023 жылғы 19 наурыздағы', '2023 жылғы наурыздағы', '2023 жылғы'];

/** Phrases telling the act came after (`after`) or before (`before`) that day. */
const BOUNDS: Record<Lang, Record<'after' | 'before', string[]>> = {
  ru: {
    after: RU_DATES.flatMap((d) => [
      `После выборов в Мажилис ${d}`,
      `По итогам выборов ${d}`,
      `По результатам референдума ${d}`,
      `Вслед за выборами ${d}`,
      `После ${d}`,
      `С ${d}`,
    ]),
    before: RU_DATES.flatMap((d) => [
      `До выборов в Мажилис ${d}`,
      `Накануне выборов ${d}`,
      `Перед выборами ${d}`,
      `Не позднее ${d}`,
    ]),
  },
  kk: {
    // Every ending of the ablative (-дан/-ден/-тан/-тен/-нан/-нен, after a possessive too).
    after: [
      ...KK_ATTRIBUTES.flatMap((a) => [
        `${a} сайлаудан кейін`,
        `${a} референдумнан соң`,
        `${a} кездесуден кейін`,
        `${a} пленарлық отырыстан кейін`,
        `${a} саммиттен соң`,
        `${a} Мәжіліс сайлауынан кейін`,
        `${a} Қауіпсіздік кеңесінен кейін`,
      ]),
      '2023 жылдан бері',
      '2023 жылғы 19 наурыздан бастап',
    ],
    // Every ending of the dative (-ға/-ге/-қа/-ке, -на/-не after a possessive), and the ablative
    // before "бұрын".
    before: [
      ...KK_ATTRIBUTES.flatMap((a) => [
        `${a} сайлауға дейін`,
        `${a} кездесуге дейін`,
        `${a} отырысқа дейін`,
        `${a} саммитке дейін`,
        `${a} Мәжіліс сайлауына дейін`,
        `${a} Қауіпсіздік кеңесіне дейін`,
        `${a} сайлаудан бұрын`,
      ]),
      '2023 жылғы 19 наурызға дейін',
      '2023 жылдың 19 наурызына дейін',
    ],
  },
};

const cases = (lang: Lang, side: 'after' | 'before') =>
  ACTS[lang].flatMap(([act, type]) =>
    BOUNDS[lang][side].map((bound) => [lang, side, bound, act, type] as const),
  );

/** The days of the events of `type` the bounded sentence reports. */
function daysOf(lang: Lang, side: 'after' | 'before', bound: string, act: string, type: string) {
  const dated = `${side === 'after' ? EARLY[lang] : LATE[lang]} ${ACTS[lang].find(([, t]) => t === type)![0]}.`;
  const bounded = `${bound} ${act}.`;
  const title = lang === 'ru' ? 'Правительство и парламент' : 'Үкімет пен Парламент';
  return extractSentences(lang, `${title}\n\n${dated} ${bounded}`, '2025-03-12')
    .events.filter((e) => e.type === type)
    .filter((e) => e.sources.some((s) => s.evidence.some((x) => x.text === bounded)))
    .map((e) => e.date.edtf);
}

describe('an undated act bounded by a day is not the act of its kind dated outside the bound', () => {
  it.each([
    ...cases('ru', 'after'),
    ...cases('ru', 'before'),
    ...cases('kk', 'after'),
    ...cases('kk', 'before'),
  ])('%s %s: "%s %s"', (lang, side, bound, act, type) => {
    // (Every bound is a day, a month or the year 2023: a date wholly outside that year is outside.)
    const outside = (day: string) => (side === 'after' ? day < '2023' : day > '2023-12-31');
    expect(daysOf(lang, side, bound, act, type).filter(outside)).toEqual([]);
  });
});
