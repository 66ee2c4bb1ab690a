/**
 * A body that starts its work from a day is named by the start's title: "Конституциялық сот 2023
 * жылғы 1 қаңтардан бастап жұмыс істейді", "С 1 января действует Конституционный суд" (test
 * sentences written for the check) were titled "Start date". The body in the nominative, with a
 * verb of working ("жұмыс істейді", "жұмыс істей бастады", "действует", "заработал", "начал
 * работу"), now titles it: "The Constitutional Court starts work". A start with no such verb, or
 * of no body, stays what it was. Generated over bodies, verbs and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const BODIES = [
  { en: 'The Constitutional Court', kk: 'Конституциялық сот', ru: 'Конституционный суд' },
  { en: 'The Supreme Court', kk: 'Жоғарғы сот', ru: 'Верховный суд' },
];

type Case = ['kk' | 'ru', string, string];

// prettier-ignore
const cases: Case[] = BODIES.flatMap((b): Case[] => [
  ['kk', `${b.kk} 2023 жылғы 1 қаңтардан бастап жұмыс істейді.`, `${b.kk} жұмысын бастады`],
  ['kk', `Биыл 1 қаңтардан бастап ${b.kk} жұмыс істей бастады.`, `${b.kk} жұмысын бастады`],
  ['ru', `С 1 января в Казахстане действует ${b.ru}.`, `${b.ru} начинает работу`],
  ['ru', `С 1 января работает ${b.ru}.`, `${b.ru} начинает работу`],
  ['ru', `С 1 января заработал ${b.ru}.`, `${b.ru} начинает работу`],
]);

// (No verb of working: the body does something else from that day.)
// prettier-ignore
const others: Array<['kk' | 'ru', string]> = BODIES.flatMap((b): Array<['kk' | 'ru', string]> => [
  ['kk', `${b.kk} 1 қаңтардан бастап азаматтардың өтініштерін қабылдайды.`],
  ['ru', `${b.ru} с 1 января принимает обращения граждан.`],
]);

describe('a body that starts its work from a day', () => {
  it.each(cases)('%s: %s', (lang, text, own) => {
    const events = extractSentences(lang, text, PUB).events;
    const b = BODIES.find((x) => own.startsWith(x[lang]))!;
    expect(events.map((e) => e.title.en)).toEqual([`${b.en} starts work`]);
    expect(events[0]!.title[lang]).toBe(own);
  });
  it.each(others)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(' / ')).not.toMatch(/starts work/u);
  });
});

// (The Council and the Court are two bodies of the lexicon: the one in the cue's clause starts
// work, the one a participle's clause names after a comma does not.)
// prettier-ignore
const replaced: Case[] = [
  ['ru', 'С 1 января в Казахстане действует Конституционный суд, заменивший Конституционный совет.', 'Конституционный суд начинает работу'],
  ['ru', 'С 1 января работает Конституционный суд, сменивший Конституционный совет.', 'Конституционный суд начинает работу'],
  ['ru', 'С 1 января заработал Конституционный суд, а не Конституционный совет.', 'Конституционный суд начинает работу'],
];

describe('one of two bodies starts its work', () => {
  it.each(replaced)('%s: %s', (lang, text, own) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title[lang]);
    expect(titles).toContain(own);
  });
});
