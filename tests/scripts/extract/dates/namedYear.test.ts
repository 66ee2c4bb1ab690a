/**
 * A year that a naming names frames none of the sentence's other dates: "2026 год 5 марта объявлен
 * Годом рабочих профессий" (published 2025-03-12) dated the naming 5 March 2026, planned, as if
 * "2026 год" were "в 2026 году"; the bare nominative (or accusative) year is the naming's subject
 * (or object), and "5 марта" is this year's, 2025-03-05 (dates/namedYear.ts). A year that is a
 * time of the sentence ("В 2026 году 5 марта …") still frames its dates. Sentences written for
 * the test: years × namings (voice, verb) × days × the day's place.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../events/extractSentences';

const PUB = '2025-03-12';
const YEARS = ['2026', '2027', '2030'];
const DAYS = [
  ['5 марта', '2025-03-05'],
  ['10 января', '2025-01-10'],
] as const;
// A naming with the year as its subject, {y} the year, {d} the day.
const NAMINGS = [
  '{y} год {d} объявлен Годом рабочих профессий.',
  '{y} год {d} был объявлен Годом цифровизации.',
  '{y} год решением от {d} объявлен Годом молодежи.',
  'Президент {d} объявил {y} год Годом рабочих профессий.',
  '{y} год Глава государства {d} объявил Годом села.',
];

const cases = YEARS.flatMap((y) =>
  DAYS.flatMap(([d, iso]) =>
    NAMINGS.map((n) => [n.replace('{y}', y).replace('{d}', d), iso, y] as const),
  ),
);

describe('a year a naming names frames no other date', () => {
  it.each(cases)('ru: %s', (text, iso, year) => {
    const days = extractSentences('ru', text, PUB).events.map((e) => e.date.edtf);
    expect(days).toContain(iso);
    expect(days.filter((d) => d.startsWith(`${year}-`))).toEqual([]);
  });
});

// A year that is the sentence's time frames its day.
const FRAMES = [
  ['В 2026 году 5 марта пройдет съезд партии.', '2026-03-05'],
  ['5 марта 2026 года пройдет съезд партии.', '2026-03-05'],
  ['В 2026 году, 5 марта, пройдет съезд партии.', '2026-03-05'],
] as const;
describe('a year that is a time of the sentence', () => {
  it.each(FRAMES)('ru: %s', (text, iso) => {
    expect(extractSentences('ru', text, PUB).events.map((e) => e.date.edtf)).toContain(iso);
  });
});

/**
 * The same in Kazakh, the year in the accusative: "Президент 2026 жылды 5 наурызда Жұмысшы
 * мамандықтары жылы деп жариялады" dated the naming 2026-03-05, planned; it is 2025-03-05.
 */
const KK_NAMINGS = [
  'Президент {y} жылды {d} Жұмысшы мамандықтары жылы деп жариялады.',
  '{y} жылды Мемлекет басшысы {d} Цифрландыру жылы деп жариялады.',
];
const KK_DAYS = [
  ['5 наурызда', '2025-03-05'],
  ['10 қаңтарда', '2025-01-10'],
] as const;
const kkCases = YEARS.flatMap((y) =>
  KK_DAYS.flatMap(([d, iso]) =>
    KK_NAMINGS.map((n) => [n.replace('{y}', y).replace('{d}', d), iso, y] as const),
  ),
);
describe('a year a Kazakh naming names frames no other date', () => {
  it.each(kkCases)('kk: %s', (text, iso, year) => {
    const days = extractSentences('kk', text, PUB).events.map((e) => e.date.edtf);
    expect(days).toContain(iso);
    expect(days.filter((d) => d.startsWith(`${year}-`))).toEqual([]);
  });
});
