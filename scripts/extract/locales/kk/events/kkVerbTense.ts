/**
 * The tense of one finite Kazakh verb, by the aspect rules (aspect.ts): shared with the date
 * tagger, which reads the same verb to choose the year of a year-less date
 * (locales/kk/dates/guessKkDirection.ts).
 */
import { isKkIntention } from '../intentionForm';
import { isAtNoun } from '../kkParticiple';
import { PRESENT, SIMPLE_PAST } from './aspect';

const PRESENT_WORD = new RegExp(`^(?:${PRESENT})$`, 'iu');
const PAST_WORD = new RegExp(`^(?:${SIMPLE_PAST})$`, 'iu');
/**
 * A verbal noun in the accusative, -у + ды/ді ("өткізуді", "алуды"): the object of an instruction,
 * not a finite verb, so it neither ends a date's clause nor gives its tense (only the short stems
 * жу-, ту-, қу- make a past so: "туды"). (The narration cue still reads it: "… тыңдауды тапсырды"
 * tells an instruction given, which the verbs of saying set aside.)
 */
const VERBAL_NOUN_ACCUSATIVE = /^\p{L}{2,}[уү](?:ды|ді)$/u;
/**
 * The present-future of a vowel stem with a person ending: the stem's -а/-е takes the tense's
 * vowel as "й" ("баста-" → "бастаймыз", "жарияла-" → "жариялаймын", "сөйле-" → "сөйлейсіз") and
 * its -ы/-і fuses with it into "и" ("оқы-" → "оқимыз"). A consonant stem keeps the vowel
 * ("береміз"), read above. (Two letters before, so that "айсыз", "үйсіз" (without) are not read.)
 */
const VOWEL_STEM_PERSONAL = /^\p{L}{2,}(?:[ае]й|и)(?:мыз|міз|сыз|сіз|мын|мін)$/u;
export function kkVerbTense(word: string): 'future' | 'past' | undefined {
  if (VERBAL_NOUN_ACCUSATIVE.test(word) || isAtNoun(word)) return undefined;
  if (PRESENT_WORD.test(word)) return 'future';
  if (isKkIntention(word)) return 'future';
  if (/(?:атын|етін|йтын|йтін)$|[аеы](?:мыз|міз|сыз|сіз|мын|мін)$/u.test(word)) return 'future';
  if (VOWEL_STEM_PERSONAL.test(word)) return 'future';
  if (PAST_WORD.test(word)) return 'past';
  if (
    /(?:ды|ді|ты|ті)(?:қ|к|м|ң|ңыз|ңіз)$|(?:ған|ген|қан|кен)(?:мыз|міз|сыз|сіз|мын|мін)?$/u.test(
      word,
    )
  )
    return 'past';
  return undefined;
}
