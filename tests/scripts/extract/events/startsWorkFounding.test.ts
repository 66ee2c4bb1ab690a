/**
 * A body that starts its work is not founded then: "ЦИК начнёт работу 5 апреля", "Конституционный
 * суд с 1 января начал работу", "Мәжіліс 29 наурызда жұмысын бастады" (the founding cue has
 * "начал работу", "жұмысын бастады" among its words) were titled "The Constitutional Court
 * founded". A founding cue of starting work (startsWork.ts's own cues) is now titled as the start
 * of the body's work, as a start is ("The Constitutional Court starts work"); a founding told by
 * its own verb ("создан", "құрылды") is still one. Generated over bodies, verbs, days and both
 * languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2024-03-12';
const DAYS = [
  { kk: '5 сәуірде', ru: '5 апреля' },
  { kk: '2 ақпанда', ru: '2 февраля' },
];
// [Kazakh, Russian as written, English title name, Kazakh title name, Russian title name]
const BODIES = [
  ['Конституциялық сот', 'Конституционный суд', 'The Constitutional Court', 'Конституциялық сот', 'Конституционный суд'],
  ['Мәжіліс', 'Мажилис', 'The Mazhilis', 'Мәжіліс', 'Мажилис'],
  ['Орталық сайлау комиссиясы', 'ЦИК', 'The Central Election Commission', 'Орталық сайлау комиссиясы', 'Центральная избирательная комиссия'],
] as const; // prettier-ignore

type Case = ['kk' | 'ru', string, [en: string, kk: string, ru: string]];
// prettier-ignore
const cases: Case[] = BODIES.flatMap(([kk, ru, en, kkT, ruT]) => DAYS.flatMap((d): Case[] => [
  ['ru', `${ru} ${d.ru} начал работу.`, [`${en} starts work`, `${kkT} жұмысын бастады`, `${ruT} начинает работу`]],
  ['ru', `${ru} с ${d.ru} начнёт свою работу.`, [`${en} to start work`, `${kkT} жұмысын бастамақ`, `${ruT} начнёт работу`]],
  ['kk', `${kk} ${d.kk} жұмысын бастады.`, [`${en} starts work`, `${kkT} жұмысын бастады`, `${ruT} начинает работу`]],
]));

// A founding told by its own verb is still a founding.
// prettier-ignore
const founded: Array<['kk' | 'ru', string]> = [
  ['ru', 'Конституционный суд был создан 1 января 2023 года.'],
  ['kk', 'Конституциялық сот 2023 жылғы 1 қаңтарда құрылды.'],
];

describe('a body starting its work is not founded', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.title.en, e.title.kk, e.title.ru])).toContainEqual(want);
    expect(events.map((e) => e.title.en).join(' / ')).not.toMatch(/founded/u);
  });
  it.each(founded)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.join(' / ')).toMatch(/The Constitutional Court (?:founded|established)/u);
  });
});
