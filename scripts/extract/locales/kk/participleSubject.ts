/**
 * Kazakh participle phrases that describe the noun after them and name their own subject:
 * "Ашимбаев басқарған Сенат заң қабылдады", "Кошанов төрағалық ететін Мәжіліс заң жобасын
 * мақұлдады". Kazakh puts the phrase before its head noun, the phrase's subject first: the person
 * leads the Senate, and the Senate, not he, passes the law. The participle is the past
 * (-ған/-ген/-қан/-кен) or the habitual (-атын/-етін/-йтын/-йтін) of a verb with an object, which
 * the head noun is; so no accusative stands in the phrase (with its own object, "заң жобасын
 * әзірлеген министрлік", the participle's subject is the head), and the verb is neither passive nor
 * one without an object ("Тоқаев өткен жылы …": "өткен жыл" is "last year", and the year passed).
 */
import { KK_PASSIVE_CLOSE } from './kkPassiveClose';

const L = String.raw`[\p{L}\p{M}]`;
/**
 * A word the phrase may hold between its subject and its participle: a number, a year or time
 * word, a noun in the dative, locative, ablative or instrumental ("Сенатқа", "2019 жылдан бері"),
 * or the noun of a compound verb ("төрағалық ету", "жетекшілік ету", "басшылық ету", "қол қою").
 */
const INNER = String.raw`(?:\p{N}+|жылы|жылдары|бері|бұрын|кезінде|әлі|қазір|төрағалық|жетекшілік|басшылық|қол|\p{Ll}${L}*(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен))`;
/** The participle, past or habitual. */
const PARTICIPLE = String.raw`(\p{Ll}${L}+(?:ған|ген|қан|кен|атын|етін|йтын|йтін))`;
/**
 * The head noun after it: a word, not an auxiliary or a postposition that makes the participle a
 * finite verb or an adverbial clause's ("қол қойған еді", "келген соң": subordinateClauses.ts).
 */
const HEAD = String.raw`(?!(?:еді|екен|болатын|болған|болды|болса|деп|жоқ|емес|соң|кейін|кезде|кезінде|сайын|бері|дейін|үшін|сияқты|секілді)(?!${L}))(${L}+)`;
const CAPITALISED = /^\p{Lu}/u;

/** The phrase after the name, anchored at the name's end. */
const PHRASE = new RegExp(String.raw`^\s+(?:${INNER}\s+){0,4}${PARTICIPLE}\s+${HEAD}`, 'u');

/**
 * Verbs without an object, whose participle describes its own subject ("өткен жыл", "келген
 * қонақ", "басталған реформа"): their head is no object the name acted on.
 */
const INTRANSITIVE = new RegExp(
  String.raw`^(?:өт|кел|кет|бол|бар|шық|түс|жүр|тұр|отыр|ен|өс|қал|жет|кір|қайт|орал|көш|жат|біт|жең)(?:кен|ген|қан|ған|етін|атын|йтын|йтін)$`,
  'u',
);

/**
 * A head noun in an oblique case (genitive, accusative, dative, locative, ablative, instrumental,
 * possessive): "Тоқаев халыққа арнаған үндеуінде … жариялады", Tokayev's address, in which he
 * announces. The head is no subject of the main clause, which may then be the name's: only a head
 * in the nominative (the main clause's subject), or one the main clause's own subject follows
 * (MAIN_SUBJECT), rules the name out as the main verb's subject.
 */
const OBLIQUE =
  /(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ын|ін|сы|сі|на|не|ға|ге|қа|ке|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен)$/u;

/**
 * The main clause's own subject right after an oblique head, perhaps after its date or time: a
 * bare head-of-state post, a chamber or the Government in the nominative, or a name in the
 * nominative (a surname's bare ending): "Сайыров ұсынған заңға Президент қол қойды", "… заңға 5
 * наурызда Тоқаев қол қойды". The name before the participle is then the phrase's subject only.
 */
const MAIN_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?:\p{N}+|${L}+(?:да|де|та|те))\s+){0,3}(?:Президент|Мемлекет\s+басшысы|Елбасы|Парламент|Мәжіліс|Сенат|Үкімет|(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ұлы|қызы))(?![\p{L}\p{M}])`,
  'u',
);

/**
 * How far past the name's end, in `after` (the text from there on), the participle phrase it is
 * the subject of runs; undefined when no such phrase follows. To the participle when the head
 * noun is capitalised, a named body or person who acts in the main clause ("Ашимбаев басқарған
 * Сенат заң қабылдады", where the law's trigger opens on "Сенат"); to the head otherwise, which
 * may be the event itself, the person's act ("Тоқаев төрағалық еткен отырыс": he holds it).
 */
export function kkParticipleSubject(after: string): number | undefined {
  const m = PHRASE.exec(after);
  if (m === null) return undefined;
  const [, participle, head] = m as unknown as [string, string, string];
  if (INTRANSITIVE.test(participle) || KK_PASSIVE_CLOSE.test(participle)) return undefined;
  // (To the participle: the head, "заңға", is the main clause's act, not the name's.)
  if (OBLIQUE.test(head))
    return MAIN_SUBJECT.test(after.slice(m[0].length)) ? m[0].length - head.length : undefined;
  return CAPITALISED.test(head) ? m[0].length - head.length : m[0].length;
}
