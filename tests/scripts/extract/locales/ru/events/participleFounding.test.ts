/**
 * A founding told in a Russian participle phrase keeps its date beside the sentence's own act:
 * "Партия, созданная в 1999 году, провела съезд" tells two events, the party's founding in 1999 and
 * the congress on the publication day. Since the participle phrase's date stopped dating the
 * congress (participleBeforeNoun.ts), the founding, a weak cue standing aside for the congress,
 * found that date still counted as the congress's and was lost. Generated: three bodies (the
 * participle agreeing with each) x two founding verbs x three date forms x the phrase after its
 * noun and before it x two acts. Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';

const BODIES: [string, string, string][] = [
  // noun, feminine/neuter/masculine participle ending, the act's past ending
  ['Партия', 'ая', 'а'],
  ['Ассоциация', 'ая', 'а'],
  ['Союз', 'ый', ''],
];
const VERBS = ['созданн', 'основанн'];
const DATES: [string, string][] = [
  ['в 2019 году', '2019'],
  ['в марте 2019 года', '2019-03'],
  ['5 марта 2019 года', '2019-03-05'],
];
const ACTS = [
  (past: string) => `провел${past} съезд`,
  (past: string) => `выдвинул${past} кандидата`,
];

describe('a founding in a Russian participle phrase keeps its date beside the main act', () => {
  const forms = BODIES.flatMap(([noun, ending, past]) =>
    VERBS.flatMap((verb) =>
      DATES.flatMap(([date, want]) =>
        ACTS.flatMap((act) => [
          [`${noun}, ${verb}${ending} ${date}, ${act(past)}.`, want] as const,
          [
            `${verb[0]!.toUpperCase()}${verb.slice(1)}${ending} ${date} ${noun.toLowerCase()} ${act(past)}.`,
            want,
          ] as const,
        ]),
      ),
    ),
  );
  it.each(forms)('%s', (sentence, want) => {
    const data = extractSentences('ru', `Астана, 12 марта. ${sentence}`, PUB);
    const dates = data.events.filter((e) => e.type === 'other').map((e) => e.date.edtf);
    expect(dates, sentence).toContain(want);
  });
});
