/**
 * A date told after the clause the cue's verb closes (DateOwnershipGrammar.closingVerb): "Президент
 * … етуді ұсынды және 2027 жылы референдум өткізуге болатынын айтты" proposed today, and 2027 is the
 * referendum's. Votes and gatherings are asked nothing: their cue is a noun, whose accusative ends
 * as a past verb does ("референдумды 2027 жылы өткізу").
 */
import type { EventType, SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { DATE_OWNERSHIP } from './dateOwnershipGrammar';
import type { TriggerHit } from './findTriggers';
import { VOTES_AND_GATHERINGS } from './kinds';

export function afterClosingVerb(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  type: EventType,
  t: DocTimex,
): boolean {
  const grammar = DATE_OWNERSHIP[lang].closingVerb;
  const end = hit.at + hit.text.length;
  return (
    !!grammar &&
    !VOTES_AND_GATHERINGS.has(type) &&
    t.start - s.start >= end &&
    grammar.verbEnd.test(hit.text) &&
    grammar.joint.test(s.text.slice(end))
  );
}
