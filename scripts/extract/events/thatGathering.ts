/**
 * "Сол Жолдауда ол … ұсынды", "В том же Послании он предложил": what is done at a gathering the
 * article named before, pointed at with a demonstrative, is done on the day the article gave that
 * gathering, wherever in the article it gave it. The words come from the locale's Aspect.
 */
import type { SourceLang } from '../../../src/model/schema';
import { ASPECT } from './aspect';

/** The kind of gathering a word of `text` names ("Жолдауында" → address), if any. */
export function gatheringKind(lang: SourceLang, text: string): string | undefined {
  const kinds = ASPECT[lang].thatGathering?.kinds ?? [];
  for (const word of text.split(/[^\p{L}\p{M}-]+/u)) {
    const kind = kinds.find(([, stem]) => stem.test(word));
    if (kind) return kind[0];
  }
  return undefined;
}

/** The kind of gathering the sentence points back at with a demonstrative, if any. */
export function thatGatheringKind(lang: SourceLang, sentence: string): string | undefined {
  const words = ASPECT[lang].thatGathering?.cue.exec(sentence)?.[1];
  return words === undefined ? undefined : gatheringKind(lang, words);
}
