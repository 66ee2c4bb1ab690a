/**
 * A finite Kazakh verb in the passive voice, the word that closes an agentless clause
 * ("жарлықпен тағайындалды", "заң қабылданды", "шешім бекітілді", "сайлау өткізіледі"). The
 * passive is -ыл/-іл after a consonant (бекіт-іл-ді, қой-ыл-ды), -л after a vowel (тағайында-л-ды),
 * -ын/-ін after л (ал-ын-ды) and -н after a vowel stem of two syllables or more (қабылда-н-ды,
 * сайла-н-ды); then the past (-ды/-ді), the perfect (-ған/-ген), the intention (-мақ/-мек) or
 * the continuous (-уда/-уде).
 */

const V = '[аәеыіоөұүуяэ]';
const C = '[бвгғджзйкқлмнңпрстфхцчшщ]';
// (Not the present, -л-а-ды: it reads like the past of a stem in -ла, "талқылады", "жариялады".)
const TENSE = '(?:ды|ді|ған|ген|мақ|мек|уда|уде)';
/**
 * Reflexive and intransitive verbs that read like a passive but have a subject who acts: "оралды"
 * (returned), "айналды" (became), "тоқталды" (dwelt on), "жиналды" (gathered), "аттанды" (set
 * off), "ұсынды" (proposed: the stem is ұсын), "қосылды" (joined), "жүгінді" (appealed),
 * "көрінді" (appeared), and the denominal -дан/-лан of doing ("шағымданды", "пайдаланды").
 */
const ACTIVE_LOOKALIKES =
  '(?:ора|айна|тоқта|жина|атта|ұсы|қосы|жүгі|көрі|шағымда|пайдала|ойла|қуа|мақта|үйле|бірікті|танысты)';

/**
 * The pattern; whole words, lower or upper case. (Two letters of stem at least: "алды", "келді",
 * "білді", "салды" are active pasts of one-syllable stems.)
 */
export const KK_PASSIVE_CLOSE = new RegExp(
  `^(?!${ACTIVE_LOOKALIKES}[лн])[\\p{L}\\p{M}]*${V}[\\p{L}\\p{M}]*(?:${C}[ыі]л|${V}л|л[ыі]н|(?<=${V}[\\p{L}\\p{M}]*${V})н)${TENSE}$`,
  'iu',
);
