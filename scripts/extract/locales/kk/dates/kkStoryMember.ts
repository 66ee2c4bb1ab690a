/**
 * Whether a Kazakh date after a comma stands in a member of a series of predicates told forward
 * ("2023 жылдың қыркүйегінде енгізіліп, 14 ақпанда Сенат мақұлдады, 3 сәуірде Президент қол
 * қойды"), read from its clause after it (`rest`, to the next comma or the sentence's end). Kazakh
 * ends a clause with its verb: a member ends in a finite verb (past "мақұлдады", perfect "қол
 * қойған", future "қарайды", narrative "қойыпты") or a converb that joins it to the next member
 * ("енгізіліп"). A date before an attributive participle and its noun ("14 ақпанда Мәжіліс
 * қабылдаған заңды …") describes that noun, and one before "деп" reports speech: such a date may
 * lie before the story as well (dates/storyNextYear.ts).
 */

/** The member's last word is a verb: a finite past, present-future or perfect form, or a converb. */
const VERB_END =
  /(?:[дт][ыі](?:м|ң|қ|к|ңыз|ңіз|мыз|міз|ңдар|ңдер)?|[ыі]?п|[ғгқк][ае]н(?:мын|мін|сың|сің|мыз|міз|быз|біз|пыз|піз)?|еді|екен|болатын|жоқ)$/u;
/** A participle with a noun after it (what it describes), not an auxiliary or a word of order. */
const ATTRIBUTIVE =
  /[\p{L}]{2,}(?:[ғгқк][ае]н|[ае]тын|[ае]тін|йтын|йтін)\s+(?!(?:жоқ|еді|екен|болатын|болған|болды|соң|кейін|сайын|кезде)(?![\p{L}]))[\p{L}]/u;
/** Reported speech: "… деп мәлімдеді", "…, деді ол". */
const SAYING = /(?<![\p{L}])(?:деп|деді|дейді|деген)(?![\p{L}])/u;

export function kkMemberOfStory(rest: string): boolean {
  const last = rest.trim().split(/\s+/u).at(-1) ?? '';
  return VERB_END.test(last) && !ATTRIBUTIVE.test(rest) && !SAYING.test(rest);
}
