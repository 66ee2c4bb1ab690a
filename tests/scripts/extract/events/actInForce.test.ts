/**
 * A decree, a resolution or an order that comes into force says so: "Постановление Правительства
 * вступило в силу" was titled "A law comes into force" (the Russian cue of a norm in force took
 * it) and "Үкімет қаулысы күшіне енді" "Decree". actInForce.ts reads the act as the subject of
 * the words of coming into force (locales/<lang>/lexicon/actInForce.ts), and whose it is when the
 * Government's; the Russian act's own cue tells it (locales/ru/events/triggersStateActs.ts).
 * Generated over acts, issuers, tenses and days; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const PAST = [
  { kk: '10 наурызда', ru: '10 марта', day: '2025-03-10' },
  { kk: '3 ақпанда', ru: '3 февраля', day: '2025-02-03' },
];
const AHEAD = [
  { kk: '1 сәуірден бастап', ru: 'с 1 апреля', day: '2025-04-01' },
  { kk: '15 мамырда', ru: '15 мая', day: '2025-05-15' },
];
// prettier-ignore
const ACTS = [
  { ru: 'постановление Правительства', kk: 'Үкімет қаулысы', did: ['вступило', 'вступит'], en: 'A government resolution', ruT: 'Постановление Правительства', kkT: 'Үкімет қаулысы' },
  { ru: 'постановление Правительства Республики Казахстан', kk: 'Үкіметтің қаулысы', did: ['вступило', 'вступит'], en: 'A government resolution', ruT: 'Постановление Правительства', kkT: 'Үкімет қаулысы' },
  { ru: 'распоряжение Правительства', kk: 'Үкімет өкімі', did: ['вступило', 'вступит'], en: 'A government order', ruT: 'Распоряжение Правительства', kkT: 'Үкімет өкімі' },
  { ru: 'указ Главы государства', kk: 'Мемлекет басшысының Жарлығы', did: ['вступил', 'вступит'], en: 'A decree', ruT: 'Указ', kkT: 'Жарлық' },
  { ru: 'постановление ЦИК', kk: 'ОСК қаулысы', did: ['вступило', 'вступит'], en: 'A resolution', ruT: 'Постановление', kkT: 'Қаулы' },
];

type Case = ['kk' | 'ru', string, string, string, string];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
// prettier-ignore
const cases: Case[] = ACTS.flatMap((a): Case[] => [
  ...PAST.flatMap((d): Case[] => [
    ['ru', `${d.ru} ${a.ru} ${a.did[0]} в силу.`, d.day, `${a.en} comes into force`, `${a.ruT} ${a.did[0]} в силу`],
    ['kk', `${d.kk} ${a.kk} күшіне енді.`, d.day, `${a.en} comes into force`, `${a.kkT} күшіне енді`],
  ]),
  ...AHEAD.flatMap((d): Case[] => [
    ['ru', `${cap(a.ru)} ${a.did[1]} в силу ${d.ru}.`, d.day, `${a.en} to come into force`, `${a.ruT} ${a.did[1]} в силу`],
    ['kk', `${cap(a.kk)} ${d.kk} күшіне енеді.`, d.day, `${a.en} to come into force`, `${a.kkT} күшіне енбек`],
  ]),
]);

describe('an act that comes into force is told as that act', () => {
  it.each(cases)('%s: %s', (lang, text, day, en, local) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf, e.title.en])).toEqual([['decree', day, en]]);
    expect(events.map((e) => e.title[lang])).toEqual([local]);
  });

  // A law in force by a decree is the law's; a decree signed is a signing.
  it.each<['kk' | 'ru', string, string]>([
    ['ru', 'Закон, принятый согласно указу, вступил в силу 10 марта.', 'A law comes into force'],
    ['ru', 'Поправки вступили в силу 10 марта.', 'A law comes into force'],
    ['ru', 'Президент подписал указ 10 марта.', 'The President signs a decree'],
    ['kk', 'Президент 10 наурызда Жарлыққа қол қойды.', 'The President signs a decree'],
  ])('not an act in force, %s: %s', (lang, text, en) => {
    expect(extractSentences(lang, text, PUB).events.map((e) => e.title.en)).toEqual([en]);
  });
});
