import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A stretch of a season named in the genitive, "көктемнің алғашқы күні", "жаздың соңғы айында",
 * is one date with the season, as a stretch of a month already was ("мамырдың алғашқы
 * күндерінде"): it was cut in two, the season and a stray "алғашқы күні". After "алғашқы" or
 * "соңғы" the words "күні" and "айы" are that stretch, not a day's number ("мамырдың бесінші
 * күні" is still the 5th). Generated: every season's genitive (by harmony and final sound) and
 * every stretch noun in several cases.
 */
const DCT = '2021-05-10';
const found = (text: string) => tagDates(`Біз ${text} жиналдық .`, { lang: 'kk', dct: DCT });

const SEASONS = [
  ['көктемнің', 'SP'],
  ['жаздың', 'SU'],
  ['күздің', 'FA'],
  ['қыстың', 'WI'],
] as const;
const STRETCHES = [
  'алғашқы күні', 'алғашқы айы', 'алғашқы айын', 'соңғы айында', 'соңғы аптасында',
  'алғашқы күндерінде', 'соңғы күндері', 'соңғы айынан', 'алғашқы аптасына дейін',
]; // prettier-ignore

describe('Kazakh stretches of a season', () => {
  it.each(SEASONS)('"%s" + every stretch is one date of that season', (genitive, code) => {
    const wrong = STRETCHES.flatMap((stretch) => {
      const text = `${genitive} ${stretch}`;
      const f = found(text);
      const ok = f.length === 1 && f[0]!.text === text && f[0]!.value.endsWith(`-${code}`);
      return ok ? [] : [`${text} → ${f.map((t) => `[${t.text}] ${t.value}`).join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });
  it.each([
    ['Көктемнің алғашқы күні ауылда той болды .', 'Көктемнің алғашқы күні'],
    ['Егін жаздың соңғы айында жиналады .', 'жаздың соңғы айында'],
    ['Қыстың алғашқы аптасында жол жабылды .', 'Қыстың алғашқы аптасында'],
  ])('in a sentence: %s', (sentence, span) => {
    expect(tagDates(sentence, { lang: 'kk', dct: DCT }).map((t) => t.text)).toEqual([span]);
  });
  it("a month's last day is one date too, and its fifth day is still a day", () => {
    expect(found('мамырдың соңғы күні').map((t) => [t.text, t.value])).toEqual([
      ['мамырдың соңғы күні', '2021-05'],
    ]);
    expect(found('мамырдың бесінші күні').map((t) => t.value)).toEqual(['2021-05-05']);
  });
});
