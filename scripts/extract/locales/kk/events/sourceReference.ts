/**
 * A document or a gathering in the locative, then a participle of saying or setting down in the
 * similative ("Жолдауда айтылғандай", "Заңда көрсетілгендей", "Конституцияда белгіленгендей",
 * "съезде атап өтілгендей": as said, shown, set down there) is where the words come from, not an
 * event the sentence tells: a topic.
 */
export const KK_SOURCE_REFERENCE = {
  /** The cue's word in the locative. */
  ending: /(?:да|де|та|те)$/u,
  /** Right after it, the similative participle: -ғандай/-гендей/-қандай/-кендей. */
  after: /^\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:ған|ген|қан|кен)(?:дай|дей)(?![\p{L}])/u,
};
