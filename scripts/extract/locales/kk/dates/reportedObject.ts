import { kkVerbTense } from '../events/kkVerbTense';
import { kkParticipleTense } from '../kkParticiple';

/** The postpositions "about" that a reported participle may stand before instead of a case. */
export const ABOUT = /^(?:туралы|жөнінде|жайлы|жайында|хақында)$/u;

/**
 * What a verb of saying reports is a participle made a noun, its object: with the possessive and
 * the accusative ("кететінін мәлімдеді", "өткенін хабарлады") or the possessive before "туралы" /
 * "жөнінде" / "жайлы" ("кететіні туралы айтты", "өткені жайлы хабарлады"). Kazakh puts a
 * clause's finite verb last, so the saying is the clause's verb and the participle is inside its
 * object.
 * @example isReportedObject(['отставкаға', 'кететінін', 'мәлімдеді'], 1) // true
 */
export function isReportedObject(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (/[ыі]н$/u.test(word) && kkParticipleTense(word.slice(0, -2)) !== undefined) return true;
  return (
    /[ыі]$/u.test(word) &&
    kkParticipleTense(word.slice(0, -1)) !== undefined &&
    ABOUT.test(words[i + 1] ?? '')
  );
}

/** A verbal noun ("өткізу", "тағайындау") about which a decision or a proposal is made. */
const VERBAL_NOUN = /^\p{L}{2,}(?:у|ю)$/u;
const DECISION = /^(?:шешім|ұсыныс|бастама|ұйғарым)\p{L}*$/u;

/**
 * An act a decision or a proposal is about, its verbal noun before "туралы шешім": "референдум
 * өткізу туралы шешім қабылдады" (decided to hold a referendum). Like a reported participle, it
 * is an object with its own date, ahead of the deciding.
 * @example isDecidedAct(['референдум', 'өткізу', 'туралы', 'шешім', 'қабылдады'], 1) // true
 */
export function isDecidedAct(words: readonly string[], i: number): boolean {
  return (
    VERBAL_NOUN.test(words[i] ?? '') &&
    ABOUT.test(words[i + 1] ?? '') &&
    DECISION.test(words[i + 2] ?? '')
  );
}

/**
 * A word of the object clause's own arguments, in the dative, accusative or ablative: "отставкаға",
 * "референдумды", "қызметінен". Only these put the date outside it: a place, a manner or the
 * date's own words ("Астанада", "кезектен тыс", "дейін", "айында") go with the date into the
 * reported act ("форум 10 наурызда Астанада өтетінін").
 */
// (Not a noun whose own stem ends in -ын/-ін, as the accusative after a possessive does,
// "қызметін": in the nominative it is the reported act's subject, "20 наурызда жиын өтетінін
// айтты", the gathering takes place on 20 March.)
const ARGUMENT =
  /^(?!ай(?:ы|ына|ында|ынан|ға|да|дан)$|кезектен$|(?:жиын|түйін|ақын|келін|бейін|тиын|алтын|толқын|ағын|жалын)$)\p{L}{2,}(?:ға|ге|қа|ке|[ыі]на|[ыі]не|[ыі]н|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен)$/u;
const isArgument = (word: string) => ARGUMENT.test(word);

/** A converb, which chains what comes before it to the next verb: "келіп", "басталып". */
const CONVERB = /\p{L}(?:ып|іп|йып|йіп)$/u;

/**
 * The tense of the verb a date modifies when words of the reported object stand between the date
 * and its participle: "10 наурызда отставкаға кететінін мәлімдеді" (on 10 March he announced he
 * would leave) dates the saying, the clause's finite verb, not the leaving. A date right before
 * the participle is inside the object ("отставкаға 10 наурызда кететінін", leaving on 10 March),
 * and so is one with only a place or a manner between; a converb between chains the date into it
 * ("4 қазанда келіп, … тексеретінін айтты"): undefined then, and for an attributive participle
 * before the object, which the date is of.
 * `words` are the clause's words after the date, up to its finite verb.
 */
export function sayingTense(words: readonly string[]): 'past' | 'future' | undefined {
  const object = words.findIndex((_, i) => isReportedObject(words, i));
  if (object < 1) return undefined;
  const between = words.slice(0, object);
  if (between.some((w) => CONVERB.test(w) || kkParticipleTense(w) !== undefined)) return undefined;
  if (!between.some(isArgument)) return undefined;
  const final = words.at(-1) ?? '';
  if (kkParticipleTense(final) !== undefined) return undefined;
  return kkVerbTense(final);
}
