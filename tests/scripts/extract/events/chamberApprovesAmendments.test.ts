/**
 * A chamber approving amendments to a law is their adoption by that chamber, titled so. Kazakh
 * "мақұлдады" / "мақұлданды" was no step of a law's life (KK_LAW_STEPS), so "Сенат депутаттары
 * Сайлау туралы заңға өзгерістерді мақұлдады" was titled "Amendments to the law on elections",
 * with neither the Senate nor its vote. Russian "поправки в Конституционный закон о выборах" lost
 * the amendments (the adjective stood between "в" and the law's name: RU_LAW_AMENDED_BEFORE), so
 * "в Сенате одобрили поправки …" read "The Senate passes the law on elections". Sentences written
 * for this test, generated over chambers in their cases, active and passive voice, and laws. A
 * chamber's committee approving amendments counted in the singular ("тоғыз түзетуді") is the
 * committee's step, not the chamber passing the law.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-02-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.title.en);

const KK_LAWS: Array<[string, string]> = [
  ['Сайлау туралы заңға', 'the law on elections'],
  ['Сайлау туралы конституциялық заңға', 'the law on elections'],
  ['Салық кодексіне', 'the Tax Code'],
];
// The chamber as the one who acts (active) or where it is done (passive, the locative).
const KK_FORMS: Array<[(law: string) => string, string]> = [
  [(law) => `Бүгін Сенат ${law} өзгерістерді мақұлдады.`, 'The Senate'],
  [(law) => `Бүгін Сенат депутаттары ${law} өзгерістерді мақұлдады.`, 'The Senate'],
  [(law) => `Сенаторлар бүгін ${law} түзетулерді мақұлдады.`, 'The Senate'],
  [(law) => `Бүгін Сенатта ${law} өзгерістер мақұлданды.`, 'The Senate'],
  [(law) => `Бүгін Мәжіліс ${law} өзгерістерді мақұлдады.`, 'The Mazhilis'],
  [(law) => `Бүгін Мәжіліс депутаттары ${law} түзетулерді мақұлдады.`, 'The Mazhilis'],
  [(law) => `Бүгін Мәжілісте ${law} өзгерістер мақұлданды.`, 'The Mazhilis'],
];

const RU_LAWS: Array<[string, string]> = [
  ['Конституционный закон о выборах', 'the law on elections'],
  ['Конституционный закон «О выборах в Республике Казахстан»', 'the law on elections'],
  ['конституционный закон о политических партиях', 'the law on political parties'],
];
const RU_FORMS: Array<[(law: string) => string, string]> = [
  [(law) => `Сегодня в Сенате одобрили поправки в ${law}.`, 'The Senate'],
  [(law) => `Сегодня сенаторы одобрили поправки в ${law}.`, 'The Senate'],
  [(law) => `В Мажилисе сегодня приняли изменения в ${law}.`, 'The Mazhilis'],
  [(law) => `Сегодня депутаты Мажилиса одобрили поправки в ${law}.`, 'The Mazhilis'],
];

const generate = (laws: Array<[string, string]>, forms: Array<[(law: string) => string, string]>) =>
  laws.flatMap(([law, name]) =>
    forms.map(
      ([sentence, chamber]) => [sentence(law), `${chamber} passes amendments to ${name}`] as const,
    ),
  );

describe('a chamber approving amendments to a law is titled by the chamber and the amendments', () => {
  it.each(generate(KK_LAWS, KK_FORMS))('kk: %s → %s', (text, title) =>
    expect(titles('kk', text)).toContain(title),
  );
  it.each(generate(RU_LAWS, RU_FORMS))('ru: %s → %s', (text, title) =>
    expect(titles('ru', text)).toContain(title),
  );
  const COMMITTEES: Array<[string, string]> = [
    ['Сенаттың Экономикалық саясат комитеті', 'A Senate committee'],
    ['Мәжілістің Аграрлық мәселелер комитеті', 'A Mazhilis committee'],
  ];
  const AMENDMENTS = ['заңға тоғыз түзетуді', 'заңға екі түзетуді', 'заңға түзетулерді'];
  const committee = COMMITTEES.flatMap(([c, who]) =>
    AMENDMENTS.map((a) => [`Бұған дейін, 10 ақпанда, ${c} ${a} мақұлдады.`, who] as const),
  );
  it.each(committee)('kk committee: %s → %s approves', (text, who) =>
    expect(titles('kk', text)).toContain(`${who} approves the bill`),
  );
});
