/**
 * A participle in -ған/-ген/-қан/-кен or -атын/-етін ends in н, and a case after н starts voiced
 * or with н (-ды, -да, -нан, -ның, -ға), never with т: so a noun in -нт with its possessive or a
 * case ("контингенті", "Ташкентте") is no past participle. "6 сәуірде ҰҚШҰ контингенті Алматыға
 * келеді" (a sentence written for this test) was put in the past, 2024, as if "контин-ген-ті" had
 * told the date's act; the tense is the verb's. Generated: nouns in -нт × their т-endings; and
 * date × subject (a noun in -нт in the possessive) × verb × tense, each taking the verb's tense.
 * The participles' own endings after н stay participles (kkParticiple.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { kkParticipleTense } from '../../../../../scripts/extract/locales/kk/kkParticiple';
import { guessKkDirection } from '../../../../../scripts/extract/locales/kk/dates/guessKkDirection';

const NOUNS = ['контингент', 'агент', 'Ташкент', 'Шымкент'];
// (Possessive or accusative, locative, ablative, genitive after -т, front: every noun above is.)
const T_ENDINGS = ['ті', 'те', 'тен', 'тің'];

describe('a noun in -нт with an ending is no participle', () => {
  it.each(NOUNS.flatMap((n) => T_ENDINGS.map((e) => n + e)))('%s', (word) => {
    expect(kkParticipleTense(word)).toBeUndefined();
  });
});

const DATES = ['6 сәуірде', '15 мамырда', '1 қыркүйекте'];
const SUBJECTS = ['ҰҚШҰ контингенті', 'бітімгершілер контингенті', 'Ресей контингенті'];
// (the verb, its tense) — present-future, intention, past
const VERBS: Array<[string, 'future' | 'past']> = [
  ['Алматыға келеді', 'future'],
  ['Алматыға келмек', 'future'],
  ['елге оралады', 'future'],
  ['Алматыға келді', 'past'],
  ['елге оралды', 'past'],
];

describe('the date before a noun in -нт takes the tense of the verb', () => {
  it.each(
    DATES.flatMap((d) =>
      SUBJECTS.flatMap((s) => VERBS.map(([v, tense]) => [`${d} ${s} ${v}.`, d, tense] as const)),
    ),
  )('%s', (sentence, date, tense) => {
    expect(guessKkDirection(sentence, 0, date.length)).toBe(tense);
  });
});
