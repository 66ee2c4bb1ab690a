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

/**
 * The place first, then the one who invites and the verb: "В Москву Путин пригласил Токаева". The
 * cue is the verb (the words before it are names, and a name is no cue); the trigger's pattern is
 * read without case, so RU_PLACE_FIRST_NAMES asks the place for a capital (not "в среду").
 */
const PLACE = String.raw`(?<![\p{L}])(?:в|во)\s+\p{L}+(?:[уюь]|[бвгджзклнпрстфцчшщ])\s+(?:[\p{L}-]+\s+){1,3}`;
const INVITES = String.raw`(?:пригласил[аи]?|приглашает|приглашают|пригласит|пригласят)(?![\p{L}])`;
export const RU_PLACE_FIRST_INVITES = String.raw`(?<=${PLACE})${INVITES}`;
export const RU_PLACE_FIRST_NAMES = new RegExp(
  String.raw`(?<![\p{L}])[Вв]о?\s+\p{Lu}\p{L}+\s+(?:[\p{L}-]+\s+){1,3}${INVITES}`,
  'u',
);
