/**
 * Stage 8 — merge across articles and finish: the same event told by several sources becomes one
 * event with several sources; each gets a stable id derived from its content (type, subject, date),
 * so adding another article does not change the ids of existing events.
 */
import type { Event, EventSource, Unplaced, UnplacedReason } from '../../../src/model/schema';
import type { Candidate } from '../events/candidate';
import { canonicalArgs, canonicalNames } from '../events/canonicalNames';
import { datesCompatible } from '../events/combine';
import { earliestDay, toldDate } from '../events/dateEvent';
import { isGenericSubject } from '../events/describe';
import { storyFacet } from '../events/storyFacet';
import { fold } from '../events/fold';
import { summarise } from '../events/summarise';
import { makeTitle } from '../events/titles';

export const REASONS: Record<UnplacedReason, string> = {
  'planned-no-date': 'announced for later; the text gives no date',
  'vote-no-date': 'a vote mentioned without its date',
  'no-date': 'no date in the text and no publication date',
  'year-unknown': 'the year cannot be known: the article has no publication date',
  'no-event': 'no event of a known type was found in the article',
  'recalled-no-date': 'recalled as background; the article gives it no date of its own',
  'publication-period':
    'no date of its own, and the article is dated only to a period: a one-day event is not drawn across it',
};

export function mergeAcross(candidates: Candidate[]): { events: Event[]; unplaced: Unplaced[] } {
  const merged = withCanonicalNames(
    fold(namedInEachArticle(candidates), sameAcrossSources, acrossKey),
  );
  const events: Event[] = [];
  const unplaced: Unplaced[] = [];
  const ids = new Set<string>();
  for (const c of merged) {
    // A bare "жиын" tells nothing, unless its own sentence dates it ("Сенат 4 қазанда отырыс өткізді").
    const ownDate = c.date?.evidence !== undefined && !c.date.method.startsWith('publication');
    if (c.generic && c.places.length === 0 && c.figures.length === 0 && !ownDate) continue;
    if (!c.date) {
      // The sentence with the year-less day, when there is one, keeps it beside its evidence.
      const s = c.sentences.find((x) => x.start === c.undatedAt) ?? c.sentences[0]!;
      const more = c.sentences.filter((x) => x !== s && x.sourceId === s.sourceId);
      unplaced.push({
        sourceId: s.sourceId,
        kind: 'event',
        type: c.type,
        reason: REASONS[c.undatedReason ?? 'no-date'],
        reasonCode: c.undatedReason ?? 'no-date',
        evidence: shown(s),
        ...(more.length ? { more: more.map(shown) } : {}),
        ...(c.undatedTimex ? { timex: c.undatedTimex } : {}),
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

/**
 * What two reports `sameAcrossSources` may join share: kind, facet and subject; none for a generic
 * subject, which joins nothing (thousands of bare gatherings are not compared pair by pair).
 */
export const acrossKey = (c: Candidate): string | undefined =>
  isGenericSubject(c.subject) ? undefined : `${c.type}|${storyFacet(c)}|${c.subject}`;

/**
 * Across articles only specific subjects merge. A one-off event (a party renamed to X, the n-th
 * congress of a party, a named coalition's make-up) merges even when one article dates it only by
 * its own publication; recurring kinds (elections, referendums, meetings) need the same date.
 */
export function sameAcrossSources(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type || storyFacet(a) !== storyFacet(b) || a.subject !== b.subject) return false;
  if (isGenericSubject(a.subject)) return false;
  // A recall without a date joins the same one-off event dated by another source (a party renamed
  // to X, its n-th congress); never a recurring kind, whose subject
  // (a person, a kind of election) does not tell one occurrence from the next.
  // Two undated reports of one one-off (a named coalition's make-up) are one item to place.
  if (!a.date || !b.date) return isOneOff(a) && datesCompatible(a, b);
  if (isOneOff(a)) return datesCompatible(a, b);
  // (One year, two seasons: two occurrences, dateEvent.ts toldDate.)
  return toldDate(a.date) === toldDate(b.date);
}

function isOneOff(c: Candidate): boolean {
  return (
    c.type === 'renaming' ||
    (c.type === 'congress' && c.args.ordinal !== undefined) ||
    (c.type === 'coalition' && c.facet === 'composition')
  );
}

/**
 * A bare surname is first the person its own article names in full: "Ахметжанов подал заявление"
 * after "Даурен Ахметжанов досрочно прекратил полномочия" is Dauren, whoever else of that surname
 * the collection names more often (a political scientist Ruslan Akhmetzhanov in another article).
 */
function namedInEachArticle(list: Candidate[]): Candidate[] {
  const bySource = new Map<string, Candidate[]>();
  for (const c of list) {
    const id = c.sentences[0]?.sourceId ?? '';
    bySource.set(id, [...(bySource.get(id) ?? []), c]);
  }
  const out = new Map<Candidate, Candidate>();
  for (const group of bySource.values())
    withCanonicalNames(group).forEach((c, i) => out.set(group[i]!, c));
  return list.map((c) => out.get(c)!);
}

/** Every actor and quote speaker under one name per person (see canonicalNames). */
function withCanonicalNames(list: Candidate[]): Candidate[] {
  const names = list.flatMap((c) => [
    ...c.actors.map((a) => a.name),
    ...c.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
    // (And who was met or invited, named by surname in a headline: "переговоры с Эрдоганом".)
    ...[c.args.met, ...(c.args.alsoMet ?? []), c.args.invited?.who, c.args.invited?.by].filter(
      (n): n is string => n !== undefined,
    ),
  ]);
  const canon = canonicalNames(names);
  return list.map((c) => ({
    ...c,
    actors: uniqBy(
      c.actors.map((a) => ({ ...a, name: canon.get(a.name) ?? a.name })),
      (a) => a.name,
    ),
    quotes: c.quotes.map((q) =>
      q.speaker ? { ...q, speaker: canon.get(q.speaker) ?? q.speaker } : q,
    ),
    args: canonicalArgs(c.args, canon),
  }));
}

function idOf(c: Candidate): string {
  const day = (c.date?.edtf ?? 'undated').replace(/\.\./gu, 'open').replace(/[^0-9a-z]+/giu, '-');
  return `${day}-${c.type}-${c.subject.replace(/^~/u, c.facet)}`
    .toLowerCase()
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
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
    entry.evidence.push(shown(s));
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
    places: c.places.some((p) => p.kind !== 'country')
      ? c.places.filter((p) => p.kind !== 'country')
      : c.places,
    organisations: uniqBy(c.organisations, (o) => o.id),
    figures: uniqBy(c.figures, (f) => `${f.value}|${f.unit}`),
    quotes: c.quotes,
    sources: [...bySource.values()].map((s) => ({
      ...s,
      evidence: s.evidence.sort((a, b) => a.start - b.start),
    })),
  };
}

function uniqBy<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
}

/** A sentence as shown for evidence: from where its report begins, past an agency's dateline. */
function shown(s: Candidate['sentences'][number]): { start: number; end: number; text: string } {
  const at = s.reportAt ?? s.start;
  return { start: at, end: s.end, text: s.text.slice(at - s.start) };
}
