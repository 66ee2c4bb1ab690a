/**
 * One named in a contrastive clause after the trigger's (", а", ", ал") did not do what the clause
 * before tells: "5 февраля 2024 года президент принял отставку кабинета, а на следующий день
 * премьером стал Ольжас Бектенов" was titled "Olzhas Bektenov steps down as Prime Minister". The
 * clause has its own subject and verb (locales/<lang>/contrastClause.ts). Generated over people,
 * acts and dates in both languages; sentences written for the test, through the whole pipeline.
 * The correction "не X, а Y" keeps Y as a doer (the last case).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

/** An actor's name, as written or localised. */
const nameOf = (n: unknown): string =>
  typeof n === 'string'
    ? n
    : String((n as { ru?: string; kk?: string }).ru ?? (n as { kk?: string }).kk ?? '');

const PEOPLE: Array<[string, string, string]> = [
  ['Ольжас Бектенов', 'Олжас Бектенов', 'Бектенов'],
  ['Алихан Смаилов', 'Әлихан Смайылов', 'Смаилов'],
  ['Айгуль Садыкова', 'Айгүл Садықова', 'Садыкова'],
];
const DATES: Array<[string, string, string]> = [
  ['5 февраля 2024 года', '2024 жылғы 5 ақпанда', '2024-02-05'],
  ['12 марта 2022 года', '2022 жылғы 12 наурызда', '2022-03-12'],
];
const RU_ACTS = [
  (d: string, p: string) =>
    `${d} президент принял отставку кабинета, а на следующий день премьером стал ${p}.`,
  (d: string, p: string) =>
    `${d} Мажилис принял закон о медиа, а ${p} раскритиковал его на следующий день.`,
];
const KK_ACTS = [
  (d: string, p: string) =>
    `${d} Президент Үкіметтің отставкасын қабылдады, ал келесі күні ${p} Премьер-Министр болды.`,
  (d: string, p: string) =>
    `${d} Мәжіліс БАҚ туралы заңды қабылдады, ал ${p} келесі күні оны сынады.`,
];

const CASES = PEOPLE.flatMap(([ru, kk, surname]) =>
  DATES.flatMap(([ruDate, kkDate, day]) => [
    ...RU_ACTS.map((act) => ['ru', act(ruDate, ru), day, surname] as const),
    ...KK_ACTS.map((act) => ['kk', act(kkDate, kk), day, surname] as const),
  ]),
);

describe('a contrastive clause names no doer of the act before it', () => {
  it.each(CASES)('%s: %s → no %s on %s', (lang, text, day, surname) => {
    const events = extractSentences(lang, text, '2024-12-01').events.filter((e) => e.date.edtf === day); // prettier-ignore
    expect(events.length).toBeGreaterThan(0);
    const actors = events.flatMap((e) => e.actors.map((a) => nameOf(a.name)));
    expect(actors.join('; ')).not.toContain(surname.slice(0, 5));
  });

  it('the correction "не X, а Y" keeps Y as a doer', () => {
    const events = extractSentences('ru', 'Указ 5 марта подписал не Токаев, а Назарбаев.', '2025-03-12').events; // prettier-ignore
    expect(events.flatMap((e) => e.actors.map((a) => nameOf(a.name)))).toContain('Назарбаев');
  });
});
