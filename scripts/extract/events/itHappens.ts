/**
 * "…подготовку к саммиту ОТГ. Он пройдет 6 ноября в Бишкеке": a sentence that opens with a pronoun
 * and tells a happening tells it of the gathering or vote the sentence before named last, in the
 * same paragraph (where the locale describes it: Aspect.itHappens).
 */
import type { EventType, SourceLang } from '../../../src/model/schema';
import type { Sentence } from '../types';
import { ASPECT } from './aspect';
import { VOTES_AND_GATHERINGS } from './kinds';
import type { TriggerHit } from './findTriggers';

/** The gathering or vote a sentence named last, by its noun. */
export interface Named {
  index: number;
  paragraph: number;
  type: EventType;
  facet: string;
}

export function lastNamed(lang: SourceLang, s: Sentence, found: TriggerHit[]): Named | undefined {
  const antecedent = ASPECT[lang].itHappens?.antecedent;
  if (!antecedent) return undefined;
  const nouns = found.filter(
    (h) => VOTES_AND_GATHERINGS.has(h.trigger.type) && antecedent.test(h.text),
  );
  const last = nouns.sort((a, b) => a.at - b.at).at(-1);
  if (!last) return undefined;
  const { type, facet } = last.trigger;
  return { index: s.index, paragraph: s.paragraph, type, facet };
}

/** What the sentence's opening pronoun stands for: the one named in the sentence just before. */
export function pronounFor(
  lang: SourceLang,
  s: Sentence,
  named: Named | undefined,
): Named | undefined {
  const before = named?.index === s.index - 1 && named.paragraph === s.paragraph;
  return before && ASPECT[lang].itHappens?.pronoun.test(s.text) ? named : undefined;
}
