/**
 * A document ratified, dated by its attribute before it: "5 мамырдағы келісімді ратификациялады",
 * "2024 жылы қол қойылған шартты ратификациялады". The date is the document's (the day it was
 * signed), not the ratification's, which is told as the article's news or dated elsewhere
 * (events/ratifiedDocument.ts). A bare date before the noun ("5 мамырда келісімді
 * ратификациялады") is the act's.
 */
import type { TriggerHit } from '../../../events/findTriggers';
import type { DocTimex } from '../../../stages/dates';
import type { Sentence } from '../../../types';
import { KK_TITLE_CUES } from '../lexicon/titleCues';
import { ATTRIBUTE_AFTER_DATE, ATTRIBUTIVE } from './phrase';

/** Whether `t` is the own date of the document `hit` names, in a sentence telling its ratification. */
export function kkRatifiedDocumentDate(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const to = t.end - s.start;
  const between = s.text.slice(to, hit.at);
  // (Within the document's noun phrase: a few words, no clause break.)
  if (to > hit.at || between.length > 80 || /[,;:.!?–—]/u.test(between)) return false;
  const attribute = ATTRIBUTIVE.test(t.text) || ATTRIBUTE_AFTER_DATE.test(between);
  return attribute && KK_TITLE_CUES.ratified.test(s.text);
}
