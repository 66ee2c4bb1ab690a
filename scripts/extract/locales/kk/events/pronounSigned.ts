/**
 * An act signed, named only by a pronoun that takes up the sentence before: "Жаңа Салық кодексі
 * 2026 жылғы 1 қаңтарда күшіне енеді. Оған Президент 2025 жылғы 18 шілдеде қол қойды", "Бұған
 * Мемлекет басшысы 5 наурызда қол қойған", "Оларға …" after amendments. "Қол қою" governs the
 * dative, so the act signed is the dative pronoun (оған, бұған, соған, оларға, бұларға, соларға),
 * which Kazakh, verb-final, puts anywhere before the verb: first as the known topic, or after the
 * subject and the day ("Президент 5 наурызда оған қол қойды"). The Russian twin is
 * locales/ru/events/pronounSigned.ts.
 * A dative pronoun governed by a postposition is no object ("оған қатысты", "бұған байланысты",
 * "соған сәйкес", "оған қарамастан": about it, despite it), nor one past a clause's end (a comma:
 * "Оған сенім білдіріп, Президент Жарлыққа қол қойды" is "to him"), nor one with another dative
 * object between it and the verb ("Оған Президент Жарлыққа қол қойды": the decree is signed; its
 * own cue tells that).
 */
import { kkVerb } from './verbForms';

/** The dative of the third person's and the demonstratives' pronouns. */
const PRONOUN = String.raw`(?:оған|бұған|соған|оларға|бұларға|соларға)`;

/** Postpositions that govern the dative: the pronoun is their complement, not the act signed. */
const POSTPOSITION = String.raw`(?:қатысты|байланысты|сәйкес|орай|қарамастан|дейін|шейін|қарай|қарсы|қарағанда|жауап)`;

/**
 * Up to eight words of one clause between the pronoun and the verb (the subject, the day: "Мемлекет
 * басшысы Қасым-Жомарт Тоқаев 2025 жылғы 18 шілдеде"), none closing a clause by a comma and none
 * a dative of its own, another object of the signing ("Жарлыққа", "заңға", "кодексіне"; not
 * "Астана", a nominative in -на).
 */
const CLAUSE_WORDS = String.raw`(?:(?![\p{L}-]*(?:ға|ге|қа|ке|[ыі]на|[ыі]не)(?![\p{L}\p{N}]))[\p{L}\p{N}«»"“”.-]+\s+){0,8}`;

/** "Қол қою" told as done, done before, doing or to be done, active or passive: қойды, қойған, қояды, қойылды. */
const SIGN = String.raw`қол\s+(?:${kkVerb('қой', { voice: 'both', forms: ['past', 'perfect', 'future', 'present'] })})(?![\p{L}])`;

/** "Оған Президент 18 шілдеде қол қойды", "Президент 5 наурызда бұған қол қойған". */
export const KK_PRONOUN_SIGNED = String.raw`${PRONOUN}(?![\p{L}])(?!\s+${POSTPOSITION}(?![\p{L}]))\s+${CLAUSE_WORDS}${SIGN}`;
