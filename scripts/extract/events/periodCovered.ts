/**
 * A year that a plan or a budget covers is the document's, not the day of an act on it: "В прошлом
 * году маслихат утвердил бюджет 2026 года" was approved last year (ownDate.ts, through
 * objectsOwnDate). Kazakh sets that year before the noun in the attributive form ("2026 жылғы
 * бюджетті бекітті"), which its attribute rules already give to the noun
 * (locales/kk/events/otherNounPhrase.ts), so only Russian asks here.
 */
import type { SourceLang } from '../../../src/model/schema';
import { ruPeriodCovered } from '../locales/ru/events/periodCovered';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

/** Whether `t` is the span the document `hit` names covers. */
export function periodCovered(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  t: DocTimex,
): boolean {
  return lang === 'ru' && ruPeriodCovered(s, hit, t);
}
