/**
 * "Сол Жолдауда ол … ұсынды", "В том же Послании он предложил": what is done at a gathering the
 * article named before, pointed at with a demonstrative, is done on the day the article gave that
 * gathering, wherever in the article it gave it; what is done on its nth day ("Во второй день
 * визита", "Сапардың екінші күні") on that day plus n - 1. The words come from the locale's Aspect.
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

/**
 * Where in the sentence the gathering pointed back at stops dating cues: the end of the noun a
 * participle right after it describes ("Сол отырыста айтылған ұсыныстардың …": the proposals were
 * voiced there; the clause's verb after them was not done there). Undefined: the whole sentence.
 */
export function thatGatheringReach(lang: SourceLang, sentence: string): number | undefined {
  const rule = ASPECT[lang].thatGathering;
  const m = rule?.attributive && rule.cue.exec(sentence);
  if (!rule?.attributive || !m || m[1] === undefined) return undefined;
  const wordsAt = m.index + m[0].length - m[1].length;
  let offset = 0;
  for (const word of m[1].split(/(\s+)/u)) {
    if (rule.kinds.some(([, stem]) => stem.test(word))) {
      const end = wordsAt + offset + word.length;
      const phrase = rule.attributive.exec(sentence.slice(end));
      return phrase ? end + phrase[0].length : undefined;
    }
    offset += word.length;
  }
  return undefined;
}

/**
 * The gathering a sentence counts a day of ("Во второй день визита Токаев провел переговоры",
 * "Сапардың екінші күні"), and how many days after its first: what is done then is done on the
 * day the article gave the gathering (its first, for one told over several) plus those days.
 */
export function nthDayOf(
  lang: SourceLang,
  sentence: string,
): { kind: string; after: number } | undefined {
  const rule = ASPECT[lang].nthDay;
  if (rule?.needs && !rule.needs.test(sentence)) return undefined;
  const m = rule?.cue.exec(sentence);
  if (!rule || !m?.groups) return undefined;
  const n = rule.ordinals.find(([stem]) => stem.test(m.groups!.nth!))?.[1];
  const kind = gatheringKind(lang, m.groups.noun!);
  return n !== undefined && kind !== undefined ? { kind, after: n - 1 } : undefined;
}
