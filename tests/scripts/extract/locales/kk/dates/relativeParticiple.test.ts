/**
 * A participle ordered by a postposition tells no tense of its own: "Парламент заң жобасын 1
 * қыркүйекте сессия ашылғаннан кейін қарайды", written on 12 March 2025, dated the opening
 * 2024-09-01, reported: the past participle "ашылғаннан" was read as the date's tense. It tells
 * only that the opening comes before the consideration; the clause's verb ("қарайды", ahead)
 * dates it: 2025-09-01, planned. Generated over days on both sides of publication, ordering
 * participles and verbs told ahead; the same with a verb told as done stays past. Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { extractSentences } from '../../../events/extractSentences';

const PUBLISHED = '2025-03-12';
/** [locative of the month, month, day]: before and after the publication's day. */
const DAYS: Array<[string, number, number]> = [
  ['қаңтарда', 1, 20],
  ['ақпанда', 2, 5],
  ['наурызда', 3, 5],
  ['наурызда', 3, 20],
  ['мамырда', 5, 4],
  ['қыркүйекте', 9, 1],
  ['желтоқсанда', 12, 16],
];
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** The earliest such day after publication, and the latest before it. */
const ahead = (m: number, d: number) => iso(m * 100 + d > 312 ? 2025 : 2026, m, d);
const back = (m: number, d: number) => iso(m * 100 + d <= 312 ? 2025 : 2024, m, d);

const ORDERED = [
  'сессия ашылғаннан кейін',
  'сессия ашылған соң',
  'сайлау өткеннен кейін',
  'референдум аяқталғаннан кейін',
  'сессия басталғанға дейін',
];
const AHEAD = ['қарайды.', 'талқылайды.', 'қарамақ.'];
const DONE = ['қарады.', 'талқылады.'];

const sentence = (day: string, ordered: string, verb: string) =>
  `Парламент заң жобасын ${day} ${ordered} ${verb}`;

const aheadCases = DAYS.flatMap(([month, m, d]) =>
  ORDERED.flatMap((o, k) => {
    const day = `${d} ${month}`;
    return [[sentence(day, o, AHEAD[k % AHEAD.length]!), day, ahead(m, d)]] as const;
  }),
);
const doneCases = DAYS.flatMap(([month, m, d]) =>
  ORDERED.slice(0, 2).map((o, k) => {
    const day = `${d} ${month}`;
    return [sentence(day, o, DONE[k]!), day, back(m, d)] as const;
  }),
);

describe('a date before an ordering participle takes the tense of the clause verb', () => {
  it.each([...aheadCases, ...doneCases])('%s', (text, span, value) => {
    const t = tagDates(text, { lang: 'kk', dct: PUBLISHED }).find((x) => x.text === span);
    expect(t?.value).toBe(value);
  });
});

describe('the session so dated is planned', () => {
  it.each(aheadCases.filter(([s]) => /сессия/u.test(s)))('%s', (text, _span, value) => {
    const sessions = extractSentences('kk', text, PUBLISHED).events.filter(
      (e) => e.type === 'session',
    );
    expect(sessions.map((e) => `${e.date.edtf} ${e.status}`)).toEqual([`${value} planned`]);
  });
});
