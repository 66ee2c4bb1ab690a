/**
 * Kazakh coordinate clauses, each with its own subject and finite verb: joined by ", ал" or ",
 * және" ("Парламент 3 наурызда заңды қабылдады, ал Тоқаев 5 наурызда оған қол қойды").
 * events/coordinateActs.ts reads a law's steps from them.
 */
import type { CoordinateActs } from '../../../events/coordinateActs';

const JOINT = /,\s+(?:ал|және)\s+/gu;

export const KK_COORDINATE_ACTS: CoordinateActs = {
  // (Every stem of actParticiple.ts FINITE: "қол қойды", "қабылданды", "бекітті", "күшіне енді".)
  cheap: /қой|қабылда|мақұлда|ратификация|бекіт|күшіне|қолданысқа/iu,
  joints(text) {
    if (!text.includes(', ал ') && !text.includes(', және ')) return [];
    return [...text.matchAll(JOINT)].map((m) => m.index + m[0].length);
  },
  sameDay:
    /(?<![\p{L}])(?:сол\s+күні|дәл\s+сол\s+күні|сол\s+күні-ақ|сол\s+күні\s+-ақ)(?![\p{L}])/iu,
};
