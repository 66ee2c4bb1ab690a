/**
 * A document ratified, named with its own date after "от": "Сенат ратифицировал соглашение от
 * 5 мая". The date is the document's (the day it was signed), not the ratification's, which is
 * told as the article's news or dated elsewhere (events/ratifiedDocument.ts).
 */
import type { TriggerHit } from '../../../events/findTriggers';
import type { DocTimex } from '../../../stages/dates';
import type { Sentence } from '../../../types';
import { RU_TITLE_CUES } from '../lexicon/titleCues';
import { documentBefore } from './documentOfDate';

/** Whether `t` is the own date of the document `hit` names, in a sentence telling its ratification. */
export function ruRatifiedDocumentDate(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const doc = documentBefore(s.text, t.start - s.start);
  return doc >= hit.at && doc < hit.at + hit.text.length && RU_TITLE_CUES.ratified.test(s.text);
}
