/**
 * A date inside the same reported or decided object as the cue (objectClauses.ts) is the day that
 * object sets: "Бүгін Тоқаев 5 қазанда референдум өткізу туралы шешім қабылдады" decides today to
 * hold the referendum on 5 October, so the vote, only the decision's topic, is an event of that day.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { objectClauses, spanOf } from './objectClauses';

function inSameObject(
  lang: SourceLang,
  s: Sentence,
  at: number,
  date: DocTimex,
  dates: readonly DocTimex[],
): boolean {
  const spans = objectClauses(lang, s, dates);
  const own = spanOf(spans, at);
  return own >= 0 && spanOf(spans, date.start - s.start) === own;
}

/**
 * Whether `date` is the day of a vote that a cue names only as its topic (of a decree, a
 * decision): a day in the same decided object, or a day right after the vote's word ("вынесут на
 * референдум 15 марта").
 */
export function topicVoteDay(
  lang: SourceLang,
  s: Sentence,
  hit: { at: number; text: string },
  date: DocTimex,
  dates: readonly DocTimex[],
): boolean {
  if (inSameObject(lang, s, hit.at, date, dates)) return true;
  const after = hit.at + hit.text.length;
  return (
    date.granularity === 'day' &&
    date.start - s.start >= after &&
    /^\s*$/u.test(s.text.slice(after, date.start - s.start))
  );
}
