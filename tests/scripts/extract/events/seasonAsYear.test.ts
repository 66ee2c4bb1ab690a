/**
 * An event told in a season ("Выборы прошли весной 2024 года", "Саммит биыл күзде өтеді") is dated
 * by the season's year, as the annotators of both evaluation sets date it: the event's EDTF was a
 * season ("2024-21"), which matched no gold date. The season stays in the date's timex (the app
 * names it, formatEventDate.ts), and it still says whether the event is ahead of publication:
 * "намечен на осень этого года" in June is planned. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-06-15';

// Each season in the case its frame governs, with the TIMEX3 code it is tagged with.
const RU_SEASONS = [
  { code: 'SP', when: 'весной', on: 'весну' },
  { code: 'SU', when: 'летом', on: 'лето' },
  { code: 'FA', when: 'осенью', on: 'осень' },
] as const;
const KK_SEASONS = [
  { code: 'SP', loc: 'көктемінде', dat: 'көктеміне' },
  { code: 'SU', loc: 'жазында', dat: 'жазына' },
  { code: 'FA', loc: 'күзінде', dat: 'күзіне' },
] as const;
const YEARS = [2019, 2022, 2024];

type Season = { code: string };
const ruPast = (s: (typeof RU_SEASONS)[number], y: number) => [
  `Выборы акимов районов прошли ${s.when} ${y} года.`,
  `${s.when[0]!.toUpperCase()}${s.when.slice(1)} ${y} года в области ввели режим чрезвычайной ситуации.`,
  `Парламент принял закон о выборах ${s.when} ${y} года.`,
];
const kkPast = (s: (typeof KK_SEASONS)[number], y: number) => [
  `Аудан әкімдерінің сайлауы ${y} жылдың ${s.loc} өтті.`,
  `${y} жылдың ${s.loc} облыста төтенше жағдай жарияланды.`,
];

const past = [
  ...RU_SEASONS.flatMap((s) =>
    YEARS.flatMap((y) => ruPast(s, y).map((t) => ['ru', t, y, s] as const)),
  ),
  ...KK_SEASONS.flatMap((s) =>
    YEARS.flatMap((y) => kkPast(s, y).map((t) => ['kk', t, y, s] as const)),
  ),
] as Array<readonly ['kk' | 'ru', string, number, Season]>;

// Ahead of a publication in June: this year's autumn, and any season of a later year.
type Case = readonly ['kk' | 'ru', string, number, string];
const ahead: Case[] = [
  ['ru', 'Следующий саммит намечен на осень этого года.', 2025, 'FA'],
  ['ru', 'Саммит пройдет осенью этого года в Астане.', 2025, 'FA'],
  ['kk', 'Келесі саммит биылғы күзге жоспарланған.', 2025, 'FA'],
  ['kk', 'Саммит биыл күзде Астанада өтеді.', 2025, 'FA'],
  ...RU_SEASONS.flatMap((s): Case[] => [
    ['ru', `Очередной съезд партии назначен на ${s.on} 2026 года.`, 2026, s.code],
    ['ru', `Съезд партии состоится ${s.when} 2027 года.`, 2027, s.code],
  ]),
  ...KK_SEASONS.flatMap((s): Case[] => [
    ['kk', `Партия съезі 2026 жылдың ${s.dat} белгіленді.`, 2026, s.code],
    ['kk', `Партия съезі 2027 жылдың ${s.loc} өтеді.`, 2027, s.code],
  ]),
];

describe('an event told in a season is dated by its year', () => {
  it.each(past)('%s: %s', (lang, text, y, s) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.date.edtf, e.date.precision, e.date.timex])).toEqual([
      [String(y), 'year', `${y}-${s.code}`],
    ]);
    expect(events[0]!.status).toBe('reported');
  });

  it.each(ahead)('%s: %s', (lang, text, y, code) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.date.edtf, e.date.precision, e.date.timex, e.status])).toEqual([
      [String(y), 'year', `${y}-${code}`, 'planned'],
    ]);
  });
});

// Two gatherings of one kind in two seasons of one year are two events, not one told twice.
const RU_TWO = RU_SEASONS.flatMap((a) =>
  RU_SEASONS.filter((b) => b !== a).map(
    (b) =>
      [
        'ru',
        `Неформальный саммит пройдет ${a.when} 2026 года в Баку, а очередной саммит ${b.when} 2026 года в Бишкеке.`,
        [a.code, b.code],
      ] as const,
  ),
);
const KK_TWO = KK_SEASONS.flatMap((a) =>
  KK_SEASONS.filter((b) => b !== a).map(
    (b) =>
      [
        'kk',
        `Бейресми саммит 2026 жылдың ${a.loc} Бакуде өтеді. Кезекті саммит 2026 жылдың ${b.loc} Бішкекте өтеді.`,
        [a.code, b.code],
      ] as const,
  ),
);

describe('two seasons of one year', () => {
  it.each([...RU_TWO, ...KK_TWO])('%s: %s', (lang, text, codes) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'meeting');
    expect(events.map((e) => e.date.timex).sort()).toEqual(codes.map((c) => `2026-${c}`).sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });
});
