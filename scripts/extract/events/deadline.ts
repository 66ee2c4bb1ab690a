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
  const aspect = ASPECT[lang];
  const marked = () =>
    aspect.deadlineAfter.test(s.text.slice(nearest.end - s.start)) ||
    // (Or within the date's own words: "30 маусымға дейінгі мерзімде", "до конца года" may be
    // tagged whole.)
    [...nearest.text.matchAll(/\s/gu)].some(({ index }) => {
      const at = nearest.start - s.start + index;
      return (
        aspect.deadlineAfter.test(s.text.slice(at)) ||
        aspect.deadlineBefore.test(s.text.slice(0, at + 1))
      );
    }) ||
    aspect.deadlineBefore.test(s.text.slice(0, nearest.start - s.start)) ||
    (nearest.granularity === 'day' &&
      aspect.dueDayBefore?.test(s.text.slice(0, nearest.start - s.start)) === true);
  // An instruction's own date is the deadline its task is due by, and only that: the day it was
  // given ("Сегодня Токаев поручил до 1 июля …") is no day of the task.
  if (hit.trigger.facet === 'instruction') return !marked();
  // And the instruction given is not due by it: it was given before, on a day the deadline does
  // not tell.
  if (hit.trigger.facet === 'instructed') return marked();
  if (nearest.granularity === 'day' && DUE_BY_DEADLINE.has(hit.trigger.type)) return false;
  // "до конца сентября", "наурыздың соңына дейін": by a part of a month is when it happens, what
  // ever the act ("сессия пройдет до конца сентября"); so is by the end of a year ("до конца
  // года", "жыл соңына дейін"), unlike a year alone ("до 2035 года", a horizon).
  if (
    (nearest.granularity === 'month' || nearest.granularity === 'year') &&
    nearest.mod !== undefined
  )
    return false;
  return marked();
}
