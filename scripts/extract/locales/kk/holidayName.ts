/**
 * A holiday is named by a capitalised word before "күні" (day) or "мерекесі", "мейрамы" (feast) in
 * the possessive and any case: "Тәуелсіздік күні", "Жеңіс күніне", "Наурыз мерекесінде". That word
 * names the day, never a person, even right after a post ("Мемлекет басшысы Тәуелсіздік күні
 * қарсаңында …"). ("Күні бойы", all day long, and "күні бүгін", to this day, are adverbs: a
 * surname may stand before them, "Трамп күні бойы".)
 */
const HOLIDAY_NOUN = /^(?:күн(?:і|дері)|мерекесі|мерекелері|мейрам(?:ы|дары))\p{Ll}*$/u;
const DAY_ADVERB = /^(?:бойы|бүгін\p{Ll}*|кеше|ертең)$/u;

/** Whether a capitalised word followed by `after`, then `next`, is a holiday's name. */
export function kkNamesHoliday(after: string | undefined, next: string | undefined): boolean {
  if (!HOLIDAY_NOUN.test(after ?? '')) return false;
  return !(after === 'күні' && DAY_ADVERB.test(next ?? ''));
}

/**
 * Whether a run of capitalised words from `first` to `last` ends in a holiday's name, the name
 * before it ending there ("Президент Тоқаев Жеңіс күні …"); a lone word is the grammar's to drop.
 */
export function kkRunEndsInHoliday(
  tokens: readonly { text: string }[],
  first: number,
  last: number,
): boolean {
  return last > first && kkNamesHoliday(tokens[last + 1]?.text, tokens[last + 2]?.text);
}
