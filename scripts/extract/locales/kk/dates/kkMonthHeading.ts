import type { CharMatch } from '../../common/numericDateTagger';
import { KK_MONTHS } from './kkLexicon';

/**
 * A line that is a Kazakh month name and nothing else, capitalised as a heading, over a line
 * under it ("Наурыз" / "Үкімет жоспарды бекітті." in a year's review): a month, though "Наурыз",
 * "Маусым", "Тамыз", "Қазан" alone in a sentence are mostly the holiday, a season, the August
 * conference, the city (kkMonthContext.ts). A heading has no case ending and no word beside it:
 * "Наурыз мерекесі", "Тамыз кеңесі", "биылғы маусымда" are not headings and stay to the context
 * rules. The line under it may be the next paragraph (`after`). Its tense is the line under it
 * (tagDates.ts headingTense).
 */
const HEADING = /^[^\S\n]*(\p{Lu}\p{L}+)[^\S\n]*[.:–—-]?[^\S\n]*$/gmu;

export function kkMonthHeadings(text: string, after?: string): CharMatch[] {
  const out: CharMatch[] = [];
  for (const m of text.matchAll(HEADING)) {
    const word = m[1]!;
    const month = KK_MONTHS.get(word.toLowerCase());
    // (The softened stem "қыркүйег" is no word alone.)
    if (month === undefined || word.toLowerCase() === 'қыркүйег') continue;
    const lineEnd = m.index + m[0].length;
    const under = lineEnd < text.length ? text.slice(lineEnd) : (after ?? '');
    if (!/\p{L}/u.test(under)) continue;
    const start = m.index + m[0].indexOf(word);
    out.push({ start, end: start + word.length, reading: { kind: 'cal', parts: { month } } });
  }
  return out;
}
