/**
 * A month told as an adjective of the event's noun, in any case, gender and number: "Январские
 * события 2022 года", "после январских событий", "мартовского Послания 2022 года", "в
 * сентябрьском Послании". With the year the sentence gives, it names that month of it: the noun's
 * date is January 2022, not the year.
 */
export const MONTH_ADJECTIVES = [
  'январск',
  'февральск',
  'мартовск',
  'апрельск',
  'майск',
  'июньск',
  'июльск',
  'августовск',
  'сентябрьск',
  'октябрьск',
  'ноябрьск',
  'декабрьск',
];
const ADJECTIVE_END = String.raw`(?:ий|ая|ое|ие|ого|ой|ому|ым|ыми|ых|им|ими|их|ую|ей|ем|ом)`;
const WORD = new RegExp(String.raw`^(${MONTH_ADJECTIVES.join('|')})${ADJECTIVE_END}$`, 'iu');

/** The month (1–12) of a month adjective in any form ("сентябрьской": 9), if `word` is one. */
export function monthOfAdjective(word: string): number | undefined {
  const m = WORD.exec(word);
  return m ? MONTH_ADJECTIVES.indexOf(m[1]!.toLowerCase()) + 1 : undefined;
}

/** The adjective right before the noun, or before one more adjective ("январские трагические"). */
const BEFORE_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_ADJECTIVES.join('|')})${ADJECTIVE_END}\s+(?:[\p{L}-]+${ADJECTIVE_END}\s+)?$`,
  'iu',
);

/** The adjective before a year, with at most two words between ("Январские события 2022 года"). */
const BEFORE_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_ADJECTIVES.join('|')})${ADJECTIVE_END}\s+(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);

/** The month (1–12) an adjective before the year at `at` names, if any (narrativeYear.ts). */
export function ruMonthBeforeYear(text: string, at: number): number | undefined {
  const m = BEFORE_YEAR.exec(text.slice(Math.max(0, at - 60), at));
  return m ? MONTH_ADJECTIVES.indexOf(m[1]!.toLowerCase()) + 1 : undefined;
}

/** The month (1–12) an adjective right before the noun at `at` names, if any. */
export function ruMonthBeforeNoun(text: string, at: number): number | undefined {
  const m = BEFORE_NOUN.exec(text.slice(Math.max(0, at - 40), at));
  return m ? MONTH_ADJECTIVES.indexOf(m[1]!.toLowerCase()) + 1 : undefined;
}
