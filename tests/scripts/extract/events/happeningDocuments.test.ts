/**
 * A bare start or end of receiving documents names it: "Прием документов завершился 22 сентября",
 * "Құжаттарды қабылдау 22 қыркүйекте аяқталды" were titled "Event": events/happeningOf.ts knew no
 * such noun. locales/<lang>/lexicon/happeningWords.ts, documents. Generated over nouns and steps;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const RU_NOUNS = [
  'Прием документов',
  'Приём документов',
  'Прием заявок',
  'Прием документов от кандидатов',
];
const RU_STEPS = [
  [
    'завершился 22 сентября',
    '2024-09-22',
    'Receipt of documents ends',
    'Завершение приёма документов',
  ],
  [
    'начнется 22 сентября',
    '2025-09-22',
    'Receipt of documents to start',
    'Начало приёма документов',
  ],
] as const;
const KK_NOUNS = [
  'Құжаттарды қабылдау',
  'Өтініштерді қабылдау',
  'Кандидаттардың құжаттарын қабылдау',
];
const KK_STEPS = [
  ['22 қыркүйекте аяқталды', '2024-09-22', 'Receipt of documents ends', 'Құжаттарды қабылдау аяқталды'],
  ['22 қыркүйекте басталады', '2025-09-22', 'Receipt of documents to start', 'Құжаттарды қабылдау басталмақ'],
] as const; // prettier-ignore

type Case = ['kk' | 'ru', string, string, string, string];
const cases: Case[] = [
  ...RU_NOUNS.flatMap((n) => RU_STEPS.map(([v, d, en, ru]): Case => ['ru', `${n} ${v}.`, d, en, ru])),
  ...KK_NOUNS.flatMap((n) => KK_STEPS.map(([v, d, en, kk]): Case => ['kk', `${n} ${v}.`, d, en, kk])),
]; // prettier-ignore

describe('receiving documents starts or ends', () => {
  it.each(cases)('%s: %s', (lang, text, date, en, local) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([`${date} ${en}`]);
    expect(events.map((e) => e.title[lang])).toEqual([local]);
  });
});
