/**
 * A post one became, told by the Kazakh copula with a date of its own ("2022 жылғы 1 ақпанда
 * Ерлан Қошанов Мәжіліс төрағасы болды"), is taking that post: an appointment titled "X becomes
 * P". It gave nothing. The copula telling who one was, over a span ("30 жыл бойы", "… бері",
 * "… жылдары") or with no date, is none.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const DATES: Array<[string, string]> = [
  ['2022 жылғы 1 ақпанда', '2022-02-01'],
  ['2022 жылы', '2022'],
  ['2022 жылғы ақпанда', '2022-02'],
];
const WHO = ['Ерлан Қошанов', 'Мәулен Әшімбаев', 'Айгүл Мұқанова'];
const POSTS = [
  'Мәжіліс төрағасы',
  'облыс әкімі',
  'Ақмола облысының әкімі',
  'әділет министрі',
  'мәслихат хатшысы',
  'партия басшысы',
  'Сенат спикері',
  'Премьер-Министр',
  'Премьер-Министрдің орынбасары',
];

const appointments = (text: string) =>
  extractSentences('kk', text, '2026-03-12').events.filter((e) => e.type === 'appointment');

describe('kk: a post one became, by the copula', () => {
  const cases = DATES.flatMap(([date, edtf]) =>
    WHO.flatMap((who) => POSTS.map((post) => ({ date, edtf, who, post }))),
  );
  it.each(cases)(
    '"$date $who $post болды" is $who taking the post on $edtf',
    ({ date, edtf, who, post }) => {
      const got = appointments(`${date} ${who} ${post} болды.`);
      expect(got.map((e) => `${e.date.edtf} ${e.status}`)).toEqual([`${edtf} reported`]);
      expect(got[0]!.actors[0]!.name).toBe(who);
      expect(got[0]!.title.en).toMatch(/ (?:becomes|takes up a new post)/u);
    },
  );

  it.each(
    WHO.flatMap((who) => [
      `${who} 10 жыл бойы облыс әкімі болды.`,
      `${who} 2016-2019 жылдары әділет министрі болды.`,
      `${who} бұрын мәслихат хатшысы болды.`,
      `${who} 2019 жылы Мемлекет басшысы болды.`,
    ]),
  )('not an appointment: "%s"', (sentence) => expect(appointments(sentence)).toEqual([]));
});
