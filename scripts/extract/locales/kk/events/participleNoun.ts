/**
 * Where a Kazakh participle's noun ends. Kazakh sets a participle with its date before its noun
 * ("2019 жылы құрылған партия"), so the date is that noun's; when the noun stands bare, in the
 * nominative, as the subject, and a word in a case of its own follows ("партия Астанада съезд
 * өткізді", "Президент Жарлыққа қол қойды"), the noun's phrase has ended and the sentence's act
 * after it is not dated by the participle's date.
 */
import { KK_MONTHS } from '../dates/kkLexicon';
import { kkVerbTense } from './kkVerbTense';
import { KK_GENITIVE, PARTICIPLE } from './phrase';

/**
 * A lasting act told by a converb and an auxiliary participle, its object or place before it:
 * "2019 жылдан бері Сенатты басқарып келе жатқан Ашимбаев", "… жұмыс істеп жүрген", "… қызмет
 * атқарып отырған" (who has been leading, working, serving since then). Its date, often a "since"
 * year, is the participle's noun's as much as a plain participle's is.
 */
const LASTING = String.raw`(?:\s+(?:бері|бастап))?(?:\s+[\p{L}\p{M}-]+){0,2}?\s+[\p{L}\p{M}]{2,}(?:ып|іп|п)\s+(?:келе\s+жатқан|жатқан|жүрген|отырған|келген)`;

/**
 * The participle right after the date, or after the finer part of the same date written next to it
 * ("2019 жылы наурызда құрылған", "2019 жылы 5 наурызда құрылған"), which the date tagger may read
 * as a second expression: the year is the participle's as much as the month.
 */
const AFTER_DATE = new RegExp(
  String.raw`^(?:\s+(?:\d{1,2}\s+)?(?:${[...KK_MONTHS.keys()].join('|')})\p{L}*)?(?:\s+${PARTICIPLE}|${LASTING})\s+`,
  'iu',
);

/** A word in a case, or the genitive: not a bare nominative. */
const IN_A_CASE =
  /(?:ның|нің|дың|дің|тың|тің|да|де|та|те|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|ын|ін|дан|ден|тан|тен|нан|нен|мен|бен|пен)$/u;

/**
 * A bare word that is an adjective, not a noun ("кезекті", "республикалық", "президенттік",
 * "бірінші", "кезектен тыс", "жаңа"): the noun is still to come.
 */
const ADJECTIVE =
  /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ты|ті|ды|ді|лы|лі|сыз|сіз|ншы|нші|тыс|^жаңа|^ірі|^жалпы|^үлкен|^ортақ)$/u;

/**
 * The locative, dative or ablative put straight on a noun ("Астанада", "Жарлыққа", "Үкіметтен"),
 * not after a possessive ("сайлауында", "съезіне": the head of "Мәжіліс сайлауы" in a case, still
 * the participle's noun).
 */
const PLAIN_CASE = /(?<![ыі]н)(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен)$/u;

/**
 * Whether the trigger at `hitAt` in `text` lies beyond the noun of a participle written right
 * after the date ending at `dateEnd`: bare nominatives after the participle, the last a noun, then
 * a word in a plain case at or before the trigger (its first word counted).
 */
export function kkBeyondParticipleNoun(
  text: string,
  dateEnd: number,
  hitAt: number,
  hitText = '',
): boolean {
  if (hitAt <= dateEnd) return false;
  if (objectClosesPhrase(text.slice(dateEnd, hitAt) + hitText)) return true;
  const hitWord = /^[\p{L}-]*/u.exec(text.slice(hitAt))![0];
  const m = AFTER_DATE.exec(text.slice(dateEnd, hitAt));
  if (!m) return false;
  const region = text.slice(dateEnd + m[0].length, hitAt) + hitWord;
  if (/[,;:.!?–—«»"“”()]/u.test(region)) return false;
  const words = region.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (const [i, w] of words.entries()) {
    if (i > 0 && PLAIN_CASE.test(w) && w.length > 3) return !ADJECTIVE.test(words[i - 1]!);
    if (IN_A_CASE.test(w) || /^(?:мен|бен|пен|және)$/u.test(w)) return false;
  }
  return objectBeforeVerb(words, text.slice(hitAt + hitWord.length));
}

/** A possessed head ("съезі", "сессиясы", "төрағасы"): the noun phrase goes on in it. */
const POSSESSED = /(?:[ыі]|с[ыі])$/u;
/** A finite verb ending its clause: "өткізді", "қабылдады", "өткізеді", "өткізіпті". */
const FINITE_END =
  /^\s+[\p{L}\p{M}]+(?:[дт][ыі](?:м|ң|қ|к|ңыз|ңіз|мыз|міз)?|пт[ыі])\s*(?:[.!?,;]|$)/u;

/**
 * With no word in a case after the participle ("2019 жылы құрылған партия съезд өткізді"): the
 * participle's noun is the sentence's subject, and a bare noun right before the finite verb ending
 * the clause is that verb's object, no part of the noun phrase, so the phrase ended before the
 * trigger. Only when a noun stands between them ("партия"), and not a possessed head ("партия
 * съезі өтті" is the party's congress, which the participle may describe).
 */
function objectBeforeVerb(words: readonly string[], afterHitWord: string): boolean {
  const object = words.at(-1);
  return (
    words.length >= 2 &&
    object !== undefined &&
    !POSSESSED.test(object) &&
    !ADJECTIVE.test(words.at(-2)!) &&
    FINITE_END.test(afterHitWord)
  );
}

/**
 * The accusative, on a bare or a possessed noun: "бюджетті", "заңды", "Конституцияны",
 * "жобасын", "бюджетін" (not the genitive, "-ның", whose head is still to come).
 */
const ACCUSATIVE = /(?:[аоұуыеөүіэияю]н[ыі]|[^аоұуыеөүіэияюн][дт][ыі]|[ыі]н)$/u;

/**
 * A participle of taking place ("өткен", "өтетін", "басталатын", "өткізілген"): the noun it
 * describes is an occasion, and an act done to it ("ашты", opened; "бақылады", observed) may be
 * done on its day, so its object does not end what the date tells.
 */
const OCCASION = /^(?:өт|өткіз|баста|аяқта)/u;

/**
 * "Депутаттар сәуірде қаралатын бюджет жобасын талқылады", "… 2027 жылы күшіне енетін заң жобасын
 * мақұлдады": a participle within three words after the date, its noun phrase ending in the
 * accusative right before the trigger's finite verb (the verb's object), so the date tells when
 * the object is considered or comes into force, not when the verb's act is done. `span` runs from
 * the date's end to the trigger's end (a trigger of several words may hold the object).
 */
function objectClosesPhrase(span: string): boolean {
  if (span.length > 200 || /[,;:.!?–—«»"“”()]/u.test(span)) return false;
  const words = span.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const at = words.slice(0, 3).findIndex((w) => BARE_PARTICIPLE.test(w));
  if (at < 0 || OCCASION.test(words[at]!) || words.length - 2 <= at) return false;
  // (No finite verb before the participle: then the date is that verb's clause's.)
  if (words.slice(0, at).some((w) => kkVerbTense(w) !== undefined)) return false;
  const object = words.at(-2)!;
  return (
    object.length > 3 &&
    ACCUSATIVE.test(object) &&
    kkVerbTense(words.at(-1)!) !== undefined &&
    !words.slice(at + 1, -2).some((w) => KK_GENITIVE.test(w))
  );
}

/** A bare participle, past or future ("қаралатын", "қабылданған"), no case on it. */
const BARE_PARTICIPLE = new RegExp(String.raw`^${PARTICIPLE}$`, 'u');
