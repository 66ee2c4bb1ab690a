/** Combining two reports of one event: the better date wins, arguments and evidence are united. */
import type { EventDate } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import { toDayNumber } from '../dates/utcCalendar';
import { earliestDay, toldDate } from './dateEvent';
import { surnameOf } from './canonicalNames';
import { isGenericSubject } from './describe';
import { joinedFacet } from './storyFacet';
import { joinedBounds, withinBounds } from './dateBounds';

const RANK: Record<EventDate['certainty'], number> = { stated: 3, resolved: 2, inferred: 1 };
export const FROM_PUBLICATION = new Set(['publication-date', 'publication-interval']);

/**
 * Dates agree, or one of them only stands in for a publication date that does not precede the other.
 * With `recent`, an event told as the day's news joins an earlier date only where the report could
 * still call it news: a day at most a week before, or a month or year that holds the publication.
 * Within an article, its news of the day and an older event of its kind are two events (a summit
 * today and the last one, a refusal today and the protests of 2022); across articles a one-off (a
 * party renamed to X) is one event however late it is told.
 */
export function datesCompatible(a: Candidate, b: Candidate, recent = false): boolean {
  // A day outside the bounds an undated report's sentence gives ("после выборов 19 марта 2023
  // года") is another event's (events/dateBounds.ts).
  if (b.date && !withinBounds(a, b.date.edtf)) return false;
  if (a.date && !withinBounds(b, a.date.edtf)) return false;
  // Two different year-less days ("9 маусым", "12 маусым") are two events.
  if (a.undatedTimex && b.undatedTimex && a.undatedTimex !== b.undatedTimex) return false;
  // A year-less day ("17-го февраля") joins a dated event only on that same month and day.
  if (!a.date && b.date && a.undatedTimex) return sameMonthDay(a.undatedTimex, b.date.edtf);
  if (!b.date && a.date && b.undatedTimex) return sameMonthDay(b.undatedTimex, a.date.edtf);
  if (!a.date || !b.date) return true;
  if (a.date.edtf === b.date.edtf) return toldDate(a.date) === toldDate(b.date);
  const pa = FROM_PUBLICATION.has(a.date.method);
  const pb = FROM_PUBLICATION.has(b.date.method);
  if (pa && pb) return true;
  if (pa) return reportedAfter(b.date, a.date, recent);
  if (pb) return reportedAfter(a.date, b.date, recent);
  return false;
}

/** "XXXX-02-17" and "2023-02-17" name the same day of the year; a month or a year says nothing. */
function sameMonthDay(yearless: string, edtf: string): boolean {
  const day = /^XXXX(-\d{2}-\d{2})$/u.exec(yearless)?.[1];
  return day === undefined || edtf.slice(4, 10) === day;
}

/** An event can be reported by an article published on or after it happened. */
function reportedAfter(event: EventDate, publication: EventDate, recent: boolean): boolean {
  const happened = earliestDay(event.edtf);
  const published = publication.edtf.split('/').pop()!;
  if (!happened) return false;
  if (published === '..') return true;
  if (!recent)
    return published.slice(0, 10) >= happened || publication.edtf.startsWith(happened.slice(0, 4));
  if (event.precision !== 'day') return publication.edtf.startsWith(event.edtf.slice(0, 7));
  const after = dayNumber(published) - dayNumber(happened);
  return after >= 0 && after <= REPORTED_WITHIN;
}

/** The days after an event in which a report of it still tells it as the day's news. */
const REPORTED_WITHIN = 7;

const dayNumber = (iso: string) =>
  toDayNumber({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });

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

export const isBareHappening = (c: Candidate) => c.type === 'other' && c.facet === 'happening';

/** Combines two reports of one event into one (see fold for combining many in linear time). */
export function combine(a: Candidate, b: Candidate): Candidate {
  const lists = new CandidateLists(a);
  lists.add(b);
  return lists.into(combineScalars(a, b));
}

/**
 * Everything but the growing lists: the better date, status, subject, themes, title arguments.
 * Cheap, so folding thousands of reports into one stays linear (the lists go to CandidateLists).
 */
