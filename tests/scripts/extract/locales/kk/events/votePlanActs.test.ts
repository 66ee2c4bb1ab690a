/**
 * A vote's calendar plan named by its coordinated acts is the commission's act, not the vote:
 * "ОРК 12 наурызда референдумды әзірлеу мен өткізудің негізгі іс-шараларының күнтізбелік жоспарын
 * бекітті" (a test sentence written for the check) gave a referendum on 12 March, as the plan cue
 * (locales/kk/events/triggersVotes.ts) allowed three words between the vote and "жоспар". Generated
 * over the coordinated verbal nouns, the vote and the verb's tense.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

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
