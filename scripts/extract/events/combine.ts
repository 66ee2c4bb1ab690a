/** Combining two reports of one event: the better date wins, arguments and evidence are united. */
import type { EventDate } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import { earliestDay } from './dateEvent';

const RANK: Record<EventDate['certainty'], number> = { stated: 3, resolved: 2, inferred: 1 };
const FROM_PUBLICATION = new Set(['publication-date', 'publication-interval']);

/** Dates agree, or one of them only stands in for a publication date that does not precede the other. */
export function datesCompatible(a: Candidate, b: Candidate): boolean {
  if (!a.date || !b.date) return true;
  if (a.date.edtf === b.date.edtf) return true;
  const pa = FROM_PUBLICATION.has(a.date.method);
  const pb = FROM_PUBLICATION.has(b.date.method);
  if (pa && pb) return true;
  if (pa) return reportedAfter(b.date, a.date);
  if (pb) return reportedAfter(a.date, b.date);
  return false;
}

/** An event can be reported by an article published on or after it happened. */
function reportedAfter(event: EventDate, publication: EventDate): boolean {
  const happened = earliestDay(event.edtf);
  const published = publication.edtf.split('/').pop()!;
  if (!happened) return false;
  return (
    published === '..' ||
    published.slice(0, 10) >= happened ||
    publication.edtf.startsWith(happened.slice(0, 4))
  );
}

export function better(a?: EventDate, b?: EventDate): EventDate | undefined {
  if (!a) return b;
  if (!b) return a;
  const pa = FROM_PUBLICATION.has(a.method);
  const pb = FROM_PUBLICATION.has(b.method);
  if (pa !== pb) return pa ? b : a;
  if (RANK[a.certainty] !== RANK[b.certainty]) return RANK[a.certainty] > RANK[b.certainty] ? a : b;
  // Equally good: the earlier report (e.g. the earlier publication) dates the event.
  return (earliestDay(a.edtf) ?? '') <= (earliestDay(b.edtf) ?? '') ? a : b;
}

export function combine(a: Candidate, b: Candidate): Candidate {
  const date = better(a.date, b.date);
  const main = a.generic && !b.generic ? b : a;
  return {
    ...main,
    generic: a.generic && b.generic,
    status: date === a.date ? a.status : b.status,
    ...(date ? { date } : {}),
    undatedReason: date ? undefined : (a.undatedReason ?? b.undatedReason),
    sentences: uniq([...a.sentences, ...b.sentences], (s) => `${s.sourceId}:${s.start}`),
    paragraphs: [...new Set([...a.paragraphs, ...b.paragraphs])],
    actors: uniq([...a.actors, ...b.actors], (x) => x.name.toLowerCase()),
    places: uniq([...a.places, ...b.places], (x) => x.id),
    organisations: uniq([...a.organisations, ...b.organisations], (x) => x.id),
    figures: uniq([...a.figures, ...b.figures], (x) => `${x.value}|${x.unit}`),
    quotes: uniq([...a.quotes, ...b.quotes], (x) => x.text),
    themes: [...new Set([...main.themes, ...a.themes, ...b.themes])],
    args: { ...b.args, ...a.args, ...main.args },
  };
}

function uniq<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
