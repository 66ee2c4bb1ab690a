/**
 * The post a Kazakh appointment gives, by the word after it: the post's noun "лауазымына",
 * "қызметіне" (the dative of the post one is put in: "Бас прокурор лауазымына тағайындауға келісім
 * берді", "Сенат төрағасы қызметіне"), or the converb of being ("Бас прокурор болып тағайындалды",
 * "әкім етіп тағайындады"). A post with neither belongs to someone else: the subject who consents
 * or appoints ("Сенат депутаттары … келісім берді"). Read by events/givenPost.ts.
 */

/** "лауазымына", "лауазымдарына", "қызметіне", "қызметтеріне"; "болып", "етіп". */
const GIVEN_AFTER = /^\s+(?:(?:лауазым|қызмет)(?:ына|іне|дарына|теріне)|болып|етіп)(?!\p{L})/iu;

export const KK_POST_GIVEN = {
  /** The words of the post's phrase show no case of its own: the word after it does. */
  phrase: undefined,
  before: undefined,
  after: GIVEN_AFTER,
};
