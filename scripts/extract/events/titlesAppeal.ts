/**
 * The title of an appeal to the people (events/appeal.ts): "Токаев обратился к народу",
 * "Тоқаев халыққа үндеу жасады", "Tokayev addresses the nation"; without a name, the President's
 * appeal. Never the annual Address (Послание, Жолдау), which the sentence does not name.
 */
import type { Localized } from '../../../src/model/schema';
import { L, ruDid, tense, type Parts } from './titleParts';

export function appealTitle(
  c: Parts,
  who: Localized | undefined,
  female: boolean,
  about: Localized,
): Localized {
  if (!who)
    return L(
      `Президенттің халыққа үндеуі${about.kk}`,
      `Обращение Президента к народу${about.ru}`,
      `The President's address to the nation${about.en}`,
    );
  return L(
    `${who.kk} халыққа үндеу ${tense(c, 'жасады', 'жасамақ')}${about.kk}`,
    `${who.ru} ${ruDid(c, female, 'обратился', 'обратилась', 'обратится')} к народу${about.ru}`,
    `${who.en} ${tense(c, 'addresses', 'to address')} the nation${about.en}`,
  );
}
