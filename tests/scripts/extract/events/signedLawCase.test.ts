/**
 * A law signed is a common noun mid-title. "Президент Заңға қол қойды" (sentences written for the
 * check) was titled "Президент Заңға қол қойды" in Kazakh: the signer template of events/titlesState.ts
 * gave "Заңға" with a capital, whatever the text wrote; namedLaw writes "заңға". Generated over
 * signers, wordings and tenses, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const KK = [
  ['Президент', 'Президент'],
  ['Мемлекет басшысы', 'Президент'],
  ['Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев'],
].flatMap(([who, title]) =>
  [
    `${who} Заңға қол қойды.`,
    `${who} заңға қол қойды.`,
    `${who} «Жарнама туралы» Заңға қол қойды.`,
    `Заңға ${who} қол қойды.`,
  ].map((s) => [s, `${title} заңға қол қойды`]),
);
const RU = [
  ['Президент', 'Президент'],
  ['Глава государства', 'Президент'],
  ['Касым-Жомарт Токаев', 'Касым-Жомарт Токаев'],
].flatMap(([who, title]) =>
  [`${who} подписал Закон.`, `${who} подписал закон о рекламе.`].map((s) => [
    s,
    `${title} подписал закон`,
  ]),
);

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.type === 'law')
    .map((e) => e.title[lang]);

describe('a signed law mid-title', () => {
  it.each(KK)('kk: %s', (text, title) => {
    expect(titles('kk', text)).toEqual([title]);
  });
  it.each(RU)('ru: %s', (text, title) => {
    expect(titles('ru', text)).toEqual([title]);
  });
});
