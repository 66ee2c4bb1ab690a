/**
 * Days of the week and weekends: "сәрсенбі", "жұма күні", "Жұма, 7 ақпан", "өткен демалыста"
 * (kkRelativeTagger.ts tries them after the relative periods).
 */
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { kkMonthAt, kkWeekdayAt } from './kkWordAt';

/** A count or an order before a week: "бір", "екі", "бірнеше", "әр", "соңғы", "екінші". */
const COUNT =
  /^(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|бірнеше|әр|әрбір|соңғы|алғашқы|\p{L}+(?:ншы|нші))$/u;

export function readKkWeekday(tokens: readonly Token[], i: number): TokenMatch | null {
  // "өткен демалыста", "алдағы демалыс күндері": the last weekend, or this week's.
  const weekend =
    tokens[i]?.low === 'өткен'
      ? -1
      : /^(?:алдағы|осы)$/u.test(tokens[i]?.low ?? '')
        ? 0
        : undefined;
  if (weekend !== undefined && /^демалыс(?:та|ы|ында)?$/u.test(tokens[i + 1]?.low ?? '')) {
    const to = /^күндер(?:і|інде)$/u.test(tokens[i + 2]?.low ?? '') ? i + 3 : i + 2;
    return { from: i, to, reading: { kind: 'rel', unit: 'WE', offset: weekend } };
  }
  // "жұма күні" (on Friday): with "күні" the word is the day, not a name nor a week.
  if (tokens[i]?.low === 'жұма' && /^күн(?:і|гі)$/u.test(tokens[i + 1]?.low ?? ''))
    return { from: i, to: i + 2, reading: { kind: 'cal', parts: { weekday: 5 } } };
  // "Жұма, 7 ақпан": in apposition to a day of a month it is that day's weekday, as "Дүйсенбі,
  // 3 ақпан" is.
  if (
    tokens[i]?.low === 'жұма' &&
    tokens[i + 1]?.text === ',' &&
    tokens[i + 2]?.kind === 'number' &&
    kkMonthAt(tokens, i + 3) !== null
  )
    return { from: i, to: i + 1, reading: { kind: 'cal', parts: { weekday: 5 } } };
  // Bare "жұмада" (the locative, lower case): "Сенат жұмада заңды қабылдады" was on Friday. In
  // older texts "жұма" is also a week, but a week is counted ("бір жұмада", "екі жұмада": within
  // one, two weeks) or gone through ("жұма бойы", "жұма ішінде"): the locative with no count
  // before it can only be the day. Not the other cases ("бір жұмаға" is for a week, "жұмадан
  // кейін" after one as often as after Friday) nor the capitalised word, which may be a man's name.
  if (
    tokens[i]?.text === 'жұмада' &&
    tokens[i - 1]?.kind !== 'number' &&
    !COUNT.test(tokens[i - 1]?.low ?? '')
  )
    return { from: i, to: i + 1, reading: { kind: 'cal', parts: { weekday: 5 } } };
  const wd = kkWeekdayAt(tokens, i);
  return wd
    ? { from: i, to: wd.next, reading: { kind: 'cal', parts: { weekday: wd.value } } }
    : null;
}
