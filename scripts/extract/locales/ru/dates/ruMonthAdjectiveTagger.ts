import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { monthOfAdjective } from './ruMonthAdjective';

/** Nouns of political events and acts a month adjective dates. */
const EVENT_NOUN =
  /^(?:послани|обращени|выступлени|заседани|сесси|пленум|съезд|курулта|форум|саммит|визит|встреч|переговор|выбор|референдум|голосовани|инаугураци|совещани|указ|решени)/u;
/** An adjective may stand between: "в сентябрьском ежегодном Послании". */
const OTHER_ADJECTIVE =
  /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ыми|ими|ых|их|ую|юю|ом|ем)$/u;

/** How far after the noun a year would be the phrase's own ("Послания Главы государства 2024 года"). */
const YEAR_REACH = 4;

/**
 * A month told as an adjective of an event's noun with no year: "в сентябрьском Послании", "в
 * мартовском обращении", "на февральском заседании", "ноябрьские выборы". Russian makes an
 * adjective of the month where Kazakh puts the month's own attributive form ("қыркүйектегі
 * Жолдауында"): it is that event's month, and its year, as a year-less month name's, follows the
 * verb's tense and the publication. (With a year after the noun, "мартовского Послания 2022
 * года", the year is the date and the adjective narrows it: events/ownMonth.ts.)
 */
export function ruMonthAdjectiveTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const month = monthOfAdjective(tokens[i]?.low ?? '');
  if (month === undefined) return null;
  const isEvent = (t: Token | undefined) => t?.kind === 'word' && EVENT_NOUN.test(t.low);
  const between = tokens[i + 1]?.kind === 'word' && OTHER_ADJECTIVE.test(tokens[i + 1]!.low);
  const noun = isEvent(tokens[i + 1]) ? i + 1 : between && isEvent(tokens[i + 2]) ? i + 2 : -1;
  if (noun < 0) return null;
  for (let k = noun + 1; k <= noun + YEAR_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    if (t.kind === 'number' && /^\d{4}$/u.test(t.text)) return null;
  }
  return { from: i, to: i + 1, reading: { kind: 'cal', parts: { month } } };
}
