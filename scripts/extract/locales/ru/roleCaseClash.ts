/**
 * A Russian post stands in apposition to a name only in the same case: "президента Бектенова",
 * "президент Бектенов". A post in an oblique case before a surname in the nominative belongs to
 * another noun ("Указом президента Бектенов назначен …": the decree is the President's, Bektenov
 * is its subject), so it is not that person's post.
 */
import { ruRoleNominative } from '../../arguments/ruRoleCase';

/** A man's surname in the nominative: -ов/-ев/-ёв/-ин/-ын, -ский/-цкий. */
const NOMINATIVE_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;

export function roleCaseClashes(roleHead: string, nameWord: string): boolean {
  return NOMINATIVE_SURNAME.test(nameWord) && ruRoleNominative(roleHead) !== roleHead;
}
