/**
 * Russian coordinate clauses, each with its own subject and verb: joined by ", а" or ", и"
 * ("Парламент 3 марта принял закон, а Токаев 5 марта его подписал", "…, и 5 марта его подписал
 * президент"). Not the correction "не X, а Y" (contrastClause.ts). events/coordinateActs.ts reads
 * a law's steps from them.
 */
import type { CoordinateActs } from '../../../events/coordinateActs';

const JOINT = /,\s+(?:а|и)\s+/gu;
/** "не" in the clause before the comma: a correction ("подписал не Токаев, а …"), not two clauses. */
const NEGATED_BEFORE = /(?<![\p{L}])не\s+[^,;.!?]*$/iu;

export const RU_COORDINATE_ACTS: CoordinateActs = {
  // (Every stem of actParticiple.ts FINITE: "принял", "одобрил", "утвердит", "вступил", "подпишет".)
  cheap: /подпис|подпиш|приня|прим[еу]т|одобр|утверд|ратифиц|вступ|введ/iu,
  joints(text) {
    if (!text.includes(', а ') && !text.includes(', и ')) return [];
    return [...text.matchAll(JOINT)]
      .filter((m) => !NEGATED_BEFORE.test(text.slice(0, m.index)))
      .map((m) => m.index + m[0].length);
  },
  sameDay:
    /(?<![\p{L}])(?:в\s+тот\s+же\s+день|тогда\s+же|в\s+этот\s+же\s+день|в\s+тот\s+же\s+вечер)(?![\p{L}])/iu,
};
