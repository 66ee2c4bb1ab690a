/**
 * A document's own date in a sentence telling its ratification ("ратифицировал соглашение от
 * 5 мая", "5 мамырдағы келісімді ратификациялады") is the day it was signed, not the ratification's:
 * the ratifying cue takes no date from it (ownDate.ts). An agreement told by its date alone
 * ("соглашение от 5 мая 2024 года", the 'agreement-dated' facet) is the signing and keeps it.
 */
import type { SourceLang } from '../../../src/model/schema';
import { kkRatifiedDocumentDate } from '../locales/kk/events/ratifiedDocument';
import { ruRatifiedDocumentDate } from '../locales/ru/events/ratifiedDocument';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

const BY_LANG = { kk: kkRatifiedDocumentDate, ru: ruRatifiedDocumentDate };

/** Whether `t` is the own date of a document `hit` tells the ratification of. */
export function ratifiedDocumentDate(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  t: DocTimex,
): boolean {
  return !hit.trigger.facet.endsWith('dated') && BY_LANG[lang](s, hit, t);
}
