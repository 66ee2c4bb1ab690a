/**
 * A deadline ("15 наурызға дейін", "до 15 марта") is when something must be done by. An act due by
 * a day ("до 1 июля принять закон", "1 қарашаға дейін енгізіледі") is planned for that day, as an
 * instruction's task is; an election or a meeting named beside a deadline is not what the deadline
 * is for, and a year ("до 2035 года") is a horizon, not a due day.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { ASPECT } from './aspect';
import type { TriggerHit } from './findTriggers';

/** Acts that can be due by a day: the deadline is the day they are planned for. */
const DUE_BY_DEADLINE = new Set(['law', 'decree', 'proposal', 'appointment', 'reform', 'other']);

/** The date nearest the cue is a deadline that does not date the cue's event. */
export function isForeignDeadline(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  nearest: DocTimex | undefined,
): boolean {
  if (nearest === undefined || nearest.endValue) return false;
  // (An instruction's own date is the deadline its task is due by.)
  if (hit.trigger.facet === 'instruction') return false;
  if (nearest.granularity === 'day' && DUE_BY_DEADLINE.has(hit.trigger.type)) return false;
  // "до конца сентября", "наурыздың соңына дейін": by a part of a month is when it happens, what
  // ever the act ("сессия пройдет до конца сентября"); so is by the end of a year ("до конца
  // года", "жыл соңына дейін"), unlike a year alone ("до 2035 года", a horizon).
  if (
    (nearest.granularity === 'month' || nearest.granularity === 'year') &&
    nearest.mod !== undefined
  )
    return false;
  const aspect = ASPECT[lang];
  return (
    aspect.deadlineAfter.test(s.text.slice(nearest.end - s.start)) ||
    aspect.deadlineAfter.test(nearest.text.replace(/^.*?(?=\s\S+$)/u, '')) ||
    aspect.deadlineBefore.test(s.text.slice(0, nearest.start - s.start))
  );
}
