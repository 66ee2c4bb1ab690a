/**
 * "Сол отырыста …" points at the last sitting of its kind the article told. When that one was
 * recalled in the past perfect with no day ("Бұған дейін Үкімет отырысы өткен еді"), what was done
 * at it is not done on the day of the sitting told before it (the news day): it is left undated
 * (events/story.ts recalledKinds, events/when.ts). A recalled sitting with its day gives that day;
 * "Кеңесте …" after a dated "Кеңес … өткен еді" keeps it. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const DCT = '2024-06-10';
// The news sitting, told first; [recalled gathering, the word "that" points back with].
const NEWS = ['Бүгін Мәжілістің отырысы өтті.', 'Бүгін Сенаттың жалпы отырысы өтті.'];
const RECALLED: Array<[string, string]> = [
  ['Үкімет отырысы', 'Сол отырыста'],
  ['Ұлттық құрылтай отырысы', 'Осы отырыста'],
  ['Қоғамдық кеңестің отырысы', 'Аталған отырыста'],
];
const PERFECT = ['өткен еді', 'өткен болатын'];
const DONE = [
  'Премьер-министр жаңа ұсыныс жасады.',
  'айтылған ұсыныстар жарияланды.',
  'депутаттар бастама көтерді.',
];

describe('done at a sitting recalled with no day is not done on the news day', () => {
  for (const news of NEWS)
    for (const [sitting, that] of RECALLED)
      it(`${news} … ${sitting} … ${that}`, () => {
        for (const perfect of PERFECT)
          for (const done of DONE)
            for (const join of [' ', '\n\n']) {
              const text = `${news}${join}Бұған дейін ${sitting} ${perfect}.${join}${that} ${done}`;
              const got = kindsAndDays('kk', text, DCT);
              expect(
                got.filter((e) => e.startsWith('proposal')),
                text,
              ).toEqual([]);
            }
      });

  it('gives a recalled sitting with a day of its own that day', () => {
    for (const [sitting, that] of RECALLED)
      expect(
        kindsAndDays('kk', `${NEWS[0]} 2024 жылғы 14 ақпанда ${sitting} өткен еді. ${that} Премьер-министр жаңа ұсыныс жасады.`, DCT), // prettier-ignore
      ).toContain('proposal 2024-02-14');
  });

  it('keeps the news sitting\'s day for "that sitting" when none was recalled', () => {
    for (const news of NEWS)
      expect(kindsAndDays('kk', `${news} Сол отырыста Премьер-министр жаңа ұсыныс жасады.`, DCT)).toContain('proposal 2024-06-10'); // prettier-ignore
  });

  it('gives what was done at a dated council its day', () => {
    const text =
      'Кеше Астанада Ұлттық кеңестің отырысы өтті. Бұған дейін 12 наурызда Қоғамдық кеңес отырысы өткен еді. Кеңесте депутаттар министрлікті сынға алды.';
    expect(kindsAndDays('kk', text, DCT)).toContain('statement 2024-03-12');
  });
});
