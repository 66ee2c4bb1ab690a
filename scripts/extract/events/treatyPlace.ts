/**
 * A place in a treaty's participle phrase ("соглашение, подписанное в Ташкенте", "Ташкентте
 * жасалған шартты") is where the treaty was signed or concluded, not where the sentence's other
 * acts were done: "Сенат Ташкентте жасалған шартты ратификациялады" ratifies it in no Tashkent.
 * Only the treaty's own signing keeps it: told by the treaty's cue in a sentence with no
 * ratification, or dated by the phrase.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TREATY_NOUN, kkTreatyPhrase } from '../locales/kk/events/treatyStep';
import { RU_TREATY_NOUN, ruTreatyPhrase } from '../locales/ru/events/treatyStep';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

const BY_LANG = {
  kk: { phrase: kkTreatyPhrase, noun: KK_TREATY_NOUN, ratified: /ратификация/iu },
  ru: { phrase: ruTreatyPhrase, noun: RU_TREATY_NOUN, ratified: /ратифиц/iu },
};

/** The sentence's places `hit` was done at: not those of a treaty's phrase, but for its signing. */
export function placesOfAct<P extends { evidence: { start: number } }>(
  lang: SourceLang,
  s: Sentence,
  hit: TriggerHit,
  own: DocTimex | undefined,
  places: P[],
): P[] {
  const g = BY_LANG[lang];
  return places.filter((p) => {
    const span = g.phrase(s.text, p.evidence.start - s.start);
    if (!span) return true;
    const ownIn =
      own !== undefined && own.start - s.start >= span[0] && own.end - s.start <= span[1];
    return g.noun.test(hit.text) && (!g.ratified.test(s.text) || ownIn);
  });
}
