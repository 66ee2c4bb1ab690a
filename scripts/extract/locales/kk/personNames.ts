/** How Kazakh text names people, for arguments/findPersons.ts. */
import type { PersonNameGrammar } from '../../arguments/personNameGrammar';
import { isInflectionTail } from '../../arguments/suffixChain';
import { KK_CAPITALISED_NOUNS, KK_PATRONYMIC } from './lexicon/names';

export const KK_PERSON_NAMES: PersonNameGrammar = {
  patronymic: KK_PATRONYMIC,
  isCapitalisedNoun: (word) =>
    KK_CAPITALISED_NOUNS.some(
      (stem) => word.startsWith(stem) && isInflectionTail(word.slice(stem.length), 'kk'),
    ),
  roleAsWritten: (role) => role,
  // (Kazakh verbs have no gender.)
  genderOf: () => undefined,
  // A post in the genitive is someone's: "Президентінің Жарлығымен".
  inApposition: (role) => !/(?:ның|нің|дың|дің|тың|тің)$/u.test(role),
  // The possessor comes before its post: "Түркия Президенті", "Вьетнам елшісімен".
  ownerBeforePost: true,
  notLoneSurname: () => false,
};
