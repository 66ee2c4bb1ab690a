/**
 * Stage 8 — merge across articles and finish: the same event told by several sources becomes one
 * event with several sources; each gets a stable id derived from its content (type, subject, date),
 * so adding another article does not change the ids of existing events.
 */
import type { Event, EventSource, Unplaced } from '../../../src/model/schema';
import type { Candidate } from '../events/candidate';
import { datesCompatible } from '../events/combine';
import { earliestDay } from '../events/dateEvent';
import { fold } from '../events/mergeInArticle';
import { makeTitle } from '../events/titles';

export function mergeAcross(candidates: Candidate[]): { events: Event[]; unplaced: Unplaced[] } {
  const merged = fold(
    candidates,
    (a, b) =>
      a.type === b.type && a.facet === b.facet && a.subject === b.subject && datesCompatible(a, b),
  );
  const events: Event[] = [];
  const unplaced: Unplaced[] = [];
  const ids = new Set<string>();
  for (const c of merged) {
    if (c.generic && c.places.length === 0 && c.figures.length === 0) continue; // a bare "жиын" tells nothing
    if (!c.date) {
      const s = c.sentences[0]!;
      unplaced.push({
        sourceId: s.sourceId,
        kind: 'event',
        type: c.type,
        reason: c.undatedReason ?? 'no date',
        evidence: { start: s.start, end: s.end, text: s.text },
      });
      continue;
    }
    events.push(toEvent(c, uniqueId(ids, idOf(c))));
  }
  events.sort(
    (a, b) =>
      (earliestDay(a.date.edtf) ?? '').localeCompare(earliestDay(b.date.edtf) ?? '') ||
      a.id.localeCompare(b.id),
  );
  return { events, unplaced };
}

function idOf(c: Candidate): string {
  const day = (c.date?.edtf ?? 'undated').replace(/\.\./gu, 'open').replace(/[^0-9a-z]+/giu, '-');
  return `${day}-${c.type}-${c.subject}`.toLowerCase().replace(/-+/gu, '-').replace(/^-|-$/gu, '');
}

function uniqueId(taken: Set<string>, id: string): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}

function toEvent(c: Candidate, id: string): Event {
  const bySource = new Map<string, EventSource>();
  for (const s of c.sentences) {
    const entry = bySource.get(s.sourceId) ?? { sourceId: s.sourceId, evidence: [] };
    entry.evidence.push({ start: s.start, end: s.end, text: s.text });
    bySource.set(s.sourceId, entry);
  }
  return {
    id,
    type: c.type,
    themes: c.themes,
    status: c.status,
    date: c.date!,
    title: makeTitle(c),
    summary: { text: summarise(c), lang: c.lang },
    actors: c.actors,
    places: c.places,
    organisations: c.organisations,
    figures: c.figures,
    quotes: c.quotes,
    sources: [...bySource.values()].map((s) => ({
      ...s,
      evidence: s.evidence.sort((a, b) => a.start - b.start),
    })),
  };
}

/** Extractive: the first sentence that reports the event, extended by the next when very short. */
function summarise(c: Candidate): string {
  const own = c.sentences.filter((s) => s.sourceId === c.sentences[0]!.sourceId);
  let text = own[0]!.text;
  if (text.length < 60 && own[1]) text += ' ' + own[1].text;
  return text.length > 400 ? text.slice(0, 397).replace(/\s+\S*$/u, '') + '…' : text;
}
