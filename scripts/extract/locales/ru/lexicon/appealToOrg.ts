/**
 * Russian cues of an appeal to an organisation (events/appealToOrg.ts): "Казахстан обратился к
 * ОДКБ", "Правительство обратилось к ЕАЭС за поддержкой". The organisation follows the cue's "к"
 * in the dative; the one who appeals is the cue's subject, before it.
 */
import type { AppealToOrgCues } from '../../../events/appealToOrg';

export const RU_APPEAL_TO_ORG: AppealToOrgCues = {
  // (Every gender and number, past and future: "обратился", "обратилась", "обратилось",
  // "обратились", "обратится", "обратятся".)
  appeal: /обрати(?:л(?:ся|ась|ось|ись)|тся|лись)\s+к$|обратятся\s+к$/iu,
  orgAfterCue: true,
  dative: undefined,
  clauseBreak: /[;:–—()«»"?!]|,\s+(?:что|который|которая|которое|которые|когда|где|но|а)\s/giu,
  // A state named by its full title stands in the nominative with it ("Республика Казахстан").
  stateTitle: /^Республика\s/u,
};
