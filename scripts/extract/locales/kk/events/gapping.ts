/**
 * Kazakh gapping: a clause ends with its verb, so the earlier clause leaves out the verb the later
 * one tells ("Мәжіліс … 5 ақпанда, Сенат 20 ақпанда мақұлдады"), or, with a dash where it would
 * stand, the later one leaves out the earlier one's ("…, Сенат – 20 ақпанда").
 */
import type { Gapping } from '../../../events/gappedClauses';

export const KK_GAPPING: Gapping = {
  // The doer, in one or two words, and a dash before a date: ", Сенат – 20 ақпанда", ", ал Сенат – 20 ақпанда".
  later: /,\s+(?:ал\s+)?(?:[\p{L}\p{M}-]+\s+){0,1}[\p{L}\p{M}-]+\s+[–—-]\s+(?=\d)/giu,
  // Right after the earlier clause's date, its comma, the later doer in one or two words, its date.
  afterDate: /^,\s+(?:ал\s+)?(?:[\p{L}\p{M}-]+\s+){0,1}[\p{L}\p{M}-]+\s+(?=\d)/iu,
};
