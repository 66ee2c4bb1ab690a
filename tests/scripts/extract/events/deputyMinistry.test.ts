/**
 * A deputy minister's title names his ministry, as a minister's does: "Алибек Бакаев назначен
 * вице-министром иностранных дел" was titled "appointed deputy minister", no ministry.
 * events/ministerPost.ts reads the ministry for a deputy minister too ("вице-министром финансов",
 * "заместителем министра финансов", "Қаржы вице-министрі", "Қаржы министрінің орынбасары") and
 * names it in every title language. Generated over ministries, the deputy's words, first or not,
 * appointment and dismissal, in both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

// [kk stem, ru genitive rest, en]
const MIN: [string, string, string][] = [
  ['Сыртқы істер', 'иностранных дел', 'Foreign Affairs'],
  ['Қаржы', 'финансов', 'Finance'],
  ['Энергетика', 'энергетики', 'Energy'],
  ['Денсаулық сақтау', 'здравоохранения', 'Health'],
];
const KK = [
  (s: string) => `Әлібек Бақаев ${s} вице-министрі болып тағайындалды.`,
  (s: string) => `Мемлекет басшысының Жарлығымен Әлібек Бақаев ${s} министрінің орынбасары болып тағайындалды.`,
  (s: string) => `Әлібек Бақаев ${s} бірінші вице-министрі болып тағайындалды.`,
  (s: string) => `Әлібек Бақаев ${s} министрінің бірінші орынбасары болып тағайындалды.`,
  (s: string) => `Әлібек Бақаев ${s} вице-министрі қызметінен босатылды.`,
]; // prettier-ignore
const RU = [
  (r: string) => `Алибек Бакаев назначен вице-министром ${r}.`,
  (r: string) => `Указом Президента Алибек Бакаев назначен заместителем министра ${r}.`,
  (r: string) => `Алибек Бакаев назначен первым вице-министром ${r}.`,
  (r: string) => `Вице-министром ${r} назначена Айгерим Жанабаева.`,
  (r: string) => `Алибек Бакаев освобожден от должности вице-министра ${r}.`,
]; // prettier-ignore
const cases: ['kk' | 'ru', string, string, string, string][] = MIN.flatMap(([kk, ru, en]) => [
  ...KK.map((w): ['kk', string, string, string, string] => ['kk', w(kk), kk, ru, en]),
  ...RU.map((w): ['ru', string, string, string, string] => ['ru', w(ru), kk, ru, en]),
]);

describe("a deputy minister's title names the ministry", () => {
  it.each(cases)('%s: %s', (lang, text, kk, ru, en) => {
    const t = extractSentences(lang, text, '2025-03-12').events.map((e) => e.title);
    expect(t).toHaveLength(1);
    expect(t[0]!.en).toMatch(new RegExp(`Deputy Minister of ${en}$`, 'u'));
    expect(t[0]!.ru).toMatch(new RegExp(`вице-министр(?:ом|а)? ${ru}`, 'u'));
    expect(t[0]!.kk.toLowerCase()).toContain(`${kk.toLowerCase()} `);
    expect(t[0]!.kk).toMatch(/вице-министрі/u);
  });
});
