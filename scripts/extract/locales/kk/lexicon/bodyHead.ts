/**
 * Kazakh: the head of a state body named as a post, the body before the head's possessed noun, in
 * the nominative or the genitive ("Жоғарғы Сот Төрағасы лауазымына", "Ұлттық Банктің төрағасы
 * қызметіне", "Орталық сайлау комиссиясының төрағасы", "агенттігінің басшысы"), the noun in any
 * case ("Төрағасы", "Төрағасының", "Төрағасына", "Төрағасын", "Төрағасымен"), or the office
 * itself ("Жоғарғы Сот Төрағалығына"). The body is read by the organisations lexicon
 * (events/bodyHead.ts).
 */
import type { BodyHeadCues } from '../../../events/bodyHead';

const CASES = String.raw`(?:сы|сының|сына|сын|сымен|сында)`;

export const KK_BODY_HEAD: BodyHeadCues = {
  // (The body, then the noun: the body stands before it.)
  heads: [
    ['chairman', new RegExp(String.raw`(?<=\s)(?:төраға${CASES}|төрағалығ\p{L}*)(?!\p{L})`, 'giu')],
    ['head', new RegExp(String.raw`(?<=\s)басшы${CASES}(?!\p{L})`, 'giu')],
  ],
  bodyAfter: false,
};
