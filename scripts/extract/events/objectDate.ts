/**
 * A date inside the same reported or decided object as the cue (objectClauses.ts) is the day that
 * object sets: "Бүгін Тоқаев 5 қазанда референдум өткізу туралы шешім қабылдады" decides today to
 * hold the referendum on 5 October, so the vote, only the decision's topic, is an event of that day.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { objectClauses, spanOf } from './objectClauses';

export function inSameObject(
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
