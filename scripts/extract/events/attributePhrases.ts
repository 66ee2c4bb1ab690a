/**
 * Kazakh and Russian attribute phrases: a date inside a participle or attributive phrase belongs to
 * the noun that phrase describes, not to a trigger outside it (events/ownDate.ts asks these). Each
 * locale reads its phrases (events/attributePhraseGrammar.ts).
 */
import type { DocTimex } from '../stages/dates';
import type { Doc } from '../types';
import { ASPECT } from './aspect';
import { ATTRIBUTE_PHRASE } from './attributePhraseGrammar';
import type { TriggerHit } from './findTriggers';

/** Whether the date `t` is in an attribute phrase of another cue of the sentence, not of `hit`. */
export function acrossAttribute(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  t: DocTimex,
  hits: TriggerHit[],
): boolean {
  const others = hits.filter((h) => h !== hit && !h.topic);
  if (others.length === 0) return false;
  return ATTRIBUTE_PHRASE[lang].acrossAttribute(s, hit, t, others, ASPECT[lang].participle);
}

/**
 * A date inside the participle phrase of an attributive trigger: in Kazakh right before it, with at
 * most one word between, and not itself an attribute of another noun ("2022 жылы енгізілген
 * өзгерістер"; "бүгінгі отырыста енгізілген" is the sitting's day); in Russian anywhere in the
 * phrase after it, up to the next comma ("созданная … еще в 1999 году").
 */
export function inItsPhrase(
  lang: Doc['lang'],
  s: Doc['sentences'][number],
  hit: TriggerHit,
  t: DocTimex,
): boolean {
  return ATTRIBUTE_PHRASE[lang].inItsPhrase(s, hit, t);
}
