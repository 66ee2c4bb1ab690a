/**
 * A holiday's name inside a run of capitalised words is no part of a person's name: Kazakh puts it
 * before the head noun ("Тоқаев Жеңіс күні …", locales/kk/holidayName.ts), Russian after it ("Дня
 * Независимости Токаев …", locales/ru/holidayName.ts). The run's bounds without it.
 */
import { kkRunEndsInHoliday } from '../locales/kk/holidayName';
import { ruEndsHoliday, ruRunPastHoliday } from '../locales/ru/holidayName';
import type { Lang } from './types';

export function runWithoutHoliday(
  tokens: readonly { text: string }[],
  first: number,
  last: number,
  lang: Lang,
): [number, number] {
  if (lang === 'kk') return [first, kkRunEndsInHoliday(tokens, first, last) ? last - 1 : last];
  return [ruRunPastHoliday(tokens, first, last), last];
}

/**
 * The word before a name at `first`, unless it ends a Russian holiday's name: "Республики" in "Ко
 * Дню Республики Токаев" names the day, no state whose name or post the word after completes.
 */
export function wordBeforeName(
  tokens: readonly { text: string }[],
  first: number,
  lang: Lang,
): string | undefined {
  if (lang === 'ru' && ruEndsHoliday(tokens, first - 1)) return undefined;
  return tokens[first - 1]?.text;
}
