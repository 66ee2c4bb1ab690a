/**
 * A law or a decree the head of state signed, named by his post alone ("Глава государства
 * подписал Закон …", "Мемлекет басшысы … Заңға қол қойды"): the title says who signed, "The
 * President signs the law", not "Law" (found on a test article written for the check: with no name
 * in the article the signer was left out). Generated over the post's cases, word orders, voices
 * and acts in Russian, and the post's forms in Kazakh; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-11';
const LAW =
  '«О внесении изменений в некоторые законодательные акты по вопросам местного самоуправления»';
const DECREE = '«О мерах по совершенствованию системы государственного управления»';

const RU: Array<[string, string]> = [
  ...[
    `Глава государства подписал Закон ${LAW}.`,
    `Президент подписал Закон ${LAW}.`,
    `Президент Казахстана подписал Закон ${LAW}.`,
    `Президент в понедельник подписал Закон ${LAW}.`,
    `Закон ${LAW} подписал Глава государства.`,
    `Закон ${LAW} подписан Главой государства.`,
    `Закон ${LAW} подписан Президентом.`,
  ].map((s): [string, string] => [s, 'law']),
  ...[
    `Глава государства подписал Указ ${DECREE}.`,
    `Указ ${DECREE} подписан Главой государства.`,
  ].map((s): [string, string] => [s, 'decree']),
];

const KK: Array<[string, string]> = [
  ['Мемлекет басшысы «Жергілікті өзін-өзі басқару мәселелері бойынша» Заңға қол қойды.', 'law'],
  ['Президент «Жергілікті өзін-өзі басқару мәселелері бойынша» Заңға қол қойды.', 'law'],
  ['Мемлекет басшымыз «Жергілікті өзін-өзі басқару мәселелері бойынша» Заңға қол қойды.', 'law'],
  ['Мемлекет басшысы «Мемлекеттік басқару жүйесін жетілдіру туралы» Жарлыққа қол қойды.', 'decree'],
];

const WANT: Record<string, { kk: string; ru: string; en: string }> = {
  law: {
    kk: 'Президент заңға қол қойды',
    ru: 'Президент подписал закон',
    en: 'The President signs the law',
  },
  decree: {
    kk: 'Президент Жарлыққа қол қойды',
    ru: 'Президент подписал указ',
    en: 'The President signs a decree',
  },
};

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => ({ type: e.type, title: e.title }));

describe('the head of state signs, named by his post', () => {
  it.each(RU)('ru: %s', (text, type) => {
    expect(titles('ru', text)).toEqual([{ type, title: WANT[type] }]);
  });
  it.each(KK)('kk: %s', (text, type) => {
    expect(titles('kk', text)).toEqual([{ type, title: WANT[type] }]);
  });
});
