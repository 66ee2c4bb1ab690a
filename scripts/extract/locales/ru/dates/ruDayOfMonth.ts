/**
 * A day of a month the text does not name: "5-го числа", "к 10-му числу", "20 числа",
 * "пятнадцатого числа", "до 25-го числа следующего месяца". "Число" after a day's ordinal names
 * the day of the month under way (TIMEX3: the DCT's month), or of the nearest month before or
 * after it that the tense allows ("прошло 25-го числа" on the 12th: last month's), or of the month
 * a modifier and "месяца" after it name ("прошлого месяца" −1, "следующего месяца" +1).
 */
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readRuOrdinal } from './readRuOrdinal';
import { ruModifier, ruUnit } from './ruLexicon';

/** "число" in every singular case ("числа", "числу", "числом", "числе"). */
const DAY_WORD = /^числ(?:о|а|у|ом|е)$/u;
/** The ending glued to a day's digits: "5-го", "10-му", "20-е", "1-м". */
const ORDINAL_ENDING = /^(?:о?го|о?е|о?м|о?му)$/u;

function dayAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  if (t?.kind === 'number' && t.text.length <= 2) {
    const glued =
      tokens[i + 1]?.kind === 'dash' &&
      tokens[i + 1]!.glued &&
      tokens[i + 2]?.glued &&
      ORDINAL_ENDING.test(tokens[i + 2]?.low ?? '');
    return { day: Number(t.text), next: glued ? i + 3 : i + 1 };
  }
  const ord = readRuOrdinal(tokens, i);
  return ord ? { day: ord.value, next: ord.next } : null;
}

export function ruDayOfMonthAt(tokens: readonly Token[], i: number): TokenMatch | null {
  const d = dayAt(tokens, i);
  if (!d || d.day < 1 || d.day > 31 || !DAY_WORD.test(tokens[d.next]?.low ?? '')) return null;
  const mod = ruModifier(tokens[d.next + 1]);
  const ofMonth = typeof mod === 'number' && ruUnit(tokens[d.next + 2]) === 'M';
  return {
    from: i,
    to: ofMonth ? d.next + 3 : d.next + 1,
    reading: {
      kind: 'rel',
      unit: 'M',
      offset: ofMonth ? mod : 0,
      then: { day: d.day },
      ...(ofMonth ? {} : { monthByTense: true }),
    },
  };
}
