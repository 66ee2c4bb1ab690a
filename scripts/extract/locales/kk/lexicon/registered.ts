/**
 * Kazakh cues of what a registration registers (events/registered.ts): the object before the
 * verb ("жеті кандидатты тіркеді", "партиялық тізімдерді тіркеу"), or the subject of the passive
 * ("Партия … тіркелді", "Сайлау нәтижелері … тіркеледі"). A refusal ("тіркеуден бас тартты")
 * is told as refused; a purpose or a threshold ("тіркеу үшін") registers nothing.
 */
import type { RegisteredCues } from '../../../events/registered';

export const KK_REGISTERED: RegisteredCues = {
  verb: /тірке/iu,
  what: [
    ['lists', /партиялық\s+тізім/iu],
    // ("Үміткер", a candidate, as much as "кандидат": "депутаттығына үміткерлерді" registers candidates.)
    ['candidates', /кандидат|үміткер/iu],
    ['results', /нәтиже/iu],
    ['deputies', /депутат/iu],
    ['party', /партия/iu],
  ],
  before: true,
  // "тіркеуден бас тартты", "тіркеуден бас тартылды", "тіркеуге қабылдамады".
  refused: /бас\s+тарт|қабылдама(?:ды|ған|йды)/iu,
  // (A registration named as a purpose or a threshold: "тіркеу үшін", "тіркеу шегі".)
  purpose: /тіркеу\s+(?:үшін|шег)/iu,
};
