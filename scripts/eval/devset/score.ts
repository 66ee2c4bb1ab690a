/**
 * Scoring rules of ../shared/devset/README.md ("Scoring"), as pure functions over one article:
 * timex value accuracy, recall of dated gold events, and the precision of placed events split into
 * right / vague / wrong date / wrong kind / matching nothing.
 */
import type { EventsFile } from '../../../src/model/schema';
import type { GoldArticle, GoldEvent } from './gold';

export interface PredTimex {
  start: number;
  end: number;
  value: string;
}

export type Verdict = 'right' | 'vague' | 'wrong-date' | 'wrong-kind' | 'no-match';

export interface ArticleScore {
  id: string;
  timex: { right: number; total: number; misses: string[] };
  recall: { found: number; total: number; misses: string[] };
  placed: Record<Verdict, number>;
  /** One line per placed event that is not right, for reading the errors. */
  errors: string[];
  /** Each placed event's verdict with how its date was found and its kind, for tallies. */
  verdicts: Array<{
    verdict: Verdict;
    method: string;
    type: string;
    company: string;
    /** For a right placement: whether it is planned exactly when its gold event was, as of the article. */
    statusAgrees?: boolean;
    /** Whether the extracted event is planned (for the status tallies). */
    planned?: boolean;
    /** Whether another article reports the same event (its status is then what is known now). */
    alsoElsewhere?: boolean;
  }>;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export function scoreTimexes(gold: GoldArticle, pred: PredTimex[]): ArticleScore['timex'] {
  let right = 0;
  const misses: string[] = [];
  for (const g of gold.timexes) {
    const want = g.resolvable_to ?? g.value;
    const hit = pred.some((p) => overlaps([p.start, p.end], [g.start, g.end]) && p.value === want);
    if (hit) right++;
    else {
      const got = pred.filter((p) => overlaps([p.start, p.end], [g.start, g.end]));
      misses.push(`"${g.text}" want ${want}, got ${got.map((p) => p.value).join(',') || '—'}`);
    }
  }
  return { right, total: gold.timexes.length, misses };
}

/** Which gold kinds an extracted kind may stand for (README, "Event precision"). */
const COMPATIBLE: Record<string, string[]> = {
  congress: ['congress', 'session', 'meeting'],
  meeting: ['meeting', 'session', 'congress', 'other'],
  coalition: ['coalition', 'headquarters', 'other'],
  headquarters: ['coalition', 'headquarters', 'other'],
  address: ['address', 'statement'],
  proposal: ['proposal', 'statement', 'reform'],
  appointment: ['appointment', 'resignation'],
  reform: ['reform', 'proposal', 'law', 'decree'],
  statement: ['statement', 'address', 'proposal'],
  other: ['other', 'decree', 'law', 'inauguration', 'session', 'resignation'],
};

export function kindsMatch(extracted: string, gold: string): boolean {
  return (COMPATIBLE[extracted] ?? [extracted]).includes(gold);
}

/** A date with an uncertainty mark removed; EDTF seasons and intervals are left as they are. */
const plain = (edtf: string) => edtf.replace(/[?~%]/gu, '');

/** Equal, or one a prefix of the other ("2022-11" vs "2022-11-20"); "XXXX" matches any year. */
export function datesAgree(extracted: string, gold: string): boolean {
  const e = plain(extracted);
  if (e.includes('/')) return false;
  const g = gold.startsWith('XXXX') ? e.slice(0, 4) + gold.slice(4) : gold;
  return e === g || g.startsWith(e + '-') || e.startsWith(g + '-');
}

/** An interval (or a coarser date) that contains the gold day without naming it. */
export function contains(extracted: string, gold: string): boolean {
  const e = plain(extracted);
  if (!e.includes('/') || gold.startsWith('XXXX')) return false;
  const [from, to] = e.split('/') as [string, string];
  const lo = from === '..' || from === '' ? '0000' : from;
  const hi = to === '..' || to === '' ? '9999' : to + '\uffff';
  return gold >= lo && gold <= hi;
}

export function scoreEvents(
  gold: GoldArticle,
  data: EventsFile,
  sourceId: string,
): Omit<ArticleScore, 'id' | 'timex'> {
  const placed = data.events
    .map((e) => ({ e, spans: spansOf(e.sources, sourceId) }))
    .filter((x) => x.spans.length > 0);
  const unplaced = data.unplaced.filter(
    (u) => u.sourceId === sourceId && u.kind === 'event' && u.evidence,
  );

  const dated = gold.events.filter((g) => g.date !== null);
  const misses: string[] = [];
  let found = 0;
  for (const g of dated) {
    const near = (spans: Array<[number, number]>) =>
      spans.some((s) => g.spans.some((gs) => overlaps(s, gs)));
    const byEvent = placed.some(({ e, spans }) => near(spans) && sameDate(e.date.edtf, g.date!));
    const byUnplaced = unplaced.some(
      (u) =>
        near([u.evidence!, ...(u.more ?? [])].map((x) => [x.start, x.end])) &&
        u.timex !== undefined &&
        keepsMonthDay(u.timex, g.date!),
    );
    if (byEvent || byUnplaced) found++;
    else misses.push(`${g.type} ${g.date}: ${g.evidence}${missedAs(placed, unplaced, near)}`);
  }

  const verdicts: Record<Verdict, number> = {
    right: 0,
    vague: 0,
    'wrong-date': 0,
    'wrong-kind': 0,
    'no-match': 0,
  };
  const errors: string[] = [];
  const each: ArticleScore['verdicts'] = [];
  for (const { e, spans } of placed) {
    const touching = gold.events.filter((g) =>
      g.spans.some((gs) => spans.some((s) => overlaps(s, gs))),
    );
    const v = verdictOf(e.type, e.date.edtf, touching);
    verdicts[v]++;
    // Whether another placed event of the article shares its evidence (one sentence, two events).
    const shared = placed.some(
      (o) => o.e !== e && o.spans.some((a) => spans.some((b) => overlaps(a, b))),
    );
    const statusAgrees =
      v === 'right'
        ? touching.some(
            (g) =>
              kindsMatch(e.type, g.type) &&
              g.date !== null &&
              datesAgree(e.date.edtf, g.date) &&
              (g.status === 'planned') === (e.status === 'planned'),
          )
        : undefined;
    each.push({
      verdict: v,
      ...(statusAgrees !== undefined
        ? {
            statusAgrees,
            planned: e.status === 'planned',
            alsoElsewhere: e.sources.some((x) => x.sourceId !== sourceId),
          }
        : {}),
      method: e.date.method,
      type: e.type,
      company: shared ? 'shares its sentence' : 'alone in its sentence',
    });
    if (statusAgrees === false)
      errors.push(
        `status: ${e.type} ${e.date.edtf} (${e.date.method}) is ${e.status}, want ${touching.map((g) => g.status).join('/')} | ${e.sources.find((x) => x.sourceId === sourceId)!.evidence[0]!.text.slice(0, 90)}`,
      );
    if (v !== 'right') {
      const want = touching.map((g) => `${g.type} ${g.date ?? 'null'}`).join('; ') || '—';
      errors.push(
        `${v}: ${e.type} ${e.date.edtf} (${e.date.method}) want ${want} | ${spans.length ? e.sources.find((s) => s.sourceId === sourceId)!.evidence[0]!.text.slice(0, 90) : ''}`,
      );
    }
  }
  return {
    recall: { found, total: dated.length, misses },
    placed: verdicts,
    errors,
    verdicts: each,
  };
}

/** What the extractor made of a missed gold event's words: another date, an unplaced item, nothing. */
function missedAs(
  placed: Array<{ e: EventsFile['events'][number]; spans: Array<[number, number]> }>,
  unplaced: EventsFile['unplaced'],
  near: (spans: Array<[number, number]>) => boolean,
): string {
  const there = placed
    .filter(({ spans }) => near(spans))
    .map(({ e }) => `${e.type} ${e.date.edtf}`);
  const waiting = unplaced
    .filter((u) => near([u.evidence!, ...(u.more ?? [])].map((x) => [x.start, x.end])))
    .map((u) => `unplaced ${u.reasonCode}${u.timex ? ` ${u.timex}` : ''}`);
  const made = [...there, ...waiting];
  return `  [got: ${made.length ? made.join('; ') : 'nothing'}]`;
}

function verdictOf(type: string, edtf: string, touching: GoldEvent[]): Verdict {
  if (touching.length === 0) return 'no-match';
  const kin = touching.filter((g) => kindsMatch(type, g.type));
  if (kin.length === 0) return 'wrong-kind';
  if (kin.some((g) => g.date !== null && datesAgree(edtf, g.date))) return 'right';
  if (kin.some((g) => g.date !== null && contains(edtf, g.date))) return 'vague';
  return 'wrong-date';
}

/** Recall wants the same date: exact, or any year for a gold "XXXX-MM-DD". */
function sameDate(edtf: string, gold: string): boolean {
  const e = plain(edtf);
  return gold.startsWith('XXXX')
    ? e.length === gold.length && e.slice(4) === gold.slice(4)
    : e === gold;
}

/** An unplaced item that kept the month and day (or the month, for "XXXX-02") of a year-less gold date. */
function keepsMonthDay(timex: string, gold: string): boolean {
  return gold.length >= 7 && timex.slice(4, 10) === gold.slice(4, 10);
}

function spansOf(
  sources: EventsFile['events'][number]['sources'],
  sourceId: string,
): Array<[number, number]> {
  return sources
    .filter((s) => s.sourceId === sourceId)
    .flatMap((s) => s.evidence.map((x) => [x.start, x.end] as [number, number]));
}
