/**
 * A Russian post stands in apposition to a name only in the same case: "президента Бектенова",
 * "президент Бектенов". A post in an oblique case before a name in the nominative belongs to
 * another noun ("Указом президента Ерлан Сапаров назначен …", "По поручению Главы государства
 * Ерлан Сапаров …": the decree is the President's, Saparov is its subject), so it is not that
 * person's post.
 */
import { ruRoleNominative } from '../../arguments/ruRoleCase';
import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';

/** A man's surname in the nominative: -ов/-ев/-ёв/-ин/-ын, -ский/-цкий. */
const NOMINATIVE_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;

/** A patronymic in the nominative, a man's or a woman's: `Алмасович`, `Кемелевна`, `Ильинична`. */
const NOMINATIVE_PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ич|овна|евна|ична|инична)$/u;

/**
 * Whether the words of a name (`nameWords`: the capitalised words from the name on, up to three)
 * show the nominative, which the post `roleHead` in an oblique case cannot share. Its surname or
 * patronymic does, and so does a listed man's given name as written in the nominative (`Берик`,
 * `Руслан`, `Игорь`), which Russian declines (`помощника Президента Мурата Нуртлеу`), so that
 * "помощник Президента Берик Уали" is no President; an unknown given name alone shows no case
 * surely (`Ван И`).
 */
export function roleCaseClashes(roleHead: string, nameWords: readonly string[]): boolean {
  const nominative =
    RU_MALE_GIVEN_NAMES.has(nameWords[0] ?? '') ||
    nameWords.some((w) => NOMINATIVE_SURNAME.test(w) || NOMINATIVE_PATRONYMIC.test(w));
  return nominative && ruRoleNominative(roleHead) !== roleHead;
}
