/**
 * Kazakh cues of what a registration registers (events/registered.ts): the object before the
 * verb ("жеті кандидатты тіркеді", "партиялық тізімдерді тіркеу"), or the subject of the passive
 * ("Партия … тіркелді", "Сайлау нәтижелері … тіркеледі"). A refusal registers nothing.
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
  // (A registration refused, or named as a purpose or a threshold: "тіркеу үшін", "тіркеу шегі".)
  refused: /бас\s+тарт|қабылдамады|тіркеу\s+(?:үшін|шег)/iu,
};
