/**
 * Kazakh words of a decision to convene a gathering: "съезд шақыру туралы шешім қабылдады",
 * "кезектен тыс съезін өткізу туралы шешім қабылданды" (see events/decidedGathering.ts).
 */
import type { DecidedGatheringCues } from '../../../events/decidedGathering';

const END = String.raw`\s+(?:[\p{L}-]+\s+)?(?:шақыру|өткізу|шақыру\s+және\s+өткізу)\s+туралы\s+$`;
// (Read with the gathering: an extraordinary one is told so.)
const EXTRA = String.raw`(?:кезектен\s+тыс\s+)?`;
export const KK_DECIDED_GATHERING: DecidedGatheringCues = {
  decision: /шешім\s+қабылда/iu,
  after: [],
  before: [
    ['congress', new RegExp(String.raw`${EXTRA}съез\p{L}*${END}`, 'iu')],
    ['conference', new RegExp(String.raw`${EXTRA}конференция\p{L}*${END}`, 'iu')],
  ],
  party: /(?<![\p{L}])партия\p{L}*/iu,
  extraordinary: /кезектен\s+тыс/iu,
};
