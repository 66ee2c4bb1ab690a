/**
 * A party joining another is titled who joins whom: "На съезде к AMANAT присоединилась партия
 * ADAL", "ADAL партиясы AMANAT-қа қосылды" were titled "Event" (events/joinedParty.ts,
 * titlesJoined.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const PAIRS = [
  // [joiner ru, joined ru, joiner kk, joined kk, en joiner, en joined, ru title joiner, ru joined]
  ['партия ADAL', 'AMANAT', 'ADAL партиясы', 'AMANAT-қа', 'ADAL', 'AMANAT', 'Партия ADAL', 'AMANAT'],
  ['Гражданская партия', 'партии Нур Отан', 'Азаматтық партия', 'Нұр Отан партиясына', 'The Civic Party', 'Nur Otan', 'Гражданская партия', 'Nur Otan'],
  ['Аграрная партия', 'AMANAT', 'Аграрлық партия', 'AMANAT партиясына', 'The Agrarian Party', 'AMANAT', 'Аграрная партия', 'AMANAT'],
] as const; // prettier-ignore

const ruCases = PAIRS.flatMap(([who, to, , , en, enTo, ru, ruTo]) => [
  [`5 марта к ${to} присоединилась ${who}.`, `${en} joins ${enTo}`, `${ru} присоединилась к ${ruTo}`],
  [`5 марта ${who} присоединилась к ${to}.`, `${en} joins ${enTo}`, `${ru} присоединилась к ${ruTo}`],
]); // prettier-ignore
const kkCases = PAIRS.flatMap(([, , who, to, en, enTo]) => [
  [`5 наурызда ${who} ${to} қосылды.`, `${en} joins ${enTo}`],
  [`${who} 5 наурызда ${to} қосылды.`, `${en} joins ${enTo}`],
]);

describe('a party joining another', () => {
  it.each(ruCases)('ru: %s', (text, en, ru) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([`2025-03-05 ${en}`]);
    expect(events.map((e) => e.title.ru)).toEqual([ru]);
  });
  it.each(kkCases)('kk: %s', (text, en) => {
    const events = extractSentences('kk', text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([`2025-03-05 ${en}`]);
    expect(events[0]!.title.kk).toMatch(/партиясына қосылды$/u);
  });
});
