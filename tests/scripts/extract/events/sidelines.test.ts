/**
 * Talks on the sidelines of a summit or a forum ("на полях саммита ШОС Токаев провел переговоры
 * с …", "ШЫҰ саммиті аясында … кездесті") are the sentence's event; the summit, told with no day
 * of its own, is only where they were held. It was placed on the publication day as a new summit
 * and lent the talks its title (found on a test article written for the check). Generated over
 * organisations, the sidelines' words, word orders and verbs of meeting; sentences written for
 * the test. A summit told as held in its own sentence stays an event. (A meeting's title names
 * whom the host met: "… meets Sadyr Japarov", meetingWhom.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-09-01';
const RU_ORGS = ['ШОС', 'СНГ', 'ОДКБ', 'ЕАЭС'];
const RU_SIDELINES = [
  'На полях саммита',
  'В рамках саммита',
  'В кулуарах саммита',
  'На полях форума',
];
const RU_TALKS = [
  'Касым-Жомарт Токаев провел переговоры с Президентом Кыргызстана Садыром Жапаровым',
  'Касым-Жомарт Токаев встретился с Президентом Кыргызстана Садыром Жапаровым',
  'Касым-Жомарт Токаев провел встречу с Президентом Кыргызстана Садыром Жапаровым',
];
const ru = RU_ORGS.flatMap((org) =>
  RU_SIDELINES.flatMap((side) =>
    RU_TALKS.flatMap((talks) => [
      `${side} ${org} ${talks}.`,
      `${talks} ${side.toLowerCase()} ${org}.`,
    ]),
  ),
);

const KK_ORGS = ['ШЫҰ', 'ТМД', 'ҰҚШҰ'];
const KK_SIDELINES = ['саммиті аясында', 'саммиті шеңберінде', 'форумы аясында'];
const KK_TALKS = [
  'Қырғызстан Президенті Садыр Жапаровпен келіссөздер жүргізді',
  'Қырғызстан Президенті Садыр Жапаровпен кездесті',
];
const kk = KK_ORGS.flatMap((org) =>
  KK_SIDELINES.flatMap((side) =>
    KK_TALKS.flatMap((talks) => [
      `Қасым-Жомарт Тоқаев ${org} ${side} ${talks}.`,
      `${org} ${side} Қасым-Жомарт Тоқаев ${talks}.`,
    ]),
  ),
);

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`);

describe('talks on the sidelines of a summit', () => {
  it.each(ru)('ru: %s', (text) => {
    const got = events('ru', text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^meeting 2025-09-01 Kassym-Jomart Tokayev (?:holds|meets) /u);
  });
  it.each(kk)('kk: %s', (text) => {
    const got = events('kk', text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^meeting 2025-09-01 Kassym-Jomart Tokayev (?:holds|meets) /u);
  });
  it('a summit told as held stays an event', () => {
    expect(events('ru', 'Саммит ШОС прошел 1 сентября в Бишкеке.')).toEqual([
      'meeting 2025-09-01 SCO summit in Bishkek',
    ]);
  });
});
