/**
 * Kazakh words of a decision to convene a gathering: "съезд шақыру туралы шешім қабылдады",
 * "кезектен тыс съезін өткізу туралы шешім қабылданды"; and of a decision to hold a vote:
 * "референдум өткізу туралы шешім қабылдады", "кезектен тыс Президент сайлауын тағайындау туралы
 * шешім" (see events/decidedGathering.ts).
 */
import type { DecidedGatheringCues } from '../../../events/decidedGathering';

const END = String.raw`\s+(?:[\p{L}-]+\s+)?(?:шақыру|өткізу|шақыру\s+және\s+өткізу)\s+туралы\s+$`;
// (A vote is held or called, "өткізу", "тағайындау"; its noun in any case: "сайлауын", "референдумды".)
// (Its day may stand between: "сайлауын 9 маусымда өткізу туралы".)
const HELD = String.raw`\s+(?:[\p{L}\d-]+\s+){0,2}(?:өткізу|тағайындау)\s+туралы\s+$`;
// (Read with the gathering: an extraordinary one is told so, a word between for a vote's kind:
// "кезектен тыс Президент сайлауы".)
const EXTRA = String.raw`(?:кезектен\s+тыс\s+)?`;
const EARLY = String.raw`(?:кезектен\s+тыс\s+(?:[\p{L}-]+\s+)?)?`;
export const KK_DECIDED_GATHERING: DecidedGatheringCues = {
  decision: /шешім\s+қабылда/iu,
  after: [],
  before: [
    ['congress', new RegExp(String.raw`${EXTRA}съез\p{L}*${END}`, 'iu')],
    ['conference', new RegExp(String.raw`${EXTRA}конференция\p{L}*${END}`, 'iu')],
    ['referendum', new RegExp(String.raw`референдум\p{L}*${HELD}`, 'iu')],
    ['election', new RegExp(String.raw`${EARLY}сайлау\p{L}*${HELD}`, 'iu')],
  ],
  party: /(?<![\p{L}])партия\p{L}*/iu,
  extraordinary: /кезектен\s+тыс/iu,
};
