/**
 * A law's step told by a participle before the law ("Мемлекет басшысы 5 наурызда қол қойған заң
 * 10 наурызда күшіне енді", "Мәжіліс 5 наурызда қабылдаған заңды Сенат 20 наурызда мақұлдады"):
 * Kazakh puts the attribute, and its own words and date, before its noun, so the date before the
 * participle is that step's, and the finite verb's date another's (events/participleActs.ts).
 */
import type { ActParticiples, ActPhrase } from '../../../events/participleActs';

/** The law's noun, any case, possessive and number: "заң", "заңды", "кодексіне", "түзетулер". */
const LAW = String.raw`(?:заң|кодекс|түзету)[\p{L}\p{M}]*`;

/**
 * A past participle of a law's step, active or passive: "қол қойған", "қол қойылған",
 * "қабылдаған", "қабылданған", "мақұлдаған", "мақұлданған", "ратификациялаған",
 * "ратификацияланған", "бекіткен", "бекітілген", "күшіне енген", "қолданысқа енгізілген".
 */
const STEP_PARTICIPLE = String.raw`(?:қол\s+қой(?:ған|ылған)|(?:қабылда|мақұлда|ратификацияла)н?ған|бекіт(?:кен|ілген)|күшіне\s+(?:ен|кір)ген|қолданысқа\s+енгізілген)(?![\p{L}\p{M}])`;

/**
 * The participle, then at most three words and the law it stands before; the date is read before
 * the participle (see `dateBefore`).
 */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${STEP_PARTICIPLE})((?:\s+[^\s,.;:!?]+){0,3}?\s+)(?=${LAW})`,
  'giu',
);

/**
 * A finite verb of a law's step, past or present-future, active or passive: "күшіне енді",
 * "күшіне енеді", "мақұлдады", "қабылданды", "қол қойды", "қол қойылды", "бекітті", "бекітілді".
 */
const FINITE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:қол\s+қой(?:ды|ылды|ады|ылады)|(?:қабылда|мақұлда|ратификацияла)(?:ды|нды|йды|нады)|бекіт(?:ті|ілді|еді|іледі)|күшіне\s+(?:ен|кір)(?:ді|еді|іп\s+отыр)|қолданысқа\s+енгізіл(?:ді|еді))(?![\p{L}\p{M}])`,
  'giu',
);

export const KK_ACT_PARTICIPLES: ActParticiples = {
  cheap: /қой|қабылда|мақұлда|ратификация|бекіт|күшіне|қолданысқа/iu,
  // (The participle's own words stand before it, back to its clause's start: the date there is its.)
  phrases(text) {
    const out: ActPhrase[] = [];
    for (const m of text.matchAll(BEFORE)) {
      const from = Math.max(text.lastIndexOf(',', m.index), text.lastIndexOf(';', m.index)) + 1;
      const end = m.index + m[0].length;
      out.push({
        word: [m.index, m.index + m[1]!.length],
        phrase: [from, m.index + m[1]!.length],
        noun: end,
      });
    }
    return out;
  },
  finite: FINITE,
};
