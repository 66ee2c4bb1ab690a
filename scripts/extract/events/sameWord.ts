/**
 * One word read by two weak cues ("басқарған": a tenure, a founding) is one event: the first
 * cue's. Save an instruction with a deadline, which tells two events from one verb: the
 * instruction given, on a day its clause gives (else the day of the news it is part of), and its
 * task, due by the deadline ("Сегодня Токаев поручил до 1 июля внести …" was not said on 1 July,
 * and nothing was due today). The cue "instructed" reads the first, "instruction" the second
 * (deadline.ts gives each its own date).
 */
import type { TriggerHit } from './findTriggers';

const INSTRUCTION_AND_TASK = new Set(['instruction', 'instructed']);

const twoEvents = (a: TriggerHit, b: TriggerHit) =>
  a.trigger.facet !== b.trigger.facet &&
  INSTRUCTION_AND_TASK.has(a.trigger.facet) &&
  INSTRUCTION_AND_TASK.has(b.trigger.facet);

/** Whether the weak cue `h` reads the very word `o` read as its event (one event, `o`'s). */
export const readsSameWord = (o: TriggerHit, h: TriggerHit): boolean =>
  o !== h && o.at === h.at && o.text === h.text && !o.topic && !twoEvents(o, h);

/** The `i`th hit, a weak cue, reads a word an earlier cue of the sentence already read as its event. */
export function readAgain(hits: readonly TriggerHit[], h: TriggerHit, i: number): boolean {
  return h.trigger.fallback === true && hits.some((o, j) => j < i && readsSameWord(o, h));
}
