/**
 * A date inside a relative clause is the clause's own act, not a trigger's told before it: "Тогда
 * лидеры провели заседание … и подписали пакет документов, часть которых парламенты
 * ратифицировали в начале этого года" (the sitting was in December; early this year is the
 * ratification's). It dates the trigger only when the clause tells when its antecedent happens
 * ("выборы в Мажилис, которые пройдут 19 марта", "визит в Узбекистан, который намечен на июнь"):
 * the antecedent of such a clause is, as a rule, the event named before it.
 */
import type { SourceLang } from '../../../src/model/schema';
import { RU_HAPPENING_VERB, RU_RELATIVE_OPENING } from '../locales/ru/events/relativeClause';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { ASPECT } from './aspect';

export function inOtherRelativeClause(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  t: DocTimex,
): boolean {
  // (Kazakh puts its relative clauses before the noun, as participles: attributePhrases.ts.)
  if (lang !== 'ru') return false;
  const from = hit.at + hit.text.length;
  const between = s.text.slice(from, t.start - s.start);
  const m = RU_RELATIVE_OPENING.exec(between);
  if (!m) return false;
  const clause = between.slice(m.index + m[0].length);
  // (The clause ends at the next comma, colon or dash: a date after it is the sentence's again.)
  if (/[,:;—–]/u.test(clause)) return false;
  // A verb between the trigger and the clause makes the clause's antecedent another predicate's
  // object ("провели заседание … и подписали пакет документов, часть которых ратифицировали …").
  return ASPECT.ru.past.test(between.slice(0, m.index)) && !RU_HAPPENING_VERB.test(clause);
}
