/**
 * A first deputy is a post of his own: "назначен первым заместителем акима Алматы" was titled
 * "appointed deputy akim of Almaty", a lower post. events/firstDeputy.ts gives a deputy's post
 * "first" in every title language when the text calls him first (titleCues `firstDeputy`).
 * Generated over the deputies' posts (akim's, minister's, a chamber chairman's, the Presidential
 * Administration head's, and the Prime Minister's, which had it already), the verb's voice and
 * order, appointment and dismissal, in both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

// [kk nominative, ru instrumental, ru genitive]
const POSTS: [string, string, string][] = [
  ['Алматы қаласы әкімінің бірінші орынбасары', 'первым заместителем акима Алматы', 'первого заместителя акима Алматы'],
  ['Жамбыл облысы әкімінің бірінші орынбасары', 'первым заместителем акима Жамбылской области', 'первого заместителя акима Жамбылской области'],
  ['бірінші вице-министрі', 'первым вице-министром', 'первого вице-министра'],
  ['министрінің бірінші орынбасары', 'первым заместителем министра', 'первого заместителя министра'],
  ['Мәжіліс Төрағасының бірінші орынбасары', 'первым заместителем председателя Мажилиса', 'первого заместителя председателя Мажилиса'],
  ['Президент Әкімшілігі Басшысының бірінші орынбасары', 'первым заместителем руководителя Администрации Президента', 'первого заместителя руководителя Администрации Президента'],
  ['Премьер-Министрдің бірінші орынбасары', 'первым заместителем Премьер-министра', 'первого заместителя Премьер-министра'],
]; // prettier-ignore

const KK = [
  (p: string) => `Ерлан Ахметов ${p} болып тағайындалды.`,
  (p: string) => `Мемлекет басшысының Жарлығымен Айгерім Жанабаева ${p} болып тағайындалды.`,
  (p: string) => `Президент Ерлан Ахметовты ${p} етіп тағайындады.`,
  (p: string) => `Ерлан Ахметов ${p} қызметінен босатылды.`,
];
const RU = [
  (ins: string) => `Ерлан Ахметов назначен ${ins}.`,
  (ins: string) => `Айгерим Жанабаева назначена ${ins}.`,
  (ins: string) => `Президент назначил Ерлана Ахметова ${ins}.`,
  (ins: string) => `${ins.charAt(0).toUpperCase()}${ins.slice(1)} назначен Ерлан Ахметов.`,
  (_: string, gen: string) => `Ерлан Ахметов освобожден от должности ${gen}.`,
];
const cases: ['kk' | 'ru', string][] = POSTS.flatMap(([kk, ins, gen]) => [
  ...KK.map((w): ['kk', string] => ['kk', w(kk)]),
  ...RU.map((w): ['ru', string] => ['ru', w(ins, gen)]),
]);

describe('a first deputy keeps "first" in every title language', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, '2025-03-12').events.map((e) => e.title);
    expect(titles).toHaveLength(1);
    expect(titles[0]!.en).toMatch(/first deputy/iu);
    expect(titles[0]!.ru).toMatch(/перв(?:ый|ым|ого)\s+(?:заместител|вице-министр)/u);
    expect(titles[0]!.kk).toMatch(/бірінші\s+(?:орынбасары|вице-министр)/u);
  });
});
