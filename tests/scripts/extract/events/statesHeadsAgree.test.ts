/**
 * Two states' heads in one plural noun agree as their states do: "Президенты Казахстана и
 * Узбекистана договорились о …" gave no event, where "Казахстан и Узбекистан договорились" is an
 * agreement reached. statesAgree.ts reads the plural heads (locales/ru/lexicon/stateHeads.ts) with
 * the states after them in the genitive, made from each state's name by its ending; the Kazakh
 * heads follow the states in the nominative ("Қазақстан мен Өзбекстан президенттері … келісті")
 * and were read already. Generated over heads, pairs, verbs and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const HEADS = ['Президенты', 'Главы государств', 'Лидеры', 'Премьер-министры'];
const KK_HEADS = ['президенттері', 'басшылары'];
const PAIRS = [
  {
    ru: ['Казахстана', 'Узбекистана'],
    kk: ['Қазақстан', 'Өзбекстан'],
    en: 'Kazakhstan and Uzbekistan',
  },
  { ru: ['России', 'Китая'], kk: ['Ресей', 'Қытай'], en: 'Russia and China' },
  { ru: ['Турции', 'Азербайджана'], kk: ['Түркия', 'Әзербайжан'], en: 'Türkiye and Azerbaijan' },
  { ru: ['Польши', 'Беларуси'], kk: ['Польша', 'Беларусь'], en: 'Poland and Belarus' },
];
const DAYS = [
  { ru: '5 апреля', kk: '5 сәуірде', edtf: '2024-04-05' },
  { ru: '2 марта', kk: '2 наурызда', edtf: '2025-03-02' },
];

type Case = ['kk' | 'ru', string, string, string];
// prettier-ignore
const cases: Case[] = PAIRS.flatMap((p) => DAYS.flatMap((d): Case[] => [
  ...HEADS.map((h): Case => ['ru', `${h} ${p.ru[0]} и ${p.ru[1]} ${d.ru} договорились о расширении торговли.`, d.edtf, `${p.en} reach an agreement`]),
  ['ru', `${HEADS[0]} ${p.ru[0]} и ${p.ru[1]} ${d.ru} подписали соглашение о партнёрстве.`, d.edtf, `${p.en} sign an agreement`],
  ...KK_HEADS.map((h): Case => ['kk', `${p.kk[0]} мен ${p.kk[1]} ${h} ${d.kk} сауданы кеңейту туралы келісті.`, d.edtf, `${p.en} reach an agreement`]),
]));

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.date.edtf} ${e.title.en}`);

describe('two states whose heads agree reach an agreement', () => {
  it.each(cases)('%s: %s', (lang, text, day, title) => {
    expect(events(lang, text)).toEqual([`${day} ${title}`]);
  });

  it.each<['ru', string]>([
    ['ru', 'Президенты Казахстана и Узбекистана 5 апреля обсудили вопросы торговли.'],
    ['ru', 'Граждане Казахстана и Узбекистана договорились о встрече.'],
  ])('no agreement of states without its heads or its verb, %s: %s', (lang, text) => {
    expect(events(lang, text).filter((e) => /reach an agreement/u.test(e))).toEqual([]);
  });
});
