/**
 * Kazakh words of what a measure's title tells (events/measures.ts): which way the central bank
 * moved its rate and to what figure, what a ban is on, how many diplomats are expelled, and
 * whether the cue's verb is the passive (then what stands before it is no actor).
 */
import type { MeasureWords } from '../../../events/measures';
import { kkPassive } from '../events/verbForms';

/** The verbs of the measures' cues (events/triggersMeasures.ts), whose passive stems tell the voice. */
const VERBS = [
  'сал',
  'көтер',
  'төмендет',
  'түсір',
  'сақта',
  'қалдыр',
  'арттыр',
  'азайт',
  'шығар',
  'қу',
  'аластат',
  'жарияла',
  'таны',
];

/** Kazakh counts a noun after a numeral in the singular: "екі дипломатты" is two of them. */
const NUMERAL = String.raw`(?:(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|бірнеше)\s+(?:[\p{L}-]+\s+)?|\d+\s+)`;

export const KK_MEASURE_WORDS: MeasureWords = {
  raised: /(?<![\p{L}])(?:көтер|арттыр)/iu,
  cut: /(?<![\p{L}])(?:төмен|түсір|азайт)/iu,
  kept: /(?<![\p{L}])(?:сақта|қалдыр)/iu,
  // "16,5 пайызға дейін", "16,5%-ға дейін", "15,25 пайыз деңгейінде".
  rate: /(?<![\p{L}\p{N}])(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|пайыз)[\p{L}-]*\s+(?:дейін|деңгейінде|деңгейде|мөлшерінде)/iu,
  exports: /(?<![\p{L}])(?:экспорт|әкет|шығар(?:у|ыл))/iu,
  imports: /(?<![\p{L}])(?:импорт|әкел)/iu,
  many: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:дипломат|елші|консул|атташе|қызметкер)(?:тар|тер|лар|лер|дар|дер)|${NUMERAL}(?:дипломат|елші|консул|атташе|қызметкер))`,
    'iu',
  ),
  nonGrata: /нон[\s-]?грата/iu,
  passive: new RegExp(String.raw`(?<![\p{L}])(?:${VERBS.map(kkPassive).join('|')})`, 'iu'),
};
