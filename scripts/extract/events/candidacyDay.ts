/**
 * The date a vote named as the one candidates are put up for owns (TriggerHit.candidacy): right
 * after its noun ("кандидата на выборы 20 ноября") or past the body it fills ("на выборы в Мажилис
 * 19 марта", DateOwnershipGrammar.voteChamber). It is that vote's, not the nominating's (ownDate.ts).
 */
import type { Doc } from '../types';
import type { DocTimex } from '../stages/dates';
import { DATE_OWNERSHIP } from './dateOwnershipGrammar';
import type { TriggerHit } from './findTriggers';

/** Whether `t` stands right after the vote `h`, save the body it fills. */
export function isCandidacyDay(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  h: TriggerHit,
  t: DocTimex,
): boolean {
  const between = s.text.slice(h.at + h.text.length, t.start - s.start);
  return /^\s+$/u.test(between) || DATE_OWNERSHIP[lang].voteChamber?.test(between) === true;
}
