/**
 * Kazakh cues of an appeal to an organisation (events/appealToOrg.ts): "Қазақстан ҰҚШҰ-ға
 * жүгінді", "Үкімет Еуразиялық экономикалық одаққа өтініш жасады". The organisation stands in the
 * dative before the verb (an abbreviation takes its ending after a hyphen), the one who appeals
 * before it in the nominative.
 */
import type { AppealToOrgCues } from '../../../events/appealToOrg';

/**
 * An international organisation in the dative, as a trigger's piece: an abbreviation with its
 * ending ("ҰҚШҰ-ға", "БҰҰ-ға", "ТМД-ға") or a name whose head is an organisation, union or
 * commonwealth ("ұйымына", "одаққа", "Одағына", "Достастығына").
 */
export const KK_ORG_DATIVE = String.raw`(?:\p{Lu}{2,}\s?[-–]\s?(?:ға|ге|қа|ке)|(?:ұйым|одақ|одағ|достастығ)(?:ына|ға|қа)|ұйымға)(?![\p{L}])`;

export const KK_APPEAL_TO_ORG: AppealToOrgCues = {
  // (Past, perfect, future: "жүгінді", "жүгінген", "жүгінбек", "өтініш жасады", "өтінішпен жүгінді".)
  appeal: /(?:жүгін|өтініш\s+жаса|өтініш\s+білдір)\p{L}*$/iu,
  orgAfterCue: false,
  dative: /^(?:\p{L}+\s+)*\p{L}*?(?:[-–]?(?:ға|ге|қа|ке)|на|не)$/iu,
  clauseBreak: /[;:–—()«»"?!]|,/gu,
  // "Қазақстан Республикасы": the title after the name, in the possessive.
  stateTitle: /\sРеспубликасы$/u,
};
