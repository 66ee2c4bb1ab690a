/**
 * A law or an amendment adopted at a referendum, in the same clause ("референдумда қабылданған
 * Негізгі Заң", "на референдуме были ограничены полномочия Сената"), or by the referendum as the
 * clause's subject, before its verb or after it ("Референдум 5 июня одобрил поправки в
 * Конституцию", "Референдум 5 маусымда түзетулерді мақұлдады", "поправки в Конституцию одобрил
 * референдум"), is what was voted on: the referendum is the event, the act its topic.
 * Each language says where the referendum stands (locales/<lang>/events/triggerContext.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import type { TriggerHit } from './findTriggers';
import type { TriggerContext } from './triggerContext';
import { KK_LAW_STEPS } from '../locales/kk/lexicon/lawWords';
import { RU_LAW_STEPS } from '../locales/ru/lexicon/lawWords';

/**
 * The act's own clause tells it coming into force ("Конституция 1 шілдеде күшіне енеді", "вступит в
 * силу"): a later step than the vote, told in the act's own clause, which the referendum recalled
 * beside it does not make its topic. Each language's own steps. (The steps' patterns are global:
 * copied without the flag.)
 */
const inForce = (steps: typeof KK_LAW_STEPS) =>
  steps
    .filter(([step]) => step === 'in-force')
    .map(([, re]) => new RegExp(re.source, re.flags.replace('g', '')));
const IN_FORCE: Record<SourceLang, RegExp[]> = {
  kk: inForce(KK_LAW_STEPS),
  ru: inForce(RU_LAW_STEPS),
};

/** A comma, a semicolon or a contrastive joint: the two cues are in two clauses. */
const CLAUSE_BREAK = /[,;]|\s(?:а|ал|но|бірақ)\s/u;

/** Whether the law or reform `a` is what the referendum `b` voted on. */
export function votedOn(
  lang: SourceLang,
  context: TriggerContext,
  sentence: string,
  a: TriggerHit,
  b: TriggerHit,
): boolean {
  if (a.trigger.type !== 'law' && a.trigger.type !== 'reform') return false;
  if (b.trigger.type !== 'referendum' || b.topic) return false;
  const clause = sentence.slice(a.at).split(/[,;:]|\.(?!\d)/u)[0] ?? '';
  if (IN_FORCE[lang].some((re) => re.test(clause))) return false;
  const at = context.atReferendum.test(
    sentence.slice(Math.max(0, b.at - 40), b.at + b.text.length + 12),
  );
  // (The subject before its act, with no clause between: read only up to the act's cue.)
  const subject = !at && b.at < a.at && context.referendumSubject.test(sentence.slice(b.at, a.at));
  // (Or after its verb, the act before both: from the act's cue through the referendum's.)
  const after =
    !at &&
    a.at < b.at &&
    context.referendumSubjectAfter?.test(sentence.slice(a.at, b.at + b.text.length)) === true;
  return (
    (at || subject || after) &&
    !CLAUSE_BREAK.test(sentence.slice(Math.min(a.at, b.at), Math.max(a.at, b.at)))
  );
}
