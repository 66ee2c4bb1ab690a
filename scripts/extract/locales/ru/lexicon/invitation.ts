/**
 * Russian cues of an invitation (events/invitation.ts): "пригласил", "приглашает", "пригласит"
 * before the one invited in the accusative ("Токаева"), the place after "посетить" or "в".
 */
import type { InvitationCues } from '../../../events/invitation';

export const RU_INVITATION: InvitationCues = {
  verb: /(?<![\p{L}])(?:пригласил[аи]?|приглашает|приглашают|пригласит|пригласят)(?![\p{L}])/u,
  objectFirst: false,
  // (A declined name: the accusative of a man's is the genitive, of a woman's in -у, -ю.)
  isObject: (written, name) => written !== name && /(?:а|я|у|ю|ого|его)$/u.test(written),
  isDestination: (written, name, before) =>
    /(?:(?<![\p{L}])(?:в|во)|посетить|посещени\p{L}*)\s+$/iu.test(before) &&
    (written === name || /[уюь]$/u.test(written) || written.startsWith(name)),
};
