import { describe, expect, it } from 'vitest';
import { dateFromUrl, readGold } from '../../../../scripts/eval/devset/gold';
import {
  contains,
  datesAgree,
  kindsMatch,
  scoreEvents,
  scoreTimexes,
} from '../../../../scripts/eval/devset/score';
import type { EventsFile } from '../../../../src/model/schema';

// A made-up article: an astral character first, so code-point and UTF-16 offsets differ.
const text = '𝔸 Съезд 2022 жылы 1 наурызда өтті. Сайлау болады.';
const gold = readGold(
  't01_kk',
  JSON.stringify({
    source_url: 'https://example.kz/2022/03/02/x',
    language: 'kk',
    published: null,
    timexes: [
      { text: '2022 жылы 1 наурызда', start: 8, end: 28, value: '2022-03-01', resolvable_to: null },
    ],
    events: [
      {
        what: 'c',
        type: 'congress',
        date: '2022-03-01',
        date_basis: 'explicit',
        status: 'happened',
        evidence: 'Съезд 2022 жылы 1 наурызда өтті',
      },
      {
        what: 'e',
        type: 'election',
        date: null,
        date_basis: 'none',
        status: 'planned',
        evidence: 'Сайлау болады',
      },
    ],
  }),
  text,
);

const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
function eventAt(type: string, edtf: string, sentence: string): EventsFile['events'][number] {
  return {
    type,
    date: { edtf, method: 'explicit' },
    sources: [{ sourceId: 't01_kk', evidence: [span(sentence)] }],
  } as unknown as EventsFile['events'][number];
}
const file = (events: EventsFile['events']): EventsFile =>
  ({ schemaVersion: 1, sources: [], events, unplaced: [] }) as unknown as EventsFile;

describe('devset scoring rules', () => {
  it('reads code-point offsets as UTF-16 ones', () => {
    expect(text.slice(gold.timexes[0]!.start, gold.timexes[0]!.end)).toBe('2022 жылы 1 наурызда');
  });

  it('counts a timex only with an overlapping span and the expected value', () => {
    const at = gold.timexes[0]!;
    expect(
      scoreTimexes(gold, [{ start: at.start + 10, end: at.end, value: '2022-03-01' }]).right,
    ).toBe(1);
    expect(scoreTimexes(gold, [{ start: at.start, end: at.end, value: '2022-03' }]).right).toBe(0);
    expect(scoreTimexes(gold, [{ start: 0, end: 2, value: '2022-03-01' }]).right).toBe(0);
  });

  it('splits placed events into right, vague, wrong date, wrong kind and no match', () => {
    const s1 = 'Съезд 2022 жылы 1 наурызда өтті.';
    const r = scoreEvents(
      gold,
      file([
        eventAt('congress', '2022-03-01', s1),
        eventAt('meeting', '2022-03', s1),
        eventAt('congress', '2022-02-10/2022-03-10', s1),
        eventAt('election', '2022-03-02', 'Сайлау болады.'),
        eventAt('address', '2022-03-01', s1),
        eventAt('congress', '2022-03-01', '𝔸'),
      ]),
      't01_kk',
    );
    expect(r.placed).toEqual({
      right: 2,
      vague: 1,
      'wrong-date': 1,
      'wrong-kind': 1,
      'no-match': 1,
    });
    expect(r.recall).toMatchObject({ found: 1, total: 1 });
  });

  it('says what the extractor made of a missed event: another date, an unplaced item, nothing', () => {
    const s1 = 'Съезд 2022 жылы 1 наурызда өтті.';
    const elsewhere = scoreEvents(gold, file([eventAt('congress', '2022-03', s1)]), 't01_kk');
    expect(elsewhere.recall.misses).toEqual([
      'congress 2022-03-01: Съезд 2022 жылы 1 наурызда өтті  [got: congress 2022-03]',
    ]);
    const waiting = {
      ...file([]),
      unplaced: [
        { sourceId: 't01_kk', kind: 'event', reasonCode: 'recalled-no-date', evidence: span(s1) },
      ],
    } as unknown as EventsFile;
    expect(scoreEvents(gold, waiting, 't01_kk').recall.misses[0]).toMatch(
      /\[got: unplaced recalled-no-date\]$/u,
    );
    expect(scoreEvents(gold, file([]), 't01_kk').recall.misses[0]).toMatch(/\[got: nothing\]$/u);
  });

  it('finds a year-less gold date in any year, and the README kind table holds', () => {
    expect(datesAgree('2019-03-19', 'XXXX-03-19')).toBe(true);
    expect(datesAgree('2019-03-18', 'XXXX-03-19')).toBe(false);
    expect(contains('2022-10-06/2022-11-19', '2022-11-01')).toBe(true);
    expect(kindsMatch('appointment', 'resignation')).toBe(true);
    expect(kindsMatch('election', 'referendum')).toBe(false);
  });

  it('takes a publication date only from a URL that states one', () => {
    expect(dateFromUrl('https://x.kz/2022-06-06/a')).toBe('2022-06-06');
    expect(dateFromUrl('https://x.ru/20190319/123.html')).toBe('2019-03-19');
    expect(dateFromUrl('https://x.kz/kk/2023/01/12/a')).toBe('2023-01-12');
    expect(dateFromUrl('https://x.kz/97363/nursultan')).toBeUndefined();
  });
});
