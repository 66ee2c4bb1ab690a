import { kkVerbTense } from '../events/kkVerbTense';

/**
 * The person a nominative pronoun is, and the person ending a finite verb carries. Kazakh marks
 * the subject's person on the verb: "біз … бастаймыз", "мен … келемін"; the third person has
 * none ("ол келеді", "олар келді").
 */
const PRONOUN_PERSON: Readonly<Record<string, string>> = {
  мен: '1sg',
  біз: '1pl',
  сен: '2sg',
  сіз: '2',
  сендер: '2',
  сіздер: '2',
  ол: '3',
  олар: '3',
};
const DATE_WORD = /^(?:айында|күні)$/u;
function verbPerson(verb: string): string | undefined {
  if (/(?:мын|мін|мен|пын|пін|бын|бін)$/u.test(verb)) return '1sg';
  if (/(?:мыз|міз|пыз|піз|быз|біз)$/u.test(verb)) return '1pl';
  if (/(?:сыз|сіз|сың|сің)$/u.test(verb)) return '2';
  return undefined;
}

/**
 * "Наурыз айында олар енді төлей бастаймыз деді": a verb of saying after words it reports has
 * its own subject. A nominative pronoun of another person than the reported verb's ("олар" and
 * "бастаймыз") is not that verb's subject but the saying's, so the date before it is of the
 * saying (they said it in March), and takes the saying's tense. A pronoun of the same person
 * ("Наурызда біз төлей бастаймыз деді") leaves the date inside what was said.
 * `words` are the clause's words after the date; `reported` is the index of the reported verb;
 * `saying`, the verb of saying after it.
 * @example saidBySubject(['олар', 'енді', 'төлей', 'бастаймыз'], 3, 'деді') // 'past'
 */
export function saidBySubject(
  words: readonly string[],
  reported: number,
  saying: string,
): 'past' | 'future' | undefined {
  const person = verbPerson(words[reported] ?? '');
  if (!person) return undefined;
  // ("мен" after a noun is "and": "Тоқаев мен Путин"; the pronoun opens the clause, after the
  // date's own "айында" or "күні" at most.)
  const subject = words
    .slice(0, reported)
    .find(
      (w, i) =>
        PRONOUN_PERSON[w] !== undefined &&
        (w !== 'мен' || i === 0 || DATE_WORD.test(words[i - 1]!)),
    );
  if (!subject || PRONOUN_PERSON[subject] === person) return undefined;
  return kkVerbTense(saying);
}