export function combineScalars(a: Candidate, b: Candidate): Candidate {
  // The better date wins; a publication date is only ever given to an article's own news
  // (events/when.ts), so it is a date, not a stand-in to be dropped for an undated plan.
  const date = refined(a, b) ?? refined(b, a) ?? better(a.date, b.date);
  // A specific report leads a bare gathering ("жиын", "отырысы"), but a bare "something happened"
  // ("өтеді", the gathering's own verb) says less than the gathering it happened to.
  const main =
    (a.generic && !b.generic && !isBareHappening(b)) || (b.generic && isBareHappening(a)) ? b : a;
  const subject =
    isGenericSubject(main.subject) && !isGenericSubject(other(main, a, b).subject)
      ? other(main, a, b).subject
      : main.subject;
  return {
    ...main,
    facet: joinedFacet(main, other(main, a, b)),
    subject,
    generic: a.generic && b.generic,
    status: statusOf(a, b, date),
    ...(date ? { date, dateSource: date === a.date ? a.dateSource : b.dateSource } : {}),
    undatedReason: date ? undefined : (a.undatedReason ?? b.undatedReason),
    // A year-less day is what an undated event keeps: whichever report had one.
    undatedTimex: date ? undefined : (a.undatedTimex ?? b.undatedTimex),
    undatedAt: date ? undefined : a.undatedTimex ? a.undatedAt : b.undatedAt,
    // (Both reports' bounds hold for the one act.)
    ...joinedBounds(a, b),
    // The lists stay the first report's until CandidateLists.into() fills them in.
    sentences: a.sentences,
    paragraphs: a.paragraphs,
    actors: a.actors,
    places: a.places,
    organisations: a.organisations,
    figures: a.figures,
    quotes: a.quotes,
    themes: specificThemes([...new Set([...main.themes, ...a.themes, ...b.themes])]),
    args: withQuestionOf(
      date && main.type === 'referendum' ? (date === a.date ? a : b) : undefined,
      // (A bare gathering joined to a specific act tells nothing of it: "Сондай-ақ отырыста
      // депутаттар келісімді ратификациялады" made the media law of the sitting a ratification.)
      other(main, a, b).generic && !main.generic
        ? main.args
        : mergeArgs(other(main, a, b).args, main.args),
    ),
  };
}

/**
 * One report gives the event's year ("Сайлау-2022"), another its day without a year ("20 қарашада
 * өткен сайлау"): together they date it (a year stated elsewhere in the article, method context).
 */
function refined(yearOnly: Candidate, dayOnly: Candidate): EventDate | undefined {
  const y = yearOnly.date;
  const day = dayOnly.undatedTimex;
  if (!y || dayOnly.date || !day || y.precision !== 'year' || !/^\d{4}$/u.test(y.edtf)) return;
  if (!/^XXXX-\d{2}(?:-\d{2})?$/u.test(day)) return;
  const edtf = y.edtf + day.slice(4);
  return {
    edtf,
    precision: edtf.length === 10 ? 'day' : 'month',
    certainty: 'inferred',
    method: 'context',
    timex: day,
    ...(y.evidence ? { evidence: y.evidence } : {}),
  };
}

type ListKey =
  'sentences' | 'paragraphs' | 'actors' | 'places' | 'organisations' | 'figures' | 'quotes';

/** How two items of a list are the same: the same sentence, person, place… */
const KEYS: { [K in ListKey]: (x: Candidate[K][number]) => string } = {
  sentences: (s) => `${s.sourceId}:${s.start}`,
  paragraphs: (p) => String(p),
  actors: (x) => surnameOf(x.name),
  places: (x) => x.id,
  organisations: (x) => x.id,
  figures: (x) => `${x.value}|${x.unit}`,
  quotes: (x) => x.text,
};

/** The union of several reports' lists, in order, without duplicates; each add is O(its items). */
export class CandidateLists {
  private readonly items = new Map<ListKey, unknown[]>();
  private readonly seen = new Map<ListKey, Set<string>>();

  constructor(first: Candidate) {
    for (const k of Object.keys(KEYS) as ListKey[]) {
      this.items.set(k, []);
      this.seen.set(k, new Set());
    }
    this.add(first);
  }

