/**
 * A Kazakh date before another date's reported clause is the saying's: in "2 қыркүйекте
 * референдумды 6 қазанда өткізетінін айтты" the participle ahead is 6 October's, and 2 September
 * is past, with the final verb; a converb chaining the first date to the reported act still gives
 * it the act's tense. Generated over verbs of saying and reported participles.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const values = (text: string) =>
  tagDates(text, { lang: 'kk', dct: '2024-09-03' }).map((t) => t.value);

describe("a date before another date's reported clause", () => {
  const sayings = ['айтты', 'мәлімдеді', 'жариялады', 'хабарлады'];
  const reported = ['өткізетінін', 'өтетінін', 'өткізілетінін'];
  it.each(sayings.flatMap((say) => reported.map((r) => [say, r] as const)))(
    '2 қыркүйекте … 6 қазанда %2$s %1$s',
    (say, r) => {
      expect(values(`Президент 2 қыркүйекте референдумды 6 қазанда ${r} ${say}.`)).toEqual([
        '2024-09-02',
        '2024-10-06',
      ]);
    },
  );

  it('a converb chaining the first date keeps the reported tense for it', () => {
    expect(values('Жұмыс 15 наурыздан басталып, қазанда аяқталатынын жеткізді.')[0]).toBe(
      '2025-03-15',
    );
  });
});
