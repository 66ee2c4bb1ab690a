/**
 * Becoming the head of state ("стал президентом", "временно исполняющим обязанности президента
 * стал", "Қазақстан Президенті болды") is the President taking office: an inauguration titled as
 * becoming President. It gave nothing, or an "Event" with no name. A president of something else
 * ("президентом федерации бокса") and the copula telling who one was ("30 жыл бойы Президент
 * болды") are not it.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU_DATES: Array<[string, string]> = [
  ['20 марта 2019 года', '2019-03-20'],
  ['В 2019 году', '2019'],
  ['В марте 2019 года', '2019-03'],
];
const RU_WHO: Array<[string, string]> = [
  ['Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev'],
  ['Нурсултан Назарбаев', 'Nursultan Nazarbayev'],
];
const RU_FORMS: Array<(who: string) => string> = [
  (who) => `${who} стал президентом Казахстана`,
  (who) => `${who} стал президентом`,
  (who) => `${who} стал первым президентом независимого Казахстана`,
  (who) => `${who} стал главой государства`,
  (who) => `временно исполняющим обязанности президента стал ${who}`,
  (who) => `президентом Казахстана стал ${who}`,
];

const KK_DATES: Array<[string, string]> = [
  ['2019 жылғы 20 наурызда', '2019-03-20'],
  ['2019 жылы', '2019'],
  ['2019 жылғы наурызда', '2019-03'],
];
const KK_WHO: Array<[string, string]> = [
  ['Қасым-Жомарт Тоқаев', 'Kassym-Jomart Tokayev'],
  ['Нұрсұлтан Назарбаев', 'Nursultan Nazarbayev'],
];
const KK_FORMS: Array<(who: string) => string> = [
  (who) => `${who} Қазақстан Президенті болды`,
  (who) => `${who} Президент болды`,
  (who) => `${who} тәуелсіз Қазақстанның тұңғыш Президенті болды`,
  (who) => `${who} Мемлекет басшысы болды`,
];

const took = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2026-03-12')
    .events.filter((e) => e.type === 'inauguration')
    .map((e) => `${e.date.edtf} ${e.status} ${e.title.en}`);

describe('becoming the head of state', () => {
  const ru = RU_DATES.flatMap(([date, edtf]) =>
    RU_WHO.flatMap(([who, en]) => RU_FORMS.map((form) => ({ date, edtf, who, en, form }))),
  );
  it.each(ru)('ru: "$date, …$who…" is $en becoming President', ({ date, edtf, who, en, form }) => {
    const clause = form(who);
    const sentence = `${date} ${clause}.`;
    expect(took('ru', sentence)).toEqual([`${edtf} reported ${en} becomes President`]);
  });

  const kk = KK_DATES.flatMap(([date, edtf]) =>
    KK_WHO.flatMap(([who, en]) => KK_FORMS.map((form) => ({ date, edtf, who, en, form }))),
  );
  it.each(kk)('kk: "$date …$who…" is $en becoming President', ({ date, edtf, who, en, form }) => {
    expect(took('kk', `${date} ${form(who)}.`)).toEqual([
      `${edtf} reported ${en} becomes President`,
    ]);
  });

  it.each([
    'В 2005 году он стал президентом федерации бокса.',
    'В 2010 году Петров стал президентом компании «Казахтелеком».',
    'Токаев был президентом в 2019 году.',
  ])('ru: not "%s"', (sentence) => expect(took('ru', sentence)).toEqual([]));

  it.each([
    'Назарбаев 30 жыл бойы Президент болды.',
    '1991 жылдан 2019 жылға дейін Назарбаев Президент болды.',
    'Назарбаев 1991-2019 жылдары Президент болды.',
    'Ол бұрын Президент болды.',
  ])('kk: not "%s"', (sentence) => expect(took('kk', sentence)).toEqual([]));
});