  add(c: Candidate): void {
    for (const k of Object.keys(KEYS) as ListKey[]) {
      const key = KEYS[k] as (x: unknown) => string;
      const seen = this.seen.get(k)!;
      const items = this.items.get(k)!;
      for (const x of c[k] as unknown[]) {
        const id = key(x);
        if (!seen.has(id)) {
          seen.add(id);
          items.push(x);
        } else if (k === 'actors') fuller(items as Candidate['actors'], x as Actor);
      }
    }
  }

  into(c: Candidate): Candidate {
    const lists = Object.fromEntries([...this.items].map(([k, v]) => [k, [...v]]));
    return { ...c, ...lists } as Candidate;
  }
}

type Actor = Candidate['actors'][number];

/**
 * A person a headline names by surname ("Токаев провел переговоры с Эрдоганом") is the one the
 * lead names in full ("Касым-Жомарт Токаев … Реджепом Тайипом Эрдоганом"): the report told first
 * must not keep the bare surname, nor lose the post, of the person the next report names fully.
 */
function fuller(items: Actor[], x: Actor): void {
  const i = items.findIndex((a) => surnameOf(a.name) === surnameOf(x.name));
  const a = items[i]!;
  const parts = (name: string) => name.split(/\s+/u).length;
  if (parts(x.name) <= parts(a.name)) return;
  items[i] = { ...a, ...x, ...(x.role || !a.role ? {} : { role: a.role }) };
}

function other(main: Candidate, a: Candidate, b: Candidate): Candidate {
  return main === a ? b : a;
}

/** Specific arguments (an election's kind, a congress's number) win over missing or general ones. */
/**
 * A referendum asks what the report that dated it says: "5 маусымда өткен референдум" does not
 * become the nuclear power plant's because another, undated mention names that one.
 */
function withQuestionOf(dating: Candidate | undefined, args: Candidate['args']): Candidate['args'] {
  if (!dating || args.topic === dating.args.topic) return args;
  const { topic: _other, ...rest } = args;
  return dating.args.topic ? { ...rest, topic: dating.args.topic } : rest;
}

function mergeArgs(x: Candidate['args'], y: Candidate['args']): Candidate['args'] {
  const out = { ...x, ...y };
  if (y.electionKind === 'general' && x.electionKind) out.electionKind = x.electionKind;
  for (const k of Object.keys(x) as Array<keyof Candidate['args']>) {
    if (out[k] === undefined) (out as Record<string, unknown>)[k] = x[k];
  }
  // A post taken by its holder ("стал", "қызметіне кірісті") is what both reports tell, or the
  // one that tells an appointment ("назначен", "тағайындады") says more: no "becomes" over it.
  if (!(x.tookPost && y.tookPost)) delete out.tookPost;
  if (x.genders && y.genders) out.genders = { ...x.genders, ...y.genders };
  // (A headline's measure without its figure, "Нацбанк повысил ставку", takes the lead's "до 16,5%".)
  if (x.measure && y.measure) out.measure = { ...x.measure, ...y.measure };
  // A law's name and step are one reading of one sentence: never the name of one report with the
  // step of another (a law "sent back" is not the code another sentence says was adopted).
  if (y.law !== undefined || y.lawStep !== undefined) {
    out.law = y.law;
    out.lawStep = y.lawStep;
    out.lawAmended = y.lawAmended;
    out.lawAbout = y.lawAbout;
  }
  return out;
}

/**
 * The report whose date was kept decides, unless the other tells the same day as done: "20
 * қарашада өткен сайлау" outweighs the article that announced the vote a month before (the
 * timeline shows what is known now), while a headline's "Сайлау 2022" does not make the day it
 * announces a day past. A publication date stands for "reported as done".
 */
function statusOf(a: Candidate, b: Candidate, date: EventDate | undefined): Candidate['status'] {
  if (!date) return a.status === 'planned' || b.status === 'planned' ? 'planned' : 'reported';
  const [owner, other] = date === a.date ? [a, b] : [b, a];
  if (other.status === 'reported' && other.date?.edtf === date.edtf) return 'reported';
  if (FROM_PUBLICATION.has(date.method) && (a.status === 'reported' || b.status === 'reported'))
    return 'reported';
  return owner.status;
}

/** "Society" is the lane of last resort: it goes when a specific theme is known. */
export function specificThemes<T extends string>(themes: T[]): T[] {
  return themes.length > 1 ? themes.filter((t) => t !== 'society') : themes;
}
