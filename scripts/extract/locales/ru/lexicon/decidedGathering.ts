/**
 * Russian words of a decision to convene a gathering: "принял решение о созыве съезда",
 * "приняли решение провести внеочередную конференцию", in the passive "принято решение провести
 * конференцию", "было решено созвать съезд"; and of a decision to hold a vote: "принял решение о
 * проведении референдума", "решение провести досрочные выборы" (see events/decidedGathering.ts).
 */
import type { DecidedGatheringCues } from '../../../events/decidedGathering';

const GAP = String.raw`(?:[\p{L}-]+\s+){0,2}?`;
export const RU_DECIDED_GATHERING: DecidedGatheringCues = {
  decision: /принят?\p{L}*\s+решени|(?<![\p{L}])решено(?![\p{L}])/iu,
  after: [
    ['congress', new RegExp(String.raw`^\s+${GAP}(?:о\s+(?:созыве|проведении)|созвать|провести)\s+${GAP}съезд`, 'iu')], // prettier-ignore
    ['conference', new RegExp(String.raw`^\s+${GAP}(?:о\s+(?:созыве|проведении)|созвать|провести)\s+${GAP}конференци`, 'iu')], // prettier-ignore
    ['referendum', new RegExp(String.raw`^\s+${GAP}(?:о\s+проведении|провести)\s+${GAP}референдум`, 'iu')], // prettier-ignore
    // (An election is held or called: "о назначении выборов", "назначить выборы".)
    ['election', new RegExp(String.raw`^\s+${GAP}(?:о\s+(?:проведении|назначении)|провести|назначить)\s+${GAP}выбор`, 'iu')], // prettier-ignore
  ],
  before: [],
  party: /(?<![\p{L}])парти(?:я|и|ей|ю)(?![\p{L}])/iu,
  extraordinary: /внеочередн|досрочн/iu,
};
