import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { readArticle } from '../../../../scripts/extract/stages/article';

// prettier-ignore
const MONTHS = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде',
  'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда'];

/** An article on one line: `n` dated meetings, each followed by its own quote. */
function oneLineArticle(n: number): Uint8Array {
  let body = '';
  for (let i = 0; i < n; i++) {
    const date = `${2000 + Math.floor(i / 336)} жылғы ${1 + (i % 28)} ${MONTHS[Math.floor(i / 28) % 12]}`;
    body += `Астанада кездесу өтті ${date}. «Біз ${i}-реформаны қолдаймыз», — деді Ерлан Қошанов. `;
  }
  return new Uint8Array(Buffer.from(`Тақырып\n\nKazinform\n01.03.2022 10:00\n\n${body}\n`));
}

describe('fillArguments (through readArticle)', () => {
  it('gives each event the quotes near its sentence, so a longer line does not give every event more', () => {
    const maxQuotes = (n: number) => {
      const { candidates } = readArticle('x.txt', oneLineArticle(n), undefined, tagDates);
      // (The n meetings; the quotations' tags, in an article of no news of its own, are kept as
      // unplaced statements: events/quoteTag.ts.)
      expect(candidates.filter((c) => c.date).length).toBe(n);
      return Math.max(...candidates.filter((c) => c.date).map((c) => c.quotes.length));
    };
    const short = maxQuotes(150);
    // Before: every event got every quote of the line (150, then 450): memory grew quadratically.
    expect(short).toBeLessThan(100);
    expect(maxQuotes(450)).toBe(short);
  });

  it('keeps all quotes of a usual paragraph', () => {
    const { candidates } = readArticle('x.txt', oneLineArticle(3), undefined, tagDates);
    const dated = candidates.filter((c) => c.date);
    expect(dated.map((c) => c.quotes.length)).toEqual([3, 3, 3]);
  });
});
