/**
 * A visit to a country is titled by that country: "Президент Казахстана Касым-Жомарт Токаев
 * посетил Германию" was titled "Kassym-Jomart Tokayev holds talks" (found on a test article written
 * for the check): titles leave countries out of their places, and a visit had nothing else. The
 * country a visit goes to ("в Германию", "посетил Германию", "Германияға", "Германияда") is now
 * its title's place, not the host's own ("Президент Казахстана", "Қазақстан Президенті").
 * Generated over countries, verbs, tenses and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const COUNTRIES = [
  { en: 'Germany', acc: 'Германию', dat: 'Германияға', loc: 'Германияда' },
  { en: 'France', acc: 'Францию', dat: 'Францияға', loc: 'Францияда' },
  { en: 'China', acc: 'Китай', dat: 'Қытайға', loc: 'Қытайда' },
  { en: 'Türkiye', acc: 'Турцию', dat: 'Түркияға', loc: 'Түркияда' },
];
const WHO = 'Kassym-Jomart Tokayev';

const cases = COUNTRIES.flatMap((c) => [
  ['ru', `Президент Казахстана Касым-Жомарт Токаев посетил ${c.acc}.`, `${WHO} visits ${c.en}`],
  ['ru', `Касым-Жомарт Токаев прибыл с государственным визитом в ${c.acc}.`, `${WHO} visits ${c.en}`],
  ['ru', `Президент Казахстана Касым-Жомарт Токаев находится с официальным визитом в ${c.acc === 'Китай' ? 'Китае' : c.acc.replace(/ю$/u, 'и')}.`, `${WHO} visits ${c.en}`],
  ['ru', `Завтра Касым-Жомарт Токаев посетит ${c.acc}.`, `${WHO} to visit ${c.en}`],
  ['kk', `Қазақстан Президенті Қасым-Жомарт Тоқаев ${c.dat} мемлекеттік сапармен барды.`, `${WHO} visits ${c.en}`],
  ['kk', `Қасым-Жомарт Тоқаев ${c.dat} ресми сапармен келді.`, `${WHO} visits ${c.en}`],
  ['kk', `Қазақстан Президенті Қасым-Жомарт Тоқаев ${c.loc} ресми сапармен жүр.`, `${WHO} visits ${c.en}`],
  ['kk', `Ертең Қасым-Жомарт Тоқаев ${c.dat} ресми сапармен барады.`, `${WHO} to visit ${c.en}`],
]) as Array<['kk' | 'ru', string, string]>; // prettier-ignore

describe('the country a visit goes to', () => {
  it.each(cases)('%s: %s', (lang, text, want) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles).toEqual([want]);
  });
});
