/**
 * Russian surnames that keep one form while the given name before them declines, for
 * arguments/givenNamePair.ts: `Мурата Нуртлеу`, `Марии Ким`. Such a pair is a given name and a
 * surname even though the surname has no surname's ending.
 */
import type { Gender } from '../../arguments/personGender';

/** A man's surname that keeps one form in every case: a vowel other than -а/-я ends it (`Нуртлеу`). */
const UNDECLINED_VOWEL = /[еёиоуыэю]$/u;

/** A woman's surname that declines: in -а/-я (`Балаевой`); any other keeps one form (`Марии Ким`). */
const DECLINED_FEMALE = /[ая]$/u;

/** Whether `surname`, as written after a declined given name of `gender`, keeps one form. */
export function ruSurnameUndeclined(surname: string, gender: Gender): boolean {
  return gender === 'm' ? UNDECLINED_VOWEL.test(surname) : !DECLINED_FEMALE.test(surname);
}
