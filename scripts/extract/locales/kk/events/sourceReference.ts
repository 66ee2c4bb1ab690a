/**
 * A document or a gathering in the locative, then a participle of saying or setting down in the
 * similative ("Жолдауда айтылғандай", "Заңда көрсетілгендей", "Конституцияда белгіленгендей",
 * "съезде атап өтілгендей": as said, shown, set down there), or describing what was said or set
 * there ("Жолдауда айтылған міндеттер", "Жолдауда айтқан уәдемді", "Жолдауда жүктелген
 * тапсырмалар"), is where the words come from, not an event the sentence tells: a topic. Not when a
 * date in the attributive form stands right before it ("16 наурыздағы Жолдауда айтылған"): that
 * dates the source itself.
 */
const SAID = String.raw`(?:айт|атап\s+өт|көрсет|белгіле|жүкте|қой|жарияла|ұсын)\p{L}*?`;

export const KK_SOURCE_REFERENCE = {
  /** The cue's word in the locative. */
  ending: /(?:да|де|та|те)$/u,
  /** Right after it, the similative participle, or a participle of saying before its noun. */
  after: new RegExp(
    String.raw`^\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:ған|ген|қан|кен)(?:дай|дей)(?![\p{L}])|^\s+(?:[\p{L}-]+\s+)?${SAID}(?:ған|ген|қан|кен)\s+(?!(?:еді|болатын|екен|болды)(?![\p{L}]))\p{Ll}`,
    'u',
  ),
  /** An attributive date right before the cue: "16 наурыздағы", "2022 жылғы". */
  datedBefore: /(?:ғы|гі|қы|кі)\s+$/u,
};
