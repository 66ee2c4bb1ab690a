/**
 * A law's step told by the participle that closes a Kazakh subordinate clause of time or cause
 * ("Парламент 3 наурызда заңды қабылдағаннан кейін, Тоқаев 5 наурызда оған қол қойды"): the clause
 * holds that step's date, the main clause's finite verb another (events/subordinateActs.ts).
 */
import type { ClauseActs } from '../../../events/subordinateActs';
import { kkSubordinateClauses } from '../subordinateClauses';
import { KK_ACT_PARTICIPLES } from './actParticiple';

/**
 * The past participle of a step, active or passive, with the case or postposition that closes the
 * clause: "қол қойғаннан кейін", "қол қойылған соң", "қабылдағанда", "мақұлданғаннан кейін",
 * "ратификациялаған соң", "бекіткеннен кейін", "бекітілгенде", "күшіне енгеннен кейін",
 * "қолданысқа енгізілгендіктен".
 */
const STEP = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:қол\s+қой(?:ыл)?ған|(?:қабылда|мақұлда|ратификацияла)н?ған|бекіт(?:кен|ілген)|күшіне\s+(?:ен|кір)ген|қолданысқа\s+енгізілген)[\p{L}\p{M}]*(?:\s+(?:кейін|соң|бері|кезде|кезінде|сайын|дейін|шейін))?$`,
  'iu',
);

export const KK_CLAUSE_ACTS: ClauseActs = {
  cheap: KK_ACT_PARTICIPLES.cheap,
  clauses: (text) => kkSubordinateClauses(text).map((c) => c.span),
  step(text, [from, to]) {
    const m = STEP.exec(text.slice(from, to));
    return m ? [from + m.index, to] : undefined;
  },
  finite: KK_ACT_PARTICIPLES.finite,
};
