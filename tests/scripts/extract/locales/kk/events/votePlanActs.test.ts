/**
 * A vote's calendar plan named by its coordinated acts is the commission's act, not the vote:
 * "ОРК 12 наурызда референдумды әзірлеу мен өткізудің негізгі іс-шараларының күнтізбелік жоспарын
 * бекітті" (a test sentence written for the check) gave a referendum on 12 March, as the plan cue
 * (locales/kk/events/triggersVotes.ts) allowed three words between the vote and "жоспар". Generated
 * over the coordinated verbal nouns, the vote and the verb's tense.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from '../../../events/extractSentences';

const ACTS = ['әзірлеу мен өткізудің', 'дайындау және өткізудің', 'ұйымдастыру мен өткізудің'];
const VOTES = ['референдумды', 'сайлауды'];
const VERBS = ['бекітті', 'бекітеді'];
const CASES = ACTS.flatMap((acts) =>
  VOTES.flatMap((vote) =>
    VERBS.map(
      (verb) =>
        `Орталық комиссия 2025 жылғы 12 наурызда ${vote} ${acts} негізгі іс-шараларының күнтізбелік жоспарын ${verb}.`,
    ),
  ),
);

describe("a vote's plan named by its coordinated acts", () => {
  it.each(CASES)('kk: %s', (text) => {
    const days = kindsAndDays('kk', text, '2025-03-12');
    expect(days).toContain('other 2025-03-12');
    expect(days.filter((d) => /^(?:referendum|election) /u.test(d))).toEqual([]);
  });
});

/*
 * The plan's acts told with a postposition and an adjective ("әзірлеу мен өткізу жөніндегі негізгі
 * іс-шаралардың"): four words between the vote and "жоспар". Each step approved on its day, no
 * vote on it, and the plan titled as the vote's.
 */
const LONG_ACTS = [
  'әзірлеу мен өткізу жөніндегі негізгі',
  'дайындау және өткізу жөніндегі бірінші кезектегі',
  'ұйымдастыру мен өткізу жөніндегі жоспарлы',
];
const LONG_VOTES = [
  ['Мәжіліс депутаттарын сайлауды', 'The parliamentary election calendar is approved'],
  ['республикалық референдумды', 'The referendum calendar is approved'],
] as const;
const DAYS = [
  ['12 наурызда', '2025-03-12'],
  ['4 ақпанда', '2025-02-04'],
] as const;
describe("a vote's plan named by its acts with a postposition", () => {
  it.each(
    LONG_ACTS.flatMap((acts) =>
      LONG_VOTES.flatMap(([vote, en]) => DAYS.map(([d, day]) => [d, vote, acts, day, en])),
    ),
  )('kk: ОСК %s %s %s іс-шаралардың күнтізбелік жоспарын бекітті', (d, vote, acts, day, en) => {
    const text = `Орталық сайлау комиссиясы ${d} ${vote} ${acts} іс-шаралардың күнтізбелік жоспарын бекітті.`;
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toContain(`${day} ${en}`);
    expect(events.filter((e) => e.type === 'election' || e.type === 'referendum')).toEqual([]);
  });
});
