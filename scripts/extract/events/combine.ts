/** Combining two reports of one event: the better date wins, arguments and evidence are united. */
import type { EventDate } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import { earliestDay } from './dateEvent';
import { isGenericSubject } from './describe';

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
  // "Will happen" without a date beats a publication date that only stood in for a missing one.
  const plannedUndated = [a, b].some((c) => !c.date && c.status === 'planned');
  const onlyPublication = [a.date, b.date].every((d) => !d || FROM_PUBLICATION.has(d.method));
  const date = plannedUndated && onlyPublication ? undefined : better(a.date, b.date);
  const main = a.generic && !b.generic ? b : a;
  const subject =
    isGenericSubject(main.subject) && !isGenericSubject(other(main, a, b).subject)
      ? other(main, a, b).subject
      : main.subject;
  return {
    ...main,
    subject,
    generic: a.generic && b.generic,
    status: statusOf(a, b, date),
    ...(date ? { date, dateSource: date === a.date ? a.dateSource : b.dateSource } : {}),
    undatedReason: date ? undefined : (a.undatedReason ?? b.undatedReason),
    sentences: uniq([...a.sentences, ...b.sentences], (s) => `${s.sourceId}:${s.start}`),
    paragraphs: [...new Set([...a.paragraphs, ...b.paragraphs])],
    actors: uniq([...a.actors, ...b.actors], (x) => surnameKey(x.name)),
    places: uniq([...a.places, ...b.places], (x) => x.id),
    organisations: uniq([...a.organisations, ...b.organisations], (x) => x.id),
    figures: uniq([...a.figures, ...b.figures], (x) => `${x.value}|${x.unit}`),
    quotes: uniq([...a.quotes, ...b.quotes], (x) => x.text),
    themes: specificThemes([...new Set([...main.themes, ...a.themes, ...b.themes])]),
    args: mergeArgs(other(main, a, b).args, main.args),
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

function other(main: Candidate, a: Candidate, b: Candidate): Candidate {
  return main === a ? b : a;
}

/** Specific arguments (an election's kind, a congress's number) win over missing or general ones. */
function mergeArgs(x: Candidate['args'], y: Candidate['args']): Candidate['args'] {
  const out = { ...x, ...y };
  if (y.electionKind === 'general' && x.electionKind) out.electionKind = x.electionKind;
  for (const k of Object.keys(x) as Array<keyof Candidate['args']>) {
    if (out[k] === undefined) (out as Record<string, unknown>)[k] = x[k];
  }
  return out;
}

/** The report whose date was kept decides; a publication date stands for "reported as done". */
function statusOf(a: Candidate, b: Candidate, date: EventDate | undefined): Candidate['status'] {
  if (!date) return a.status === 'planned' || b.status === 'planned' ? 'planned' : 'reported';
  const owner = date === a.date ? a : b;
  if (FROM_PUBLICATION.has(date.method) && (a.status === 'reported' || b.status === 'reported'))
    return 'reported';
  return owner.status;
}

/** "Society" is the lane of last resort: it goes when a specific theme is known. */
export function specificThemes<T extends string>(themes: T[]): T[] {
  return themes.length > 1 ? themes.filter((t) => t !== 'society') : themes;
}

function surnameKey(name: string): string {
  return (
    name
      .split(/[\s.]+/u)
      .filter(Boolean)
      .pop() ?? name
  ).toLowerCase();
}
