/**
 * Cues whose company may stand in the sentences before (Trigger.alsoBefore): "Как закон проходил
 * через парламент? / Мажилис одобрил его 4 июня" names the law in the question and takes it up by a
 * pronoun here.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TRIGGERS } from '../locales/kk/events/triggers';
import { RU_TRIGGERS } from '../locales/ru/events/triggers';
import { findTriggers, type TriggerHit } from './findTriggers';
import type { Sentence } from '../types';
import type { Trigger } from './trigger';

const TAKEN_UP: Record<SourceLang, Trigger[]> = {
  kk: KK_TRIGGERS.filter((t) => t.alsoBefore),
  ru: RU_TRIGGERS.filter((t) => t.alsoBefore),
};

/**
 * The hits of cues that only the sentences before complete. Read only where such a cue stands, so
 * most sentences cost a test of a few patterns (the sentences before are joined only then).
 */
export function hitsTakenUp(
  sentence: string,
  lang: SourceLang,
  before: readonly Sentence[],
): TriggerHit[] {
  if (before.length === 0 || !TAKEN_UP[lang].some((t) => t.pattern.test(sentence))) return [];
  const told = before.map((b) => b.text).join(' ');
  return findTriggers(sentence, lang, sentence, told).filter(
    (h) => h.trigger.alsoBefore && !h.trigger.also?.every((re) => re.test(sentence)),
  );
}

/**
 * The sentence's own hits with those taken up from the sentences before. A taken-up act is as
 * strong a cue as any the sentence holds: a weak one ("14 февраля" opening a chronicle's entry,
 * "Напомним, …") stands aside for it as findTriggers sets it aside for a stronger cue of its own
 * ("14 февраля его одобрил Сенат" is the Senate's passage, not a second, bare "something
 * happened" that day).
 */
export function withTakenUp(own: TriggerHit[], taken: TriggerHit[]): TriggerHit[] {
  if (taken.length === 0) return own;
  if (!taken.some((h) => !h.trigger.fallback && !h.topic)) return [...own, ...taken];
  const weak = (h: TriggerHit) => h.trigger.fallback === true || h.trigger.weakest === true;
  return [...own.map((h) => (weak(h) && !h.standAside ? { ...h, standAside: true } : h)), ...taken];
}
