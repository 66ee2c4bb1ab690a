import { toldSeasonEdtf } from '../model/queries/toldSeason';
import type { Event } from '../model/schema';
import { edtfToParts, type DateParts } from './edtfToParts';
import { localize } from './localize';
import { sortChronological } from './sortChronological';
import { seasonLabel } from './toDateLabel';

/** A date as TimelineJS3 reads it: numbers, with what the source did not say left out. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  /** Shown instead of the numbers: a season ("Spring 2024"), which TimelineJS has no field for. */
  display_date?: string;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

// TimelineJS renders `text` as HTML, so event text must not be able to inject markup.
function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/gu,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );
}

function toTjsDate(p: DateParts): TimelineJsDate {
  const d: TimelineJsDate = { year: p.year };
  if (p.month !== undefined) d.month = p.month;
  if (p.day !== undefined) d.day = p.day;
  return d;
}

/**
 * The events in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html):
 * one slide per event, its first theme as `group`, its id as `unique_id`.
 * `groupLabel` turns a theme key into the label shown on the lane.
 * @example toTimelineJs(events, { title: 'Шежіре', lang: 'kk' }).events[0].start_date // {year: 2022, month: 3, day: 1}
 */
export function toTimelineJs(
  events: readonly Event[],
  opts: {
    title: string;
    description?: string;
    lang: string;
    groupLabel?: (theme: string) => string;
  },
): TimelineJsFile {
  const label = opts.groupLabel ?? ((t: string) => t);
  return {
    title: { text: { headline: escapeHtml(opts.title), text: escapeHtml(opts.description ?? '') } },
    events: sortChronological(events).map((e) => {
      const parts = edtfToParts(e.date.edtf);
      // A season, told (a year with a season timex) or written as EDTF (2024-21): its numbers
      // alone would read as the bare year or as the season's first month.
      const season = seasonLabel(toldSeasonEdtf(e.date), opts.lang);
      const out: TimelineJsEvent = {
        start_date:
          season === undefined
            ? toTjsDate(parts.start)
            : { ...toTjsDate(parts.start), display_date: season },
        text: {
          headline: escapeHtml(localize(e.title, opts.lang)),
          text: escapeHtml(e.summary.text),
        },
        group: label(e.themes[0] ?? 'other'),
        unique_id: e.id,
      };
      if (parts.end) out.end_date = toTjsDate(parts.end);
      return out;
    }),
  };
}
