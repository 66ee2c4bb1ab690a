/**
 * What attributePhrases.ts asks of a language about a date inside an attribute phrase: whether the
 * phrase holds it for another cue of the sentence, whether it is inside the phrase of an
 * attributive cue, and whether it belongs to another noun than the cue's. Kazakh sets participles and attributive dates before their noun, Russian sets
 * its participle phrases off with commas; each locale answers in
 * locales/<lang>/events/attributePhrase.ts.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_ATTRIBUTE_PHRASE } from '../locales/kk/events/attributePhrase';
import { RU_ATTRIBUTE_PHRASE } from '../locales/ru/events/attributePhrase';
import type { DocTimex } from '../stages/dates';
import type { Doc } from '../types';
import type { TriggerHit } from './findTriggers';

type Sentence = Doc['sentences'][number];

export interface AttributePhraseGrammar {
  /**
   * Whether the date `t` is in an attribute phrase of one of the `others` cues, not of `hit`;
   * `participle` is the language's participle (ASPECT[lang].participle).
   */
  acrossAttribute(
    s: Sentence,
    hit: TriggerHit,
    t: DocTimex,
    others: TriggerHit[],
    participle: RegExp,
  ): boolean;
  /**
   * Whether the date `[from, to)` of `text` lies in a participle phrase, so it tells when what the
   * phrase describes happened, not when the sentence's own act did.
   */
  inParticiplePhrase(text: string, from: number, to: number): boolean;
  /**
   * Whether the cue at `[from, to)` of `text` stands in a participle phrase as a word of it (its
   * setting, "Созданная на съезде в 2019 году партия") and the cue at `laterAt` stands past the
   * phrase, in the main clause: the same cue told again is the sentence's own act
   * (phraseCueAgain.ts). Where the language has no rule, never.
   */
  pastItsPhrase?(
    text: string,
    from: number,
    to: number,
    laterAt: number,
    laterText: string,
  ): boolean;
  /** Whether the date `t` is inside the participle phrase of the attributive cue `hit`. */
  inItsPhrase(s: Sentence, hit: TriggerHit, t: DocTimex): boolean;
  /**
   * Whether the date `t`, not attributed to `hit`, belongs to another noun of the sentence, so
   * `hit` has no date of its own there. `attributedToOtherCue` says whether the sentence's reading
   * by position (DateOwnershipGrammar.attributedDate) gave `t` to a cue of another kind.
   */
  ofAnotherNoun(
    s: Sentence,
    hit: TriggerHit,
    t: DocTimex,
    attributedToOtherCue: () => boolean,
  ): boolean;
}

export const ATTRIBUTE_PHRASE: Record<SourceLang, AttributePhraseGrammar> = {
  kk: KK_ATTRIBUTE_PHRASE,
  ru: RU_ATTRIBUTE_PHRASE,
};
