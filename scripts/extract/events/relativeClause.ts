/**
 * A date inside a relative clause is the clause's own act, not a trigger's told before it: "Тогда
 * лидеры провели заседание … и подписали пакет документов, часть которых парламенты
 * ратифицировали в начале этого года" (the sitting was in December; early this year is the
 * ratification's). It dates the trigger only when the clause tells when its antecedent happens
 * ("выборы в Мажилис, которые пройдут 19 марта", "визит в Узбекистан, который намечен на июнь"):
 * the antecedent of such a clause is, as a rule, the event named before it.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { ASPECT } from './aspect';
import { RELATIVE_CLAUSE } from './relativeClauseWords';

export function inOtherRelativeClause(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  t: DocTimex,
): boolean {
  // (A language without relative clauses after the noun has none to read: RELATIVE_CLAUSE.)
  const words = RELATIVE_CLAUSE[lang];
  if (!words) return false;
  const from = hit.at + hit.text.length;
  const between = s.text.slice(from, t.start - s.start);
  const m = words.opening.exec(between);
  if (!m) return false;
  const clause = between.slice(m.index + m[0].length);
  // (The clause ends at the next comma, colon or dash: a date after it is the sentence's again.)
  if (/[,:;—–]/u.test(clause)) return false;
  // A verb between the trigger and the clause makes the clause's antecedent another predicate's
  // object ("провели заседание … и подписали пакет документов, часть которых ратифицировали …"),
  // and so does the trigger's own verb ("избрали председателем Ерлана Кошанова, который руководил
  // Мажилисом с февраля 2022 года": the clause tells of the man elected, not the election).
  return (
    ASPECT[lang].past.test(hit.text + ' ' + between.slice(0, m.index)) &&
    !words.happeningVerb.test(clause)
  );
}

/**
 * The relative clause right after the trigger that tells its antecedent's own happening, and the
 * date in it ("подготовка к встрече глав государств, которая состоится осенью", "вынесут на
 * слушания, которые пройдут 11 марта"): the day of that event, even where the trigger is only the
 * eve of it or the object of a decision; the clause's verb is that event's, not a second one. The
 * clause must follow the trigger's noun phrase (no verb between, a few words at most) and tell a
 * happening (RELATIVE_CLAUSE[lang].happeningVerb). Offsets are the sentence's.
 */
export function happeningClause(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  dates: DocTimex[],
): { open: number; close: number; date: DocTimex } | undefined {
  const words = RELATIVE_CLAUSE[lang];
  if (!words) return undefined;
  // (Read from the trigger, which may hold the clause's verb, "встрече, которая запланирована",
  // and 200 characters on only: the clause opens right after its noun phrase.)
  const from = hit.at;
  const after = s.text.slice(from, from + hit.text.length + 200);
  const m = words.opening.exec(after);
  if (!m) return undefined;
  // (A verb trigger, "обсудили подготовку к встрече, которая …", is no antecedent.)
  const phrase = after.slice(0, m.index);
  if (phrase.split(/\s+/u).length > 8 || ASPECT[lang].past.test(phrase)) return undefined;
  const open = from + m.index + m[0].length;
  const stop = s.text.slice(open, open + 200).search(/[,;:—–(]/u);
  const close = stop < 0 ? Math.min(s.text.length, open + 200) : open + stop;
  if (!words.happeningVerb.test(s.text.slice(open, close))) return undefined;
  const date = dates.find((t) => t.start - s.start >= open && t.end - s.start <= close);
  return date && { open, close, date };
}
