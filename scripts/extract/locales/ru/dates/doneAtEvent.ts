/**
 * An act told as done by a past passive, short ("принята", "была одобрена", "избран") or full
 * ("принятая"), at an event named in the prepositional just before the date ("Конституция принята
 * на референдуме 15 марта", "На съезде 5 мая был утверждён устав"): the event is the act's occasion,
 * so it is past as the act is, not an event ahead that a date right after its noun would otherwise
 * leave to the nearest year ("кандидат на выборы 20 ноября").
 */
import { PASSIVE_STEM } from '../ruVerbForms';

const PASSIVE = new RegExp(
  String.raw`(?<![\p{L}])${PASSIVE_STEM}(?:[аоы]|н?(?:ый|ая|ое|ые|ого|ой|ых|ым|ую|ыми|ом|ому))?(?![\p{L}])`,
  'u',
);

/** The event in the prepositional right before the date: "на референдуме", "на республиканском референдуме". */
const AT_EVENT =
  /(?:^|[^\p{L}])(?:на|в|во)\s+(?:[\p{L}-]+\s+){0,2}?(?:референдуме|выборах|съезде|заседании|сессии|саммите|голосовании|курултае|форуме|пленуме|конференции)\s+$/u;

/** A candidate registered or nominated "на выборах 20 ноября" runs in them: they may lie ahead. */
const CANDIDATE = /кандидат/u;

/** `head`: the date's clause before it; `tail`: after it (both lowercase). */
export function isDoneAtEvent(head: string, tail: string): boolean {
  if (!AT_EVENT.test(head) || CANDIDATE.test(head + tail)) return false;
  return PASSIVE.test(head) || PASSIVE.test(tail);
}
