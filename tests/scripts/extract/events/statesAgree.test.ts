/**
 * Two states, or capitals standing for them, that agree: "Казахстан и Узбекистан договорились о
 * …", "Астана мен Ташкент уағдаласты" gave no event, as no cue took a verb of agreeing with a pair
 * of states as its subject (the agreement cue needs an agreement noun and its signing). The pair
 * before a verb of signing names who signed ("Астана и Ташкент подписали соглашение" was only "An
 * agreement is signed"). A capital stands for its state. Generated over pairs, verbs and days;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS = [
  { kk: '10 наурызда', ru: '10 марта' },
  { kk: '3 ақпанда', ru: '3 февраля' },
];
// prettier-ignore
const PAIRS = [
  { kk: 'Қазақстан мен Өзбекстан', ru: 'Казахстан и Узбекистан', en: 'Kazakhstan and Uzbekistan', kkT: 'Қазақстан және Өзбекстан', ruT: 'Казахстан и Узбекистан' },
  { kk: 'Астана мен Ташкент', ru: 'Астана и Ташкент', en: 'Kazakhstan and Uzbekistan', kkT: 'Қазақстан және Өзбекстан', ruT: 'Казахстан и Узбекистан' },
  { kk: 'Астана мен Мәскеу', ru: 'Астана и Москва', en: 'Kazakhstan and Russia', kkT: 'Қазақстан және Ресей', ruT: 'Казахстан и Россия' },
  { kk: 'Қырғызстан және Тәжікстан', ru: 'Кыргызстан и Таджикистан', en: 'Kyrgyzstan and Tajikistan', kkT: 'Қырғызстан және Тәжікстан', ruT: 'Кыргызстан и Таджикистан' },
];
const AGREED = [
  { kk: 'су бөлу мәселесі бойынша келісті', ru: 'договорились о разделе воды' },
  { kk: 'ынтымақтастықты кеңейтуге уағдаласты', ru: 'договорились расширить сотрудничество' },
  { kk: 'шекара бойынша келісімге келді', ru: 'достигли договорённости по границе' },
];

type Case = ['kk' | 'ru', string, string, string];
// prettier-ignore
const cases: Case[] = DAYS.flatMap((d) => PAIRS.flatMap((p): Case[] => [
  ...AGREED.flatMap((v): Case[] => [
    ['kk', `${p.kk} ${d.kk} ${v.kk}.`, `${p.en} reach an agreement`, `${p.kkT} келісті`],
    ['ru', `${p.ru} ${d.ru} ${v.ru}.`, `${p.en} reach an agreement`, `${p.ruT} договорились`],
  ]),
  ['kk', `${p.kk} ${d.kk} ынтымақтастық туралы келісімге қол қойды.`, `${p.en} sign an agreement`, `${p.kkT} келісімге қол қойды`],
  ['ru', `${p.ru} ${d.ru} подписали соглашение о сотрудничестве.`, `${p.en} sign an agreement`, `${p.ruT} подписали соглашение`],
]));

describe('two states or capitals that agree or sign', () => {
  it.each(cases)('%s: %s', (lang, text, en, local) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.title.en])).toEqual([['other', en]]);
    expect(events.map((e) => e.title[lang])).toEqual([local]);
  });

  // Places, not states: where something was agreed, or two towns of one state.
  it.each<['kk' | 'ru', string]>([
    ['ru', 'В Астане и Ташкенте 10 марта договорились о встрече.'],
    ['kk', 'Астана мен Алматы 10 наурызда келісті.'],
    ['ru', 'Астана и Алматы 10 марта договорились.'],
  ])('no states, %s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.some((t) => /reach an agreement/u.test(t))).toBe(false);
  });
});
