import type { Event, Source } from '../model/schema';
import { edtfRange } from '../model/queries';

/**
 * How an event's status reads today. The data keeps `planned` as of the article that announced
 * it; once the event's last day is before today, "Planned" would be wrong: the reader is told it
 * was announced in advance, and by which article (its publication date, when known).
 */
export type StatusView =
  { kind: 'reported' } | { kind: 'planned' } | { kind: 'announced'; published?: string };

const DAY_MS = 86_400_000;

/**
 * @param nowMs "today" in UTC milliseconds (injected, never read from the clock here)
 * @example statusAsOf(electionPlannedFor20Nov2022, sources, Date.UTC(2026, 0, 1))
 *   // { kind: 'announced', published: '2022-10-12' }
 */
export function statusAsOf(
  event: Pick<Event, 'status' | 'date' | 'sources'>,
  sourceById: ReadonlyMap<string, Pick<Source, 'published'>>,
  nowMs: number,
): StatusView {
  if (event.status !== 'planned') return { kind: 'reported' };
  const span = edtfRange(event.date.edtf);
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  // An open-ended span (`2022-06-05/..`) counts from its known day: once that is past, it began.
  if (span === null || span[1] > today) return { kind: 'planned' };
  const sourceId = event.date.evidence?.sourceId ?? event.sources[0]?.sourceId;
  const published = sourceId === undefined ? undefined : sourceById.get(sourceId)?.published;
  const day = published?.split('T')[0];
  return day === undefined || day === ''
    ? { kind: 'announced' }
    : { kind: 'announced', published: day };
}
