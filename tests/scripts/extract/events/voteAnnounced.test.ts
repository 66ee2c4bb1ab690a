/**
 * A vote announced ("объявил о досрочных выборах", "сайлау өткізетінін жариялады") is called that
 * day, as one appointed is: the day is the calling's, never the vote's, which comes weeks later.
 * Generated over the verb's forms and the orders news writes it in; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string, published = '2019-04-10') =>
  kindsAndDays(lang, text, published);

describe('a vote announced is called on that day, not held', () => {
  const RU = [
    'Токаев 9 апреля объявил о досрочных выборах президента.',
    'Токаев 9 апреля объявил о проведении досрочных выборов президента.',
    'Досрочные выборы Токаев объявил 9 апреля.',
    '9 апреля Токаев объявил досрочные выборы президента.',
    '9 апреля глава государства объявила о проведении референдума.',
  ];
  it.each(RU)('ru: %s', (text) => {
    const got = kinds('ru', text);
    expect(got).toContain('decree 2019-04-09');
    expect(got.filter((k) => /^(?:election|referendum) 2019-04-09/u.test(k))).toEqual([]);
  });

  const KK = ['жариялады', 'жариялаған', 'жариялаған болатын', 'жариялап'];
  it.each(KK.flatMap((v) => [`сайлауын өткізетінін ${v}`, `сайлауын ${v}`]))('kk: … %s', (tail) => {
    const text = `Тоқаев 9 сәуірде кезектен тыс президент ${tail}${tail.endsWith('жариялап') ? ', халыққа үндеу жасады' : ''}.`;
    const got = kinds('kk', text);
    expect(got.filter((k) => /^election 2019-04-09/u.test(k))).toEqual([]);
  });

  it('keeps a vote held, a vote declared valid and the results announced as they were', () => {
    expect(kinds('ru', 'ЦИК 10 июня объявил выборы состоявшимися.', '2019-06-11')).toContain(
      'election 2019-06-10',
    );
    expect(kinds('ru', 'Итоги выборов ЦИК объявил 10 июня.', '2019-06-11')).not.toContain(
      'decree 2019-06-10',
    );
    expect(
      kinds('kk', 'ОСК 10 маусымда сайлау қорытындысын жариялады.', '2019-06-11'),
    ).not.toContain('decree 2019-06-10');
    expect(kinds('kk', 'Президент сайлауы 9 маусымда өтті.', '2019-06-11')).toEqual([
      'election 2019-06-09',
    ]);
  });

  it('and the vote keeps a day of its own told beside the announcement', () => {
    const got = kinds(
      'ru',
      'Токаев 9 апреля объявил о досрочных выборах президента, которые пройдут 9 июня.',
    );
    expect(got).toEqual(expect.arrayContaining(['decree 2019-04-09', 'election 2019-06-09']));
  });
});
